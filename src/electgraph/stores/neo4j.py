"""The Neo4j backend: writes a `ResolvedGraph` through the official driver, reads with Cypher.

Writes are batched `UNWIND $rows ... MERGE` statements in one managed write transaction per
batch of articles (the driver retries transient errors), so loading the same graph twice
changes no counts and an interrupted load leaves whole articles only. An article whose text
changed has what it stated retracted first, then its new facts are written.

Connection settings come from the arguments or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from electgraph.errors import ConnectionFailed, QueryError, StoreError
from electgraph.graph import ResolvedGraph
from electgraph.model import FactKind
from electgraph.stores import _cypher as cy
from electgraph.stores import _cypher_state as cys
from electgraph.stores._neo4j_rows import Row, plan_rows, storable
from electgraph.stores._neo4j_values import plain
from electgraph.stores.base import BaseStore, QueryResult, StoreStats, Value, WriteReport

DEFAULT_URI = "bolt://127.0.0.1:7687"
BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
BATCH_ROWS = 5000

__all__ = ["Neo4jStore", "plan_rows", "storable"]


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
            # A write retried for 15 s rides out a leader switch or a restart; the driver's
            # 30 s made a dead server take a minute to report (two writes in flight).
            self._driver = neo4j.GraphDatabase.driver(
                self.uri, auth=auth, notifications_min_severity="OFF",
                max_transaction_retry_time=float(os.environ.get("NEO4J_RETRY_SECONDS", "15")),
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
        """Upsert the articles of `graph` in one transaction, replacing changed ones.

        Articles stored with the same text are left alone; the others' rows are appended (see
        `_neo4j_rows`). The counts come from the transaction's summary counters and Neo4j's
        count store, never from a scan of the graph.
        """
        return self._write(graph, force=False)

    def rewrite(self, graph: ResolvedGraph) -> WriteReport:
        """`write`, retracting and rewriting the stored articles of `graph` whatever their
        text, in one transaction."""
        return self._write(graph, force=True)

    def stored_digests(self, article_ids: Collection[str]) -> dict[str, str]:
        return {a: d or "" for a, d in self._digests(list(article_ids)).items()}

    def _write(self, graph: ResolvedGraph, *, force: bool) -> WriteReport:
        stored = self._digests([a.id for a in graph.articles])
        changed = [a.id for a in graph.articles
                   if a.id in stored and (force or stored[a.id] != a.text_digest)]
        added = tuple(a.id for a in graph.articles if a.id not in stored)
        unchanged = tuple(a.id for a in graph.articles
                          if stored.get(a.id) == a.text_digest and not force)
        before = self.count()
        todo = graph.subgraph([*added, *changed]) if unchanged else graph
        plan = plan_rows(todo) if todo.articles else []
        delta = 0

        def work(tx: Any) -> int:
            n = _retract(tx, changed) if changed else 0
            for query, rows in plan:
                for batch in _batched(rows, BATCH_ROWS):
                    n += _delta(tx.run(query, rows=list(batch)).consume())
            return n

        if plan or changed:
            with _server_faults(self.uri), self._driver.session(database=self.database) as s:
                delta = s.execute_write(work)
        return WriteReport(added, tuple(changed), unchanged, before, before + delta)

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

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        rows = self.query(cys.READ, {"keys": list(keys)}).rows
        return {str(k): str(v) for k, v in rows}

    def write_state(self, items: Mapping[str, str | None]) -> None:
        rows = [{"key": k, "value": v} for k, v in items.items() if v is not None]
        gone = [k for k, v in items.items() if v is None]

        def work(tx: Any) -> None:
            for batch in _batched(rows, BATCH_ROWS):
                tx.run(cys.UPSERT, rows=list(batch)).consume()
            for i in range(0, len(gone), BATCH_ROWS):
                tx.run(cys.DELETE, keys=gone[i : i + BATCH_ROWS]).consume()

        with _server_faults(self.uri), self._driver.session(database=self.database) as s:
            s.execute_write(work)

    def _digests(self, ids: list[str]) -> dict[str, str | None]:
        rows = self.query(cy.article_digests_query(), {"ids": ids}).rows
        return {str(r[0]): (str(r[1]) if r[1] is not None else None) for r in rows}

    # -- reading --------------------------------------------------------------------------------
    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher in a read transaction, or a write one when `write` is true."""
        import neo4j

        def work(tx: Any) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
            result = tx.run(text, dict(params or {}))
            rows = [tuple(plain(v) for v in r.values()) for r in result]
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
        """Nodes + relationships, from Neo4j's count store (constant time, no scan)."""
        nodes = self.query(cy.count_nodes_query()).rows[0][0]
        rels = self.query(cy.count_relationships_query()).rows[0][0]
        state = self.query(cys.COUNT).rows[0][0]  # bookkeeping, not the graph
        return int(nodes or 0) - int(state or 0) + int(rels or 0)  # type: ignore[arg-type]

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


def _retract(tx: Any, ids: list[str]) -> int:
    """Remove what the articles `ids` stated, before their new version is written: their
    sightings, the facts no other article states, their MENTIONS / IMPLIES edges and the
    entities no other article holds. Returns the change in nodes + relationships."""
    result = tx.run(cy.retract_sightings_query(), ids=ids)
    stated = [r.data() for r in result]
    n = _delta(result.consume())
    result = tx.run(cy.unstated_facts_query(), facts=stated)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for r in result:
        by_kind.setdefault(str(r["kind"]), []).append(r.data())
    for kind, facts in by_kind.items():
        for q in cy.delete_facts_queries(FactKind(kind)):
            n += _delta(tx.run(q, facts=facts).consume())
    result = tx.run(cy.retract_holds_query(), ids=ids)
    nodes = [r["node"] for r in result]
    n += _delta(result.consume())
    return n + _delta(tx.run(cy.delete_unheld_nodes_query(), nodes=nodes).consume())


def _delta(summary: Any) -> int:
    """Nodes + relationships created minus deleted, from a result summary's counters."""
    c = summary.counters
    return int(
        c.nodes_created - c.nodes_deleted + c.relationships_created - c.relationships_deleted
    )



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


