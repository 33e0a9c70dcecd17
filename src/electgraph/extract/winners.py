"""The elected named before their office: "A dan B Gubernur dan Wakil Gubernur Jatim terpilih
juga hadir", "A-B, Bupati dan Wakil Bupati Sleman terpilih". Winners stood as candidates; the
office before the names ("Bupati terpilih, A-B") is read by `candidates`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, NAME, PLACE, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.model import FactKind

__all__ = ["elected_before_office"]

_JOINERS = frozenset({"dan", "-", "–", "—", "&"})


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
        pair: list[str] = []
        for ch in (first, second):
            doc.ensure_person(ch)
            person = doc.person_of(ch)
            if person is not None:
                pair.append(variants.get(person, person))
        if len(pair) != 2:
            continue
        local = next((x.key for x in chunks if x.kind == ELECTION and not x.attrs.get("generic")),
                     election)
        for me, mate in (pair, pair[::-1]):
            out.fact(FactKind.CANDIDATES, me, local, sv.sent.start, sv.sent.end, "candidates",
                     running_mate=mate)


def _elected_office_after(chunks: list[Chunk], k: int) -> bool:
    """An elected office ("Gubernur dan Wakil Gubernur Jatim") then "terpilih", from k."""
    k += k < len(chunks) and chunks[k].low == ","
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
