"""`electgraph query sparql 'SELECT ...'`: run SPARQL on the store, print a table, JSON or CSV.

The `query` group is where query languages live: `sparql` here, `cypher` from the Neo4j
backend's CLI module (it adds itself to `query_app`).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer

from electgraph.cli._common import (
    BACKEND_OPTION,
    STORE_OPTION,
    OutputArgs,
    open_store,
    output_options,
    subcommand,
)
from electgraph.cli._output import (
    Format,
    emit,
)
from electgraph.cli._values import csv_cell, table_cell
from electgraph.cli.app import app
from electgraph.errors import QueryError
from electgraph.stores.base import IRI, GraphStore, QueryResult, Value, require
from electgraph.vocab import namespaces

query_app = typer.Typer(help="Query the store in a query language (SPARQL, Cypher).",
                        no_args_is_help=True)
app.add_typer(query_app, name="query")


def read_query(text: str) -> str:
    """The query text: as given, from a file for `@file.rq`, from stdin for `-`."""
    if text == "-":
        return sys.stdin.read()
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"cannot read the query file {path}: {e.strerror}") from e
    return text


def parse_params(items: list[str]) -> dict[str, Value]:
    """`name=value` pairs; a value in angle brackets (`<https://...>`) is an IRI, else text."""
    params: dict[str, Value] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"--param {item!r} is not NAME=VALUE")
        params[name] = IRI(value[1:-1]) if value.startswith("<") and value.endswith(">") else value
    return params


def param_hints(store: GraphStore, params: dict[str, Value]) -> list[str]:
    """Why a query with text parameters may have found nothing: a parameter is compared
    exactly, while `explore` forgives case and typos. For each text value that is not a label
    but is like one (the same fuzzy match as `explore`), say which label to pass."""
    from electgraph.errors import ElectgraphError
    from electgraph.query import search

    hints = []
    for name, value in params.items():
        if not isinstance(value, str) or isinstance(value, IRI):
            continue
        try:
            best = search(store, value, limit=1)
        except ElectgraphError:
            continue
        if best and best[0].score >= 85 and best[0].entity.label != value:
            label = best[0].entity.label
            hints.append(f"no rows; --param {name}={value!r} is compared exactly (case and "
                         f"spelling matter) and the store has {label!r}: pass "
                         f"--param {name}={label!r}, or compare LCASE(?{name}) in the query")
    return hints


def shorten(value: Value, prefixes: dict[str, str]) -> str:
    """A value for a table cell: IRIs as prefix:name when a prefix fits."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return table_cell(value)
    if isinstance(value, IRI):
        for prefix, ns in prefixes.items():
            if value.startswith(ns) and "/" not in value[len(ns):]:
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def print_result(result: QueryResult, format: Format, prefixes: dict[str, str],
                 out: str = "-") -> None:
    if result.updated:
        typer.echo("ok: the store was updated", err=True)
        return
    if result.boolean is not None:
        answer = {"boolean": result.boolean}
        emit(answer, format, out, rows=lambda: [answer],
             table=lambda: typer.echo("true" if result.boolean else "false"))
        return
    rows = [{c: _plain(r.get(c)) for c in result.columns} for r in result.dicts()]
    # Nodes, relationships and paths are plain JSON; a CSV cell holds them as JSON text.
    cells = [{c: csv_cell(v) if isinstance(v, dict | list) else v for c, v in r.items()}
             for r in rows]
    emit(rows, format, out, table=lambda: _table(result, prefixes),
         rows=(lambda: cells) if format is Format.csv else None)


def _plain(value: Value) -> Value | str:
    return value.isoformat() if isinstance(value, date) else value


def _table(result: QueryResult, prefixes: dict[str, str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(caption=f"{len(result.rows)} rows")
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(shorten(v, prefixes) for v in row))
    Console().print(table)


@subcommand(query_app, "sparql")
@output_options
def sparql_cli(
    query: str = typer.Argument(..., help="SPARQL text, @file.rq, or - for stdin."),
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    output: OutputArgs = OutputArgs(),
    param: list[str] = typer.Option([], "--param", "-p",
                                    help="Bind a variable: NAME=text or NAME=<iri>. The "
                                         "variable must be in the SELECT clause."),
    write: bool = typer.Option(False, "--write", help="Allow SPARQL updates."),
    allow_federation: bool = typer.Option(
        False, "--allow-federation",
        help="Allow SERVICE and LOAD, which make the store fetch from other servers."),
) -> None:
    """Run a SPARQL query on the store (prefixes eg:, org:, schema:, prov:, oa:, skos: ...
    are predeclared; on the embedded store the default graph is the union of all graphs, on a
    SPARQL server (--store http://...) it is the server's: read article graphs with GRAPH ?g)."""
    fmt, out = output.format, output.out
    text = read_query(query)
    with open_store(backend, store, must_exist=True, read_only=not write) as s:
        require(s, "sparql", "SPARQL queries")
        if allow_federation and hasattr(s, "allow_federation"):
            s.allow_federation = True
        params = parse_params(param)
        result = s.query(text, params, write=write)
        base = getattr(s, "base", None)
        hints = param_hints(s, params) if not result.rows and result.columns else []
    prefixes = namespaces() | ({"id": base} if isinstance(base, str) else {})
    print_result(result, fmt, prefixes, out)
    for hint in hints:
        typer.echo(f"note: {hint}", err=True)
