"""The bulk path into an empty embedded store: partitioned N-Quads files, then `bulk_load`.

A store's own `write` is one transaction per batch, and most of its time goes into building
quads and RocksDB's inserts in the ingesting process. Into an empty store (nothing to replace,
no stored description to compare with) a run can instead be written as files, each resolved
batch mapped and serialised in parallel (a process pool, or Dask workers), and the files loaded
at the end with pyoxigraph's `Store.bulk_load`, which builds RocksDB's files directly.

The store is the same as with batch writes (tests/unit/test_dask_engine.py), quad for quad:

* each partition holds a batch's article graphs and the default-graph statements of its facts,
  as the RDF mapping (`_rdf_mapping.plan`, called in one place: `_plan`) emits them;
* node descriptions are "last write wins" in batch writes (a later batch replaces the label,
  type or region that an earlier one gave a node): here each batch sends its descriptions back
  and the latest per node is written once, in a file of its own. They wait in a SQLite table
  on local disk, not in memory: nodes grow with the articles (each article's events are its
  own), and the ingest's memory must not (issue 11: 100,000 articles in flat memory).

The load runs inside the store's bulk journal (`OxigraphStore`'s `_bulk_insert` does the same
per batch): the article ids are recorded before the files are loaded and cleared after, and a
store opened with the journal left behind drops those articles, so an interrupted run leaves
whole articles only (none of this run's, when the load did not finish) and a rerun loads them.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from electgraph.errors import StoreError
from electgraph.graph import ResolvedGraph
from electgraph.stores import _rdf_gc
from electgraph.stores.base import WriteReport
from electgraph.stores.oxigraph import OxigraphStore

__all__ = ["NQuadsSink", "Partition", "pool_sink", "write_partition"]

PART_SUFFIX = ".nq"


class Pending(Protocol):
    """A running partition write: a `concurrent.futures.Future` or a Dask one."""

    def result(self) -> Partition: ...


# Starts `write_partition(graph, base, path)` somewhere; a pool's or a Dask client's `submit`.
Start = Callable[..., Pending]


@dataclass(frozen=True, slots=True)
class Partition:
    """What a partition write sends back: what the mapping rejected, and the batch's node
    descriptions as N-Quads lines by subject (the latest batch's win)."""

    quads: int
    rejected: tuple[str, ...] = ()
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _plan(graph: ResolvedGraph, base: str) -> Any:
    # The one call into the RDF mapping: what it emits is the batch writes' own.
    from electgraph.stores._rdf_mapping import plan

    return plan(graph, base)


def write_partition(graph: ResolvedGraph, base: str, path: str) -> Partition:
    """Map one resolved batch to RDF and write it to `path` as N-Quads, without the node
    descriptions, which come back (see the module doc). Runs in a worker process."""
    p = _plan(graph, base)
    descriptions: dict[ox.NamedNode, set[tuple[ox.NamedNode, Any]]] = p.descriptions
    quads = [q for a in p.articles for q in a.quads]
    quads.extend(q for q in p.shared
                 if (q.predicate, q.object) not in descriptions.get(q.subject, ()))
    with open(path, "wb") as f:
        ox.serialize(quads, f, ox.RdfFormat.N_QUADS)
    dg = ox.DefaultGraph()
    lines = {str(s): tuple(sorted(str(ox.Quad(s, pred, o, dg)) for pred, o in values))
             for s, values in descriptions.items()}
    return Partition(len(quads), tuple(p.rejected), lines)


class _Done:
    """A partition written in this process (one worker): already a result."""

    def __init__(self, value: Partition) -> None:
        self.value = value

    def result(self) -> Partition:
        return self.value


def _inline(fn: Callable[..., Partition], *args: Any) -> Pending:
    return _Done(fn(*args))


class NQuadsSink:
    """Takes resolved batches as partition files under `directory` (written by `start`: a
    process pool's or a Dask client's submit, or None for this process) and bulk-loads them
    into `store` at `finish` (see the module doc). With a Dask cluster, `directory` must be on
    a file system the workers and this process share."""

    def __init__(self, store: OxigraphStore, directory: str | Path | None = None,
                 start: Start | None = None) -> None:
        self.store = store
        self._own = directory is None
        self.directory = Path(directory or tempfile.mkdtemp(prefix="electgraph-bulk-"))
        self.directory.mkdir(parents=True, exist_ok=True)
        self._start: Start = start or _inline
        self._pending: list[Pending] = []
        self._parts: list[Path] = []
        self._articles: list[str] = []
        self._descriptions = _Descriptions()
        self._rejected: list[str] = []
        self._error: str | None = None  # the first partition that failed: `finish` raises

    def write(self, graph: ResolvedGraph) -> WriteReport:
        path = self.directory / f"part-{len(self._parts):06d}{PART_SUFFIX}"
        self._parts.append(path)
        self._articles.extend(a.id for a in graph.articles)
        self._pending.append(self._start(write_partition, graph, self.store.base, str(path)))
        if self._error is None:
            self._collect(wait=False)
        return WriteReport(added=tuple(a.id for a in graph.articles))

    def _collect(self, *, wait: bool) -> None:
        """Merge finished partitions in batch order (so the latest description wins), keeping
        at most a few results in memory. A failed one is kept for `finish` to raise: the
        whole run is loaded or none of it, not the batches around a hole."""
        while self._pending and (wait or _done(self._pending[0])):
            try:
                part = self._pending.pop(0).result()
            except Exception as e:  # a worker's error, of any type, comes back here
                self._error = self._error or f"{type(e).__name__}: {e}"
                continue
            self._rejected.extend(part.rejected)
            self._descriptions.update(part.descriptions)

    def finish(self) -> WriteReport:
        """Load the partitions, then the descriptions, inside the journal."""
        try:
            self._collect(wait=True)
            if self._error is not None:
                raise StoreError(f"writing the partitions under {self.directory} failed "
                                 f"(none of the {len(self._articles)} articles of this run was "
                                 f"stored): {self._error}; check the space left there or pass "
                                 "another --parts-dir, then run again")
            if not self._articles:
                return WriteReport()
            described = self._descriptions.write(self.directory)
            raw = self.store.raw
            # No touched subjects: recovery then collects the whole store, which held nothing
            # before this run.
            raw.extend(_rdf_gc.journal(self.store.base, self._articles, ()))
            for path in [*self._parts, *described]:
                raw.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
            raw.remove_graph(ox.NamedNode(_rdf_gc.JOURNAL))
        except (OSError, SyntaxError, ValueError) as e:
            # What was loaded goes now, as when the store is next opened after a kill.
            self.store._recover()
            raise StoreError(f"bulk loading {len(self._articles)} articles into "
                             f"{self.store.location} failed (none of them was kept): {e}") from e
        finally:
            self._cleanup()
        return WriteReport(rejected=tuple(self._rejected))

    def __enter__(self) -> NQuadsSink:
        return self

    def __exit__(self, *exc: object) -> None:
        # An interrupted run (Ctrl-C in pass 2) leaves no partition files behind either.
        self._cleanup()

    def _cleanup(self) -> None:
        self._descriptions.close()
        if self._own:
            shutil.rmtree(self.directory, ignore_errors=True)
        else:
            for path in self.directory.glob(f"*{PART_SUFFIX}"):
                path.unlink(missing_ok=True)


_DESCRIPTION_LINES_PER_FILE = 30_000  # about the quads of one partition of 100 articles


class _Descriptions:
    """The latest description of each node (N-Quads lines by subject), kept on local disk."""

    def __init__(self) -> None:
        self._dir: str | None = None
        self._db: sqlite3.Connection | None = None

    def update(self, descriptions: dict[str, tuple[str, ...]]) -> None:
        if not descriptions:
            return
        if self._db is None:
            self._dir = tempfile.mkdtemp(prefix="electgraph-descriptions-")
            self._db = sqlite3.connect(Path(self._dir) / "descriptions.sqlite3")
            # Scratch: the run's partitions and the journal are what make it recoverable.
            self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                                   "CREATE TABLE d (node TEXT PRIMARY KEY, lines TEXT)")
        self._db.executemany("INSERT OR REPLACE INTO d VALUES (?, ?)",
                             ((node, "\n".join(lines)) for node, lines in descriptions.items()))

    def write(self, directory: Path) -> list[Path]:
        """The descriptions as N-Quads files of about a partition's size each: `bulk_load`
        holds a file's quads in memory until its end (a run's descriptions in one file made
        the peak of a 100,000-article ingest)."""
        paths: list[Path] = []
        f = None
        lines_in_file = 0
        try:
            rows = self._db.execute("SELECT lines FROM d") if self._db is not None else []
            for (lines,) in rows:
                if f is None or lines_in_file >= _DESCRIPTION_LINES_PER_FILE:
                    if f is not None:
                        f.close()
                    paths.append(directory / f"descriptions-{len(paths):06d}{PART_SUFFIX}")
                    f = paths[-1].open("w", encoding="utf-8")
                    lines_in_file = 0
                written = [line + " .\n" for line in lines.split("\n") if line]
                f.writelines(written)
                lines_in_file += len(written)
        finally:
            if f is not None:
                f.close()
        return paths

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def _done(pending: Pending) -> bool:
    # Both kinds of future have done(); an inline result is done.
    done = getattr(pending, "done", None)
    return bool(done()) if callable(done) else True


@contextmanager
def pool_sink(store: OxigraphStore, workers: int,
              directory: str | Path | None = None) -> Iterator[NQuadsSink]:
    """The bulk path of the plain engine: partitions written in `workers` processes."""
    from electgraph.streaming import worker_pool

    pool = worker_pool(workers)
    try:
        with NQuadsSink(store, directory, pool.submit if pool else None) as sink:
            yield sink
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
