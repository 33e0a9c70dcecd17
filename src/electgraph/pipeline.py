"""read -> extract -> resolve -> store, with progress, batches and an error policy.

    >>> from electgraph import stores
    >>> from electgraph.pipeline import ingest
    >>> with stores.open("oxigraph", "electgraph-data") as store:      # doctest: +SKIP
    ...     report = ingest(["data/articles"], store)
    >>> report.ok, report.articles, report.facts_by_kind                # doctest: +SKIP

A file that cannot be read and an article the extractor fails on are recorded as failures and
the run goes on; so is a batch the store refuses (nothing of that batch is written, since each
batch is one transaction). Resolution runs over every article of the run before anything is
written, so that a person's id does not depend on the batch size.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from electgraph.errors import ConnectionFailed, ElectgraphError
from electgraph.graph import ResolutionReport
from electgraph.limits import ExtractionTimeout, within_budget
from electgraph.model import Article, Extraction
from electgraph.stores.base import GraphStore, WriteReport

__all__ = ["Failure", "IngestReport", "Progress", "ingest", "read_and_extract"]

log = logging.getLogger(__name__)

# stage ("read", "extract", "write"), done, total
Progress = Callable[[str, int, int], None]
Extractor = Callable[[Article], Extraction]
DEFAULT_BATCH = 100


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
    resolution: ResolutionReport = field(default_factory=ResolutionReport)

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
            "failures": [str(f) for f in self.failures],
        }


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
    from electgraph.ingest import dedupe, iter_files, read_file_safely

    report = report if report is not None else IngestReport()
    extract = extractor or _default_extractor()
    files = list(iter_files(paths))
    report.files = len(files)
    articles: list[Article] = []
    for i, path in enumerate(files, 1):
        found, errors = read_file_safely(path)
        articles.extend(found)
        report.failures.extend(Failure("read", e.path, e.reason) for e in errors)
        if progress:
            progress("read", i, len(files))
    articles, collisions = dedupe(articles)
    report.failures.extend(Failure("read", e.path, e.reason) for e in collisions)
    report.articles = len(articles)
    extractions = []
    for i, article in enumerate(articles, 1):
        try:
            source = article.source_path or article.id
            extractions.append(within_budget(extract, article, source)
                               .confident(min_confidence))
        except ExtractionTimeout as e:
            report.failures.append(Failure("extract", article.source_path or article.id,
                                           str(e).split(": ", 1)[1]))
        except Exception as e:  # one article's bug must not stop the batch: record it, go on
            log.debug("extract failed on %s", article.source_path, exc_info=True)
            source = article.source_path or article.id
            report.failures.append(Failure("extract", source, f"{type(e).__name__}: {e}"))
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
) -> IngestReport:
    """Read, extract, resolve and store every article under `paths`, leaving out facts whose
    confidence is under `min_confidence`; never raises for a bad file or article (see
    `IngestReport.failures`)."""
    from electgraph.resolve import resolve

    report = IngestReport()
    extractions = read_and_extract(paths, extractor=extractor, progress=progress, report=report,
                                   min_confidence=min_confidence)
    graph = resolve(extractions)
    report.resolution = graph.report
    report.entities_by_type = graph.nodes_by_type()
    report.facts_by_kind = graph.facts_by_kind()
    done = 0
    total = len(graph.articles)
    # Counted once per run, not per batch: counting the embedded store is a full scan.
    before = store.count()
    for batch in graph.batches(batch_size):
        try:
            report.written = report.written + store.write(batch)
        except ConnectionFailed:
            raise  # the server is gone: every later batch would fail the same way
        except ElectgraphError as e:
            report.failures.extend(
                Failure("write", a.source_path or a.id, str(e)) for a in batch.articles)
        done += len(batch.articles)
        if progress:
            progress("write", done, total)
    report.written = replace(report.written, statements_before=before,
                             statements_after=store.count())
    return report
