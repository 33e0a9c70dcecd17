"""read -> extract -> resolve -> store, with progress, batches and an error policy.

    >>> from electgraph import stores
    >>> from electgraph.pipeline import ingest
    >>> with stores.open("oxigraph", "electgraph-data") as store:      # doctest: +SKIP
    ...     report = ingest(["data/articles"], store)
    >>> report.ok, report.articles, report.facts_by_kind                # doctest: +SKIP

A file that cannot be read and an article the extractor fails on are recorded as failures and
the run goes on; so is a batch the store refuses (nothing of that batch is written, since each
batch is one transaction). Articles stream through in batches (`electgraph.streaming`); what
resolution needs from earlier batches and runs is kept in the store, so that a person's id
does not depend on the batch size, the number of workers or how the corpus was split in runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from electgraph.graph import ResolutionReport
from electgraph.model import Article, Extraction
from electgraph.stores.base import GraphStore, WriteReport

if TYPE_CHECKING:
    from electgraph.stores.oxigraph import OxigraphStore

__all__ = [
    "ENGINES",
    "Failure",
    "IngestReport",
    "Progress",
    "default_workers",
    "ingest",
    "read_and_extract",
]

log = logging.getLogger(__name__)

# stage ("read", "extract", "write"), done, total
Progress = Callable[[str, int, int], None]
Extractor = Callable[[Article], Extraction]
DEFAULT_BATCH = 100
# Where extraction runs: a process pool on this machine, or a Dask cluster (`dask_engine`).
ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class Failure:
    """One thing that did not make it into the store, and why."""

    stage: str
    source: str  # a path, or an article id when the path is unknown
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.stage} failed: {self.reason}"


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    written: WriteReport = field(default_factory=WriteReport)
    entities_by_type: dict[str, int] = field(default_factory=dict)
    facts_by_kind: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    # The run's resolution decisions, but those made once per article (an event kept apart
    # from its namesakes), which `electgraph resolve --report` lists: memory stays flat.
    resolution: ResolutionReport = field(default_factory=ResolutionReport)
    # Articles of earlier runs resolved and written again because this run placed one of their
    # persons elsewhere (incremental resolution).
    resolved_again: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        w = self.written
        return {
            "files": self.files,
            "articles": self.articles,
            "added": len(w.added),
            "replaced": len(w.replaced),
            "unchanged": len(w.unchanged),
            "statements_before": w.statements_before,
            "statements_after": w.statements_after,
            "entities_by_type": self.entities_by_type,
            "facts_by_kind": self.facts_by_kind,
            "rejected": list(w.rejected),
            "resolved_again": self.resolved_again,
            "failures": [str(f) for f in self.failures],
        }


def default_workers() -> int:
    """One extraction process per core this process may use."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _embedded(store: GraphStore) -> TypeGuard[OxigraphStore]:
    """The embedded store: the one the bulk path writes."""
    from electgraph.stores.oxigraph import OxigraphStore

    return isinstance(store, OxigraphStore)


def _default_extractor() -> Extractor:
    # Imported here: the extractor loads gazetteers, which commands that only query never need.
    from electgraph.extract import extract

    return extract


def read_and_extract(
    paths: Iterable[str | Path],
    *,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    report: IngestReport | None = None,
    min_confidence: float = 0.0,
) -> list[Extraction]:
    """The extractions of every article under `paths`, without facts less sure than
    `min_confidence`; failures go to `report`."""
    from electgraph.streaming import extract_one, iter_articles

    report = report if report is not None else IngestReport()
    extract = extractor or _default_extractor()
    articles = list(iter_articles(paths, report, progress))
    extractions = []
    for i, article in enumerate(articles, 1):
        out = extract_one(extract, min_confidence, article)
        if isinstance(out, str):
            report.failures.append(Failure("extract", article.source_path or article.id, out))
        else:
            extractions.append(out)
        if progress:
            progress("extract", i, len(articles))
    return extractions


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    *,
    batch_size: int = DEFAULT_BATCH,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    min_confidence: float = 0.0,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    bulk: bool | None = None,
    parts_dir: str | Path | None = None,
) -> IngestReport:
    """Read, extract, resolve and store every article under `paths`, leaving out facts whose
    confidence is under `min_confidence`; never raises for a bad file or article (see
    `IngestReport.failures`).

    Streams in batches of `batch_size` articles (`electgraph.streaming`), extracting in
    `workers` processes; the graph is the same for any batch size and number of workers, and
    the same as if the articles stored before had been ingested with these (incremental
    resolution). `entities_by_type` and `facts_by_kind` count what the store holds after.

    `engine="dask"` extracts on a Dask cluster: the one at `scheduler` (tcp://HOST:8786), or a
    `LocalCluster` of `workers` processes (`electgraph.dask_engine`). `bulk` writes the run as
    partitioned N-Quads files under `parts_dir` (default: a temporary folder) and bulk-loads
    them at the end, when the store is an empty embedded one (`electgraph.bulk`); None: on
    with the Dask engine, off with the local one. The store is the same either way.
    """
    from electgraph.streaming import stream_ingest

    if engine not in ENGINES:
        from electgraph.errors import UnknownNameError

        raise UnknownNameError("engine", engine, list(ENGINES))
    report = IngestReport()
    # Counted once per run, not per batch: counting the embedded store is a full scan.
    before = store.count()
    run = partial(stream_ingest, paths, store, report, extract=extractor or _default_extractor(),
                  batch_size=batch_size, workers=workers, progress=progress,
                  min_confidence=min_confidence)
    use_bulk = (engine == "dask" if bulk is None else bulk) and before == 0
    if engine == "dask":
        from electgraph.dask_engine import bag_submit, dask_client, dask_sink

        with dask_client(scheduler, workers) as client, ExitStack() as stack:
            sink = (stack.enter_context(dask_sink(client, store, parts_dir))
                    if use_bulk and _embedded(store) else None)
            run(submit=bag_submit(client, run.keywords["extract"], min_confidence), sink=sink)
    elif use_bulk and _embedded(store):
        from electgraph.bulk import pool_sink

        with pool_sink(store, workers, parts_dir) as sink:
            run(sink=sink)
    else:
        run()
    stats = store.stats()
    report.entities_by_type = dict(stats.nodes_by_type)
    report.facts_by_kind = dict(stats.facts_by_kind)
    report.written = replace(report.written, statements_before=before,
                             statements_after=stats.statements)
    return report
