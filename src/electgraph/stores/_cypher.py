"""Cypher text for the Neo4j backend, built in small pure functions.

Values always travel as parameters (`$rows`); only labels and relationship types, which come
from the fixed tables below and never from user input, are written into the text.
"""

from __future__ import annotations

from electgraph.model import EntityType, FactKind

NODE_LABELS: dict[EntityType, str] = {
    EntityType.PERSON: "Person",
    EntityType.ORGANIZATION: "Organization",
    EntityType.PLACE: "Place",
    EntityType.EVENT: "Event",
    EntityType.ELECTION: "Election",
}
# Fact kind -> (relationship type, subject label, object label). Quotes hang on Quote nodes.
REL_TYPES: dict[FactKind, tuple[str, str, str]] = {
    FactKind.HOLDS_ROLE: ("HOLDS_ROLE", "Person", "Organization"),
    FactKind.ATTENDS: ("ATTENDS", "Entity", "Event"),
    FactKind.HOSTS: ("HOSTS", "Organization", "Event"),
    FactKind.RELATES_TO: ("RELATES_TO", "Article", "Article"),
    FactKind.CANDIDATES: ("CANDIDATE_IN", "Person", "Election"),
    FactKind.QUOTES: ("SAID", "Person", "Quote"),
}
ALL_LABELS = ("Entity", *NODE_LABELS.values(), "Article", "Quote", "Membership", "Candidacy")
# The fact kinds that are nodes of their own (n-ary), as in the RDF graph; the others are edges.
FACT_NODES: dict[FactKind, str] = {
    FactKind.HOLDS_ROLE: "Membership",
    FactKind.CANDIDATES: "Candidacy",
    FactKind.QUOTES: "Quote",
}


def schema_queries() -> list[str]:
    """Uniqueness constraints on ids (created before loading) and a full-text name index."""
    out = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ALL_LABELS
    ]
    out.append(
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS "
        "FOR (n:Person|Organization|Place|Event|Election) ON EACH [n.label, n.aliases_text]"
    )
    return out


def merge_provenance(x: str) -> str:
    """SET clause that upserts the fact `x` (a relationship or a fact node) from `row.props`.

    A batch carries only its own articles' sightings, so the per-sighting lists (`articles`,
    `evidence`, offsets) keep the entries of other articles and take this batch's; the dates
    seen widen, the extractor names join.
    """
    return (
        f"WITH *, coalesce({x}.articles, []) AS {x}_a, coalesce({x}.evidence, []) AS {x}_e, "
        f"coalesce({x}.evidence_start, []) AS {x}_s, coalesce({x}.evidence_end, []) AS {x}_t, "
        f"coalesce({x}.extractors, []) AS {x}_x, {x}.first_seen AS {x}_f, {x}.last_seen AS {x}_l "
        f"WITH *, [i IN range(0, size({x}_a) - 1) WHERE NOT {x}_a[i] IN row.props.articles] "
        f"AS {x}_k "
        f"SET {x} += row.props, "
        f"{x}.articles = [i IN {x}_k | {x}_a[i]] + row.props.articles, "
        f"{x}.evidence = [i IN {x}_k | {x}_e[i]] + row.props.evidence, "
        f"{x}.evidence_start = [i IN {x}_k | {x}_s[i]] + row.props.evidence_start, "
        f"{x}.evidence_end = [i IN {x}_k | {x}_t[i]] + row.props.evidence_end, "
        f"{x}.extractors = {x}_x + [e IN row.props.extractors WHERE NOT e IN {x}_x], "
        f"{x}.first_seen = CASE WHEN {x}_f IS NULL OR row.props.first_seen < {x}_f "
        f"THEN coalesce(row.props.first_seen, {x}_f) ELSE {x}_f END, "
        f"{x}.last_seen = CASE WHEN {x}_l IS NULL OR row.props.last_seen > {x}_l "
        f"THEN coalesce(row.props.last_seen, {x}_l) ELSE {x}_l END "
    )


def upsert_nodes_query(label: str) -> str:
    """Entities; `articles` lists every article whose part of the graph holds the node."""
    return (
        f"UNWIND $rows AS row MERGE (n:Entity:{label} {{id: row.id}}) "
        "WITH n, row, coalesce(n.articles, []) AS old "
        "SET n += row.props, "
        "n.articles = [a IN old WHERE NOT a IN row.props.articles] + row.props.articles"
    )


def upsert_articles_query() -> str:
    return "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"


def upsert_linked_articles_query() -> str:
    """Title-only article nodes for `BACA JUGA` links to articles that were not ingested."""
    return "UNWIND $rows AS row MERGE (a:Article {id: row.id}) ON CREATE SET a += row.props"


def mentions_query() -> str:
    return (
        "UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (n:Entity {id: row.node}) "
        "MERGE (a)-[:MENTIONS]->(n)"
    )


def upsert_facts_query(kind: FactKind) -> str:
    rel, subj, obj = REL_TYPES[kind]
    if kind is FactKind.QUOTES:
        return (
            "UNWIND $rows AS row MATCH (s:Person {id: row.subject}) "
            "MERGE (q:Quote {id: row.id}) "
            + merge_provenance("q")
            + "MERGE (s)-[r:SAID {id: row.id}]->(q) "
            + merge_provenance("r")
        )
    if kind is FactKind.RELATES_TO:
        return (
            "UNWIND $rows AS row MATCH (s:Article {id: row.subject}) "
            "MERGE (o:Article {id: row.object}) ON CREATE SET o.title = row.props.title "
            "MERGE (s)-[r:RELATES_TO {id: row.id}]->(o) " + merge_provenance("r")
        )
    if kind is FactKind.HOLDS_ROLE:
        # The n-ary Membership node is the canonical record (a role whose body the article did
        # not name has one too); HOLDS_ROLE is the shortcut when the body is known.
        return (
            "UNWIND $rows AS row MATCH (s:Person {id: row.subject}) "
            "MERGE (m:Membership {id: row.id}) "
            + merge_provenance("m")
            + "MERGE (s)-[:HAS_MEMBERSHIP]->(m) "
            "WITH s, m, row WHERE row.object IS NOT NULL "
            "MATCH (o:Organization {id: row.object}) "
            "MERGE (m)-[:IN_ORGANIZATION]->(o) "
            "MERGE (s)-[r:HOLDS_ROLE {id: row.id}]->(o) " + merge_provenance("r")
        )
    if kind is FactKind.CANDIDATES:
        return (
            "UNWIND $rows AS row MATCH (s:Person {id: row.subject}) "
            "MERGE (c:Candidacy {id: row.id}) "
            + merge_provenance("c")
            + "MERGE (s)-[:HAS_CANDIDACY]->(c) "
            "WITH s, c, row WHERE row.object IS NOT NULL "
            "MATCH (e:Election {id: row.object}) "
            "MERGE (c)-[:FOR_ELECTION]->(e) "
            "MERGE (s)-[r:CANDIDATE_IN {id: row.id}]->(e) " + merge_provenance("r")
        )
    return (
        f"UNWIND $rows AS row MATCH (s:{subj} {{id: row.subject}}) "
        f"MATCH (o:{obj} {{id: row.object}}) "
        f"MERGE (s)-[r:{rel} {{id: row.id}}]->(o) " + merge_provenance("r")
    )


def counts_query() -> str:
    return (
        "CALL () { MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS what, label AS name, "
        "count(*) AS n UNION ALL MATCH ()-[r]->() RETURN 'rel' AS what, type(r) AS name, "
        "count(*) AS n } RETURN what, name, sum(n) AS n ORDER BY what, name"
    )


def holders_query() -> str:
    """Who holds `$role` in the organisation labelled (or aliased) `$org`."""
    return (
        "MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization) "
        "WHERE toLower(r.role) = toLower($role) "
        "AND (toLower(o.label) = toLower($org) OR toLower($org) IN [a IN o.aliases | toLower(a)]) "
        "RETURN p.label AS person, r.role AS role, o.label AS org, r.articles AS articles "
        "ORDER BY person"
    )


def article_digests_query() -> str:
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text_digest AS digest"


def retract_articles_queries() -> list[str]:
    """Remove what the articles `$ids` stated, before their new version is written.

    Facts keep one entry per sighting in parallel lists (`articles`, `evidence`, ...); the
    entries of these articles are dropped, and a fact (or Membership, Quote) that no article
    states any more is deleted, as is an entity no article's part of the graph holds.
    """
    keep = "[i IN range(0, size(x.articles) - 1) WHERE NOT x.articles[i] IN $ids]"
    trim = (
        f"WITH x, {keep} AS keep "
        "SET x.evidence = [i IN keep | x.evidence[i]], "
        "x.evidence_start = [i IN keep | x.evidence_start[i]], "
        "x.evidence_end = [i IN keep | x.evidence_end[i]], "
        "x.articles = [i IN keep | x.articles[i]] "
    )
    return [
        "MATCH ()-[x]->() WHERE x.articles IS NOT NULL "
        "AND any(a IN x.articles WHERE a IN $ids) "
        + trim
        + "WITH x WHERE size(x.articles) = 0 DELETE x",
        "MATCH (x:Membership|Candidacy|Quote) WHERE any(a IN x.articles WHERE a IN $ids) "
        + trim
        + "WITH x WHERE size(x.articles) = 0 DETACH DELETE x",
        "MATCH (a:Article)-[m:MENTIONS]->() WHERE a.id IN $ids DELETE m",
        "MATCH (n:Entity) WHERE any(a IN n.articles WHERE a IN $ids) "
        "SET n.articles = [a IN n.articles WHERE NOT a IN $ids] "
        "WITH n WHERE size(n.articles) = 0 DETACH DELETE n",
    ]


def stats_query() -> str:
    """Entities per type, facts per kind (fact nodes, or edges for binary facts), articles."""
    return (
        "CALL () { MATCH (n:Entity) RETURN n.type AS name, 'node' AS what, count(*) AS n "
        "UNION ALL MATCH (f:Membership|Candidacy|Quote) RETURN f.kind AS name, 'fact' AS what, "
        "count(*) AS n "
        "UNION ALL MATCH ()-[r:ATTENDS|HOSTS|RELATES_TO]->() "
        "RETURN r.kind AS name, 'fact' AS what, count(*) AS n "
        "UNION ALL MATCH (a:Article) WHERE a.ingested RETURN 'Article' AS name, "
        "'article' AS what, count(*) AS n } RETURN what, name, sum(n) AS n"
    )
