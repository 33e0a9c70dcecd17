"""Cypher text of the exploration queries, for the Neo4j store.

Each function mirrors the function of the same name in `_sparql.py`: same signature, same
result columns, so `api.py` reads both backends the same way. Values travel as `$parameters`;
only relationship types and labels from the backend's fixed tables reach the text.

A fact's sightings are `Sighting` nodes keyed by the fact's id (`x.fact`, indexed), one per
article statement, so results hold one row per sighting with plain values, as RDF results do.
"""

from __future__ import annotations

from electgraph.kinds import FACTS, edge_kinds
from electgraph.model import FactKind

__all__ = [
    "RELATION_KINDS",
    "article_links_query",
    "articles_query",
    "entity_query",
    "event_hosts_query",
    "mentions_query",
    "names_query",
    "quotes_query",
    "relations_query",
    "seen_query",
    "sightings_query",
]

RELATION_KINDS: tuple[FactKind, ...] = edge_kinds()

# The place that tells an entity apart, as in the RDF mapping: a person's home province, a
# body's or an election's region, a regency's province. Places are looked up by code.
_REGION_CODE = (
    "CASE n.type WHEN 'Person' THEN n.home WHEN 'Organization' THEN n.region_code "
    "WHEN 'Election' THEN n.region_code WHEN 'Place' THEN CASE WHEN n.province_code <> "
    "coalesce(n.code, '') THEN n.province_code END END"
)

# One row per sighting of the fact `r` (an index seek on `Sighting.fact`). `carry` are the
# variables the rest of the query still needs.
def _sightings(carry: str = "r") -> str:
    return (
        "MATCH (x:Sighting {fact: r.id}) "
        f"WITH {carry}, x, x.article AS aid "
        "OPTIONAL MATCH (a:Article {id: aid}) "
    )


_SIGHTING_COLUMNS = (
    "aid AS article, a.title AS title, a.published AS published, a.url AS url, "
    "x.evidence_start AS start, x.evidence_end AS end, x.evidence AS text, "
    "x.focus_start AS focus_start, x.focus_end AS focus_end, x.anchors AS anchors, "
    "x.confidence AS confidence"
)


_RELATION_COLUMNS = (
    "RETURN DISTINCT r.id AS fact, r.kind AS kind, "
    "subject.id AS subject, subject.label AS subject_label, "
    "object.id AS object, object.label AS object_label, "
    f"coalesce({', '.join(sorted({f'r.{s.shown}' for s in FACTS.values() if s.shown}))}) AS role, "
    "r.status AS status"
)


def _types(kinds: tuple[FactKind, ...]) -> str:
    return "|".join(FACTS[k].rel_type for k in kinds)


def _match(kinds: tuple[FactKind, ...], anchor: str | None) -> str:
    rel = f"[r:{_types(kinds)}]"
    if anchor == "node":
        return (
            f"MATCH (:Entity {{id: $node}})-{rel}-(:Entity) "
            "WITH r, startNode(r) AS subject, endNode(r) AS object "
        )
    if anchor == "subject":
        return f"MATCH (subject:Entity {{id: $subject}})-{rel}->(object:Entity) "
    if anchor == "object":
        return f"MATCH (subject:Entity)-{rel}->(object:Entity {{id: $object}}) "
    return f"MATCH (subject:Entity)-{rel}->(object:Entity) "


def relations_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """Facts between entities; see `_sparql.relations_query` for `anchor` and the columns."""
    return _match(kinds, anchor) + _RELATION_COLUMNS


def sightings_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """Every article's statement of the facts `relations_query(kinds, anchor)` returns."""
    return (
        _match(kinds, anchor) + _sightings() + f"RETURN DISTINCT r.id AS fact, {_SIGHTING_COLUMNS}"
    )


def event_hosts_query() -> str:
    """Who hosts the events that $node attends or hosts."""
    return (
        "MATCH (:Entity {id: $node})-[:ATTENDS|HOSTS]->(object:Entity)"
        "<-[r:HOSTS]-(subject:Entity) " + _RELATION_COLUMNS
    )


def seen_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """The articles that state the facts `relations_query(kinds, anchor)` returns."""
    return (
        _match(kinds, anchor) + "MATCH (x:Sighting {fact: r.id}) WITH DISTINCT r, x.article AS aid "
        "OPTIONAL MATCH (a:Article {id: aid}) "
        "RETURN DISTINCT r.id AS fact, aid AS article, a.published AS published, a.url AS url"
    )


def quotes_query(anchor: str | None = None) -> str:
    """Quotes, with their sightings; `anchor` "subject" fixes the speaker."""
    start = "{id: $subject}" if anchor == "subject" else ""
    return (
        f"MATCH (subject:Entity {start})-[:SAID]->(r:Quote) " + _sightings("r, subject")
        + "RETURN DISTINCT r.id AS fact, subject.id AS subject, subject.label AS subject_label, "
        f"r.text AS quote_text, {_SIGHTING_COLUMNS}"
    )


def names_query(tokens: int, aliases: bool = True) -> str:
    """Names (labels, and aliases unless `aliases` is False) that contain, lower-cased, one of
    $t0, $t1..."""
    tests = " OR ".join(f"toLower(name) CONTAINS $t{i}" for i in range(tokens))
    where = f"WHERE {tests} " if tokens else ""
    alias = " + [a IN coalesce(n.aliases, []) | [a, false]]" if aliases else ""
    return (
        f"MATCH (n:Entity) UNWIND [[n.label, true]]{alias} AS pair "
        f"WITH n.id AS id, pair[0] AS name, pair[1] AS is_label {where}"
        "RETURN DISTINCT id, name, is_label"
    )


def entity_query(anchored: bool = True) -> str:
    """The description of the entity $id (every entity when not `anchored`), one row per
    alias."""
    match = "MATCH (n:Entity {id: $id})" if anchored else "MATCH (n:Entity)"
    return (
        "MATCH (p:Place) WHERE p.code IS NOT NULL WITH collect([p.code, p.label]) AS places "
        f"{match} WITH n, [x IN places WHERE x[0] = {_REGION_CODE} | x[1]] AS regions "
        "UNWIND CASE WHEN size(coalesce(n.aliases, [])) = 0 THEN [null] ELSE n.aliases END "
        "AS alias UNWIND CASE WHEN size(regions) = 0 THEN [null] ELSE regions END AS region "
        "RETURN DISTINCT n.id AS id, n.label AS label, alias, region, "
        "n.body AS body, n.level AS level"
    )


def mentions_query() -> str:
    """Articles that mention the entity $id."""
    return (
        "MATCH (a:Article)-[:MENTIONS]->(n:Entity {id: $id}) "
        "RETURN DISTINCT n.id AS id, a.id AS article, a.title AS title, "
        "a.published AS published, a.url AS url"
    )


def articles_query(anchored: bool = True) -> str:
    """The article $article (every article when not `anchored`), stored or only cited."""
    match = "MATCH (a:Article {id: $article})" if anchored else "MATCH (a:Article)"
    return (
        f"{match} RETURN a.id AS article, a.title AS title, a.published AS published, "
        "coalesce(a.ingested, false) AS ingested, a.url AS url"
    )


def article_links_query(anchor: str) -> str:
    """BACA JUGA links from (`anchor` "source") or to ("target") an article."""
    ends = {"source": ("{id: $source}", ""), "target": ("", "{id: $target}")}[anchor]
    return (
        f"MATCH (s:Article {ends[0]})-[r:RELATES_TO]->(t:Article {ends[1]}) "
        "RETURN DISTINCT r.id AS fact, s.id AS source, t.id AS target"
    )
