"""The exploration API: everyday questions about the graph, on any store, without SPARQL or Cypher.

    >>> from electgraph import stores
    >>> from electgraph.query import explore, roles_of, paths
    >>> with stores.open("oxigraph", "electgraph-data") as store:        # doctest: +SKIP
    ...     [r.role for r in roles_of(store, "Legar Saputra")]
    ['Kordiv Hukum dan Pengawasan']

Every function takes the store first and an entity as a name, an id or a result object. A name
is matched fuzzily (`search`); a name that fits several entities raises `AmbiguousEntity` (an
`AmbiguousName`) listing them with what tells them apart, and is never guessed. The answers are
the same on every backend (tests/test_query_contract.py runs one suite over all of them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from electgraph.errors import AmbiguousName, NotFound
from electgraph.kinds import FACTS
from electgraph.model import EntityType, FactKind
from electgraph.query import _lookup, _names
from electgraph.query._fetch import RELATION_KINDS, Backend, relation_key
from electgraph.query._lookup import AmbiguousEntity, EntityArg
from electgraph.query._paths import shortest_paths
from electgraph.query.model import (
    ArticleLink,
    ArticleRef,
    Card,
    EntityInfo,
    EntityRef,
    Match,
    Neighbour,
    Path,
    Relation,
    Snapshot,
    Subgraph,
    Tenure,
    TimelineEntry,
)
from electgraph.query.tenure import holder_refs, seat_of, seen_between, tenures
from electgraph.roles import concept
from electgraph.stores.base import GraphStore, StoreStats

__all__ = [
    "AmbiguousEntity",
    "EntityArg",
    "attendees",
    "coalition",
    "entity",
    "events_hosted_by",
    "explore",
    "find",
    "holders",
    "mentions",
    "neighbourhood",
    "paths",
    "related_articles",
    "roles_of",
    "sanctions_of",
    "search",
    "snapshot",
    "stats",
    "tenure",
    "timeline",
]

_ARTICLE_ID = re.compile(r"^article-[0-9a-f]+$")
_LISTED = 10


# -- finding entities ----------------------------------------------------------------------
def search(
    store: GraphStore, name: str, *, kind: str | None = None, limit: int = 10
) -> list[Match]:
    """Entities whose label or an alias is like `name`, best first (case, accents, titles and
    degrees do not matter; typos cost a few points)."""
    b = Backend(store)
    return [_lookup.match(b, h) for h in _lookup.rank(b, name, kind)[:limit]]


def find(store: GraphStore, name: str, *, kind: str | None = None) -> EntityInfo:
    """The one entity `name` (or an id) stands for.

    Raises `NotFound` when nothing is close, `AmbiguousEntity` when several are as close.
    """
    return _lookup.find(Backend(store), name, kind)[0]


def entity(store: GraphStore, entity_id: str) -> EntityInfo:
    """The description of the entity with this id."""
    return _lookup.describe(Backend(store), entity_id)


# -- facts -----------------------------------------------------------------------------------
def roles_of(store: GraphStore, person: EntityArg) -> list[Relation]:
    """The roles a person holds, each with its body, dates seen and evidence."""
    b = Backend(store)
    p = _lookup.lookup(b, person, EntityType.PERSON.value)
    return b.relations((FactKind.HOLDS_ROLE,), "subject", p.id)


def holders(
    store: GraphStore, role: str | None = None, org: EntityArg | None = None, *,
    evidence: bool = True, at: date | None = None, since: date | None = None,
    until: date | None = None,
) -> list[Relation]:
    """Who holds `role` in `org`; either may be left out (no role: every role; no org: every
    body). Roles are compared as concepts (`electgraph.roles`: "Kordiv X" is "Koordinator
    Divisi X"). `at` keeps those holding the seat on that date (`tenures`); `since`/`until`
    those the articles saw in that window. Without `evidence`, only the articles and dates of
    each role: much faster for long lists."""
    b = Backend(store)
    kinds = (FactKind.HOLDS_ROLE,)
    if org is not None:
        o = _lookup.lookup(b, org, EntityType.ORGANIZATION.value)
        rels = b.relations(kinds, "object", o.id, evidence=evidence)
    else:
        rels = b.relations(kinds, evidence=evidence)
    if role:
        wanted = concept(role).id
        rels = [r for r in rels if concept(r.role or "Anggota").id == wanted]
    if at is not None:
        held = holder_refs(tenures(rels, at))
        rels = [r for r in rels if r.status != "former" and (r.subject.id, seat_of(r)) in held]
    rels = [r for r in rels if seen_between(r, since, until)]
    return sorted(rels, key=lambda r: (r.object.label, r.role or "", r.subject.label, r.id))


def tenure(
    store: GraphStore, role: str | None = None, org: EntityArg | None = None, *,
    at: date | None = None,
) -> list[Tenure]:
    """Each holder's time in each seat of `role` in `org` (either left out: all), with where
    it stands on `at` (default today): see `electgraph.query.tenure`."""
    return tenures(holders(store, role, org, evidence=False), at)


def events_hosted_by(store: GraphStore, org: EntityArg) -> list[Relation]:
    """The events a body hosts, earliest seen first."""
    b = Backend(store)
    o = _lookup.lookup(b, org, EntityType.ORGANIZATION.value)
    return _by_date(b.relations((FactKind.HOSTS,), "subject", o.id))


def attendees(store: GraphStore, event: EntityArg) -> list[Relation]:
    """Who attends an event (people and bodies), with the sentence that says so."""
    b = Backend(store)
    e = _lookup.lookup(b, event, EntityType.EVENT.value)
    return b.relations((FactKind.ATTENDS,), "object", e.id)


def coalition(store: GraphStore, *candidates: EntityArg) -> list[Relation]:
    """The parties that nominate or back the candidates (a pair: both members), one
    `nominates` fact per party and candidate, parties in alphabetical order."""
    b = Backend(store)
    rels: list[Relation] = []
    for c in candidates:
        person = _lookup.lookup(b, c, EntityType.PERSON.value)
        rels += b.relations((FactKind.NOMINATES,), "object", person.id)
    return sorted(rels, key=lambda r: (r.subject.label, r.object.label, r.id))


def sanctions_of(store: GraphStore, entity: EntityArg) -> list[Relation]:
    """The sanctions a person received or a body imposed, earliest seen first; `role` holds
    the sanction ("peringatan keras")."""
    b = Backend(store)
    e = _lookup.lookup(b, entity)
    kinds = (FactKind.SANCTIONS,)
    side = "subject" if e.kind == EntityType.ORGANIZATION.value else "object"
    return _by_date(b.relations(kinds, side, e.id))


def related_articles(store: GraphStore, article: str) -> list[ArticleLink]:
    """The `BACA JUGA` links of an article (given by id or title), in both directions."""
    b = Backend(store)
    return b.article_links(_article_id(b, article))


def _article_id(b: Backend, article: str) -> str:
    if _ARTICLE_ID.match(article):
        return article
    query = _names.normalise(article)
    scored = sorted(
        ((_names.score(query, _names.normalise(a.title or "")), a.id) for a in b.articles()),
        key=lambda t: (-t[0], t[1]),
    )
    good = [(s, a) for s, a in scored if s >= _lookup.ACCEPT]
    if not good:
        raise NotFound(f"no article has a title like {article!r}; give its id or its title")
    best = good[0][0]
    close = [a for s, a in good if s >= (best if best == _names.EXACT else best - _lookup.MARGIN)]
    if len(close) > 1:
        raise AmbiguousName(article, close[:_LISTED])
    return close[0]


def neighbourhood(store: GraphStore, entity: EntityArg, depth: int = 1) -> Subgraph:
    """The entities within `depth` facts of `entity` and the facts that lead to them."""
    b = Backend(store)
    center = _lookup.lookup(b, entity)
    dist = {center.id: 0}
    refs = {center.id: center.ref}
    edges: dict[str, Relation] = {}
    frontier = [center.id]
    for d in range(1, depth + 1):
        nxt = []
        for node in frontier:
            for rel in b.relations(anchor="node", value=node, sightings=False):
                edges[rel.id] = rel
                other = rel.other(node)
                if other.id not in dist:
                    dist[other.id] = d
                    refs[other.id] = other
                    nxt.append(other.id)
        frontier = sorted(nxt)
    return Subgraph(center.ref, depth, _neighbours(refs, dist, edges.values()),
                    tuple(sorted(edges.values(), key=relation_key)))


def _neighbours(
    refs: dict[str, EntityRef], dist: dict[str, int], edges: Iterable[Relation]
) -> tuple[Neighbour, ...]:
    count: dict[str, int] = dict.fromkeys(refs, 0)
    for e in edges:
        for end in (e.subject.id, e.object.id):
            if end in count:
                count[end] += 1
    out = [Neighbour(refs[i], dist[i], count[i]) for i in refs]
    return tuple(sorted(out, key=lambda n: (n.distance, -n.facts, n.entity.label, n.entity.id)))


def paths(
    store: GraphStore, a: EntityArg, b: EntityArg, max_len: int = 4, *, limit: int = 10,
    evidence: bool = True,
) -> list[Path]:
    """The shortest chains of facts (at most `max_len`) from `a` to `b`, at most `limit` of
    them, each fact with its evidence unless `evidence` is False; empty when there is none that
    short."""
    back = Backend(store)
    start, end = _lookup.lookup(back, a), _lookup.lookup(back, b)
    found = shortest_paths(back, start.ref, end.ref, max_len, limit)
    if not evidence:
        return found
    cited: dict[str, Relation] = {}
    for key in sorted({(e.kind, e.subject.id) for p in found for e in p.edges}):
        kind = FactKind(key[0])
        cited.update((r.id, r) for r in back.relations((kind,), "subject", key[1]))
    return [Path(p.nodes, tuple(cited.get(e.id, e) for e in p.edges)) for p in found]


def timeline(
    store: GraphStore, entity: EntityArg, *, since: date | None = None,
    until: date | None = None,
) -> list[TimelineEntry]:
    """Every article's statement about `entity` (roles, meetings, candidacies, quotes), in
    the order of the articles' dates, undated articles last; `since`/`until` keep the
    statements of articles dated in that window."""
    b = Backend(store)
    e = _lookup.lookup(b, entity)
    entries = [
        TimelineEntry(c.article.published, r.kind, r.id, _summary(r), c)
        for r in b.relations(anchor="node", value=e.id)
        for c in r.evidence
    ]
    entries += [
        TimelineEntry(c.article.published, FactKind.QUOTES.value, q.id,
                      f'{q.speaker.label} said "{q.text}"', c)
        for q in b.quotes(e.id)
        for c in q.evidence
    ]
    if since or until:
        entries = [t for t in entries if t.date and (since is None or t.date >= since)
                   and (until is None or t.date <= until)]
    return sorted(entries, key=lambda t: (t.date or date.max, t.citation.article.id,
                                          t.citation.start, t.fact))


def _summary(r: Relation) -> str:
    spec = FACTS[FactKind(r.kind)]
    shown = r.role or {"holds_role": "a member", "candidates": "candidate"}.get(r.kind, "")
    if r.status and r.status != "current":
        shown += f" ({r.status})"
    return spec.summary.format(s=r.subject.label, o=r.object.label, q=shown)


def _by_date(rels: list[Relation]) -> list[Relation]:
    return sorted(rels, key=lambda r: (r.first_seen is None, r.first_seen, *relation_key(r)))


# -- the card ------------------------------------------------------------------------------
def explore(
    store: GraphStore, name: str, *, kind: str | None = None, since: date | None = None,
    until: date | None = None,
) -> Card:
    """Everything about one entity: what `electgraph explore NAME` prints; `since`/`until`
    keep the facts the articles saw in that window."""
    b = Backend(store)
    info, score = _lookup.find(b, name, kind)
    me = info.id
    # Sentences for what the card says about the entity itself; for the lists of others
    # (members, attendees, candidates), the articles and dates: a body has hundreds.
    rels = [*b.relations(anchor="subject", value=me),
            *b.relations(anchor="object", value=me, evidence=False)]
    rels = [r for r in rels if seen_between(r, since, until)]

    sections: dict[str, tuple[Relation, ...]] = {}
    for kind in RELATION_KINDS:
        names = FACTS[kind].sections or ("", "")
        for name, side in zip(names, ("subject", "object"), strict=True):
            found = [r for r in rels if r.kind == kind.value and getattr(r, side).id == me]
            if found:
                sections[name] = tuple(_by_date(found))
    hosts = [*b.event_hosts(me), *sections.get("hosts", ())]
    return Card(
        entity=info,
        query=name,
        score=score,
        sections=sections,
        hosts=tuple(sorted(set(hosts), key=relation_key)),
        quotes=tuple(b.quotes(me)) if info.kind == EntityType.PERSON.value else (),
        articles=tuple(b.mentions(me)),
        neighbours=_card_neighbours(info.ref, rels, hosts),
    )


def _card_neighbours(
    me: EntityRef, rels: list[Relation], hosts: list[Relation], limit: int = 15
) -> tuple[Neighbour, ...]:
    """Nodes one fact away (most facts first), then the hosts of its events. Co-attendees are
    left to `neighbourhood()`: a meeting reported by many articles has hundreds."""
    refs = {me.id: me}
    dist = {me.id: 0}
    for r in rels:
        other = r.other(me.id)
        refs.setdefault(other.id, other)
        dist.setdefault(other.id, 1)
    for r in hosts:
        refs.setdefault(r.subject.id, r.subject)
        dist.setdefault(r.subject.id, 2)
    near = _neighbours(refs, dist, [*rels, *hosts])
    return tuple(n for n in near if n.distance > 0)[:limit]


# -- the whole graph -----------------------------------------------------------------------
def snapshot(
    store: GraphStore, *, evidence: bool = True, since: date | None = None,
    until: date | None = None,
) -> Snapshot:
    """Every entity and every fact between entities (seen between `since` and `until`, when
    given), with the articles and dates of each fact and (unless `evidence` is False) its
    sentences: what the networkx projection and the visual exports draw."""
    b = Backend(store)
    rels = [r for r in b.relations(evidence=evidence) if seen_between(r, since, until)]
    return Snapshot(tuple(b.entities()), tuple(rels))


def stats(store: GraphStore) -> StoreStats:
    """What the store holds (statements, articles, nodes by type, facts by kind)."""
    return store.stats()


def mentions(store: GraphStore, entity: EntityArg) -> list[ArticleRef]:
    """The articles that mention an entity, earliest first."""
    b = Backend(store)
    return b.mentions(_lookup.lookup(b, entity).id)
