"""Results: the elected named before their office ("A dan B Gubernur dan Wakil Gubernur Jatim
terpilih juga hadir", "A-B, Bupati dan Wakil Bupati Sleman terpilih"), pairs followed by
their votes ("A-B 4.421 suara"), pairs under the ballot number they drew ("Nomor Urut 1 :") and
pairs numbered in a list a sentence introduces ("Berikut nama-nama paslon ...: 1. A-B ...").
All stood as candidates; the office before the names
("Bupati terpilih, A-B") is read by `candidates`."""

from __future__ import annotations

from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, NAME, PLACE, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.model import FactKind

__all__ = ["elected_before_office", "listed_pair", "pair_and_offices", "pair_under_heading",
           "recalled_pairs", "votes_follow"]

_JOINERS = frozenset({"dan", "-", "–", "—", "&"})


def stood(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str],
    first: Chunk, second: Chunk, number: str | None = None,
) -> None:
    """The two names of a pair stood as candidates, each the other's running mate; names that
    were no persons become persons, as the pair's reading says they are."""
    pair: list[str] = []
    for ch in (first, second):
        doc.ensure_person(ch)
        if (person := doc.person_of(ch)) is not None:
            pair.append(variants.get(person, person))
    if len(pair) == 2:
        for me, mate in (pair, pair[::-1]):
            out.fact(FactKind.CANDIDATES, me, election, sv.sent.start, sv.sent.end,
                     "candidates", number=number, running_mate=mate)


def elected_before_office(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    chunks = sv.chunks
    for c in range(len(chunks) - 3):
        first, join, second = chunks[c : c + 3]
        if not (first.kind == NAME and join.low in _JOINERS and second.kind == NAME):
            continue
        if not _elected_office_after(chunks, c + 3):
            continue
        local = next((x.key for x in chunks if x.kind == ELECTION and not x.attrs.get("generic")),
                     election)
        stood(doc, sv, out, local, variants, first, second)


def _elected_office_after(chunks: list[Chunk], k: int) -> bool:
    """An elected office ("Gubernur dan Wakil Gubernur Jatim") then "terpilih", from k, or
    after "sebagai" ("menetapkan A-B sebagai Gubernur dan Wakil Gubernur Jateng terpilih")."""
    k += k < len(chunks) and chunks[k].low == ","
    k += k < len(chunks) and chunks[k].low == "sebagai"
    seen_office = False
    while k < len(chunks):
        ch = chunks[k]
        if ch.kind == ROLE and any(o in ch.low for o in lx.ELECTED_OFFICES):
            seen_office = True
        elif ch.low == "terpilih":
            return seen_office
        elif not (ch.kind in (ROLE, PLACE) or ch.low in ("dan", "/", "-")):
            return False
        k += 1
    return False


def votes_follow(chunks: list[Chunk], k: int) -> bool:
    """'A-B 4.421 suara', 'A-B (AIYE) 6.368 suara', 'A-B meraih 52,3 persen': a pair followed
    at k by its share of the vote."""
    if k < len(chunks) and chunks[k].text == "(":  # the pair's nickname
        end = next((m for m in range(k + 1, min(len(chunks), k + 5)) if chunks[m].text == ")"), 0)
        k = end + 1 if end else k
    for _ in range(3):
        if k < len(chunks) and chunks[k].low in lx.TALLY_WORDS:
            k += 1
    digits = 0  # "6.368" is three tokens
    while k < len(chunks) and (chunks[k].low.isdigit() or (
            digits and chunks[k].text in ".," and k + 1 < len(chunks)
            and chunks[k + 1].low.isdigit())):
        digits += chunks[k].low.isdigit()
        k += 1
    return bool(digits) and k < len(chunks) and chunks[k].low in ("suara", "persen", "%")


def pair_under_heading(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'Nomor Urut 1 :' on a line of its own, then 'A, S.E dan B, S.H.': the pair drew it."""
    if sv.index == 0:
        return
    head = [t.low for t in doc.sents[sv.index - 1].sent.tokens]
    if len(head) not in (3, 4) or head[:2] != ["nomor", "urut"] or not head[2].isdigit() or (
            head[3:] not in ([], [":"])):
        return
    names = [c for c, ch in enumerate(sv.chunks) if ch.kind == NAME]
    if len(names) != 2 or not any(
            sv.chunks[k].low in _JOINERS for k in range(names[0] + 1, names[1])):
        return
    stood(doc, sv, out, election, variants, sv.chunks[names[0]], sv.chunks[names[1]],
          number=head[2].lstrip("0") or "0")



def listed_pair(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'Berikut nama-nama paslon yang mendaftar:' then '1. A-B dengan dukungan ...', '2. C-D
    ...': each numbered item's pair stood as candidates (the item's number is no ballot
    number). The number may stand as a sentence of its own before its item, or be left out,
    each line opening on its pair ("A-B (Jargon X) yang diusung oleh P")."""
    ch = sv.chunks
    item = _numbered(doc, sv.index) or ("line" if _pair_line(ch) else "")
    at = 2 if item == "inline" else 0 if item in ("after", "line") else _bulleted(ch) if (
        item) else -1
    if at < 0 or not (len(ch) > at + 2 and ch[at].kind == NAME and ch[at + 1].low in _JOINERS
                      and ch[at + 2].kind == NAME):
        return
    k = sv.index - 1
    while k >= 0 and (_numbered(doc, k) or _item_goes_on(doc, k) if item != "line" else (
            _pair_line(doc.sents[k].chunks))) and sv.index - k < 24:
        k -= 1  # back over the list's earlier items, their numbers and their further lines
    lead = [t.low for t in doc.sents[k].sent.tokens] if k >= 0 else []
    if not lead or lead[-1] not in _LIST_LEAD_ENDS or not _speaks_of_pairs(lead):
        return
    # "... dengan nomor urut; 1. A dan B": the items are numbered by ballot
    number = _item_number(doc, sv.index, item) if lead[-3:-1] == ["nomor", "urut"] else None
    stood(doc, sv, out, election, variants, ch[at], ch[at + 2], number=number)


def _item_number(doc: Doc, index: int, item: str) -> str:
    """The number of a numbered item: its own first token, or the sentence's before it."""
    toks = doc.sents[index - (item == "after")].sent.tokens
    return toks[0].text.lstrip("0") or "0" if item in ("inline", "after") else ""


def _item_goes_on(doc: Doc, index: int) -> bool:
    """A line that goes on with the item above it: it opens in lower case ("dengan Partai
    Pengusung P" under "1. A dan B"), it is a bullet's, or it opens on a short heading of the
    item's own that speaks of no pairs ("Diusung oleh: P, Q", or the heading alone, then "– P")."""
    toks = doc.sents[index].sent.tokens
    if not toks:
        return False
    low = [t.low for t in toks[:4]]
    colon = low.index(":") if ":" in low else 0
    return (toks[0].text.isalpha() and toks[0].text.islower()) or toks[0].text in _BULLETS or (
        colon > 0 and not _speaks_of_pairs(low[:colon]))


def _pair_line(ch: list[Chunk]) -> bool:
    """A sentence that opens on a pair: "A-B (Jargon X) yang diusung oleh P"."""
    return len(ch) > 3 and ch[0].kind == NAME and ch[1].low in _JOINERS and ch[2].kind == NAME


def numbered_pairs(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'A dan B (01), C dan D (02) dan E dan F (03).': pairs each followed by its ballot number
    in brackets, two or more in a sentence, or one where the sentence or the one before speaks
    of pairs, stood as candidates."""
    ch = sv.chunks
    found = [c for c in range(len(ch) - 5) if ch[c].kind == NAME and ch[c + 1].low in _JOINERS
             and ch[c + 2].kind == NAME and ch[c + 3].text == "(" and ch[c + 5].text == ")"
             and ch[c + 4].text.isdigit() and len(ch[c + 4].text) <= 2]
    if not found:
        return
    if len(found) < 2:
        near = {x.low for x in ch} | (
            {x.low for x in doc.sents[sv.index - 1].chunks} if sv.index else set())
        if not near & _PAIR_WORDS:
            return
    for c in found:
        stood(doc, sv, out, election, variants, ch[c], ch[c + 2],
              number=ch[c + 4].text.lstrip("0") or "0")


def area_pairs(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'Berikut pasangan yang diusung: – Kota X: A – B – Kabupaten Y: C – D', 'Kabupaten X (A –
    B), Kabupaten Y (C – D)': a list of areas, each with its pair, that words of pairs
    introduce in the sentence or the ones before (the lines of such a list run on as one
    sentence; numbered ones, "1. Deli Serdang: A – B", are a sentence each)."""
    ch = sv.chunks
    items = _area_items(ch)
    if not items:
        return
    k = sv.index - 1
    while k >= 0 and sv.index - k < 40 and (
            _area_line(doc.sents[k].chunks) or _area_items(doc.sents[k].chunks)):
        k -= 1  # back over the list's earlier items, each a sentence (or paragraph) of its own
    lead = [x.low for x in ch[: items[0]]]
    for back in range(k, max(-1, k - _LEAD_SENTENCES), -1):
        lead += [x.low for x in doc.sents[back].chunks]
    _led_items_stood(doc, sv, out, election, variants, items, lead)


def _led_items_stood(doc: Doc, sv: SentView, out: Collector, election: str | None,
                     variants: dict[str, str], items: list[int], lead: list[str]) -> None:
    """The pair of each list item (its first name at each index) stood, when the words that
    lead the list speak of pairs."""
    if _speaks_of_pairs(lead):
        for p in items:
            stood(doc, sv, out, election, variants, sv.chunks[p], sv.chunks[p + 2])


def recalled_pairs(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'... terdapat dua paslon yang berlaga. A-B dan C-D.', '... rekomendasi kepada calon
    kepala daerah. Mereka adalah A-B (Kota X), C-D (Y), ...': a sentence that is nothing but a
    list of pairs joined by dashes, each maybe with its area or nickname in brackets, after
    sentences that speak of pairs."""
    ch = sv.chunks
    at = 2 if len(ch) > 2 and ch[0].low in _RECALLING and ch[1].low in _COPULAS else 0
    items = _dash_pair_list(ch, at)
    if len(items) < 2:
        return
    lead = [t.low for back in range(sv.index - 1, max(-1, sv.index - 1 - _LEAD_SENTENCES), -1)
            for t in doc.sents[back].sent.tokens]
    _led_items_stood(doc, sv, out, election, variants, items, lead)


def pair_and_offices(
    doc: Doc, sv: SentView, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """'2. A-B: Wako-Wawako Jambi', 'A-B: Bupati-Wabup Tebo': a pair, a colon, then the offices
    of a region's head and deputy that the pair won or seeks."""
    ch = sv.chunks
    for c in range(len(ch) - 4):
        if not (ch[c].kind == NAME and ch[c + 1].text in lx.DASHES and ch[c + 2].kind == NAME
                and ch[c + 3].text == ":" and ch[c + 4].kind == ROLE
                and ch[c + 4].attrs.get("head") in _TICKET_HEADS):
            continue
        stood(doc, sv, out, election, variants, ch[c], ch[c + 2])


# The offices a pair runs for, by the heads the office table gives them.
_TICKET_HEADS = frozenset({
    "bupati", "wakil bupati", "wabup", "gubernur", "wakil gubernur", "wagub", "wali kota",
    "walikota", "wakil wali kota", "wakil walikota", "wako", "wawako", "walkot", "wawalkot",
})  # fmt: skip
_RECALLING = frozenset({"mereka", "keduanya", "ketiganya", "keempatnya"})
_COPULAS = frozenset({"adalah", "yakni", "yaitu", "ialah"})


def _dash_pair_list(ch: list[Chunk], k: int) -> list[int]:
    """Where the pairs of a list of "A-B (X)" items from k to the sentence's end begin; empty
    when anything else is in the sentence."""
    items: list[int] = []
    while k + 2 < len(ch) and ch[k].kind == NAME and ch[k + 1].text in lx.DASHES and (
            ch[k + 2].kind == NAME):
        items.append(k)
        k += 3
        if k < len(ch) and ch[k].text == "(":
            k = next((m + 1 for m in range(k + 1, min(len(ch), k + 6)) if ch[m].text == ")"), k)
        while k < len(ch) and ch[k].low in (",", ";", "dan", "serta"):
            k += 1
    return items if k >= len(ch) - 1 and (k == len(ch) or ch[k].text == ".") else []


def _area_line(ch: list[Chunk]) -> bool:
    """A line of such a list, whatever its names: "5. Padang Lawas: ...", or its number alone
    ("5.")."""
    numbered = len(ch) >= 2 and ch[0].text.isdigit() and ch[1].text == "."
    if numbered and len(ch) == 2:
        return True
    p = 2 if numbered else 0
    return len(ch) > p + 1 and ch[p].kind == PLACE and ch[p + 1].text == ":"


def _area_items(ch: list[Chunk]) -> list[int]:
    """Where the first names of "AREA: A – B" items are in a sentence, each item at its start,
    after a number ("1."), or after a bullet or the comma with which the reader joins a
    list's lines; and of "AREA (A – B)" items, after a comma or a word opening a list."""
    out = []
    for p in range(len(ch) - 4):
        if ch[p].kind != PLACE:
            continue
        q = p + 1 + (ch[p + 1].text == "," and ch[p + 2].text == "(")  # "Selatan,(A – B)"
        n = q + 1
        if not (n + 2 < len(ch) and ch[n].kind == NAME and ch[n + 1].low in _JOINERS
                and ch[n + 2].kind == NAME):
            continue
        colon = ch[q].text == ":" and (p == 0 or ch[p - 1].text in _ITEM_OPENERS or (
            p >= 2 and ch[p - 2].text.isdigit() and ch[p - 1].text == "."))
        bracket = (ch[q].text == "(" and n + 3 < len(ch) and ch[n + 3].text == ")"
                   and (p == 0 or ch[p - 1].low in _BRACKET_ITEM_OPENERS))
        if colon or bracket:
            out.append(n)
    if not out:
        out = _bare_area_items(ch)
    return out


def _bare_area_items(ch: list[Chunk]) -> list[int]:
    """'di Kabupaten Solok duet A-B, Kabupaten Sijunjung C-D', 'Kampar kepada A dan B,
    Indragiri Hilir kepada C dan D': areas each with its pair after it, joined by nothing or by
    "kepada"; two items at least, each after a comma or a word opening a list."""
    out = []
    for p in range(len(ch) - 3):
        if ch[p].kind != PLACE or not (p == 0 or ch[p - 1].low in _BARE_ITEM_OPENERS):
            continue
        n = p + 1 + (ch[p + 1].low in ("kepada", "duet", "pasangan"))
        if n + 2 < len(ch) and ch[n].kind == NAME and ch[n + 2].kind == NAME and (
                ch[n + 1].low in lx.DASHES or (n > p + 1 and ch[n + 1].low == "dan")):
            out.append(n)
    return out if len(out) >= 2 else []


_BARE_ITEM_OPENERS = frozenset({",", ";", "dan", "serta", "di"})


_PAIR_WORDS = frozenset({"paslon", "bapaslon", "pasangan", "kandidat", "bacakada", "paslonkada"})
# How a list's lead ends: "Berikut nama-nama paslon:", "... ditetapkan, diantaranya" (the
# lines after it).
_LIST_LEAD_ENDS = frozenset({":", ";", "diantaranya", "yakni", "yaitu", "berikut", "lain"})


def _speaks_of_pairs(lead: list[str]) -> bool:
    """Whether a list's lead speaks of pairs: "paslon", or "calon Bupati dan Wakil Bupati" (a
    candidate for an office the election fills)."""
    return bool(set(lead) & _PAIR_WORDS) or any(
        w == "calon" and (nxt in lx.OFFICE_SOUGHT_WORDS or nxt == "kepala")
        for w, nxt in pairwise(lead))  # "calon kepala daerah"


def _numbered(doc: Doc, index: int) -> str:
    """How sentence `index` belongs to a numbered list: "number" ('2.' alone), "inline" ('2.
    A-B ...'), "after" (the item after a number alone), "" (not an item)."""
    toks = doc.sents[index].sent.tokens
    if len(toks) >= 2 and toks[0].text.isdigit() and toks[1].text == ".":
        return "number" if len(toks) == 2 else "inline"
    if index > 0:
        prev = doc.sents[index - 1].sent.tokens
        if len(prev) == 2 and prev[0].text.isdigit() and prev[1].text == ".":
            return "after"
    if toks and toks[0].text in _BULLETS:
        return "bullet"
    return ""


_BULLETS = frozenset({"-", "–", "—", "•", "*"})
# What may stand before an "AREA (A – B)" item: a list's separator or its opening word.
_BRACKET_ITEM_OPENERS = frozenset({",", ";", "dan", "adalah", "yakni", "yaitu", "untuk"})
_LEAD_SENTENCES = 3  # sentences back that may speak of the pairs a list of areas names
_ITEM_OPENERS = _BULLETS | {",", ":", ";"}


def _bulleted(ch: list[Chunk]) -> int:
    """Where the pair of a bulleted item begins: after the bullet, and after the area the
    pair stands in ("– Kabupaten Boalemo: A – B")."""
    if len(ch) > 3 and ch[1].kind == PLACE and ch[2].text == ":":
        return 3
    return 1
