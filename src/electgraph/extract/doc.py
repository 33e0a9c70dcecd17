"""One article prepared for the relation rules: sentences of chunks, persons confirmed and linked.

Person names are confirmed from context, then short mentions ("Legar", "Kapolda Dwi Hartono")
are linked to the full name given elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunkbase import article_short_forms
from electgraph.extract.chunks import (
    ELECTION,
    NAME,
    ORG,
    PLACE,
    PUNCT,
    ROLE,
    WORD,
    Chunk,
    Chunker,
)
from electgraph.extract.namelists import place_list, thing_list
from electgraph.extract.persons import mark_names
from electgraph.extract.tokens import Sentence, readable_text, sentences
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
        short_forms = article_short_forms(sents)
        for n, s in enumerate(sents):
            chunks = mark_names(Chunker(s.tokens, short_forms).chunks())
            self.sents.append(SentView(s, chunks, n))
        _org_short_forms(self.sents)
        self.persons: dict[str, Person] = {}
        self._pair_nicknames: set[tuple[str, ...]] = set()
        self._link_persons()
        self.events = EventReading()

    # -- persons --------------------------------------------------------------------------------
    def _link_persons(self) -> None:
        confirmed: list[Chunk] = []
        pending: list[Chunk] = []
        for sv in self.sents:
            for c, ch in enumerate(sv.chunks):
                if ch.kind != NAME:
                    continue
                if _confirmed(sv.chunks, c):
                    confirmed.append(ch)
                else:
                    pending.append(ch)
        # Longest names first, so that a short mention links to the full name.
        for ch in sorted(confirmed, key=lambda x: -len(x.attrs["tokens"])):
            self._register(ch, create=True)
        # List members next to confirmed persons ("A, B dan C") are persons too.
        for sv in self.sents:
            for c, ch in enumerate(sv.chunks):
                if ch.kind == NAME and ch.person is None and _in_person_list(sv.chunks, c):
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
                dashed = any(x.text in _DASHES for x in ch[c + 4 : end])
                # "A dan B (Gus B)": a nickname sharing a word with B's name is B's own.
                own = any(set(x.attrs["tokens"]) & set(b.attrs["tokens"]) for x in inner)
                if not end or not (join.text in _DASHES or dashed) or own:
                    continue
                for x in inner:
                    self._pair_nicknames.add(tuple(x.attrs["tokens"]))
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
        match = self._find_person(tokens)
        if match is None:
            # A run of common words ("Penyelenggara", "Maju Adil Merata") names no one, though
            # it can be the short mention of a person named in full ("Suci").
            if not create or ch.attrs.get("common") or (
                len(tokens) > 1 and tokens[-1].lower() in lx.COMPASS_WORDS
            ) or _derived_word(tokens[0].lower()) or _names_a_thing(
                [t.lower() for t in tokens], derived=False) or any(
                _verb(t.lower()) for t in tokens) or (
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

    def _find_person(self, tokens: list[str]) -> Person | None:
        best = None
        for p in self.persons.values():
            if tokens == p.tokens:
                return p
            if _canon(tokens) == _canon(p.tokens):
                best = p  # "M Riza" and "Muhammad Riza": the initial stands for the name
                continue
            # A short mention must share the first or last name, not a middle "Muhammad".
            if (
                all(t in p.tokens for t in tokens)
                and len(tokens) < len(p.tokens)
                and (
                    len(tokens) > 1 or tokens[0] in (p.tokens[0], p.tokens[-1]) or len(p.tokens) > 2
                )
            ):
                best = p
        if best is None and len(tokens) == 1 and len(tokens[0]) >= 4:
            return self._clipped_person(tokens[0])
        return best

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


def _word(chunks: list[Chunk], c: int) -> str:
    return chunks[c].low if 0 <= c < len(chunks) and chunks[c].kind in (WORD, PUNCT) else ""


def _confirmed(chunks: list[Chunk], c: int) -> bool:
    """Whether the name candidate chunks[c] is a person, judging by what surrounds it."""
    ch = chunks[c]
    if ch.attrs.get("titled"):
        return True
    if place_list(chunks, c) or thing_list(chunks, c):
        return False
    if _names_a_thing(ch.attrs["tokens"]):
        return False
    prev = chunks[c - 1] if c > 0 else None
    prev2 = chunks[c - 2] if c > 1 else None
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    nxt2 = chunks[c + 2] if c + 2 < len(chunks) else None
    if prev is not None and (
        prev.kind == ROLE or (prev.text == "," and prev2 is not None and prev2.kind == ROLE)
    ):
        return True
    if prev is not None and prev.low in lx.PERSON_CUES_BEFORE:
        return True
    if nxt is not None and nxt.text in (",", "(") and nxt2 is not None and nxt2.kind == ROLE:
        return True
    if (
        nxt is not None
        and nxt.low in ("selaku", "sebagai")
        and nxt2 is not None
        and nxt2.kind == ROLE
    ):
        return True
    if prev is not None and prev.kind == WORD and prev.low in lx.SPEECH_VERBS:
        return True
    if (
        _candidate_cue(chunks, c)
        or (prev is not None and prev.low in ("vs", "versus"))
        or (nxt is not None and nxt.low in ("vs", "versus"))
    ):
        return True
    multi = len(ch.attrs["tokens"]) > 1
    if prev is not None and prev.text == ";":
        return True  # semicolon lists in these reports list people (or bodies, which are ORG)
    if multi and c > 0 and _looks_like_person_name(chunks, c):
        return True
    if (
        multi
        and nxt is not None
        and nxt.kind == WORD
        and nxt.low.startswith(lx.VERB_PREFIXES)
        and not nxt.text[:1].isupper()
    ):
        return True
    if (
        multi
        and nxt is not None
        and nxt.text in ("-", "–", "—")
        and nxt2 is not None
        and nxt2.kind == NAME
    ):
        return True
    return bool(
        multi
        and prev is not None
        and prev.text in ("-", "–", "—")
        and prev2 is not None
        and prev2.kind == NAME
    )




def _candidate_cue(chunks: list[Chunk], c: int) -> bool:
    """'pasangan nomor urut 1, NAME', 'calon bupati X NAME', 'berpasangan dengan NAME'."""
    for k in range(c - 1, max(-1, c - 8), -1):
        ch = chunks[k]
        if ch.kind == NAME:
            return False
        if ch.low in lx.CANDIDATE_WORDS or (
            ch.low.isdigit() and k > 0 and chunks[k - 1].low == "urut"
        ):
            return True
    return False


def _looks_like_person_name(chunks: list[Chunk], c: int) -> bool:
    """A run of capitalised words inside a sentence (not at its start, where any word is
    capitalised) is a person's name unless its first word names a kind of thing ("Sistem ...",
    "Operasi ...") or it carries an acronym in brackets, which things have and people do not."""
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    prev = chunks[c - 1]
    if prev.low in lx.PLACE_CUES_BEFORE or prev.text in ('"', "“", "'", "‘"):
        return False  # "di Tarogong Kidul", "Kecamatan Seram Utara", a quoted theme
    if (
        prev.text == ","
        and c > 1
        and chunks[c - 2].kind == PLACE
        and (chunks[c - 2].attrs.get("kind") == "venue" or (c > 2 and chunks[c - 3].low == "di"))
    ):
        return False  # "di Hotel Madani, Lubuk Pakam": a place in apposition to a venue
    if nxt is not None and nxt.kind == ELECTION and nxt.attrs.get("generic"):
        return False  # "Aparat Pengawas Pemilu": a name of a post or a body, not a person's
    return not (nxt is not None and nxt.text == "(")


_DASHES = frozenset({"-", "–", "—"})
_DERIVED = re.compile(r"^(?:(?:pe|ke)[a-z]{4,}an|(?:me|ber|ter|di)[a-z]{4,}kan)$")


def _derived_word(token: str) -> bool:
    """Derived words (peN-...-an, ke-...-an, meN-...-kan) are common nouns and verbs, not
    names: "Pelayanan", "Kesejahteraan", "Meningkatkan". Names like "Permana", "Meriani" or
    "Mentari" do not match (no -i suffix: too many names end like "menghadiri")."""
    return bool(_DERIVED.match(token))


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


def _verb(token: str) -> bool:
    """An active verb of the dictionary ("Melantik", "Bersepakat" in a headline's capitals):
    never a word of a name."""
    return len(token) >= 6 and token.startswith(("me", "ber")) and (
        token in lx.COMMON_WORDS or token in _EVENT_VERBS)


# The verbs of the lexicon's events: "Melantik" is in no corpus list of common words.
_EVENT_VERBS = lx.HOST_VERBS | lx.ATTEND_CUES | lx.SPEAK_VERBS | lx.INAUGURATION_VERBS


def _names_a_thing(tokens: list[str], *, derived: bool = True) -> bool:
    """Whether a name's words name a thing, not a person: "Sistem ...", "Salam Pena News" (an
    outlet), "Indonesia Baru Center", "Ida Sang Hyang Widhi" (God, in a prayer); with
    `derived`, any derived word ("Resmi Melantik") too, which a surname may look like
    ("Keleosan"): a rule that saw the name in a person's slot asks without it."""
    return (tokens[0] in lx.NON_PERSON_HEADS or (derived and any(map(_derived_word, tokens)))
            or any(t in lx.SACRED_WORDS for t in tokens)
            or any(t in lx.NON_PERSON_TAILS for t in tokens[1:]))


def _in_person_list(chunks: list[Chunk], c: int) -> bool:
    """A name separated only by list punctuation from a confirmed person is a person."""
    if place_list(chunks, c) or thing_list(chunks, c) or _names_a_thing(chunks[c].attrs["tokens"]):
        return False
    for step in (-1, 1):
        k = c + step
        while 0 <= k < len(chunks):
            if chunks[k].text in (",", ";", "-", "–", "—") or chunks[k].low in lx.NAME_LIST_WORDS:
                k += step
            elif _bracketed_short_form(chunks, k, step):
                k += 3 * step  # "A (SJL) dan B (MAP)": each name's short form in brackets
            else:
                break
        if (
            0 <= k < len(chunks)
            and k != c + step
            and chunks[k].kind == NAME
            and chunks[k].person is not None
        ):
            return True
    return False


def _bracketed_short_form(chunks: list[Chunk], k: int, step: int) -> bool:
    """Whether a short form in capitals in brackets, "(SJL)", starts at k going `step`."""
    inner, close = k + step, k + 2 * step
    if not (min(k, close) >= 0 and max(k, close) < len(chunks)):
        return False
    opening, closing = (chunks[k], chunks[close]) if step > 0 else (chunks[close], chunks[k])
    word = chunks[inner].text
    return (opening.text == "(" and closing.text == ")" and word.isalpha() and word.isupper()
            and 2 <= len(word) <= 5)


def _canon(tokens: list[str]) -> list[str]:
    """Name tokens with every written form of Muhammad ("M", "Moh", "Mochammad") as one."""
    return ["muhammad" if t in lx.MUHAMMAD_FORMS else t for t in tokens]


def org_of_role(ch: Chunk) -> Chunk | None:
    org: Any = ch.attrs.get("org")
    return org if isinstance(org, Chunk) else None


__all__ = [
    "ORG", "Doc", "EventReading", "Person", "SentView", "SentenceEvent", "org_of_role", "place_list"
]


def called_at(ch: list[Chunk], k: int) -> int | None:
    """Where the nickname begins in ", yang dikenal dengan sebutan pasangan Mandiri" (or
    "disebut pasangan X", "dijuluki X") after a pair; None when the pair is given none."""
    m = k + (k < len(ch) and ch[k].text == ",")
    m += m < len(ch) and ch[m].low == "yang"
    if m >= len(ch) or ch[m].low not in _CALLED_VERBS:
        return None
    m += 1
    while m < len(ch) and ch[m].low in _CALLED_FILLERS:
        m += 1
    return m if m < len(ch) and ch[m].text[:1].isupper() else None


_CALLED_VERBS = frozenset({"dikenal", "disebut", "dijuluki", "disapa", "dinamai", "bertajuk"})
_CALLED_FILLERS = frozenset({"dengan", "sebagai", "sebutan", "julukan", "nama", "istilah",
                             "pasangan", "paslon", "akrab"})
