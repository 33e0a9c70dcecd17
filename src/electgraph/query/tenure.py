"""Tenure: who held a seat when, derived from the dates the articles saw each holder.

A membership fact keeps the articles that state it; their dates give each holder of a seat (a
role, as `electgraph.roles` reads it, in one body) a first and a last sighting. Nothing in the
news says when a term ends, so the end is inferred: a holder's term runs until another holder of
the same seat is first seen, and is "presumed" to go on while nobody else is. A "former"
membership ("mantan Ketua", seen on date d) ends the person's term by d.

Everything here is pure: relations in, tenures out, so that the rules are tested without a store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from electgraph.model import FactKind
from electgraph.query.model import Relation, Tenure
from electgraph.roles import concept

__all__ = ["HELD", "holder_refs", "seat_of", "seen_between", "tenures"]

# The statuses under which a person counts as the holder on a date.
HELD = frozenset({"holding", "presumed", "disputed"})


def seat_of(r: Relation) -> str:
    """The seat a membership is in: the role's concept in the body ("ketua@org-kpu-...")."""
    return f"{concept(r.role or 'Anggota').id}@{r.object.id}"


def seen_between(r: Relation, since: date | None, until: date | None) -> bool:
    """Whether the articles saw `r` between `since` and `until` (both inclusive, either open);
    an undated fact is never inside a bounded window."""
    if since is None and until is None:
        return True
    if r.first_seen is None or r.last_seen is None:
        return False
    return (since is None or r.last_seen >= since) and (until is None or r.first_seen <= until)


def tenures(rels: Iterable[Relation], at: date | None = None) -> list[Tenure]:
    """One tenure per person and seat among the `holds_role` relations `rels`, with its status
    on `at` (default: today), seats in order, holders by first sighting."""
    when = at or date.today()
    seats: dict[str, list[Relation]] = defaultdict(list)
    for r in rels:
        if r.kind == FactKind.HOLDS_ROLE.value:
            seats[seat_of(r)].append(r)
    out: list[Tenure] = []
    for seat, held in sorted(seats.items()):
        out += _seat(seat, held, when)
    return out


def _seat(seat: str, rels: list[Relation], at: date) -> list[Tenure]:
    by_person: dict[str, list[Relation]] = defaultdict(list)
    for r in rels:
        by_person[r.subject.id].append(r)
    spans = []  # (first, last, ended, person, facts)
    for person_rels in by_person.values():
        holding = [r for r in person_rels if r.status != "former"]
        if not holding:
            continue  # only ever seen as "mantan": no term to place in time
        ended = min((r.first_seen for r in person_rels
                     if r.status == "former" and r.first_seen), default=None)
        spans.append((_first(holding), _last(holding), ended, holding))
    spans.sort(key=lambda s: (s[0] or date.max, s[3][0].subject.label))
    out = []
    for first, last, ended, held in spans:
        after = [s for s in spans if s[3] is not held and first and s[0] and s[0] > first]
        nxt = min(after, key=lambda s: s[0] or date.max, default=None)
        until = min((d for d in (nxt[0] if nxt else None, ended) if d), default=None)
        r = held[0]
        out.append(Tenure(
            seat, concept(r.role or "Anggota").label, r.subject, r.object, first, last, until,
            nxt[3][0].subject if nxt else None, _status(first, last, until, at), at,
            tuple(x.id for x in held), tuple(dict.fromkeys(u for x in held for u in x.sources)),
        ))
    return out


def _first(rels: list[Relation]) -> date | None:
    return min((r.first_seen for r in rels if r.first_seen), default=None)


def _last(rels: list[Relation]) -> date | None:
    return max((r.last_seen for r in rels if r.last_seen), default=None)


def _status(first: date | None, last: date | None, until: date | None, at: date) -> str:
    if first is None or last is None:
        return "undated"
    if at < first:
        return "not_yet"
    succeeded = until is not None and at >= until
    if at <= last:
        return "disputed" if succeeded else "holding"
    return "succeeded" if succeeded else "presumed"


def holder_refs(ts: Iterable[Tenure]) -> set[tuple[str, str]]:
    """(person id, seat) of the tenures held on their date."""
    return {(t.person.id, t.seat) for t in ts if t.status in HELD}

