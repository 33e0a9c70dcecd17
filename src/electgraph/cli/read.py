"""`electgraph read`: print the parsed articles, so that readers can be checked by hand."""

from __future__ import annotations

from pathlib import Path

import typer

from electgraph.cli._common import OutputArgs, output_options
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command, error
from electgraph.ingest import read
from electgraph.model import Article


@command("read")
@output_options
def read_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    output: OutputArgs = OutputArgs(),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first file that fails."),
) -> None:
    """Read articles (.txt, .json, .jsonl, .html) and print them: a table, JSON or CSV."""
    fmt, out = output.format, output.out
    report = read(paths, strict=strict)
    emit([a.to_dict() for a in report.articles], fmt, out,
         table=lambda: print_articles(report.articles, report.files))
    for failure in report.failures:
        error(str(failure))
    if report.failures:
        raise typer.Exit(1)


def print_articles(articles: list[Article], files: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(articles)} articles from {files} files")
    for col in ("id", "published", "dateline", "publisher", "title", "links"):
        table.add_column(col, overflow="fold")
    for a in articles:
        published = a.published.isoformat() if a.published else ""
        table.add_row(a.id, published, a.dateline or "", a.publisher or "", a.title,
                      str(len(a.related)))
    Console().print(table)
