"""`electgraph export --format turtle --out graph.ttl`: the store as a file."""

from __future__ import annotations

from pathlib import Path

import typer

from electgraph import export
from electgraph.cli._common import BACKEND_OPTION, STORE_OPTION, open_store
from electgraph.cli.app import command


@command("export")
def export_cli(
    out: Path = typer.Option(..., "--out", "-o", help="File to write."),
    format: str | None = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(export.available())}. Default: from the file extension."),
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
) -> None:
    """Export the knowledge graph (RDF formats; visual formats when installed)."""
    with open_store(backend, store, must_exist=True) as s:
        report = export.write(s, out, format=format)
    typer.echo(f"wrote {report.format} to {report.path} ({report.bytes} bytes"
               + (f", {report.statements} statements)" if report.statements is not None
                  else ")"), err=True)
