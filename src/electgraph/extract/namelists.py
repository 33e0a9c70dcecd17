"""Lists of capitalised names that a noun announces as places or things, not persons:
"di lima kecamatan, yaitu A, B dan C", "lagu daerah seperti A dan B"."""

from __future__ import annotations

from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunks import NAME, PLACE, ROLE, WORD, Chunk

__all__ = ["affiliation_owner", "called_a_pair", "dashed_address", "past_office_clause",
           "place_list", "thing_list"]


def _name_run_start(chunks: list[Chunk], c: int) -> int:
    """The index just before the run of names and list words ("A, B dan C") that holds c.

    Computed once per sentence for every position (the last sentence's answer is kept):
    walking back from each name of a long list was quadratic in its length."""
    if _RUN_STARTS[0] is not chunks:
        before: list[int] = []  # per position: the last non-member at or before it
        for i, ch in enumerate(chunks):
            member = ch.kind == NAME or ch.low in (",", "dan", "serta")
            before.append((before[i - 1] if i else -1) if member else i)
        _RUN_STARTS[:] = [chunks, before]
    return int(_RUN_STARTS[1][c - 1]) if c > 0 else -1


_RUN_STARTS: list[Any] = [None, []]


# Nouns of things whose names are capitalised like persons' ("lagu populer seperti A, B dan C",
# "program unggulan yaitu ...", "aplikasi, yakni ...").
_THING_LIST_HEADS = frozenset({
    "lagu", "tembang", "film", "buku", "program", "aplikasi", "produk", "tarian", "tari",
    "menu", "kuliner", "tema", "subtema", "judul", "slogan", "tagline", "jargon", "motto",
    "misi", "visi", "gerakan", "platform", "kanal", "akun", "hotel", "restoran", "rumah makan",
})  # fmt: skip
_OF_A_PEOPLE = frozenset({"khas", "suku", "etnis", "adat", "bahasa"})
_ANNOUNCERS = frozenset({
    "yaitu", "yakni", ":", "meliputi", "antara", "lain", "seperti", "berjudul",
})  # fmt: skip


def thing_list(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c is in a list a noun of things announces: song titles, programmes,
    apps are no persons, however many capitalised words they have."""
    k = _name_run_start(chunks, c)
    if k >= 0 and chunks[k].low in _OF_A_PEOPLE:
        return True  # "tarian khas Sasak, Samawa dan Mbojo", "suku Dayak": peoples, no persons
    if k < 0 or chunks[k].low not in _ANNOUNCERS:
        return False
    while k >= 0 and (chunks[k].low in _ANNOUNCERS or chunks[k].text == ","):
        k -= 1
    skipped = 0  # "sejumlah lagu populer seperti": a count word and an adjective or two
    while k >= 0 and chunks[k].low not in _THING_LIST_HEADS and skipped < 3 and (
        chunks[k].kind == WORD and chunks[k].text[:1].islower()
    ):
        k -= 1
        skipped += 1
    return k >= 0 and chunks[k].low in _THING_LIST_HEADS


def place_list(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c is in a list that a place noun announces: "di lima kecamatan,
    yaitu Cibalong, Cilawu dan Cisewu" names districts, "wilayah terpencil seperti Busang" a
    village, not persons."""
    k = _name_run_start(chunks, c)
    if (k >= 0 and _district_list(chunks, k)) or _districts_listed(chunks, k + 1):
        return True
    if k < 0 or chunks[k].low not in _PLACE_ANNOUNCERS:
        return False
    while k >= 0 and (chunks[k].low in _PLACE_ANNOUNCERS or chunks[k].text == ","):
        k -= 1
    # "wilayah terpencil seperti A dan B": an adjective or two after the place noun
    adjectives = 0
    while (k >= 0 and adjectives < 2 and chunks[k].kind == WORD and chunks[k].text.islower()
           and chunks[k].low not in lx.PLACE_LIST_HEADS
           and chunks[k].low not in lx.PLACE_COUNT_WORDS):
        k -= 1
        adjectives += 1
    while k >= 0 and (chunks[k].low in lx.PLACE_COUNT_WORDS or chunks[k].low.isdigit()):
        k -= 1
    return k >= 0 and chunks[k].low in lx.PLACE_LIST_HEADS


def _district_list(chunks: list[Chunk], k: int) -> bool:
    """'Kecamatan Rancabali, Katapang, Soreang dan Margaasih': one-word names listed after a
    district named with its level word are more districts. Two at least, so that 'Kecamatan X,
    Budi, mengatakan' (a holder after his district) stays a name."""
    if chunks[k].kind != PLACE or chunks[k].text.split()[0].lower() not in _DISTRICT_WORDS:
        return False
    names = 0
    for x in range(k + 1, len(chunks)):
        if chunks[x].kind == NAME:
            if len(chunks[x].attrs["tokens"]) > 1:
                return False
            names += 1
        elif chunks[x].low not in (",", "dan", "serta"):
            break
    return names >= 2


def _districts_listed(chunks: list[Chunk], start: int) -> bool:
    """'Yaitu Sidikalang, Parbuluan, Sumbul, Sitinjo dan Siempat Nempu': a list of names from
    `start`, three or more of them and most of them districts the gazetteer knows, lists
    districts (their noun may stand in the sentence before), not persons. Each name of a list
    asks; the list is read once per sentence (a long list would be read again for every name)."""
    if _LISTED[0] is not chunks:
        _LISTED[:] = [chunks, {}]
    known_lists: dict[int, bool] = _LISTED[1]
    if start not in known_lists:
        known_lists[start] = _read_districts_listed(chunks, start)
    return known_lists[start]


_LISTED: list[Any] = [None, {}]


def _read_districts_listed(chunks: list[Chunk], start: int) -> bool:
    names: list[tuple[str, ...]] = []
    for x in range(start, len(chunks)):
        if chunks[x].kind == NAME:
            names.append(tuple(t.lower() for t in chunks[x].attrs["tokens"]))
        elif chunks[x].low not in (",", "dan", "serta"):
            break
    known = sum(name in regions.district_names() for name in names)
    return len(names) >= _LISTED_DISTRICTS and known * 3 >= len(names) * 2


_LISTED_DISTRICTS = 3
_DISTRICT_WORDS = frozenset({"kecamatan", "desa", "kelurahan", "distrik", "nagari", "gampong"})


def dashed_address(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c is part of an address written with dashes after "di" ("di Sutan
    Raja-Soreang-Kabupaten Bandung"): a venue, a town and a region, no pair of persons."""
    start = end = c
    while start >= 2 and chunks[start - 1].text in lx.DASHES and chunks[start - 2].kind in (
            NAME, PLACE):
        start -= 2
    while end + 2 < len(chunks) and chunks[end + 1].text in lx.DASHES and chunks[
            end + 2].kind in (NAME, PLACE):
        end += 2
    return (end > start and start >= 1 and chunks[start - 1].low in ("di", "ke")
            and any(chunks[k].kind == PLACE for k in range(start, end + 1, 2)))


_PLACE_ANNOUNCERS = frozenset({"yaitu", "yakni", ":", "meliputi", "antara", "lain", "seperti"})


# Chunks an affiliation's brackets hold at most: two or three offices, each with its body.
_AFFILIATION_SPAN = 12


def affiliation_owner(chunks: list[Chunk], c: int) -> int | None:
    """"Prof. NAME (Korwil X, Guru Besar UNIMA Tondano)": an office inside brackets opened
    right after a name is that name's, however many offices the brackets list; a capitalised
    word after one of them is its campus's or body's town, not its holder. Only offices and
    their bodies may come between: a verb there begins a clause with persons of its own."""
    k = c - 1
    stop = max(0, c - _AFFILIATION_SPAN)  # asked of every office: no walk to a long list's start
    while k > stop and chunks[k].text not in ("(", ")"):
        k -= 1
    if k < 1 or chunks[k].text != "(" or chunks[k - 1].kind != NAME:
        return None
    if any(x.kind == WORD and x.text[:1].islower() and x.low not in ("dan", "serta")
           for x in chunks[k + 1 : c]):
        return None  # "NAME (Ketua X, didampingi Sekretaris X NAME2)": a clause, no affiliation
    return k - 1


def called_a_pair(chunks: list[Chunk], k: int) -> bool:
    """Whether the words at k say the pair named before is one: "A dan B (HANDAL) menjadi
    bakal pasangan calon pertama yang mendaftar", "A dan B merupakan paslon nomor urut 2"."""
    if k >= len(chunks) or chunks[k].low not in _IS_WORDS:
        return False
    words = [x.low for x in chunks[k + 1 : k + 4]]
    while words and words[0] in ("bakal", "resmi"):
        words.pop(0)
    return bool(words) and words[0] in lx.PAIR_HEADS


_IS_WORDS = frozenset({"menjadi", "merupakan", "adalah", "sebagai"})


def past_office_clause(chunks: list[Chunk], k: int) -> int:
    """Past a clause at k that says what office the name before holds ("A yang saat ini
    menjabat Wali Kota X berpasangan dengan B", ", yang kini sebagai Wakil Bupati X,"), else k."""
    if k >= len(chunks) or chunks[k].low != "yang":
        return k
    j = k + 1
    while j < len(chunks) and chunks[j].low in lx.OFFICE_CLAUSE_WORDS:
        j += 1
    if j >= len(chunks) or chunks[j].kind != ROLE:
        return k
    j += 1
    j += j < len(chunks) and chunks[j].kind == PLACE  # the office's region, written apart
    return j + (j < len(chunks) and chunks[j].text == ",")
