"""candidates: who stands for election, with the ballot number and the running mate.

"pasangan calon (paslon) nomor urut 1, A-B", "paslon nomor urut 2 A dan B", "calon bupati X,
NAME", "Cabup nomor urut 2, NAME", "bakal calon ...", "mengusung pasangan A-B", "A Vs B".
Witnesses of a pair ("saksi paslon, yakni ...") are not candidates.
"""

from __future__ import annotations

import re
from typing import Any

from electgraph.extract.chunks import ELECTION, EVENT, NAME, PLACE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.model import EntityType, FactKind

_PAIR_WORDS = frozenset({"pasangan", "paslon", "paket"})
_CALON = frozenset(
    {
        "calon",
        "cabup",
        "cawabup",
        "cagub",
        "cawagub",
        "cawalkot",
        "cawawalkot",
        "cawali",
        "kandidat",
        "petahana",
        "capres",
        "cawapres",
        "caleg",
    }
)
_OFFICES = frozenset(
    {"bupati", "wakil", "wali", "kota", "gubernur", "walikota", "presiden", "legislatif"}
)
_JOIN = frozenset({"-", "–", "—", "dan", "&", "/"})
_PLACE_STOPS = frozenset({"di", "ke", "dari", "pada", "dalam"})
_NUMBER = re.compile(r"^0?\d{1,2}$")


def extract_candidates(doc: Doc, out: Collector) -> None:
    election = _main_election(doc, out)
    for sv in doc.sents:
        _sentence(doc, sv, out, election)


def _main_election(doc: Doc, out: Collector) -> str | None:
    best: tuple[int, str] | None = None
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch.kind == ELECTION and not ch.attrs.get("generic"):
                key = out.entity(EntityType.ELECTION, ch)
                score = len(ch.label) + (20 if ch.attrs.get("region_code") else 0)
                if best is None or score > best[0]:
                    best = (score, key)
    return best[1] if best else None


def _sentence(doc: Doc, sv: SentView, out: Collector, election: str | None) -> None:
    chunks = sv.chunks
    local = (
        next((ch.key for ch in chunks if ch.kind == ELECTION and not ch.attrs.get("generic")), None)
        or election
    )
    for c, ch in enumerate(chunks):
        if ch.kind != NAME or not doc.person_of(ch):
            continue
        intro = _intro(chunks, c)
        if intro is None:
            continue
        number, role = intro
        mate = _mate(chunks, c)
        _add(doc, sv, out, ch, local, number, role, mate)
        if mate is not None:
            _add(doc, sv, out, chunks[mate], local, number, role, c)
    # "A Vs B"
    for c, ch in enumerate(chunks):
        if ch.low == "vs" and 0 < c < len(chunks) - 1:
            for k in (c - 1, c + 1):
                if chunks[k].kind == NAME and doc.person_of(chunks[k]):
                    _add(doc, sv, out, chunks[k], local, None, None, None)


def _intro(chunks: list[Chunk], c: int) -> tuple[str | None, str | None] | None:
    """(ballot number, office) when the name at c is introduced as a candidate."""
    k = _list_start(chunks, c)
    number = None
    seen_words: list[str] = []
    reach = 9 + (c - 1 - k)
    while k >= 0 and c - k <= reach:
        low = chunks[k].low
        if low in ('"', "“", "”") or low in _PLACE_STOPS or chunks[k].kind in (PLACE, EVENT):
            return None  # "calon bupati ... di Hotel X, Lubuk Pakam": the name is a place
        if low in ("yakni", "yaitu", ":"):
            reach = c - k + 12  # "tiga bakal calon yang diundang, yakni A dan B"
        if _NUMBER.match(low) and k > 0 and chunks[k - 1].low == "urut":
            number = low.lstrip("0") or "0"
        if (
            low in _PAIR_WORDS
            or low in _CALON
            or low in ("mengusung", "berpasangan")
            or (number and low == "urut" and c - k <= 4)
        ):
            if any(
                x.low in ("saksi", "tim", "relawan", "pendukung") for x in chunks[max(0, k - 3) : k]
            ):
                return None
            office = " ".join(w for w in reversed(seen_words) if w in _OFFICES) or None
            role = f"calon {office}" if office else None
            return number, role
        if chunks[k].kind == NAME and k < c - 2:
            return None
        if chunks[k].kind not in (NAME,):
            seen_words.append(low)
        k -= 1
    return None


_LIST_SEP = frozenset({",", ";", "dan", "serta", "-", "–", "—", "&"})


def _list_start(chunks: list[Chunk], c: int) -> int:
    """Index just before a list of names that ends at c ("A-B, C-D, dan E-F"), or c - 1.

    The names of a list share its introduction: "pasangan yang ditetapkan yakni A-B, C-D".
    Each run of names and separators is walked once per chunk list (a memo of where each
    member's run starts): walking it again for every name was quadratic in a long list.
    """
    k = c - 1
    if k < 0 or chunks[k].low not in _LIST_SEP:
        return c - 1
    if _RUNS[0] is not chunks:
        _RUNS[:] = [chunks, {}]
    memo: dict[int, tuple[int, bool]] = _RUNS[1]
    path = []
    j = k
    while j >= 0 and j not in memo and (chunks[j].kind == NAME or chunks[j].low in _LIST_SEP):
        path.append(j)
        j -= 1
    start, named = memo[j] if j >= 0 and j in memo else (j, False)
    for i in reversed(path):
        named = named or chunks[i].kind == NAME
        memo[i] = (start, named)
    start, named = memo[k]
    return start if named else c - 1


# The chunk list `_list_start` last walked and, per member of a run, (run start, any name).
_RUNS: list[Any] = [None, {}]


def _mate(chunks: list[Chunk], c: int) -> int | None:
    k = c + 1
    # "NAME, yang berpasangan dengan NAME2" / "NAME yang berpasangan dengan NAME2"
    for m in range(k, min(len(chunks) - 1, k + 5)):
        if chunks[m].low == "berpasangan" and m + 2 < len(chunks) and chunks[m + 2].kind == NAME:
            return m + 2
    if k + 1 < len(chunks) and chunks[k].low in _JOIN and chunks[k + 1].kind == NAME:
        return k + 1
    if (
        k + 2 < len(chunks)
        and chunks[k].text == ","
        and chunks[k + 1].low == "dan"
        and chunks[k + 2].kind == NAME
    ):
        return k + 2
    return None


def _add(
    doc: Doc,
    sv: SentView,
    out: Collector,
    ch: Chunk,
    election: str | None,
    number: str | None,
    role: str | None,
    mate: int | None,
) -> None:
    person = doc.person_of(ch)
    if person is None:
        return
    mate_key = doc.person_of(sv.chunks[mate]) if mate is not None else None
    out.fact(
        FactKind.CANDIDATES,
        person,
        election,
        sv.sent.start,
        sv.sent.end,
        "candidates",
        number=number,
        running_mate=mate_key,
        role=role,
    )
