"""Contradictions a watchdog looks for: two holders of a one-holder seat at once, and one person
in the same one-holder role of two bodies of one kind at once.

Which roles have one holder is the role scheme's `single` flag (`electgraph.roles`, from
`data/roles.json`); which bodies are "of one kind" is their `body` attribute (kpu, bawaslu,
polres...). "At once" means the articles' dates overlap: each fact's first..last sighting, both
ends included, so two articles of one day naming two Ketua are a conflict, and a holder last
seen before the next is first seen (a replacement) is not.

Ranked by `score`: each side's number of articles (a fact stated once may be one reporter's
error; stated often, it is a real dispute) and the days both were seen; an acting holder ("Plt")
next to a holder counts half, since a stand-in during a suspension is expected.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations

from electgraph.model import EntityType, FactKind
from electgraph.query import _lookup
from electgraph.query._fetch import Backend
from electgraph.query._lookup import EntityArg
from electgraph.query.model import Conflict, EntityInfo, Relation
from electgraph.query.tenure import seat_of, seen_between
from electgraph.roles import concept
from electgraph.stores.base import GraphStore

__all__ = ["KINDS", "conflicts", "conflicts_of", "find_conflicts"]

KINDS = ("overlapping_holders", "incompatible_roles")


def conflicts(
    store: GraphStore, *, role: str | None = None, org: EntityArg | None = None,
    since: date | None = None, until: date | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> list[Conflict]:
    """The conflicts among the memberships of `role` (a role name; default all one-holder
    roles) in `org` (default every body) seen between `since` and `until`, ranked."""
    b = Backend(store)
    if org is not None:
        o = _lookup.lookup(b, org, EntityType.ORGANIZATION.value)
        rels = b.relations((FactKind.HOLDS_ROLE,), "object", o.id)
    else:
        rels = b.relations((FactKind.HOLDS_ROLE,))
    if role:
        wanted = concept(role).id
        rels = [r for r in rels if concept(r.role or "Anggota").id == wanted]
    rels = [r for r in rels if seen_between(r, since, until)]
    bodies = {e.id: e.body or "" for e in _orgs(b, {r.object.id for r in rels})}
    return find_conflicts(rels, bodies, kinds)


def conflicts_of(
    store: GraphStore, entity: EntityArg, *, since: date | None = None,
    until: date | None = None,
) -> list[Conflict]:
    """The conflicts an entity page shows: a body's, as `conflicts(org=...)`; a person's, the
    conflicts of `conflicts()` in which the person is one side, read from the memberships of
    the bodies the person holds a role in (not from every body: an entity page needs it fast)."""
    b = Backend(store)
    e = _lookup.lookup(b, entity)
    if e.kind == EntityType.ORGANIZATION.value:
        return conflicts(store, org=e, since=since, until=until)
    if e.kind != EntityType.PERSON.value:
        return []
    kinds = (FactKind.HOLDS_ROLE,)
    mine = b.relations(kinds, "subject", e.id)
    rels = {r.id: r for r in mine}
    for body in sorted({r.object.id for r in mine}):
        rels.update((r.id, r) for r in b.relations(kinds, "object", body))
    found = [r for r in rels.values() if seen_between(r, since, until)]
    bodies = {o.id: o.body or "" for o in _orgs(b, {r.object.id for r in found})}
    return [c for c in find_conflicts(found, bodies) if e.id in (c.a.subject.id, c.b.subject.id)]


def _orgs(b: Backend, ids: set[str]) -> list[EntityInfo]:
    return [e for i in sorted(ids) for e in b.entities(i)]


def find_conflicts(
    rels: list[Relation], bodies: dict[str, str], kinds: tuple[str, ...] = KINDS
) -> list[Conflict]:
    """The conflicts among `rels` (memberships with their dates), `bodies` giving each body's
    kind by id; pure, for tests and for other sources of relations."""
    held = [r for r in rels if r.kind == FactKind.HOLDS_ROLE.value and r.status != "former"
            and r.first_seen and concept(r.role or "Anggota").single]
    found: list[Conflict] = []
    if "overlapping_holders" in kinds:
        by_seat: dict[str, list[Relation]] = defaultdict(list)
        for r in held:
            by_seat[seat_of(r)].append(r)
        for seat_rels in by_seat.values():
            for a, c in combinations(sorted(seat_rels, key=_order), 2):
                if a.subject.id != c.subject.id:
                    found += _pair("overlapping_holders", a, c, (
                        f"{a.subject.label} and {c.subject.label} both named "
                        f"{concept(a.role or '').label} of {a.object.label}"))
    if "incompatible_roles" in kinds:
        by_person: dict[tuple[str, str], list[Relation]] = defaultdict(list)
        for r in held:
            by_person[(r.subject.id, concept(r.role or "").id)].append(r)
        for person_rels in by_person.values():
            for a, c in combinations(sorted(person_rels, key=_order), 2):
                kind = bodies.get(a.object.id, "")
                if a.object.id != c.object.id and kind and kind == bodies.get(c.object.id):
                    found += _pair("incompatible_roles", a, c, (
                        f"{a.subject.label} named {concept(a.role or '').label} of both "
                        f"{a.object.label} and {c.object.label}"))
    return sorted(found, key=lambda x: (-x.score, x.kind, x.a.id, x.b.id))


def _order(r: Relation) -> tuple[date, str]:
    return (r.first_seen or date.max, r.id)


def _pair(kind: str, a: Relation, b: Relation, reason: str) -> list[Conflict]:
    if a.first_seen is None or b.first_seen is None:
        return []  # undated: nothing to compare
    start = max(a.first_seen, b.first_seen)
    end = min(a.last_seen or a.first_seen, b.last_seen or b.first_seen)
    if start > end:
        return []  # one after the other: a succession, not a conflict
    weight = 0.5 if "acting" in {a.status, b.status} else 1.0
    score = weight * (min(len(a.articles), len(b.articles)) * 10 + (end - start).days + 1)
    return [Conflict(kind, round(score, 2), reason, a, b, start, end)]
