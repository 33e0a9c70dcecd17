"""Cypher text for the Neo4j backend, built in small pure functions.

Values always travel as parameters (`$rows`); only labels and relationship types, which come
from the registry (`electgraph.kinds`) and never from user input, are written into the text.
"""

from __future__ import annotations

from electgraph.kinds import ARTICLE, ENTITIES, FACTS
from electgraph.model import EntityType, FactKind

NODE_LABELS: dict[EntityType, str] = {t: e.label for t, e in ENTITIES.items()}
# Fact kind -> (relationship type, subject label, object label), from the registry.
REL_TYPES: dict[FactKind, tuple[str, str, str]] = {
    k: (s.rel_type, s.subject, s.object or s.node_label or "") for k, s in FACTS.items()
}
# The fact kinds that are nodes of their own (n-ary), as in the RDF graph; the others are edges.
FACT_NODES: dict[FactKind, str] = {k: s.node_label for k, s in FACTS.items() if s.node_label}
# The resolution state's records (`_cypher_state`): not part of the graph, left out of counts.
STATE_LABEL = "ResolutionState"
STATE_SCHEMA = (f"CREATE CONSTRAINT resolution_state_key IF NOT EXISTS "
                f"FOR (s:{STATE_LABEL}) REQUIRE s.key IS UNIQUE")
ALL_LABELS = ("Entity", *NODE_LABELS.values(), "Article", *FACT_NODES.values())


def schema_queries() -> list[str]:
    """Uniqueness constraints on ids (created before loading) and a full-text name index."""
    out = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ALL_LABELS
    ]
    # Eventually consistent: Lucene takes the changes after the commit, on a thread of its
    # own, instead of inside every batch's commit (where it cost as much as the batch's
    # queries); a name search may trail a load by a moment.
    out.append(
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS "
        "FOR (n:Person|Organization|Place|Event|Election) ON EACH [n.label, n.aliases_text] "
        "OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
    )
    out.append(STATE_SCHEMA)
    out += SIGHTING_SCHEMA
    return out


# One article's statement of a fact is a `Sighting` node of its own, CREATEd once and never
# rewritten: `fact` (the fact's id, shared by a fact node and its shortcut relationship),
# `kind`, `subject` (the fact's subject id, to find a binary fact's relationship when it is
# retracted), `article`, `evidence` (the sentence), `evidence_start`/`evidence_end`,
# `focus_start`/`focus_end`, `anchors` (`model.anchors_json`) and `confidence` (absent when
# unknown). A fact keeps only values of constant size, so a batch's cost does not grow with the
# number of articles stating a fact.
SIGHTING = "Sighting"
SIGHTING_PROPERTIES = ("fact", "kind", "subject", "article", "evidence", "evidence_start",
                       "evidence_end", "focus_start", "focus_end", "anchors", "confidence")
# Article -> node it names (MENTIONS), or holds in its part of the graph unnamed (IMPLIES: the
# province of a body it names, its publisher): an entity no article holds any more is deleted.
HOLDS = ("MENTIONS", "IMPLIES")
SIGHTING_SCHEMA = tuple(
    f"CREATE INDEX sighting_{key} IF NOT EXISTS FOR (x:{SIGHTING}) ON (x.{key})"
    for key in ("fact", "article"))


def merge_provenance(x: str, first: tuple[str, ...] = ()) -> str:
    """ON CREATE / ON MATCH clauses of a MERGE that upserts the fact `x` (a relationship or a
    fact node) from a row of `_neo4j_rows.fact_row`.

    A fact new to the database takes the row's maps as they are (`props`, the least
    qualifiers of `first`, the extractors and the dates): no expression per property. A stored
    fact gets `props` replaced, the extractor names joined (a handful), the dates seen widened
    and the per-sighting qualifiers `first` kept at the least value seen, whatever the order of
    the batches. Every value is of constant size: its sightings are `Sighting` nodes, written
    apart (`create_sightings_query`), so nothing here grows with the articles stating it.
    """
    least = "".join(
        f", {x}.{n} = CASE WHEN {x}.{n} IS NULL OR row.first.{n} < {x}.{n} "
        f"THEN coalesce(row.first.{n}, {x}.{n}) ELSE {x}.{n} END" for n in first)
    return (
        f"ON CREATE SET {x} += row.props, {x} += row.first, {x}.extractors = row.extractors, "
        f"{x}.first_seen = row.first_seen, {x}.last_seen = row.last_seen "
        f"ON MATCH SET {x} += row.props, "
        # A new extractor name goes in its sorted place: the stored list does not depend on
        # the order of the batches (a rerun after a kill equals a clean load).
        f"{x}.extractors = reduce(acc = coalesce({x}.extractors, []), e IN row.extractors | "
        "CASE WHEN e IN acc THEN acc ELSE [a IN acc WHERE a < e] + [e] + [a IN acc WHERE a > e] "
        "END), "
        f"{x}.first_seen = CASE WHEN {x}.first_seen IS NULL OR row.first_seen < {x}.first_seen "
        f"THEN row.first_seen ELSE {x}.first_seen END, "
        f"{x}.last_seen = CASE WHEN {x}.last_seen IS NULL OR row.last_seen > {x}.last_seen "
        f"THEN row.last_seen ELSE {x}.last_seen END{least} "
    )


def upsert_nodes_query(label: str) -> str:
    """Entities. A node seen before is only given new surface forms when the batch has some,
    so most rows leave its names (and the full-text index entry) alone; the names are kept
    sorted. Which articles hold the node is said by their MENTIONS / IMPLIES edges
    (`holds_query`), not by a list on the node that every batch would rewrite."""
    return (
        f"UNWIND $rows AS row MERGE (n:Entity:{label} {{id: row.id}}) "
        "ON CREATE SET n += row.props, n.aliases = row.aliases, "
        "n.aliases_text = row.aliases_text "
        "ON MATCH SET n += row.props "
        "WITH n, row, coalesce(n.aliases, []) AS known "
        "WITH n, [a IN row.aliases WHERE NOT a IN known] AS new, known WHERE size(new) > 0 "
        # Each new name goes in its sorted place (a node has a handful): the stored order
        # does not depend on the order of the batches.
        "WITH n, reduce(acc = known, x IN new | [a IN acc WHERE a < x] + [x] + "
        "[a IN acc WHERE a > x]) AS aliases "
        "SET n.aliases = aliases, n.aliases_text = reduce(t = '', a IN aliases | "
        "t + CASE t WHEN '' THEN '' ELSE ' | ' END + a)"
    )


def create_sightings_query() -> str:
    """One `Sighting` node per row, CREATEd: a batch only carries articles the database does
    not hold (a changed one's sightings are retracted first), so none exists yet."""
    return f"UNWIND $rows AS row CREATE (x:{SIGHTING}) SET x = row"


def upsert_articles_query() -> str:
    return "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"


def upsert_linked_articles_query() -> str:
    """Title-only article nodes for `BACA JUGA` links to articles that were not ingested."""
    # Two titles can fold to one id ("Nomor 1", "Nomor -1"): the least is kept, whatever the
    # order of the batches; an ingested article keeps its own.
    return ("UNWIND $rows AS row MERGE (a:Article {id: row.id}) ON CREATE SET a += row.props "
            "ON MATCH SET a.title = CASE WHEN a.ingested IS NULL AND row.props.title < a.title "
            "THEN row.props.title ELSE a.title END")


def holds_query(rel: str) -> str:
    """`rel` (MENTIONS or IMPLIES) from each article to the nodes of its part of the graph.
    CREATE, not MERGE: a batch only carries articles the database does not hold (a changed
    one's edges are retracted first), so none of these edges can exist yet."""
    return (
        "UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (n:Entity {id: row.node}) "
        f"CREATE (a)-[:{rel}]->(n)"
    )


def upsert_facts_query(kind: FactKind) -> str:
    """Upsert facts of one kind as `FactSpec` declares them: an n-ary fact is a node
    (`node_label`) hanging from its subject (`subject_rel`) and pointing at its object
    (`object_rel`), with the `rel_type` shortcut between the two when the object is known; a
    binary fact is one `rel_type` relationship."""
    spec = FACTS[kind]
    rel, subj, obj = REL_TYPES[kind]
    first = first_qualifiers(kind)
    if subj == ARTICLE:
        return (
            "UNWIND $rows AS row MATCH (s:Article {id: row.subject}) "
            "MERGE (o:Article {id: row.object}) "
            "ON CREATE SET o.title = coalesce(row.props.title, row.first.title) "
            "ON MATCH SET o.title = CASE WHEN o.ingested IS NULL AND "
            "coalesce(row.props.title, row.first.title) < o.title "
            "THEN coalesce(row.props.title, row.first.title) ELSE o.title END "
            f"MERGE (s)-[r:{rel} {{id: row.id}}]->(o) " + merge_provenance("r", first)
        )
    if spec.node_label is None:
        return (
            f"UNWIND $rows AS row MATCH (s:{subj} {{id: row.subject}}) "
            f"MATCH (o:{obj} {{id: row.object}}) "
            f"MERGE (s)-[r:{rel} {{id: row.id}}]->(o) " + merge_provenance("r", first)
        )
    out = (
        f"UNWIND $rows AS row MATCH (s:{subj} {{id: row.subject}}) "
        f"MERGE (m:{spec.node_label} {{id: row.id}}) " + merge_provenance("m", first)
        + f"MERGE (s)-[:{spec.subject_rel}]->(m) "
    )
    if spec.object_rel is None:
        return out
    # The node is the canonical record (a role whose body the article did not name has one
    # too); the shortcut is there when the object is known.
    return out + (
        "WITH s, m, row WHERE row.object IS NOT NULL "
        f"MATCH (o:{obj} {{id: row.object}}) "
        f"MERGE (m)-[:{spec.object_rel}]->(o) "
        f"MERGE (s)-[r:{rel} {{id: row.id}}]->(o) " + merge_provenance("r", first)
    )


def first_qualifiers(kind: FactKind) -> tuple[str, ...]:
    """Per-sighting qualifiers kept as one property (the least value seen), not identity."""
    spec = FACTS[kind]
    return tuple(n for n in sorted(spec.sighting) if n not in spec.identity)


def counts_query() -> str:
    return (
        "CALL () { MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS what, label AS name, "
        "count(*) AS n UNION ALL MATCH ()-[r]->() RETURN 'rel' AS what, type(r) AS name, "
        "count(*) AS n } RETURN what, name, sum(n) AS n ORDER BY what, name"
    )


def count_nodes_query() -> str:
    """All nodes, answered from the count store (no scan)."""
    return "MATCH (n) RETURN count(n) AS n"


def count_relationships_query() -> str:
    """All relationships, answered from the count store (no scan)."""
    return "MATCH ()-[r]->() RETURN count(r) AS n"


def article_digests_query() -> str:
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text_digest AS digest"


def retract_sightings_query() -> str:
    """Delete the sightings of the articles `$ids`; one row per fact they stated."""
    return (
        f"MATCH (x:{SIGHTING}) WHERE x.article IN $ids "
        "WITH x, x.fact AS fact, x.kind AS kind, x.subject AS subject DELETE x "
        "RETURN DISTINCT fact, kind, subject"
    )


def unstated_facts_query() -> str:
    """Of the facts `$facts` (maps with `fact`), those no sighting states any more."""
    return (
        "UNWIND $facts AS f WITH f WHERE NOT EXISTS { "
        f"MATCH (:{SIGHTING} {{fact: f.fact}}) }} RETURN f.fact AS fact, f.kind AS kind, "
        "f.subject AS subject"
    )


def delete_facts_queries(kind: FactKind) -> list[str]:
    """Delete the facts `$facts` (maps with `fact` and `subject`) of one kind: the fact node
    (with its edges) and the relationship from the subject, found by its id."""
    spec = FACTS[kind]
    rel, subj, _ = REL_TYPES[kind]
    out = [f"UNWIND $facts AS f MATCH (:{subj} {{id: f.subject}})-[r:{rel} {{id: f.fact}}]->() "
           "DELETE r"]
    if spec.node_label is not None:
        out.append(f"UNWIND $facts AS f MATCH (m:{spec.node_label} {{id: f.fact}}) "
                   "DETACH DELETE m")
    return out


def retract_holds_query() -> str:
    """Delete the MENTIONS / IMPLIES edges of the articles `$ids`; the nodes they reached."""
    return (
        f"MATCH (a:Article)-[m:{'|'.join(HOLDS)}]->(n:Entity) WHERE a.id IN $ids "
        "WITH m, n.id AS node DELETE m RETURN DISTINCT node"
    )


def delete_unheld_nodes_query() -> str:
    """Delete the entities of `$nodes` that no article's part of the graph holds any more."""
    return (
        "UNWIND $nodes AS id MATCH (n:Entity {id: id}) "
        f"WHERE NOT EXISTS {{ (:Article)-[:{'|'.join(HOLDS)}]->(n) }} DETACH DELETE n"
    )


def stats_query() -> str:
    """Entities per type, facts per kind (fact nodes, or edges for binary facts), articles."""
    nodes = "|".join(FACT_NODES.values())
    edges = "|".join(s.rel_type for s in FACTS.values() if s.node_label is None)
    return (
        "CALL () { MATCH (n:Entity) RETURN n.type AS name, 'node' AS what, count(*) AS n "
        f"UNION ALL MATCH (f:{nodes}) RETURN f.kind AS name, 'fact' AS what, "
        "count(*) AS n "
        f"UNION ALL MATCH ()-[r:{edges}]->() "
        "RETURN r.kind AS name, 'fact' AS what, count(*) AS n "
        "UNION ALL MATCH (a:Article) WHERE a.ingested RETURN 'Article' AS name, "
        "'article' AS what, count(*) AS n } RETURN what, name, sum(n) AS n"
    )
