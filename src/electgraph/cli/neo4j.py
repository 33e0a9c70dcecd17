"""Neo4j commands: `electgraph query cypher`, `electgraph neo4j load` and `neo4j export-csv`.

Connection settings come from --neo4j/--user/--password or NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD;
an unreachable server or a wrong password is one line on stderr and exit code 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from electgraph.cli._common import (
    PASSWORD_OPTION,
    SERVER_OPTION,
    STORE_OPTION,
    USER_OPTION,
    OutputArgs,
    open_store,
    output_options,
    progress_bar,
    subcommand,
)
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import app
from electgraph.cli.query import parse_params, print_result, query_app, read_query
from electgraph.errors import NotSupported
from electgraph.graph import ResolvedGraph
from electgraph.pipeline import Progress
from electgraph.stores.base import GraphStore, StoreStats, WriteReport, require

if TYPE_CHECKING:
    from electgraph.stores.neo4j_csv import CsvReport

neo4j_app = typer.Typer(
    help="Work with a Neo4j server (load the embedded store into it).", no_args_is_help=True
)
app.add_typer(neo4j_app, name="neo4j")


@subcommand(query_app, "cypher")
@output_options
def cypher_cli(
    query: str = typer.Argument(..., help="Cypher text, @file.cypher, or - for stdin."),
    neo4j: str | None = SERVER_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
    output: OutputArgs = OutputArgs(),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="Bind $NAME: NAME=value (repeatable)."
    ),
    write: bool = typer.Option(False, "--write", help="Run in a write transaction."),
) -> None:
    """Run a Cypher query on Neo4j; read-only unless --write is given."""
    fmt, out = output.format, output.out
    with open_store("neo4j", "", neo4j=neo4j, user=user, password=password) as store:
        require(store, "cypher", "Cypher queries")
        result = store.query(read_query(query), parse_params(param), write=write)
    print_result(result, fmt, {}, out)


def _read_graph(source: GraphStore) -> ResolvedGraph:
    read_graph = getattr(source, "read_graph", None)
    if read_graph is None:
        raise NotSupported(source.name, "reading its graph back", "load from the RDF store")
    graph: ResolvedGraph = read_graph()
    return graph


def load(
    source: GraphStore,
    target: GraphStore,
    batch_size: int = 500,
    progress: Progress | None = None,
) -> WriteReport:
    """Copy the graph held by `source` (the embedded store) into `target`, in batches;
    `progress("write", articles done, total)` after each batch."""
    graph = _read_graph(source)
    report, done = WriteReport(), 0
    for batch in graph.batches(batch_size):
        report = report + target.write(batch)
        done += len(batch.articles)
        if progress:
            progress("write", done, len(graph.articles))
    return report


def export_csv(source: GraphStore, directory: Path) -> CsvReport:
    """The graph of `source` as CSV files for `neo4j-admin database import full`."""
    from electgraph.stores.neo4j_csv import export_csv as write_csv

    return write_csv(_read_graph(source), directory)


@subcommand(neo4j_app, "load")
@output_options
def load_cli(
    store: str = STORE_OPTION,
    neo4j: str | None = SERVER_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Articles per transaction."),
    output: OutputArgs = OutputArgs(),
) -> None:
    """Copy the embedded store (--store) into Neo4j; loading twice changes nothing."""
    fmt, out = output.format, output.out
    bar, progress = progress_bar()
    with (
        open_store("oxigraph", store, must_exist=True, read_only=True) as source,
        open_store("neo4j", "", neo4j=neo4j, user=user, password=password) as target,
        bar,
    ):
        report = load(source, target, batch_size, progress)
        stats = target.stats()
    summary = {"added": len(report.added), "replaced": len(report.replaced),
               "unchanged": len(report.unchanged), "nodes_by_type": stats.nodes_by_type,
               "facts_by_kind": stats.facts_by_kind}
    emit(summary, fmt, out, table=lambda: _print_load(report, stats))


def _print_load(report: WriteReport, stats: StoreStats) -> None:
    typer.echo(
        f"articles: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged"
    )
    for name, n in stats.nodes_by_type.items():
        typer.echo(f"  {name:14} {n:>7}")
    for name, n in stats.facts_by_kind.items():
        typer.echo(f"  {name:14} {n:>7}")


@subcommand(neo4j_app, "export-csv")
def export_csv_cli(
    directory: Path = typer.Argument(..., help="Folder for the CSV files (created)."),
    store: str = STORE_OPTION,
) -> None:
    """Write the embedded store (--store) as node and relationship CSV files for
    `neo4j-admin database import full` (a fresh database), and print the import command.

    Stop the server, run the printed command with the server's neo4j-admin (a Neo4j 5 server:
    `bin/neo4j-admin`), start it again; electgraph creates the constraints on first connect.
    """
    with open_store("oxigraph", store, must_exist=True, read_only=True) as source:
        report = export_csv(source, directory)
    for label, n in report.nodes.items():
        typer.echo(f"  nodes {label:18} {n:>8}", err=True)
    for type_, n in report.relationships.items():
        typer.echo(f"  rels  {type_:18} {n:>8}", err=True)
    typer.echo(report.command)
