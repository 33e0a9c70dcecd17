"""Chunks and the shared machinery of the chunker: lexicon tables, region lookup, spans."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.tokenbase import Sentence, Token
from electgraph.extract.tokens import tokenize

ORG, ROLE, EVENT, ELECTION, PLACE, NAME, WORD, PUNCT = (
    "ORG", "ROLE", "EVENT", "ELECTION", "PLACE", "NAME", "WORD", "PUNCT"
)  # fmt: skip


@dataclass(slots=True)
class Chunk:
    kind: str
    i: int  # first token index in the sentence
    j: int  # one past the last token
    start: int
    end: int
    text: str
    label: str = ""
    key: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    # What later rules read of a chunk, set by earlier ones: the person a name is (`Doc`), the
    # persons an office was given to (the roles rule; quotes name a speaker by office).
    person: str | None = None
    holders: list[str] = field(default_factory=list)

    # Rules compare lower-cased text all the time; computed once. A word passes its token's
    # reading, which the tokenizer may have mended ("di Lantik" -> "dilantik").
    low: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if not self.low:
            self.low = self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def balinese_start(words: Sequence[Token] | Sequence[Chunk], k: int) -> bool:
    """Whether a Balinese name starts at k, inside a run of capitalised words: "I" before a
    Balinese name word ("I Gede"), "Ni" or "Luh" before a capitalised word ("Luh Riniti"); not
    right after another such particle ("Ni Luh Putu")."""
    if not 0 < k < len(words) - 1 or words[k - 1].text in _BALINESE_PARTICLES:
        return False
    text, nxt = words[k].text, words[k + 1]
    if text == "I":
        return nxt.low in lx.BALINESE_NAME_WORDS
    return text in _BALINESE_PARTICLES and nxt.is_cap


_BALINESE_PARTICLES = frozenset({"I", "Ni", "Luh"})
_BODY_TABLE = lx.PhraseTable(
    [(tuple(k.split()), k) for k in lx.BODIES]
    + [(tuple(k.split()), v) for k, v in lx.BODY_LONG.items()]
)
_PARTY_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.PARTIES])
# A prison's class, written before its town ("Lapas Kelas IIB Tanjungpandan").
_PRISON_CLASSES = frozenset({"i", "ia", "ib", "ii", "iia", "iib", "iii"})
# What may follow a unit's town: the end of an item of a list or of the sentence.
_SEAT_FOLLOWERS = frozenset({",", ";", ")", ".", "dan", "serta", "yang"})
_SEAT_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.UNIT_SEATS])
_ROLE_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.ROLE_TITLES])
_STATUS_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.STATUS_PREFIXES])
_EVENT_TABLE = lx.PhraseTable(
    [(tuple(k.split()), k) for k in lx.EVENT_HEADS | lx.HELD_EVENT_HEADS])
_ELECTION_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.ELECTION_HEADS])
_YEAR = re.compile(r"^(19|20)\d\d$")
_UNIT_CODE = re.compile(r"^[0-9IVXL]+(?:[-/][0-9A-Za-z]+)*$")


class _RegionTable:
    """Region names as token phrases, built once from the gazetteer."""

    def __init__(self) -> None:
        entries = []
        for alias in regions.aliases():
            # Tokenised as the text is: names are capitalised there, so "Toli-Toli" splits.
            words = tuple(t.low for t in tokenize(alias.title()))
            if words:
                entries.append((words, alias))
        self.table = lx.PhraseTable(entries)
        self.aliases = regions.aliases()


_regions: _RegionTable | None = None


def _region_table() -> _RegionTable:
    global _regions
    if _regions is None:
        _regions = _RegionTable()
    return _regions


class ChunkerBase:
    """The tokens of one sentence and the helpers every matcher uses."""

    def __init__(
        self, tokens: tuple[Token, ...], short_forms: Mapping[str, regions.Region] | None = None
    ) -> None:
        self.toks = tokens
        self.words = [t.low for t in tokens]
        self.n = len(tokens)
        # Regions the article gave a short form of its own: "Minahasa Tenggara (Mitra)".
        self.short_forms = short_forms or {}

    # -- small helpers -------------------------------------------------------------------------
    def _span(self, kind: str, i: int, j: int, **kw: Any) -> Chunk:
        a, b = self.toks[i].start, self.toks[j - 1].end
        return Chunk(kind, i, j, a, b, self._text(i, j), **kw)

    def _text(self, i: int, j: int) -> str:
        # Rebuild the surface text from tokens, keeping single spaces.
        out = []
        for k in range(i, j):
            if k > i and self.toks[k].start > self.toks[k - 1].end:
                out.append(" ")
            out.append(self.toks[k].text)
        return "".join(out)

    def _skip_dot(self, i: int) -> int:
        return i + 1 if i < self.n and self.words[i] == "." else i

    def unit_at(self, j: int) -> tuple[int, str] | None:
        """A military or police unit code at j ("0302/Inhu", "XII/Tanjungpura", "1004-08/PLU"),
        with the rest of its region name when the code split it ("0411/Lampung Tengah")."""
        if j >= self.n:
            return None
        text = self.toks[j].text
        if not (_UNIT_CODE.match(text) and any(c.isdigit() or c in "IVX" for c in text[:2])):
            return None
        if text == "I" and j + 1 < self.n and self.toks[j + 1].is_cap:
            return None  # "DKPP I Dewa Kade": the Balinese "I" of a name, no unit
        if text.isdigit() and j + 1 < self.n and self.words[j + 1] in lx.PLACE_LIST_HEADS:
            return None  # "anggota PPK 20 kecamatan": a count of districts, no unit
        end = j + 1
        if (end + 1 < self.n and self.toks[end].text == "/" and self.toks[end + 1].is_cap
                and self.toks[end + 1].text.isalpha()):
            # "Pangdam IV/ Diponegoro": the code and the command's name spaced apart
            return end + 2, f"{text}/{self.toks[end + 1].text}"
        if "/" in text:
            tail = text.split("/", 1)[1]
            while (
                end < self.n
                and self.toks[end].is_cap
                and regions.lookup(f"{tail} {self._text(j + 1, end + 1)}")
            ):
                end += 1
        return end, self._text(j, end)

    def city_after(self, j: int, region: regions.Region) -> tuple[int, regions.Region] | None:
        """'Polres Bima Kota', 'Kapolres Sorong Kota, AKBP ...': a region's name with "Kota"
        after it (and no name after that, as in "Bima Kota Bima") is the city of that name."""
        if not (j < self.n and self.words[j] == "kota" and self.toks[j].is_cap) or (
                j + 1 < self.n and self.toks[j + 1].is_cap and self.toks[j + 1].is_word
                and self.region_at(j + 1) is not None):
            return None
        city = regions.lookup(f"Kota {region.name}")
        return (j + 1, city) if city is not None and city.kind == "kota" else None

    def region_at(
        self, i: int, kind_hint: str | None = None, lower: bool = False
    ) -> tuple[int, regions.Region] | None:
        """A region name starting at token i (with an optional level word before it); with
        `lower`, one written in lower case after its level word ("kabupaten muaro jambi")."""
        rt = _region_table()
        level = None
        k = i
        if k + 1 < self.n and self.words[k] == "administrasi" and self.toks[k + 1].is_cap:
            k += 1  # "Wali Kota Administrasi Jakarta Timur": the title took in "Kota"
        if k < self.n and self.words[k] in ("kabupaten", "kab", "kota", "provinsi", "prov"):
            level = lx.LEVEL_WORDS[self.words[k]]
            k = self._skip_dot(k + 1)
            if k < self.n and self.words[k] in ("administrasi", "adm"):
                k = self._skip_dot(k + 1)  # "Kota Administrasi Jakarta Timur": DKI's cities
        if k >= self.n or not (self.toks[k].is_cap or (lower and level and k > i)):
            return None
        hit = rt.table.match(self.words, k)
        if hit is None:
            own = self.short_forms.get(self.words[k])
            if own is None or (level and own.kind != level):
                return None
            return k + 1, own
        n, alias = hit
        # A lower-case continuation word means the name went on: "Aceh Besar" beats "Aceh".
        cands = rt.aliases[alias]
        hint = level or kind_hint
        pick = next((c for c in cands if hint and c.kind == hint), None) or (
            # "KPU Banjar" after "KPU Kabupaten Banjar": the one the article named with its level
            self.short_forms.get(alias) if len(cands) > 1 else None) or cands[0]
        if level and pick.kind != level:
            return None
        return k + n, pick

    def known_area_end(
        self, j: int, stop: int, *, villages: bool = False, districts: bool = False,
        min_words: int = 1,
    ) -> int | None:
        """The end of the longest district or village name lokal knows that starts at j and
        ends by `stop`, every word capitalised; None when there is none. Where an area's name
        ends and a person's begins ("PPS Parang Tambung Hardi", "Kapolsek Klojen NAME")."""
        village_set = regions.village_names() if villages else frozenset()
        district_set = regions.district_names() if districts else frozenset()
        for end in range(min(stop, self.n), j + min_words - 1, -1):
            words = self.words[j:end]
            if all(self.toks[x].is_cap for x in range(j, end)) and (
                " ".join(words) in village_set or tuple(words) in district_set
                # "Pondok Melati", "Tanjung Karang Barat": the gazetteer writes the first two
                # words as one ("Pondokmelati", "Tanjungkarang Barat")
                or (len(words) > 1 and (words[0] + words[1], *words[2:]) in district_set)
            ):
                return end
        return None

    def rank_at(self, x: int) -> bool:
        """A rank or honorific at x: the start of a holder's name, so what came before is not."""
        return x < self.n and (self.words[x] in lx.RANKS or self.words[x] in lx.HONORIFICS)

    def named_seat_end(self, j: int) -> int:
        """After a command's or police area's name the lexicon knows, at j ("Metro Jaya",
        "Sriwijaya"); j when none is. Tried before the gazetteer, whose "Metro" is a city."""
        if j < self.n and (hit := _SEAT_TABLE.match(self.words, j)) is not None and all(
                self.toks[x].is_cap for x in range(j, j + hit[0])):
            return j + hit[0]
        return j

    def _long_name_at(self, x: int) -> bool:
        """Two capitalised words at x that are no body, office or place word."""
        return x + 1 < self.n and all(
            self.toks[y].is_cap and self.toks[y].text.isalpha() and not self.toks[y].text.isupper()
            and self.words[y] not in lx.NOT_NAME for y in (x, x + 1))

    def _initial_at(self, x: int) -> bool:
        """An initial with its full stop at x ("M. Sacral Ritonga"): a holder's name begins."""
        return (x + 1 < self.n and len(self.toks[x].text) == 1 and self.toks[x].text.isupper()
                and self.words[x + 1] == ".")

    def seat_end(self, j: int) -> int:
        """After the name of the town or command a unit is named after, at j ("Kajari Sigli",
        "Dandim 1506 Namlea", "Pangdam II Sriwijaya", "Kapolresta Barelang"); j when none is."""
        if j >= self.n or not self.toks[j].is_cap:
            return j
        if self.words[j] == "kelas" and j + 2 < self.n and self.words[j + 1] in _PRISON_CLASSES:
            # "Lapas Kelas IIB Tanjungpandan": a prison's class comes before its town; its
            # letter may stand apart ("Kelas II B Selong")
            town = j + 2 + (self.words[j + 2] in ("a", "b") and self.toks[j + 2].text.isupper())
            seat = self.seat_end(town) if town < self.n else town
            return seat if seat > town else j
        if (named := self.named_seat_end(j)) > j:
            return named
        towns = regions.town_names()
        for end in range(min(self.n, j + 3), j, -1):
            if all(self.toks[x].is_cap for x in range(j, end)) and tuple(
                    self.words[j:end]) in towns:
                # Towns share names with persons ("Bambang", "Agung"): only where no name
                # follows, or a rank or title begins the holder's ("Kajari Sigli, Ketua ...").
                nxt = self.toks[end] if end < self.n else None
                if nxt is None or not nxt.is_cap or self.rank_at(end) or self._initial_at(end):
                    return end
                # "Ketua Pengadilan Negeri Wamena Hirmawan Agun": a town, and a name of two
                # words or more after it
                return end if self._long_name_at(end) else j
        if (j + 1 == self.n or self.words[j + 1] in _SEAT_FOLLOWERS) and not self.rank_at(j):
            # ... but "Dandim 0709 Letkol. Inf NAME": the holder's rank, with its dot
            # "Kepala Kejaksaan Negeri Sampit, Kapolres ...": one word that no name goes on
            # from is the unit's town, which the gazetteer may not know; its holder would carry
            # a rank or a second name
            return j + 1
        return j

    def short_form_at(self, i: int) -> tuple[str, regions.Region] | None:
        """'Kabupaten Minahasa Tenggara (Mitra)': the short form the article gives a region in
        brackets right after its name, when the gazetteer does not know it already."""
        if not (i + 2 < self.n and self.words[i] == "(" and self.words[i + 2] == ")"):
            return None
        tok = self.toks[i + 1]
        if not (tok.is_cap and tok.text.isalpha() and len(tok.text) >= 3):
            return None
        if _region_table().table.match(self.words, i + 1) is not None:
            return None
        for start in range(max(0, i - 5), i):
            hit = self.region_at(start)
            if hit is not None and hit[0] == i and abbreviates(tok.low, hit[1].name.lower()):
                return tok.low, hit[1]
        return None

    def region_name_text(self, i: int, j: int) -> str:
        """The region name tokens i..j hold (a level word before it dropped), when the article
        wrote a short form of it ("Sidrap" for Sidenreng Rappang); "" for the official name."""
        k = i
        if k < j and self.words[k] in ("kabupaten", "kab", "kota", "provinsi", "prov"):
            k = self._skip_dot(k + 1)
        if k >= j:
            return ""
        text = self._text(k, j).strip(" ,;:()")
        hit = regions.lookup(text)
        if hit is None or text.lower() == hit.name.lower() or hit.kind == "provinsi":
            return ""
        return text

    # -- matchers ------------------------------------------------------------------------------


def article_short_forms(sents: list[Sentence]) -> dict[str, regions.Region]:
    """The regions the article names in its own way: a short form it gives in brackets
    ("Minahasa Tenggara (Mitra)"), so that "KPU Mitra" and "Bupati Mitra NAME" read as the
    region, not as a name; and, of a name two regions share ("Banjar": a city in West Java, a
    regency in South Kalimantan), the one it names with its level ("Kabupaten Banjar")."""
    found: dict[str, regions.Region] = {}
    leveled: dict[str, regions.Region] = {}
    provincial: set[str] = set()  # "Bawaslu Provinsi Jambi" beside "Bawaslu Kota Jambi"
    rt = _region_table()
    for s in sents:
        base: ChunkerBase | None = None
        for i, tok in enumerate(s.tokens):
            if tok.text == "(":
                base = base or ChunkerBase(s.tokens)
                if (hit := base.short_form_at(i)) is not None:
                    found.setdefault(*hit)
            elif tok.low in ("kabupaten", "kota", "provinsi") and i + 1 < len(s.tokens):
                base = base or ChunkerBase(s.tokens)
                named = rt.table.match(base.words, i + 1)
                if named is not None and len(rt.aliases[named[1]]) > 1:
                    region = base.region_at(i)
                    if tok.low == "provinsi":
                        provincial.add(named[1])
                    elif region is not None:
                        leveled.setdefault(named[1], region[1])
    # a name the article gives both a province's and a city's level stays ambiguous: each
    # mention is read as its own words say
    return {**{k: v for k, v in leveled.items() if k not in provincial}, **found}


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of the letters of `name` in order, from its first one, as the
    press shortens regions ("Mitra" <- Minahasa Tenggara, "Konkep" <- Konawe Kepulauan); a
    person's name in brackets after a region ("Sleman (Hamdan)") is not."""
    if not short or short[0] != name[:1]:
        return False
    rest = iter(name)
    return all(c in rest for c in short)


_triggers: frozenset[str] | None = None


def trigger_words() -> frozenset[str]:
    """Lower-case words at which some matcher can start; any other word is a plain WORD.

    Checking this set first lets the chunker skip five matchers on most tokens.
    """
    global _triggers
    if _triggers is None:
        tables = (
            _BODY_TABLE,
            _PARTY_TABLE,
            _ROLE_TABLE,
            _STATUS_TABLE,
            _EVENT_TABLE,
            _ELECTION_TABLE,
            _region_table().table,
        )
        words = set().union(*(t.firsts() for t in tables))
        words |= lx.VENUE_HEADS | lx.ORG_HEADS | lx.PARTY_UNITS | set(lx.LEVEL_WORDS)
        words |= {"partai", "divisi"} | set(lx.AREA_HEADS) | lx.QUOTED_EVENT_WORDS
        words |= lx.CAMPAIGN_TEAM_WORDS
        _triggers = frozenset(words)
    return _triggers
