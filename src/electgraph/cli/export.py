"""`electgraph export --format turtle --out graph.ttl`: the store as a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from electgraph import export
from electgraph.cli._common import (
    BACKEND_OPTION,
    NEO4J_OPTION,
    PASSWORD_OPTION,
    STORE_OPTION,
    USER_OPTION,
    open_store,
)
from electgraph.cli.app import command
from electgraph.errors import QueryError


@command("export")
def export_cli(
    out: Path = typer.Option(..., "--out", "-o", help="File to write."),
    format: str | None = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(export.available())}. Default: from the file extension."),
    entity: str | None = typer.Option(
        None, "--entity",
        help="Only this entity's neighbourhood (graphml, gexf, cytoscape, html)."),
    depth: int = typer.Option(1, "--depth", min=1, help="Hops around --entity."),
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
) -> None:
    """Export the knowledge graph: RDF formats from the embedded store, visual formats from
    any store."""
    options: dict[str, Any] = {}
    if entity:
        if export.get(format or export.format_for(out)).requires:
            raise QueryError("--entity draws a neighbourhood: use it with graphml, gexf, "
                             "cytoscape or html")
        options = {"entity": entity, "depth": depth}
    with open_store(backend, store, must_exist=True, neo4j=neo4j, user=user,
                    password=password, read_only=True) as s:
        report = export.write(s, out, format=format, **options)
    typer.echo(f"wrote {report.format} to {report.path} ({report.bytes} bytes"
               + (f", {report.statements} statements)" if report.statements is not None
                  else ")"), err=True)
