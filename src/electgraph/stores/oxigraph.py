"""The embedded RDF store (default backend): pyoxigraph on disk, no server to run.

    >>> from electgraph.stores.oxigraph import OxigraphStore
    >>> with OxigraphStore(None) as store:            # None: in memory, for tests and notebooks
    ...     store.count()
    0

pyoxigraph 0.5 has no transaction object in Python; what is atomic is one `Store.extend`, one
`Store.load` and one `Store.update` request. So each `write()` is one of:

* articles replaced or node descriptions changed: one `update` request (drop the old article
  graphs, delete changed values, insert, collect what nothing supports any more);
* only new articles, small batch: one `extend`;
* only new articles, large batch: `bulk_extend` (twice as fast, not atomic) inside a journal
  that makes it all-or-nothing per batch (see `_bulk_insert`).

Either way an interrupted ingest leaves whole articles only. Queries see the union of all graphs
as their default graph, so analysts need no GRAPH clause; the same statement made by two article
graphs then shows twice, which `SELECT DISTINCT` folds.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from electgraph.errors import QueryError, StoreError
from electgraph.graph import ResolvedGraph
from electgraph.stores import _rdf_gc, _snapshot, _sparql
from electgraph.stores._kv import SqliteState
from electgraph.stores._oxigraph_terms import result_of
from electgraph.stores._rdf_evidence import OLD_LAYOUT_PREDICATE, old_layout
from electgraph.stores._rdf_mapping import DESCRIPTION_PREDICATES
from electgraph.stores._rdf_read import read
from electgraph.stores._rdf_terms import substitutions
from electgraph.stores._rdf_write import prepare
from electgraph.stores._store_dir import check_store_dir, is_permission
from electgraph.stores.base import BaseStore, QueryResult, StoreStats, Value, WriteReport
from electgraph.vocab import DEFAULT_BASE, EG, ORG, namespaces

__all__ = ["FORMATS", "OxigraphStore"]

log = logging.getLogger(__name__)

BASE_ENV = "ELECTGRAPH_BASE"
# Below this many quads a batch is written with `extend` (one transaction, no journal). Small:
# `extend` goes through RocksDB's log and memtable, which left 3.8 times the bytes on disk per
# article of `bulk_extend` after a 1,000-article ingest (benchmarks/bench_footprint.py), and
# the journal of a bulk insert is two statements and a literal.
BULK_MIN_QUADS = 5_000
# The journal of an unfinished bulk insert: an internal graph, empty except during a write.
JOURNAL, JOURNAL_PENDING = _rdf_gc.JOURNAL, _rdf_gc.JOURNAL_PENDING

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}

_DG = ox.DefaultGraph()
# The description values of some subjects (`described`); the default graph only, since the
# query does not take it as the union. Subjects are serialised NamedNodes: validated IRIs.
_DESCRIBED = ("SELECT ?s ?p ?o WHERE { VALUES ?s { $S } ?s ?p ?o FILTER (?p IN ("
              + ", ".join(sorted(map(str, DESCRIPTION_PREDICATES))) + ")) }")
_DESCRIBED_CHUNK = 2_000
_REOPEN_TRIES = 5


def _open_read_only(location: str, tries: int = 30) -> tuple[ox.Store, Path]:
    """Open the store read-only (RocksDB's read-only mode: no lock, so beside a writer; while
    one writes, its snapshot: `_snapshot`).

    A writer compacting at that moment can delete a file the store's manifest still names,
    and a writer that ends or opens the store again withdraws its snapshot, perhaps while
    RocksDB reads it; the open then fails (pyoxigraph says so as an OSError or a RuntimeError,
    in words that depend on which file RocksDB missed: "No such file", "wal_dir not found")
    and is tried again on what is there now, up to `tries` times.
    """
    for attempt in range(tries):
        where = Path(location)
        try:
            where = _snapshot.reading_location(where)
            return ox.Store.read_only(str(where)), where
        except (OSError, RuntimeError) as e:
            vanishing = where.name == _snapshot.SNAPSHOT or "No such file" in str(e)
            if attempt == tries - 1 or not vanishing:
                raise StoreError(f"cannot open the store at {location} read-only: {e}") from e
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class OxigraphStore(BaseStore):
    """pyoxigraph `Store` at `location` (a directory, created if missing; None for memory)."""

    name = "oxigraph"
    supports_sparql = True
    supports_cypher = False
    supports_rdf = True
    supports_read_graph = True  # `read_graph()`: what `electgraph neo4j load` copies
    allow_federation = False  # SERVICE / LOAD reach other servers: off unless asked for

    def __init__(
        self,
        location: str | os.PathLike[str] | None,
        *,
        base: str | None = None,
        read_only: bool = False,
    ) -> None:
        self.base = base or os.environ.get(BASE_ENV) or DEFAULT_BASE
        self._location = str(location) if location is not None else ":memory:"
        self._read_only = read_only
        if location is not None and Path(location).is_file():
            raise StoreError(f"{location} is a file; --store needs a directory")
        if location is not None and not read_only:
            check_store_dir(Path(location))
        try:
            if location is None:
                self._store = ox.Store()
            elif read_only:
                self._open_reading()
            else:
                self._store = ox.Store(str(location))
            self._check_layout_reopening()
            if not read_only:
                self._recover()
                if location is not None:
                    _snapshot.publish(self._store, Path(location))
            # Beside the RocksDB files: the resolution state (`electgraph.resolve._state`).
            self._state = SqliteState(Path(location) if location is not None else None,
                                      read_only=read_only)
        except OSError as e:
            if is_permission(e, location):
                raise StoreError(
                    f"cannot open the store at {location}: it is read-only for you ({e}); make "
                    "it writable (the embedded store writes its lock even to read) or copy it"
                ) from e
            raise StoreError(
                f"cannot open the store at {location}: {e}. Is another electgraph process "
                "using it? Close it or pass another --store directory."
            ) from e

    @property
    def location(self) -> str:
        return self._location

    def _check_layout_reopening(self) -> None:
        """`_check_layout`; read-only beside a writer, the first read can meet a file its
        compaction deleted since the open: open the current files and read again."""
        for attempt in range(_REOPEN_TRIES):
            try:
                self._check_layout()
                return
            except OSError as e:
                if not (self._read_only and "No such file" in str(e)) or (
                    attempt == _REOPEN_TRIES - 1
                ):
                    raise
                self._open_reading()

    def _check_layout(self) -> None:
        """Refuse a store of an older RDF layout: its queries would answer wrong. One index
        lookup (the old layout wrote `OLD_LAYOUT_PREDICATE` for every sighting)."""
        old = self._store.quads_for_pattern(None, ox.NamedNode(OLD_LAYOUT_PREDICATE), None, None)
        if next(iter(old), None) is not None:
            raise old_layout(self._location)

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store itself, for what this class does not wrap."""
        return self._store

    # -- writing ---------------------------------------------------------------------------
    def write(self, graph: ResolvedGraph) -> WriteReport:
        """Store the articles of `graph`; see the module docstring for the transactions.

        Statement counts are left at 0: counting a RocksDB store is a full scan, so callers
        that want them (the pipeline) count once before and once after a whole run.
        """
        return self._write(graph, force=False)

    def rewrite(self, graph: ResolvedGraph) -> WriteReport:
        """`write`, replacing the stored articles of `graph` whatever their text (one update)."""
        return self._write(graph, force=True)

    def stored_digests(self, article_ids: Collection[str]) -> dict[str, str]:
        return {a: d for a in article_ids if (d := self._digest(a)) is not None}

    def _write(self, graph: ResolvedGraph, *, force: bool) -> WriteReport:
        b = prepare(graph, self.base, self, force=force)
        try:
            if b.empty:
                pass  # every article is stored as is, and so is what they support
            elif b.replaced or b.removals:
                graphs = [self._graph(a) for a in b.replaced]
                touched = _rdf_gc.touched(self._store, graphs, b.removals)
                text = _sparql.replace_update([str(g) for g in graphs], b.removals, b.inserts,
                                              gc=True, touched=touched)
                self._store.update(text, prefixes=namespaces())
            elif len(b.inserts) >= BULK_MIN_QUADS:
                self._bulk_insert(b.added, b.inserts)
            else:
                self._store.extend(b.inserts)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(
                f"writing {b.articles} articles to {self.location} failed "
                f"(no article of this batch was kept): {e}"
            ) from e
        return WriteReport(tuple(b.added), tuple(b.replaced), tuple(b.unchanged),
                           rejected=tuple(b.rejected))

    def _bulk_insert(self, articles: list[str], quads: list[ox.Quad]) -> None:
        """Insert new articles with `bulk_extend`, which is about twice as fast as `extend`
        but not a transaction. A journal makes it one in effect: the article ids are recorded
        first (atomically), the quads written, the journal cleared. A store opened with a
        journal left behind drops those articles again (`_recover`), so an interruption leaves
        whole articles only. Only new articles take this path, so nothing old is lost."""
        self._store.extend(_rdf_gc.journal(self.base, articles, quads))
        self._store.bulk_extend(quads)
        self._store.remove_graph(ox.NamedNode(JOURNAL))

    def _recover(self) -> None:
        pending, touched = _rdf_gc.read_journal(self._store, self.base)
        if not pending:
            return
        log.warning("the last ingest into %s was interrupted; removing its %d unfinished "
                    "articles", self.location, len(pending))
        graphs = [self._graph(a) for a in pending]
        if touched is not None:
            touched = sorted({*touched, *_rdf_gc.touched(self._store, graphs)})
        # The journal goes first: it names the touched subjects, which would keep them alive.
        text = _sparql.replace_update([str(g) for g in graphs], [], [], gc=True, touched=touched,
                                      before=[f"DROP SILENT GRAPH <{JOURNAL}>"])
        self._store.update(text, prefixes=namespaces())

    def _graph(self, article_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/{article_id}")

    # -- what a write looks up (`_rdf_write.Lookup`) ---------------------------------------
    def digests(self, article_ids: list[str]) -> dict[str, str | None]:
        return {a: self._digest(a) for a in article_ids}

    def _digest(self, article_id: str) -> str | None:
        article = ox.NamedNode(self.base + article_id)
        graph = self._graph(article_id)
        for pred in (EG.textDigest, EG.contentDigest):
            for q in self._store.quads_for_pattern(article, ox.NamedNode(pred), None, graph):
                return str(getattr(q.object, "value", "")) if pred == EG.textDigest else ""
        return None

    def described(self, subjects: Iterable[ox.NamedNode]) -> dict[ox.NamedNode, list[ox.Quad]]:
        # One query, the predicates filtered inside pyoxigraph: an index scan per subject
        # built a Python quad for each of an event's hundreds of attendees, four times slower.
        out: dict[ox.NamedNode, list[ox.Quad]] = {}
        wanted = list(dict.fromkeys(subjects))
        for i in range(0, len(wanted), _DESCRIBED_CHUNK):
            text = _DESCRIBED.replace("$S", " ".join(map(str, wanted[i : i + _DESCRIBED_CHUNK])))
            rows = self._store.query(text)
            assert isinstance(rows, ox.QuerySolutions)  # a SELECT
            for row in rows:
                s, p, o = row["s"], row["p"], row["o"]
                out.setdefault(s, []).append(ox.Quad(s, p, o, _DG))
        return out

    def stored(self, quads: list[ox.Quad]) -> set[ox.Quad]:
        held = self._store.__contains__  # bound once: one index lookup per quad
        return {q for q in quads if held(q)}

    def posts(self, bodies: Iterable[ox.NamedNode]) -> list[ox.NamedNode]:
        post_in = ox.NamedNode(ORG.postIn)
        return [q.subject for b in bodies
                for q in self._store.quads_for_pattern(None, post_in, b, _DG)
                if isinstance(q.subject, ox.NamedNode)]

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        return self._state.read(keys)

    def write_state(self, items: Mapping[str, str | None]) -> None:
        self._state.write(items)

    # -- reading ---------------------------------------------------------------------------
    def read_graph(self, article_ids: Iterable[str] | None = None) -> ResolvedGraph:
        """The resolved graph the store holds (all articles, or the part `article_ids` state):
        what was written, up to order. The resolution report is not stored, so it comes back
        empty; `_rdf_read` lists the rest that RDF does not keep."""
        return read(self, self.base, article_ids)

    def count(self) -> int:
        """Statements in the store, without the journal of an unfinished write."""
        journal = self._store.quads_for_pattern(None, None, None, ox.NamedNode(JOURNAL))
        return len(self._store) - sum(1 for _ in journal)

    def stats(self) -> StoreStats:
        return _sparql.stats_of(self)

    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run a SPARQL query (or, with `write=True`, an update).

        `params` bind variables by name (`{"role": "Ketua"}` binds `?role`) as pyoxigraph
        substitutions, never through the query text. A bound variable must be in the SELECT
        clause (SEP-0007 semantics; `SELECT *` will do).
        """
        if _sparql.checked_update(text, params, write=write,
                                  allow_federation=self.allow_federation):
            try:
                self._store.update(text, prefixes=namespaces())
            except SyntaxError as e:
                raise QueryError(_sparql.explain_syntax_error(text, str(e), "update")) from e
            return QueryResult(updated=True)
        subs = substitutions(params)
        self._follow_writer()
        for attempt in range(_REOPEN_TRIES):
            try:
                return self._select(text, subs)
            except OSError as e:
                # Read-only beside a writer: its compaction can delete a file this instance
                # opened with; open the current files and ask again.
                if not (self._read_only and "No such file" in str(e)) or (
                    attempt == _REOPEN_TRIES - 1
                ):
                    raise self._query_failed(text, e) from e
                self._open_reading()
        raise AssertionError("unreachable")

    def _open_reading(self) -> None:
        self._store, self._reading = _open_read_only(self._location)

    def _follow_writer(self) -> None:
        """Read-only and long-lived (`serve`): open again when a writer has started or ended
        since the last open, so that this never reads files a writer changes, and sees its
        articles once it is done. One lock probe, no file read."""
        if self._read_only and self._location != ":memory:":
            where = _snapshot.reading_location(Path(self._location))
            if where != self._reading:
                self._open_reading()

    def _query_failed(self, text: str, e: OSError) -> Exception:
        if self.allow_federation and _sparql.reaches_out(text):
            return QueryError(f"a SERVICE request of the query failed: {e}")
        return StoreError(f"query failed on {self.location}: {e}")

    def _select(self, text: str, subs: Any) -> QueryResult:
        try:
            # Results are read inside the try: a SERVICE fails while its rows are read.
            return result_of(self._store.query(
                text, prefixes=namespaces(), substitutions=subs, use_default_graph_as_union=True
            ))
        except SyntaxError as e:
            raise QueryError(_sparql.explain_syntax_error(text, str(e))) from e
        except RuntimeError as e:
            # pyoxigraph binds parameters as SEP-0007 substitutions, which need the variable
            # in the SELECT clause; say so instead of its terse message.
            raise QueryError(
                f"{e}; a parameter binds a variable of the SELECT clause: add it "
                "there (or use SELECT *)"
            ) from e

    def dump_rdf(self, out: Path | BinaryIO, format: str) -> None:
        """Write the store as RDF. Dataset formats (nquads, trig, jsonld) keep the article
        graphs; triple formats (turtle, ntriples) write the union of all graphs, once each."""
        fmt = FORMATS.get(format)
        if fmt is None:
            from electgraph.errors import UnknownNameError

            raise UnknownNameError("RDF format", format, list(FORMATS))
        target: Any = str(out) if isinstance(out, Path) else out
        prefixes = namespaces() | {"id": self.base, "graph": f"{self.base}graph/"}
        if fmt.supports_datasets:
            self._store.dump(target, fmt, prefixes=prefixes)
            return
        triples = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self._store.quads_for_pattern(None, None, None, None)
        }
        ox.serialize(sorted(triples, key=str), target, fmt, prefixes=prefixes)

    def close(self) -> None:
        """Flush and release the directory: RocksDB holds a lock on it until the pyoxigraph
        store is freed, so the reference is dropped here rather than left to the collector."""
        state = self.__dict__.pop("_state", None)
        if state is not None:
            state.close()
        store = self.__dict__.pop("_store", None)
        if store is None:
            return
        try:
            store.flush()
        except (OSError, RuntimeError) as e:
            # In-memory and read-only stores have nothing to flush; pyoxigraph 0.5 refuses to
            # flush a read-only one with a RuntimeError ("Flush is only possible on read-write
            # instances"), which must not stop the release below.
            log.debug("flush: %s", e)
        if not self._read_only and self._location != ":memory:":
            _snapshot.withdraw(Path(self._location))
        del store

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes that are missing, i.e. `_store` after close().
        if name == "_store":
            raise StoreError(f"the store at {self._location} is closed")
        raise AttributeError(name)

