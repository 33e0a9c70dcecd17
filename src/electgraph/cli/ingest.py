"""`electgraph ingest PATH...`: read -> extract -> resolve -> store, with a progress bar."""

from __future__ import annotations

from pathlib import Path

import typer

from electgraph.cli._common import (
    MIN_CONFIDENCE_OPTION,
    EngineArgs,
    OutputArgs,
    StoreArgs,
    engine_options,
    output_options,
    progress_bar,
    store_options,
)
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command, print_failures
from electgraph.pipeline import DEFAULT_BATCH, IngestReport, ingest


@command("ingest")
@engine_options
@output_options
@store_options
def ingest_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    batch_size: int = typer.Option(DEFAULT_BATCH, "--batch-size", min=1,
                                   help="Articles per transaction."),
    output: OutputArgs = OutputArgs(),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
    graph: StoreArgs = StoreArgs(),
    execution: EngineArgs = EngineArgs(),
) -> None:
    """Ingest articles into the knowledge graph; exit 1 if any file or article failed."""
    fmt, out = output.format, output.out
    graph_store = graph.open(must_exist=False, read_only=False)
    bar, progress = progress_bar()
    with graph_store, bar:
        report = ingest(paths, graph_store, batch_size=batch_size, progress=progress,
                        min_confidence=min_confidence, **execution.kwargs())
    summary = report.to_dict()
    emit(summary, fmt, out, table=lambda: print_summary(report))
    print_failures(report.failures)
    if report.failures:
        raise typer.Exit(1)


def print_summary(report: IngestReport) -> None:
    from rich.console import Console
    from rich.table import Table

    w = report.written
    table = Table(title="ingest", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files", str(report.files))
    table.add_row("articles read", str(report.articles))
    table.add_row("  added", str(len(w.added)))
    table.add_row("  replaced (text changed)", str(len(w.replaced)))
    table.add_row("  unchanged", str(len(w.unchanged)))
    table.add_row("earlier articles resolved again", str(report.resolved_again))
    for name, n in report.entities_by_type.items():
        table.add_row(f"entities: {name}", str(n))
    for name, n in report.facts_by_kind.items():
        table.add_row(f"facts: {name}", str(n))
    table.add_row("statements in store", f"{w.statements_before} -> {w.statements_after}")
    table.add_row("failures", str(len(report.failures)))
    Console().print(table)
