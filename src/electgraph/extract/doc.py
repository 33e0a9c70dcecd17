"""One article prepared for the relation rules: sentences of chunks, persons confirmed and linked.

Person names are confirmed from context, then short mentions ("Legar", "Kapolda Dwi Hartono")
are linked to the full name given elsewhere in the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import personhood, regions
from electgraph.extract.chunkbase import article_short_forms
from electgraph.extract.chunks import (
    NAME,
    ORG,
    ROLE,
    Chunk,
    Chunker,
)
from electgraph.extract.namelists import place_list
from electgraph.extract.namewords import (
    letter_dropped,
    spelling_key,
    vowel_variant,
    word_slipped,
)
from electgraph.extract.nicknames import called_at, pairs_by_one_word, person_nicknames
from electgraph.extract.persons import mark_names
from electgraph.extract.tokenbase import Sentence
from electgraph.extract.tokens import readable_text, sentences
from electgraph.extract.unjoinedpairs import acronym_members, split_unjoined_pairs
from electgraph.model import Article, Entity, EntityType, Span


@dataclass
class Person:
    key: str
    label: str
    tokens: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class SentenceEvent:
    """The event a sentence speaks of, as the events rule read it, for the attendance rule."""

    event: str
    hosts: frozenset[str]  # the hosts found up to this sentence: they host, not attend
    past: bool  # neither the sentence nor its event is in the future


@dataclass(slots=True)
class EventReading:
    """What the events rule found: each sentence's event, and the article's main event."""

    sentences: dict[int, SentenceEvent] = field(default_factory=dict)
    main: str | None = None
    main_kind: str | None = None
    main_past: bool = False


@dataclass
class SentView:
    sent: Sentence
    chunks: list[Chunk]
    index: int


class Doc:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = readable_text(article)
        self.sents: list[SentView] = []
        sents = sentences(self.text, article.body_start)
        # "Jayapura" is the regency where the article names "Kabupaten Jayapura": its headline
        # is read with the same short forms (`events`, `candidates`)
        self.short_forms = short_forms = article_short_forms(sents)
        for n, s in enumerate(sents):
            chunks = mark_names(Chunker(s.tokens, short_forms).chunks())
            self.sents.append(SentView(s, chunks, n))
        _org_short_forms(self.sents)
        split_unjoined_pairs(self.sents)
        acronym_members(self.sents)
        self.persons: dict[str, Person] = {}
        self._pair_nicknames: set[tuple[str, ...]] = set()
        self.pairs_by_word: dict[str, tuple[str, str]] = {}
        self._nicknames = person_nicknames(self.sents)
        self._link_persons()
        # The names no person was found for, by their words: a rule that makes one of them a
        # person makes the others that person too (`ensure_person`).
        self._unlinked: dict[tuple[str, ...], list[Chunk]] = {}
        for sv in self.sents:
            for ch in sv.chunks:
                if ch.kind == NAME and ch.person is None:
                    self._unlinked.setdefault(tuple(ch.attrs["tokens"]), []).append(ch)
        self.events = EventReading()

    # -- persons --------------------------------------------------------------------------------
    def _link_persons(self) -> None:
        confirmed: list[Chunk] = []
        pending: list[Chunk] = []
        spoken: list[Chunk] = []  # confirmed by an office before or a verb of saying
        # In a line written as a headline (a related article's) a name found may be a person
        # named elsewhere, but none is made from it.
        # A page that prints its headline again in the body ("Pilgub NTB: A-B Nomor Urut 1,
        # C-D 2") has no verb there to show it is one.
        title = " ".join(self.article.headline.split())
        headlines = {sv.index for sv in self.sents if personhood.headline(sv.chunks) or (
            title and " ".join(self.text[sv.sent.start : sv.sent.end].split()) == title)}
        for sv in self.sents:
            headline = sv.index in headlines
            for c, ch in enumerate(sv.chunks):
                if ch.kind != NAME:
                    continue
                if personhood.confirmed(sv.chunks, c) and not (
                        headline and not ch.attrs.get("titled")):
                    confirmed.append(ch)
                    if personhood.states_office(sv.chunks, c):
                        ch.attrs["common"] = False
                    elif personhood.held_or_speaks(sv.chunks, c):
                        spoken.append(ch)
                else:
                    pending.append(ch)
        _confirmed_twice(spoken)
        # Longest names first, so that a short mention links to the full name.
        for ch in sorted(confirmed, key=lambda x: -len(x.attrs["tokens"])):
            self._register(ch, create=True)
        # List members next to confirmed persons ("A, B dan C") are persons too.
        for sv in self.sents:
            if sv.index in headlines:
                continue
            for c, ch in enumerate(sv.chunks):
                if ch.kind == NAME and ch.person is None and personhood.in_person_list(
                        sv.chunks, c):
                    self._register(ch, create=True)
        for ch in pending:
            if ch.person is None:
                self._register(ch, create=False)
        self._drop_pair_nicknames()

    def _drop_pair_nicknames(self) -> None:
        """'A-B (Dafa)', 'A dan B (Mulia-Pas)': the name in brackets after a pair of persons
        names the pair, not a third person; it stays a name the candidate rules read."""
        for sv in self.sents:
            ch = sv.chunks
            # Only a name can begin a pair: the other positions fail the first test below.
            for c in [k for k, x in enumerate(ch[: max(0, len(ch) - 4)]) if x.kind == NAME]:
                a, join, b, bracket = ch[c], ch[c + 1], ch[c + 2], ch[c + 3]
                if (
                    a.kind != NAME
                    or b.kind != NAME
                    or join.low not in lx.PAIR_NAME_JOINERS
                    or a.person is None
                    or b.person is None
                    or a.person == b.person
                ):
                    continue
                if (called := called_at(ch, c + 3)) is not None and ch[called].kind == NAME:
                    # "A dan B, yang dikenal dengan sebutan pasangan Mandiri"
                    self._pair_nicknames.add(tuple(ch[called].attrs["tokens"]))
                    continue
                if bracket.text != "(":
                    continue
                end = next((m for m in range(c + 4, min(len(ch), c + 8)) if ch[m].text == ")"), 0)
                inner = [x for x in ch[c + 4 : end] if x.kind == NAME]
                dashed = any(x.text in lx.DASHES for x in ch[c + 4 : end])
                # "A dan B (Gus B)": a nickname sharing a word with B's name is B's own.
                own = any(set(x.attrs["tokens"]) & set(b.attrs["tokens"]) for x in inner)
                if not end or not (join.text in lx.DASHES or dashed) or own:
                    continue
                for x in inner:
                    self._pair_nicknames.add(tuple(x.attrs["tokens"]))
        self.pairs_by_word = pairs_by_one_word(self.sents, self.persons)
        self._pair_nicknames |= {
            tuple(p.tokens) for p in self.persons.values() if p.label in self.pairs_by_word}
        for key, p in list(self.persons.items()):
            if tuple(p.tokens) in self._pair_nicknames:
                del self.persons[key]
                for sv in self.sents:
                    for x in sv.chunks:
                        if x.person == key:
                            x.person = None

    def _register(self, ch: Chunk, create: bool) -> None:
        tokens = ch.attrs["tokens"]
        if tuple(tokens) in self._pair_nicknames:
            return
        full = self._nicknames.get(tuple(tokens))
        match = self._full_name_of(full) if full is not None else None
        match = match or self._find_person(tokens)
        if match is None:
            # A run of common words ("Penyelenggara", "Maju Adil Merata") names no one, though
            # it can be the short mention of a person named in full ("Suci").
            if not create or ch.attrs.get("common") or (
                len(tokens) > 1 and tokens[-1].lower() in lx.COMPASS_WORDS
            ) or personhood.derived_word(tokens[0].lower()) or personhood.names_a_thing(
                [t.lower() for t in tokens], derived=False) or any(
                personhood.verb_word(t.lower()) for t in tokens) or (
                len(tokens) > 1 and not ch.attrs.get("titled")
                and tuple(t.lower() for t in tokens) in regions.district_names()
            ):
                # "Maba Selatan": a district's; "Pendayagunaan Aparatur Negara": a ministry's;
                # "10. Lubuk Raja": a district's name of two words or more (no person's in the
                # real articles' annotations is one)
                return
            match = self._shorter_person(tokens)
            if match is not None:
                # "Nyoman Giri Prasta" met before "I Nyoman Giri Prasta", "Putu Agus" before
                # "Putu Agus Suradnyana": one person, named by the full name, under the key
                # the facts already use.
                match.aliases.add(match.label)
                match.label, match.tokens = ch.label, list(tokens)
            else:
                key = ch.key
                match = self.persons.setdefault(key, Person(key, ch.label, list(tokens)))
        ch.person = match.key
        for attr in ("honorifics", "rank", "degrees"):
            if ch.attrs.get(attr) and not match.attrs.get(attr):
                match.attrs[attr] = ch.attrs[attr]
        a, b = ch.attrs["name_start"], ch.attrs["name_end"]
        match.mentions.append(Span(a, b, self.text[a:b]))  # as written, so it slices the text
        match.aliases.add(ch.label)

    def _full_name_of(self, full: Chunk) -> Person | None:
        """The person a nickname's full name is, though that mention of it is not linked yet:
        "Dewa Made Mahayadnya (Dewa Jack)", when "Dewa Jack" speaks in a later sentence and so
        is registered first."""
        if full.person:
            return self.persons.get(full.person)
        return next((p for p in self.persons.values() if p.tokens == full.attrs["tokens"]), None)

    def person_named(self, tokens: list[str]) -> str | None:
        """The person a name's words (lower case) stand for, if the article names one so."""
        found = self._find_person(tokens)
        return found.key if found is not None else None

    def _find_person(self, tokens: list[str]) -> Person | None:
        fits = []
        sounds = [spelling_key([t]) for t in tokens]
        for p in self.persons.values():
            if tokens == p.tokens:
                return p
            if _canon(tokens) == _canon(p.tokens):
                fits.append(p)  # "M Riza" and "Muhammad Riza": the initial stands for the name
                continue
            # A short mention must share the first or last name, not a middle "Muhammad"; as it
            # sounds, for "Deny" is "Denny Garuda" too.
            known = [spelling_key([t]) for t in p.tokens]
            if (
                all(t in known for t in sounds)
                and len(tokens) < len(p.tokens)
                and (len(tokens) > 1 or sounds[0] in (known[0], known[-1]) or len(p.tokens) > 2)
            ):
                fits.append(p)
        # "Deny" is "Deny Garuda" rather than "Mutlak Dukung Deny", a headline's words taken in.
        named = [p for p in fits if not any(t.lower() in lx.COMMON_WORDS for t in p.tokens)]
        best = (named or fits)[-1] if fits else None
        if best is None and len(tokens) == 1 and len(tokens[0]) >= 4:
            return self._clipped_person(tokens[0]) or self._respelt_person(tokens)
        return best or self._respelt_person(tokens)

    def _respelt_person(self, tokens: list[str]) -> Person | None:
        """The one person whose name sounds the same, written another way in the article."""
        key = spelling_key(tokens)
        found = [p for p in self.persons.values() if spelling_key(p.tokens) == key]
        if not found:
            # "Zulkarnain" and "Zulkarnaen", "Nahrawi" and "Nahrowi": a vowel inside a long
            # name written two ways
            found = [p for p in self.persons.values() if vowel_variant(tokens, p.tokens)
                     or letter_dropped(tokens, p.tokens) or word_slipped(tokens, p.tokens)]
        return found[0] if len(found) == 1 else None

    def _clipped_person(self, token: str) -> Person | None:
        """The one person one of whose names this word clips: the press shortens "Hasanuddin
        Alam" to "Hasan", "Kurniawan" to "Kurnia", "Emanuel Melkiades Laka Lena" to "Melki"."""
        found = None
        for p in self.persons.values():
            if any(t.startswith(token) and len(t) >= len(token) + 2 for t in p.tokens):
                if found is not None:
                    return None  # two persons fit: leave both alone
                found = p
        return found

    def _shorter_person(self, tokens: list[str]) -> Person | None:
        """A person already known by a part of this name of two words or more that begins or
        ends it, or by its first and last names ("Rico Waas" for "Rico Tri Putra Bayu Waas"):
        the same person named in full."""
        found = None
        for p in self.persons.values():
            n = len(p.tokens)
            if 2 <= n < len(tokens) and (tokens[:n] == p.tokens or tokens[-n:] == p.tokens or (
                    n == 2 and p.tokens == [tokens[0], tokens[-1]])):
                if found is not None:
                    return None  # two persons fit: leave both alone
                found = p
        return found

    def ensure_person(self, ch: Chunk, *, certain: bool = False) -> None:
        """Make a name a person when a rule has seen it in a person's slot (a list of officials);
        `certain`: even one made of common words ("Teradu V Teguh Prihatin")."""
        if ch.kind == NAME and ch.person is None:
            if certain:
                ch.attrs["common"] = False
            self._register(ch, create=True)
            if ch.person is not None:
                # "..., Idayani (Teradu IV), ...", then "Sedangkan Idayani dijatuhi sanksi
                # peringatan.": the same name elsewhere is the same person for later rules.
                for x in self._unlinked.get(tuple(ch.attrs["tokens"]), ()):
                    if x.person is None and not x.attrs.get("common"):
                        self._register(x, create=False)

    def person_of(self, ch: Chunk) -> str | None:
        return ch.person if ch.kind == NAME else None

    def person_entities(self) -> list[Entity]:
        out = []
        for p in self.persons.values():
            attrs = {k: v for k, v in p.attrs.items() if v}
            out.append(
                Entity(
                    p.key,
                    EntityType.PERSON,
                    p.label,
                    tuple(sorted(p.aliases)),
                    tuple(p.mentions),
                    tuple(sorted(attrs.items())),
                )
            )
        return out

def _org_short_forms(sents: list[SentView]) -> None:
    """"Forum Masyarakat Peduli Gorontalo Utara (Formagu)", then "Ketua Formagu, NAME": a
    body's short form the article gives in brackets names the body wherever it stands alone
    later, not a person."""
    forms = {ch.label.lower(): ch for sv in sents for ch in sv.chunks
             if ch.kind == ORG and " " not in ch.label and ch.attrs.get("category") == "other"}
    if not forms:
        return
    for sv in sents:
        for c in range(len(sv.chunks) - 1, -1, -1):
            ch = sv.chunks[c]
            org = forms.get(ch.low) if ch.kind == NAME else None
            if org is None or " " in ch.text:
                continue
            body = Chunk(ORG, ch.i, ch.j, ch.start, ch.end, ch.text, label=org.label,
                         key=org.key, attrs=dict(org.attrs))
            role = sv.chunks[c - 1] if c else None
            if role is not None and role.kind == ROLE and org_of_role(role) is None:
                # "Ketua Formagu, NAME": the office of that body, as "Ketua KPU X" is
                sv.chunks[c - 1 : c + 1] = [Chunk(
                    ROLE, role.i, ch.j, role.start, ch.end, f"{role.text} {ch.text}",
                    label=role.label, attrs={**role.attrs, "org": body})]
            else:
                sv.chunks[c] = body





def _canon(tokens: list[str]) -> list[str]:
    """Name tokens with every written form of Muhammad ("M", "Moh", "Mochammad") as one."""
    return ["muhammad" if t in lx.MUHAMMAD_FORMS else t for t in tokens]


def org_of_role(ch: Chunk) -> Chunk | None:
    org: Any = ch.attrs.get("org")
    return org if isinstance(org, Chunk) else None


def body_named(ch: Chunk) -> Chunk | None:
    """The body a chunk names: a body itself, or an office's body ("Ketua KPU X")."""
    return ch if ch.kind == ORG else org_of_role(ch) if ch.kind == ROLE else None


__all__ = [
    "ORG", "Doc", "EventReading", "Person", "SentView", "SentenceEvent", "body_named",
    "org_of_role", "place_list",
]


def _confirmed_twice(confirmed: list[Chunk]) -> None:
    """A name of common words ("Raga Perwira") that two of its mentions each confirm by an
    office or a verb of saying ("Ketua KPU X, Raga Perwira, mengapresiasi ...", "... ujar Raga
    Perwira") is a person's after all; a pair's word ("Pasangan Damai") confirms nothing."""
    mentions: dict[tuple[str, ...], set[int]] = {}
    for ch in confirmed:
        if ch.attrs.get("common"):
            mentions.setdefault(tuple(ch.attrs["tokens"]), set()).add(ch.start)
    for ch in confirmed:
        if len(mentions.get(tuple(ch.attrs["tokens"]), ())) >= 2:
            ch.attrs["common"] = False
