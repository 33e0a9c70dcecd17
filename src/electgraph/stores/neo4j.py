"""The Neo4j backend: writes a `ResolvedGraph` through the official driver, reads with Cypher.

Writes are batched `UNWIND $rows ... MERGE` statements in one managed write transaction per
batch of articles (the driver retries transient errors), so loading the same graph twice
changes no counts and an interrupted load leaves whole articles only. An article whose text
changed has what it stated retracted first, then its new facts are written.

Connection settings come from the arguments or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from electgraph.errors import ConnectionFailed, QueryError, StoreError
from electgraph.graph import ResolvedArticle, ResolvedFact, ResolvedGraph, ResolvedNode
from electgraph.kinds import FACTS
from electgraph.stores import _cypher as cy
from electgraph.stores.base import BaseStore, QueryResult, StoreStats, Value, WriteReport

DEFAULT_URI = "bolt://127.0.0.1:7687"
BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
BATCH_ROWS = 5000

Row = dict[str, Any]
Plan = list[tuple[str, Sequence[Row]]]


def _batched(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class Neo4jStore(BaseStore):
    """A knowledge graph in a Neo4j database.

    >>> with Neo4jStore("bolt://127.0.0.1:7687") as store:  # doctest: +SKIP
    ...     store.write(graph)
    ...     store.query("MATCH (p:Person) RETURN count(p) AS n").rows
    """

    name = "neo4j"
    supports_sparql = False
    supports_cypher = True
    supports_rdf = False

    def __init__(
        self,
        location: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> None:
        import neo4j  # here, so that the rest of electgraph loads without the driver

        self.uri = location or os.environ.get("NEO4J_URI") or DEFAULT_URI
        user = user or os.environ.get("NEO4J_USER")
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        auth = (user, password or "") if user else None
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        if not self.uri.startswith(BOLT_SCHEMES):
            raise StoreError(f"{self.uri} is not a Neo4j address; use bolt://host:7687 (or "
                             "neo4j://, bolt+s://, neo4j+s://)")
        try:
            # Server notifications ("property key does not exist" on a fresh database) are
            # noise for our own parameterised queries; errors still raise.
            self._driver = neo4j.GraphDatabase.driver(
                self.uri, auth=auth, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
        except neo4j.exceptions.AuthError as e:
            raise ConnectionFailed(
                f"Neo4j at {self.uri} refused the credentials; give --user/--password or set "
                "NEO4J_USER/NEO4J_PASSWORD"
            ) from e
        except (
            neo4j.exceptions.DriverError,
            neo4j.exceptions.Neo4jError,
            OSError,
            ValueError,
        ) as e:
            raise ConnectionFailed(
                f"cannot reach Neo4j at {self.uri} ({type(e).__name__}); is it running? "
                "`make neo4j-up` starts a local one"
            ) from e
        self.ensure_schema()

    @property
    def location(self) -> str:
        return self.uri

    def close(self) -> None:
        self._driver.close()

    def ensure_schema(self) -> None:
        """Constraints and the full-text index, created before any data (idempotent)."""
        with self._driver.session(database=self.database) as session:
            for q in cy.schema_queries():
                session.run(q).consume()

    # -- writing --------------------------------------------------------------------------------
    def write(self, graph: ResolvedGraph) -> WriteReport:
        """Upsert the articles of `graph` in one transaction, replacing changed ones."""
        stored = self._digests([a.id for a in graph.articles])
        changed = [a.id for a in graph.articles if a.id in stored and stored[a.id] != a.text_digest]
        added = tuple(a.id for a in graph.articles if a.id not in stored)
        unchanged = tuple(a.id for a in graph.articles if stored.get(a.id) == a.text_digest)
        before = self.count()
        plan = plan_rows(graph)

        def work(tx: Any) -> None:
            if changed:
                for q in cy.retract_articles_queries():
                    tx.run(q, ids=changed).consume()
            for query, rows in plan:
                for batch in _batched(rows, BATCH_ROWS):
                    tx.run(query, rows=list(batch)).consume()

        with _server_faults(self.uri), self._driver.session(database=self.database) as session:
            session.execute_write(work)
        return WriteReport(added, tuple(changed), unchanged, before, self.count())

    def write_one_by_one(self, graph: ResolvedGraph) -> int:
        """The same rows, one transaction each: the baseline of the load benchmark."""
        def run_one(tx: Any, query: str, row: Row) -> None:
            tx.run(query, rows=[row]).consume()

        n = 0
        with self._driver.session(database=self.database) as session:
            for query, rows in plan_rows(graph):
                for row in rows:
                    session.execute_write(run_one, query, row)
                    n += 1
        return n

    def _digests(self, ids: list[str]) -> dict[str, str | None]:
        rows = self.query(cy.article_digests_query(), {"ids": ids}).rows  # type: ignore[dict-item]
        return {str(r[0]): (str(r[1]) if r[1] is not None else None) for r in rows}

    # -- reading --------------------------------------------------------------------------------
    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher in a read transaction, or a write one when `write` is true."""
        import neo4j

        def work(tx: Any) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
            result = tx.run(text, dict(params or {}))
            rows = [tuple(r.values()) for r in result]
            return tuple(result.keys()), rows

        try:
            with _server_faults(self.uri), self._driver.session(database=self.database) as s:
                run = s.execute_write if write else s.execute_read
                columns, rows = run(work)
        except neo4j.exceptions.ClientError as e:
            hint = "; it writes, so add --write" if not write and _is_write_refusal(e) else ""
            raise QueryError(f"Neo4j refused the query: {e.message}{hint}") from e
        return QueryResult(columns, tuple(rows), updated=write)

    def count(self) -> int:
        rows = self.query(
            "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r)"
        )
        return int(rows.rows[0][0] or 0)  # type: ignore[arg-type]

    def stats(self) -> StoreStats:
        nodes: dict[str, int] = {}
        facts: dict[str, int] = {}
        articles = 0
        for what, name, n in self.query(cy.stats_query()).rows:
            if what == "node":
                nodes[str(name)] = int(n)  # type: ignore[arg-type]
            elif what == "fact":
                facts[str(name)] = int(n)  # type: ignore[arg-type]
            else:
                articles = int(n)  # type: ignore[arg-type]
        return StoreStats(
            self.name,
            self.location,
            self.count(),
            articles,
            dict(sorted(nodes.items())),
            dict(sorted(facts.items())),
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes per label and relationships per type."""
        out: dict[str, dict[str, int]] = {"node": {}, "rel": {}}
        for what, name, n in self.query(cy.counts_query()).rows:
            out[str(what)][str(name)] = int(n)  # type: ignore[arg-type]
        return out


def _is_write_refusal(e: Any) -> bool:
    """Whether the server refused the query because it writes in a read transaction."""
    code = str(getattr(e, "code", "") or "")
    return code.endswith("AccessMode") or "read access mode" in str(e.message or "").lower()


@contextmanager
def _server_faults(uri: str) -> Iterator[None]:
    """The server gone mid-work (killed, restarted, network down) as one `ConnectionFailed`
    (exit 2) instead of the driver's traceback."""
    import neo4j

    try:
        yield
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired,
            neo4j.exceptions.IncompleteCommit, ConnectionError) as e:
        raise ConnectionFailed(
            f"lost the connection to Neo4j at {uri} ({type(e).__name__}); nothing of the "
            "unfinished transaction was kept: restart the server and run the command again"
        ) from e


def plan_rows(graph: ResolvedGraph) -> Plan:
    """(query, rows) in the order they must run: articles, nodes, mentions, facts."""
    plan: Plan = [(cy.upsert_articles_query(), [_article_row(a) for a in graph.articles])]
    related = [
        {"id": r.article_id, "props": {"title": r.title}}
        for a in graph.articles
        for r in a.related
        if not r.ingested
    ]
    plan.append((cy.upsert_linked_articles_query(), related))
    by_label: dict[str, list[Row]] = {}
    mentions: list[Row] = []
    for n in graph.nodes:
        by_label.setdefault(cy.NODE_LABELS[n.type], []).append(_node_row(n))
        # MENTIONS only where the article names the node, as schema:mentions in RDF; a
        # province or publisher it merely implies is in its part of the graph but unnamed.
        named = dict.fromkeys(s.article_id for s in n.seen if s.mentioned)
        mentions += [{"article": a, "node": n.id} for a in named]
    plan += [(cy.upsert_nodes_query(label), rows) for label, rows in sorted(by_label.items())]
    plan.append((cy.mentions_query(), mentions))
    for kind in FACTS:
        rows = [_fact_row(f) for f in graph.facts if f.kind is kind and storable(f)]
        plan.append((cy.upsert_facts_query(kind), rows))
    return plan


def storable(fact: ResolvedFact) -> bool:
    """Whether the fact can be written: n-ary facts always (as nodes), binary ones when both
    ends are known."""
    return fact.object is not None or fact.kind in cy.FACT_NODES


def _article_row(a: ResolvedArticle) -> Row:
    props = {
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "publisher": a.publisher,
        "dateline": a.dateline,
        "source_path": a.source_path,
        "text_digest": a.text_digest,
        "ingested": True,
    }
    return {"id": a.id, "props": {k: v for k, v in props.items() if v is not None}}


def _node_row(n: ResolvedNode) -> Row:
    props: Row = {k: v for k, v in n.attributes if isinstance(v, str) and v}
    props.update(
        {
            "label": n.label,
            "key": n.key,
            "type": n.type.value,
            "aliases": list(n.aliases),
            "aliases_text": " | ".join(n.aliases),
            "articles": list(dict.fromkeys(n.articles)),
        }
    )
    return {"id": n.id, "props": props}


def _or_none(value: float | None) -> float:
    return -1 if value is None else value


def _fact_row(f: ResolvedFact) -> Row:
    # One entry per sighting in each list, so that one article's entries can be retracted.
    props: Row = dict(f.qualifiers)
    props.update(
        {
            "kind": f.kind.value,
            "articles": [s.article_id for s in f.sightings],
            "evidence": [s.evidence.text for s in f.sightings],
            "evidence_start": [s.evidence.start for s in f.sightings],
            "evidence_end": [s.evidence.end for s in f.sightings],
            "focus_start": [_or_none(s.evidence.focus_start) for s in f.sightings],
            "focus_end": [_or_none(s.evidence.focus_end) for s in f.sightings],
            "confidence": [_or_none(s.evidence.confidence) for s in f.sightings],
            "extractors": sorted({s.extractor for s in f.sightings}),
        }
    )
    if f.first_seen:
        props["first_seen"] = f.first_seen.isoformat()
        props["last_seen"] = (f.last_seen or f.first_seen).isoformat()
    # Per-sighting qualifiers (a ballot number, a verdict date): the first value seen.
    for name in FACTS[f.kind].sighting:
        values = sorted(v for s in f.sightings if (v := s.quals.get(name)))
        if values and name not in props:
            props[name] = values[0]
    return {"id": f.id, "subject": f.subject, "object": f.object, "props": props}
