"""Streaming ingest: read -> extract -> resolve -> write in bounded batches.

Files are read one at a time and articles go through in batches of `batch_size`, in two
passes. First each batch is checked against the store (an article stored with the same text is
skipped before extraction), extracted (in a process pool when `workers > 1`, a few tasks per
worker and two batches in flight, the next extracting while this one is staged) and staged:
its extractions and where their persons are placed go into the resolution state the store
keeps (`electgraph.resolve.stage`). Then the
staged extractions are read back batch by batch, resolved against that state
(`electgraph.resolve.resolve_incremental`), knowing every person the run places, and written
in one transaction each, their state records after them. Articles of earlier runs whose
persons this run places anew are resolved again and rewritten once, at the end. Memory holds
two or three batches, not the run: what grows is the state in the store. The graph does not
depend on the batch size, the number of workers or the order of the files
(tests/unit/test_incremental.py).

Both passes take their parallel parts from outside when given: `submit` starts extracting a
batch elsewhere (the Dask engine, `electgraph.dask_engine`), and a `Sink` takes the resolved
batches instead of the store's own transactions (the bulk path, `electgraph.bulk`: partitioned
N-Quads files loaded at the end). Resolution itself stays here, in order, against the state.

A bad file, a colliding id, an article the extractor fails on (or that runs over its time
budget) and a batch the store refuses are failures of the report, and the run goes on; a
lost connection to the server stops it (every later batch would fail the same way).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from electgraph.errors import ConnectionFailed, ElectgraphError, InputError
from electgraph.graph import Merge, ResolutionReport, ResolvedGraph
from electgraph.ids import text_digest
from electgraph.limits import ExtractionTimeout, within_budget
from electgraph.model import Article, Extraction
from electgraph.stores.base import WriteReport

if TYPE_CHECKING:
    from electgraph.pipeline import Extractor, IngestReport, Progress
    from electgraph.resolve import Resolution
    from electgraph.stores.base import GraphStore

__all__ = [
    "Outcome",
    "Sink",
    "Submit",
    "extract_one",
    "in_flight",
    "iter_articles",
    "pool_submit",
    "stream_ingest",
    "worker_pool",
]

log = logging.getLogger(__name__)

# An extraction, or the error that stopped it ("TypeError: ...").
Outcome = Extraction | str
# Starts extracting a batch; the function it returns waits for the outcomes, in batch order.
Submit = Callable[[list[Article]], Callable[[], list[Outcome]]]


class Sink(Protocol):
    """Takes the resolved batches of a run in place of `GraphStore.write` and stores them at
    the end (`finish`): the bulk path (`electgraph.bulk.NQuadsSink`)."""

    def write(self, graph: ResolvedGraph) -> WriteReport:
        """Take one batch (new articles only); nothing is in the store before `finish`."""
        ...

    def finish(self) -> WriteReport:
        """Store every batch taken; what the backend rejected. Raises `ElectgraphError`."""
        ...


def iter_articles(
    paths: Iterable[str | Path], report: IngestReport, progress: Progress | None = None
) -> Iterator[Article]:
    """The articles under `paths`, one file at a time, each id once; read failures and id
    collisions go to `report`."""
    from electgraph.ingest import Deduper, iter_files, read_file_safely
    from electgraph.pipeline import Failure

    files = list(iter_files(paths))  # paths only: small next to the articles
    report.files = len(files)
    seen = Deduper()
    for i, path in enumerate(files, 1):
        found, errors = read_file_safely(path)
        report.failures.extend(Failure("read", e.path, e.reason) for e in errors)
        for a in found:
            verdict = seen.check(a)
            if isinstance(verdict, InputError):
                report.failures.append(Failure("read", verdict.path, verdict.reason))
            elif verdict:
                report.articles += 1
                yield a
        if progress:
            progress("read", i, len(files))


def extract_one(extract: Extractor, min_confidence: float, article: Article) -> Outcome:
    """Extraction as a pure function of one article, within its time budget: what a worker
    process (or a Dask task) runs. A failure comes back as its message, so one bad article
    never stops a batch."""
    source = article.source_path or article.id
    try:
        return within_budget(extract, article, source).confident(min_confidence)
    except ExtractionTimeout as e:
        return str(e).split(": ", 1)[1]
    except Exception as e:  # one article's bug must not stop the batch: record it, go on
        log.debug("extract failed on %s", source, exc_info=True)
        return f"{type(e).__name__}: {e}"


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _changed(store: GraphStore, batch: list[Article], report: IngestReport) -> list[Article]:
    """The articles of `batch` not stored with this text; the others are counted unchanged.

    An article counts as stored only when its resolution record is there too: a run killed
    between a batch's graph and its state records left the graph without the counts later
    labels are computed from, so that article is resolved again (its write is then a no-op)."""
    stored = store.stored_digests([a.id for a in batch])
    same = {a.id for a in batch if stored.get(a.id) == text_digest(a.text)}
    if same:
        same &= {key[2:] for key in store.read_state(["a:" + a for a in sorted(same)])}
    if same:
        unchanged = tuple(a.id for a in batch if a.id in same)
        report.written = report.written + WriteReport(unchanged=unchanged)
    return [a for a in batch if a.id not in same]


def pool_submit(pool: Executor | None, fn: Callable[[Article], Outcome],
                workers: int = 1) -> Submit:
    """`Submit` on a process pool (None: in this process, at once). A batch goes out as a few
    tasks per worker, not one per article: each task's round trip costs this process time the
    workers would otherwise use, on a machine with no core to spare."""
    def submit(batch: list[Article]) -> Callable[[], list[Outcome]]:
        if pool is None:
            done = [fn(a) for a in batch]
            return lambda: done
        size = max(1, -(-len(batch) // (workers * _TASKS_PER_WORKER)))
        futures: list[Future[list[Outcome]]] = [
            pool.submit(_extract_many, fn, batch[i : i + size])
            for i in range(0, len(batch), size)]
        return lambda: [out for f in futures for out in f.result()]

    return submit


_TASKS_PER_WORKER = 4


def in_flight(batches: Iterable[list[Article]],
              start: Submit) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """Each batch with its outcomes, in order, two batches in flight: the workers start on the
    next one while this one's last articles finish, and go on with it while this one is
    staged."""
    def begin(batch: list[Article]) -> Callable[[], list[Outcome]]:
        return start(batch) if batch else list  # a batch of stored articles only: nothing to do

    batches = iter(batches)
    flight = deque((b, begin(b)) for b in islice(batches, 2))
    while flight:
        current, pending = flight.popleft()
        outcomes = pending()
        if (following := next(batches, None)) is not None:
            flight.append((following, begin(following)))
        yield current, outcomes


def _extract_many(fn: Callable[[Article], Outcome], articles: list[Article]) -> list[Outcome]:
    return [fn(a) for a in articles]


def worker_pool(workers: int) -> ProcessPoolExecutor | None:
    # forkserver: workers start from a clean process, not a fork of one running threads
    # (the progress display), which can deadlock.
    if workers <= 1:
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(pid: int) -> None:
    """In a worker: exit when the ingest process is gone. Killed outright (SIGKILL, OOM), it
    cannot stop its pool, whose workers would otherwise wait on their queue forever."""
    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # a process with that id exists: the parent, or not
                pass

    threading.Thread(target=watch, name="electgraph-parent-watch", daemon=True).start()


def stream_ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    report: IngestReport,
    *,
    extract: Extractor,
    batch_size: int,
    workers: int = 1,
    progress: Progress | None = None,
    min_confidence: float = 0.0,
    submit: Submit | None = None,
    sink: Sink | None = None,
) -> None:
    """Ingest `paths` into `store` batch by batch, filling `report` (see the module doc).
    `submit` replaces the process pool of `workers`; `sink` the store's batch writes."""
    run = _extract_and_stage(paths, store, report, extract=extract, batch_size=batch_size,
                             workers=workers, progress=progress, min_confidence=min_confidence,
                             submit=submit)
    _resolve_and_write(run, store, report, batch_size=batch_size, progress=progress, sink=sink)


def _extract_and_stage(
    paths: Iterable[str | Path], store: GraphStore, report: IngestReport, *,
    extract: Extractor, batch_size: int, workers: int, progress: Progress | None,
    min_confidence: float, submit: Submit | None,
) -> list[str]:
    """The first pass: the ids of the articles extracted and staged, in order."""
    from electgraph.pipeline import Failure
    from electgraph.resolve import stage

    pool = worker_pool(workers) if submit is None else None
    start = submit or pool_submit(pool, partial(extract_one, extract, min_confidence), workers)
    run: list[str] = []
    done = 0
    try:
        batches = (_changed(store, b, report)
                   for b in _batches(iter_articles(paths, report, progress), batch_size))
        for current, outcomes in in_flight(batches, start):
            extractions = []
            for article, out in zip(current, outcomes, strict=True):
                if isinstance(out, str):
                    report.failures.append(
                        Failure("extract", article.source_path or article.id, out))
                else:
                    extractions.append(out)
            done += len(current)
            if progress:
                progress("extract", done, report.articles - len(report.written.unchanged))
            run.extend(stage(extractions, store))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return list(dict.fromkeys(run))


def _resolve_and_write(
    ids: list[str], store: GraphStore, report: IngestReport, *, batch_size: int,
    progress: Progress | None, sink: Sink | None,
) -> None:
    """The second pass, then the earlier articles this run placed anew."""
    from electgraph.resolve import resolve_stored

    merges: dict[tuple[str, str], Merge] = {}
    later: set[str] = set()
    sunk: list[str] = []  # the sources of the articles a sink took, to name if its load fails
    moved: dict[tuple[str, str, str], int] = {}
    for i in range(0, len(ids), batch_size):
        part = ids[i : i + batch_size]
        resolution = resolve_stored(store, part, defer=True, moved=moved)
        later.update(resolution.affected)
        if _write(store, resolution, report, merges, again=False, sink=sink) and sink:
            sunk.extend(a.source_path or a.id for a in resolution.graph.articles)
        if progress:
            progress("write", i + len(part), len(ids))
    if sink is not None:
        _finish(sink, report, sunk)
    later -= set(ids)
    # Earlier articles whose persons this run placed anew: resolved again and replaced once,
    # at the end (a replacement costs the store a garbage collection).
    if later:
        # Not deferred this time: what they in turn affect is resolved with them.
        resolution = resolve_stored(store, sorted(later))
        if _write(store, resolution, report, merges, again=True):
            report.resolved_again += len(resolution.graph.articles)
    report.resolution = ResolutionReport(tuple(v for _, v in sorted(merges.items())))


def _finish(sink: Sink, report: IngestReport, sources: list[str]) -> None:
    """Load what the sink took; if that fails, none of its articles is stored."""
    from electgraph.pipeline import Failure

    try:
        report.written = report.written + sink.finish()
    except ConnectionFailed:
        raise
    except ElectgraphError as e:
        report.failures.extend(Failure("write", s, str(e)) for s in sources)
        report.written = WriteReport(unchanged=report.written.unchanged)


def _write(store: GraphStore, resolution: Resolution, report: IngestReport,
           merges: dict[tuple[str, str], Merge], *, again: bool, sink: Sink | None = None,
           ) -> bool:
    """Write one resolved batch (`again`: replacing its stored articles; else to `sink` when
    given), then its state records; a refused batch is recorded and False returned."""
    from electgraph.pipeline import Failure

    graph = resolution.graph
    try:
        written = store.rewrite(graph) if again else (sink or store).write(graph)
        store.write_state(resolution.state)
    except ConnectionFailed:
        raise  # the server is gone: every later batch would fail the same way
    except ElectgraphError as e:
        report.failures.extend(
            Failure("write", a.source_path or a.id, str(e)) for a in graph.articles)
        return False
    if not again:
        report.written = report.written + written
    for m in graph.report.merges:  # the latest word on each node and rule
        if m.rule not in _PER_ARTICLE_RULES:
            merges[(m.rule, m.node_id)] = m
    return True


# Decisions made once per article (an event kept apart from its namesakes elsewhere): the run's
# report would grow with its articles, as its memory then would; `resolve --report` gives them.
_PER_ARTICLE_RULES = frozenset({"event-kept-apart"})
