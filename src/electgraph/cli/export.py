"""`electgraph export --format turtle --out graph.ttl`: the store as a file (or files)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from electgraph import export
from electgraph.cli._common import (
    StoreArgs,
    store_options,
)
from electgraph.cli._output import CSV_OPTION, JSON_OPTION
from electgraph.cli.app import command
from electgraph.cli.explore import SINCE_OPTION, UNTIL_OPTION, day
from electgraph.errors import QueryError


@command("export")
@store_options
def export_cli(
    out: str = typer.Option(
        ..., "--out", "-o", help="File to write ('-': stdout); a directory for csv."),
    format: str | None = typer.Option(
        None, "--format", "-f",
        help=f"One of: {', '.join(export.available())}. Default: from the file extension."),
    as_json: bool = JSON_OPTION,
    as_csv: bool = CSV_OPTION,
    entity: str | None = typer.Option(
        None, "--entity",
        help="Only this entity's neighbourhood (graphml, gexf, cytoscape, html)."),
    depth: int = typer.Option(1, "--depth", min=1, help="Hops around --entity."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Export the knowledge graph: RDF formats from the embedded store; visual formats, JSON
    and CSV tables (nodes, edges, officials) from any store."""
    asked = {f for f, on in (("json", as_json), ("csv", as_csv)) if on} | (
        {format.lower()} if format else set())
    if len(asked) > 1:
        raise QueryError(f"asked for several formats ({', '.join(sorted(asked))}); give one")
    name = asked.pop() if asked else None
    if out == "-" and name is None:
        raise QueryError("--out - (stdout) has no extension to guess the format from; "
                         "give --format, e.g. --format turtle")
    chosen = export.get(name or export.format_for(out))
    options: dict[str, Any] = {}
    if since or until:
        options = {"since": day(since, "--since"), "until": day(until, "--until")}
    if options and chosen.requires:
        raise QueryError(f"--since/--until select facts by date: use them with the visual, "
                         f"json or csv formats, not {chosen.name}")
    if entity:
        if chosen.requires:
            raise QueryError("--entity draws a neighbourhood: use it with graphml, gexf, "
                             "cytoscape or html")
        options |= {"entity": entity, "depth": depth}
    with graph.open() as s:
        if out == "-":
            report = export.write_stream(s, sys.stdout.buffer, chosen.name, **options)
            sys.stdout.flush()
        else:
            report = export.write(s, Path(out), format=chosen.name, **options)
    typer.echo(f"wrote {report.format} to {report.path} ({report.bytes} bytes"
               + (f", {report.statements} statements)" if report.statements is not None
                  else ")"), err=True)
