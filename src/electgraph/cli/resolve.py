"""`electgraph resolve PATH... --report`: what entity resolution merges, kept apart, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from electgraph.cli._common import OutputArgs, output_options
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command, error
from electgraph.pipeline import IngestReport, read_and_extract
from electgraph.resolve import resolve


@command("resolve")
@output_options
def resolve_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    report: bool = typer.Option(False, "--report",
                                help="List every merge and split with its rule and reason."),
    output: OutputArgs = OutputArgs(),
) -> None:
    """Resolve the entities of the articles (without storing them) and summarise."""
    fmt, out = output.format, output.out
    failures = IngestReport()
    graph = resolve(read_and_extract(paths, report=failures))
    merges = graph.report.merges
    summary: dict[str, Any] = {"nodes_by_type": graph.nodes_by_type(),
                               "facts_by_kind": graph.facts_by_kind(),
                               "rules": graph.report.by_rule()}
    if report:
        summary["merges"] = [m.to_dict() for m in merges]

    def rows() -> list[dict[str, Any]]:
        if report:
            return summary["merges"]  # type: ignore[no-any-return]
        return [{"what": what, "name": k, "count": v} for what in ("nodes_by_type",
                "facts_by_kind", "rules") for k, v in summary[what].items()]

    def table() -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        counts = Table(title=f"{len(graph.articles)} articles resolved", show_header=False)
        for name, n in graph.nodes_by_type().items():
            counts.add_row(f"nodes: {name}", str(n))
        for name, n in graph.facts_by_kind().items():
            counts.add_row(f"facts: {name}", str(n))
        for rule, n in graph.report.by_rule().items():
            counts.add_row(f"rule: {rule}", str(n))
        console.print(counts)
        if report:
            merged = Table(title="resolution report")
            for col in ("rule", "key", "articles", "surface forms", "reason"):
                merged.add_column(col, overflow="fold")
            for m in merges:
                merged.add_row(m.rule, m.key, str(len(m.articles)), "; ".join(m.surface),
                              m.reason)
            console.print(merged)

    emit(summary, fmt, out, table=table, rows=rows)
    for failure in failures.failures:
        error(str(failure))
    if failures.failures:
        raise typer.Exit(1)
