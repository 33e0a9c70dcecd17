"""From what an analyst types to one entity: fuzzy ranking, and never a silent guess.

The store pre-selects entities whose names contain a word of the query (one indexed pass); the
ranking itself is done here, in Python, so that every backend ranks the same way. Rules:

1. An id ("person-legar-saputra-16-...") is that entity.
2. Exactly one entity whose label equals the name (after `_names.normalise`) is the answer;
   failing that, exactly one whose label or an alias does; several are ambiguous (two "Ahmad
   Yani"s). A place does not compete for a body's or an election's name that it only holds
   as an alias ("KPU Sumsel" names the body, not the province).
3. Otherwise the best fuzzy match is the answer when it scores at least `ACCEPT` and no other
   match is within `MARGIN` of it; else the name is ambiguous (or not found, below `ACCEPT`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from electgraph.errors import AmbiguousName, NotFound
from electgraph.model import EntityType, FactKind
from electgraph.query import _names
from electgraph.query._fetch import Backend
from electgraph.query.model import EntityInfo, EntityRef, Match

__all__ = ["ACCEPT", "MARGIN", "AmbiguousEntity", "EntityArg", "find", "lookup", "rank"]

EntityArg = str | EntityRef | EntityInfo
ACCEPT = 85.0  # a fuzzy match below this is a suggestion, not an answer
MARGIN = 5.0  # matches this close to the best one are as good: the name is ambiguous
MIN_SCORE = 60.0
_ID = re.compile(r"^(person|org|place|event|election)-[0-9a-z-]+$")
_KIND_ORDER = {k.value: i for i, k in enumerate(EntityType)}
_LISTED = 10


class AmbiguousEntity(AmbiguousName):
    """A name fits several entities; `matches` holds them, best first."""

    def __init__(self, name: str, matches: list[Match]) -> None:
        listed = [m.entity.describe() for m in matches[:_LISTED]]
        if len(matches) > _LISTED:
            listed.append(f"and {len(matches) - _LISTED} more")
        super().__init__(name, listed)
        self.name = name
        self.matches = tuple(matches)


@dataclass(frozen=True, slots=True)
class Hit:
    """How well an entity's best name form matches; `by_label` when that form is its label."""

    score: float
    id: str
    kind: str
    matched: str
    by_label: bool


def rank(b: Backend, name: str, kind: str | None = None) -> list[Hit]:
    """Entities named like `name`, best first, at most one hit per entity."""
    query = _names.normalise(name)
    words = _names.tokens(name)
    hits = _score(query, b.names(words), kind) if words else []
    if not hits or hits[0].score < ACCEPT:
        # Every word may be misspelt: compare with every name the store has.
        hits = _score(query, b.names([]), kind)
    return hits


def _score(query: str, names: list[tuple[str, str, str, bool]], kind: str | None) -> list[Hit]:
    best: dict[str, Hit] = {}
    for eid, k, form, is_label in names:
        if kind and k.lower() != kind.lower():
            continue
        hit = Hit(_names.score(query, _names.normalise(form)), eid, k, form, is_label)
        old = best.get(eid)
        if hit.score >= MIN_SCORE and (old is None or _better(hit, old)):
            best[eid] = hit
    return sorted(best.values(), key=_hit_order)


def _better(a: Hit, b: Hit) -> bool:
    return (-a.score, not a.by_label, a.matched) < (-b.score, not b.by_label, b.matched)


def _hit_order(h: Hit) -> tuple[float, int, str, str]:
    return (-h.score, _KIND_ORDER.get(h.kind, 9), h.matched, h.id)


def describe(b: Backend, entity_id: str) -> EntityInfo:
    """An entity with what tells it from its namesakes: a person's roles, an event's hosts."""
    found = b.entities(entity_id)
    if not found:
        raise NotFound(f"no entity has the id {entity_id!r}")
    return _with_context(b, found[0])


def _with_context(b: Backend, info: EntityInfo) -> EntityInfo:
    if info.kind == EntityType.PERSON.value:
        held = b.relations((FactKind.HOLDS_ROLE,), "subject", info.id, sightings=False)
        context = [f"{r.role or 'member'}, {r.object.label}" for r in held]
    elif info.kind == EntityType.EVENT.value:
        hosted = b.relations((FactKind.HOSTS,), "object", info.id, sightings=False)
        context = [f"hosted by {r.subject.label}" for r in hosted]
    else:
        return info
    return replace(info, context=tuple(dict.fromkeys(context)))


def match(b: Backend, h: Hit) -> Match:
    return Match(describe(b, h.id), h.score, h.matched)


def find(b: Backend, name: str, kind: str | None = None) -> tuple[EntityInfo, float]:
    """The entity `name` stands for and the score of the match (100: exact)."""
    if _ID.match(name) and (found := b.entities(name)):
        return _with_context(b, found[0]), _names.EXACT
    labelled = _label_hits(b, name, kind)
    if len(labelled) == 1:
        return describe(b, labelled[0].id), _names.EXACT
    if labelled:
        raise AmbiguousEntity(name, [match(b, h) for h in labelled])
    ranked = rank(b, name, kind)
    what = f"{kind.lower()} " if kind else ""
    if not ranked:
        raise NotFound(
            f"no {what}entity matches {name!r}; check the spelling or give part of the name"
        )
    top = ranked[0]
    exact = _owners([h for h in ranked if h.score == _names.EXACT])
    by_label = [h for h in exact if h.by_label]
    close = (by_label if len(by_label) == 1 else exact) or [
        h for h in ranked if h.score >= top.score - MARGIN
    ]
    if top.score >= ACCEPT and len(close) == 1:
        return describe(b, top.id), top.score
    if top.score >= ACCEPT:
        raise AmbiguousEntity(name, [match(b, h) for h in close])
    nearest = "; ".join(f"{h.matched} ({h.kind})" for h in ranked[:5])
    raise NotFound(f"no {what}entity matches {name!r} closely; nearest: {nearest}")


def _label_hits(b: Backend, name: str, kind: str | None) -> list[Hit]:
    """The entities whose label is exactly `name`, found from labels alone. When there are
    any, aliases cannot change the answer (a label beats an alias), and scanning them costs
    most of a search (a store holds an alias once per article that uses it)."""
    query, words = _names.normalise(name), _names.tokens(name)
    if not words:
        return []
    hits = _score(query, b.names(words, aliases=False), kind)
    return [h for h in hits if h.score == _names.EXACT]


def _owners(exact: list[Hit]) -> list[Hit]:
    """Exact hits without places that only borrow the name. A place keeps the surface forms
    of the bodies and elections that name it ("KPU Sumsel" is an alias of Sumatera Selatan),
    so when a body or an election has the name too, the place is not a candidate for it."""
    others = [h for h in exact if h.kind != EntityType.PLACE.value]
    if not others:
        return exact
    return [h for h in exact if h.kind != EntityType.PLACE.value or h.by_label]


def lookup(b: Backend, arg: EntityArg, kind: str | None = None) -> EntityInfo:
    """A name, an id or a result object as the entity it stands for."""
    if isinstance(arg, EntityInfo):
        return arg
    if isinstance(arg, EntityRef):
        return describe(b, arg.id)
    return find(b, arg, kind)[0]
