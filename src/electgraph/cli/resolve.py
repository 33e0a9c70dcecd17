"""`electgraph resolve PATH... --report`: what entity resolution merges, kept apart, and why."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from electgraph.cli.app import command, error, print_jsonl
from electgraph.pipeline import IngestReport, read_and_extract
from electgraph.resolve import resolve


class ResolveFormat(StrEnum):
    table = "table"
    json = "json"


@command("resolve")
def resolve_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    report: bool = typer.Option(False, "--report", "-r",
                                help="List every merge and split with its rule and reason."),
    format: ResolveFormat = typer.Option(ResolveFormat.table, "--format", "-f"),
) -> None:
    """Resolve the entities of the articles (without storing them) and summarise."""
    failures = IngestReport()
    graph = resolve(read_and_extract(paths, report=failures))
    merges = graph.report.merges
    if format is ResolveFormat.json:
        print_jsonl([{"nodes_by_type": graph.nodes_by_type(),
                      "facts_by_kind": graph.facts_by_kind(),
                      "rules": graph.report.by_rule()}])
        if report:
            print_jsonl(m.to_dict() for m in merges)
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        summary = Table(title=f"{len(graph.articles)} articles resolved", show_header=False)
        for name, n in graph.nodes_by_type().items():
            summary.add_row(f"nodes: {name}", str(n))
        for name, n in graph.facts_by_kind().items():
            summary.add_row(f"facts: {name}", str(n))
        for rule, n in graph.report.by_rule().items():
            summary.add_row(f"rule: {rule}", str(n))
        console.print(summary)
        if report:
            table = Table(title="resolution report")
            for col in ("rule", "key", "articles", "surface forms", "reason"):
                table.add_column(col, overflow="fold")
            for m in merges:
                table.add_row(m.rule, m.key, str(len(m.articles)), "; ".join(m.surface),
                              m.reason)
            console.print(table)
    for failure in failures.failures:
        error(str(failure))
    if failures.failures:
        raise typer.Exit(1)
