"""Neo4j commands: `electgraph query cypher` and `electgraph neo4j load`.

Connection settings come from --neo4j/--user/--password or NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD;
an unreachable server or a wrong password is one line on stderr and exit code 2.
"""

from __future__ import annotations

import typer

from electgraph.cli._common import (
    PASSWORD_OPTION,
    SERVER_OPTION,
    STORE_OPTION,
    USER_OPTION,
    open_store,
    subcommand,
)
from electgraph.cli._output import (
    CSV_OPTION,
    FORMAT_OPTION,
    JSON_OPTION,
    OUT_OPTION,
    Format,
    emit,
    pick,
)
from electgraph.cli.app import app
from electgraph.cli.query import parse_params, print_result, query_app, read_query
from electgraph.errors import NotSupported
from electgraph.stores.base import GraphStore, StoreStats, WriteReport, require

neo4j_app = typer.Typer(
    help="Work with a Neo4j server (load the embedded store into it).", no_args_is_help=True
)
app.add_typer(neo4j_app, name="neo4j")


@subcommand(query_app, "cypher")
def cypher_cli(
    query: str = typer.Argument(..., help="Cypher text, @file.cypher, or - for stdin."),
    neo4j: str | None = SERVER_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
    format: Format | None = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
    as_csv: bool = CSV_OPTION,
    out: str = OUT_OPTION,
    param: list[str] = typer.Option(
        [], "--param", "-p", help="Bind $NAME: NAME=value (repeatable)."
    ),
    write: bool = typer.Option(False, "--write", help="Run in a write transaction."),
) -> None:
    """Run a Cypher query on Neo4j; read-only unless --write is given."""
    fmt = pick(format, as_json, as_csv)
    with open_store("neo4j", "", neo4j=neo4j, user=user, password=password) as store:
        require(store, "cypher", "Cypher queries")
        result = store.query(read_query(query), parse_params(param), write=write)
    print_result(result, fmt, {}, out)


def load(source: GraphStore, target: GraphStore, batch_size: int = 500) -> WriteReport:
    """Copy the graph held by `source` (the embedded store) into `target`, in batches."""
    read_graph = getattr(source, "read_graph", None)
    if read_graph is None:
        raise NotSupported(source.name, "reading its graph back", "load from the RDF store")
    return target.write_many(read_graph().batches(batch_size))


@subcommand(neo4j_app, "load")
def load_cli(
    store: str = STORE_OPTION,
    neo4j: str | None = SERVER_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Articles per transaction."),
    format: Format | None = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
    as_csv: bool = CSV_OPTION,
    out: str = OUT_OPTION,
) -> None:
    """Copy the embedded store (--store) into Neo4j; loading twice changes nothing."""
    fmt = pick(format, as_json, as_csv)
    with (
        open_store("oxigraph", store, must_exist=True) as source,
        open_store("neo4j", "", neo4j=neo4j, user=user, password=password) as target,
    ):
        report = load(source, target, batch_size)
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
