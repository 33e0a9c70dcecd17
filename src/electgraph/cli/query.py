"""`electgraph query sparql 'SELECT ...'`: run SPARQL on the store, print a table, JSON or CSV.

The `query` group is where query languages live: `sparql` here, `cypher` from the Neo4j
backend's CLI module (it adds itself to `query_app`).
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from electgraph.cli._common import BACKEND_OPTION, STORE_OPTION, open_store, subcommand
from electgraph.cli.app import app, print_jsonl
from electgraph.errors import QueryError
from electgraph.stores.base import IRI, QueryResult, Value, require
from electgraph.vocab import namespaces

query_app = typer.Typer(help="Query the store in a query language (SPARQL, Cypher).",
                        no_args_is_help=True)
app.add_typer(query_app, name="query")


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


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


def shorten(value: Value, prefixes: dict[str, str]) -> str:
    """A value for a table cell: IRIs as prefix:name when a prefix fits."""
    if value is None:
        return ""
    if isinstance(value, IRI):
        for prefix, ns in prefixes.items():
            if value.startswith(ns) and "/" not in value[len(ns):]:
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def print_result(result: QueryResult, format: QueryFormat, prefixes: dict[str, str]) -> None:
    if result.updated:
        typer.echo("ok: the store was updated", err=True)
        return
    if result.boolean is not None:
        if format is QueryFormat.json:
            print_jsonl([{"boolean": result.boolean}])
        else:
            typer.echo("true" if result.boolean else "false")
        return
    if format is QueryFormat.json:
        print_jsonl(result.dicts())
    elif format is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else str(v) for v in row])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(caption=f"{len(result.rows)} rows")
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(shorten(v, prefixes) for v in row))
        Console().print(table)


@subcommand(query_app, "sparql")
def sparql_cli(
    query: str = typer.Argument(..., help="SPARQL text, @file.rq, or - for stdin."),
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f",
                                       help="table (default), json (JSON Lines) or csv."),
    param: list[str] = typer.Option([], "--param", "-p",
                                    help="Bind a variable: NAME=text or NAME=<iri>. The "
                                         "variable must be in the SELECT clause."),
    write: bool = typer.Option(False, "--write", help="Allow SPARQL updates."),
    allow_federation: bool = typer.Option(
        False, "--allow-federation",
        help="Allow SERVICE and LOAD, which make the store fetch from other servers."),
) -> None:
    """Run a SPARQL query on the store (prefixes eg:, org:, schema:, prov:, oa:, skos: ...
    are predeclared; the default graph is the union of all graphs)."""
    text = read_query(query)
    with open_store(backend, store, must_exist=True) as s:
        require(s, "sparql", "SPARQL queries")
        if allow_federation and hasattr(s, "allow_federation"):
            s.allow_federation = True
        result = s.query(text, parse_params(param), write=write)
        base = getattr(s, "base", None)
    prefixes = namespaces() | ({"id": base} if isinstance(base, str) else {})
    print_result(result, format, prefixes)
