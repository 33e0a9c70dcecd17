"""`electgraph read`: print the parsed articles, so that readers can be checked by hand."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from electgraph.cli.app import command, error, print_jsonl
from electgraph.ingest import read


class ReadFormat(StrEnum):
    json = "json"
    table = "table"


@command("read")
def read_cli(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    format: Annotated[
        ReadFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReadFormat.table,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first file that fails.")
    ] = False,
) -> None:
    """Read articles (.txt, .json, .jsonl, .html) and print them: JSON Lines or a table."""
    report = read(paths, strict=strict)
    if format is ReadFormat.json:
        print_jsonl(a.to_dict() for a in report.articles)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(report.articles)} articles from {report.files} files")
        for col in ("id", "published", "dateline", "publisher", "title", "links"):
            table.add_column(col, overflow="fold")
        for a in report.articles:
            published = a.published.isoformat() if a.published else ""
            table.add_row(
                a.id, published, a.dateline or "", a.publisher or "", a.title, str(len(a.related))
            )
        Console().print(table)
    for failure in report.failures:
        error(str(failure))
    if report.failures:
        raise typer.Exit(1)
