"""`electgraph explore NAME`, `path A B`, `roles`, `stats`: the graph without a query language.

Each command calls the `electgraph.query` function of the same idea and prints its result: rich
tables by default, `--json` for scripts (the same JSON from every backend). The store is the
embedded one at `--store DIR` (default ./electgraph-data or $ELECTGRAPH_STORE), or a Neo4j server
with `--neo4j URI` (or `--backend neo4j`; credentials from --user/--password or NEO4J_USER /
NEO4J_PASSWORD).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from electgraph.cli._common import BACKEND_OPTION, STORE_OPTION, open_store
from electgraph.cli.app import command, error
from electgraph.stores import GraphStore
from electgraph.stores import open as open_backend

if TYPE_CHECKING:
    from electgraph.query import AmbiguousEntity

NEO4J_OPTION: Any = typer.Option(
    None, "--neo4j", metavar="URI",
    help="Read from the Neo4j server at URI (bolt://...) instead of the embedded store.")
USER_OPTION: Any = typer.Option(None, "--user", envvar="NEO4J_USER", help="Neo4j user.")
PASSWORD_OPTION: Any = typer.Option(
    None, "--password", envvar="NEO4J_PASSWORD", help="Neo4j password.")
JSON_OPTION: Any = typer.Option(False, "--json", help="Print JSON instead of tables.")


def open_graph(
    store: str, backend: str, neo4j: str | None, user: str | None, password: str | None
) -> GraphStore:
    """The store the options name: Neo4j when --neo4j or --backend neo4j is given (its URI
    from --neo4j, else from --store when it is a URI, else NEO4J_URI), else the embedded store,
    which must exist."""
    if neo4j or backend == "neo4j":
        uri = neo4j or (store if "://" in store else None)
        return open_backend("neo4j", uri, user=user, password=password)
    return open_store(backend, store, must_exist=True, read_only=True)


def print_json(value: Any) -> None:
    from electgraph.query.model import to_jsonable

    typer.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def _ambiguous(e: AmbiguousEntity, as_json: bool) -> NoReturn:
    if as_json:
        print_json({"error": "ambiguous", "name": e.name, "candidates": list(e.matches)})
    else:
        error(f"{e.name!r} matches {len(e.matches)} entities; give one of these ids:")
        from electgraph.cli import _render

        _render.matches(e.matches)
    raise typer.Exit(e.exit_code)


@command("explore")
def explore_cli(
    name: str = typer.Argument(..., help="A name (fuzzy: case, titles, typos) or an id."),
    kind: str | None = typer.Option(
        None, "--kind", "-k", help="Only this kind: Person, Organization, Event, Election, Place."),
    as_json: bool = JSON_OPTION,
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
) -> None:
    """Everything about one person, body, event, election or place: a card."""
    from electgraph import query

    with open_graph(store, backend, neo4j, user, password) as s:
        try:
            card = query.explore(s, name, kind=kind)
        except query.AmbiguousEntity as e:
            _ambiguous(e, as_json)
    if as_json:
        print_json(card)
    else:
        from electgraph.cli import _render

        _render.card(card)


@command("path")
def path_cli(
    a: str = typer.Argument(..., help="Where the path starts: a name or an id."),
    b: str = typer.Argument(..., help="Where it ends."),
    max_len: int = typer.Option(4, "--max-len", min=1, max=8, help="At most this many facts."),
    limit: int = typer.Option(10, "--limit", min=1, help="At most this many paths."),
    as_json: bool = JSON_OPTION,
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
) -> None:
    """The shortest chains of facts between two entities, each step with its evidence."""
    from electgraph import query

    with open_graph(store, backend, neo4j, user, password) as s:
        try:
            found = query.paths(s, a, b, max_len, limit=limit)
        except query.AmbiguousEntity as e:
            _ambiguous(e, as_json)
    if as_json:
        print_json(found)
    else:
        from electgraph.cli import _render

        _render.paths(found, max_len)
    if not found:
        raise typer.Exit(1)


@command("roles")
def roles_cli(
    org: str | None = typer.Option(None, "--org", "-o", help="Only this body (name or id)."),
    role: str | None = typer.Option(None, "--role", "-r", help="Only this role, e.g. Ketua."),
    with_evidence: bool = typer.Option(
        False, "--evidence", help="Include the sentences (slower on big graphs)."),
    as_json: bool = JSON_OPTION,
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
) -> None:
    """Who holds which role in which body, with the dates the articles saw it."""
    from electgraph import query

    with open_graph(store, backend, neo4j, user, password) as s:
        try:
            held = query.holders(s, role, org, evidence=with_evidence)
        except query.AmbiguousEntity as e:
            _ambiguous(e, as_json)
    if as_json:
        print_json(held)
    else:
        from electgraph.cli import _render

        _render.roles(held)


@command("stats")
def stats_cli(
    as_json: bool = JSON_OPTION,
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
) -> None:
    """What the store holds: articles, nodes by type, facts by kind."""
    from electgraph import query

    with open_graph(store, backend, neo4j, user, password) as s:
        result = query.stats(s)
    if as_json:
        print_json(result.to_dict())
    else:
        from electgraph.cli import _render

        _render.stats(result.to_dict())
