"""What the graph commands share: the --store/--backend options and opening the store.

Every command that reads or writes a store takes `--store DIR` (default `./electgraph-data`, or
`$ELECTGRAPH_STORE`) so that scripts can keep several graphs apart, and `--backend NAME`
(default `oxigraph`, or `$ELECTGRAPH_BACKEND`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from electgraph.cli.app import error
from electgraph.errors import ElectgraphError, StoreError
from electgraph.stores import DEFAULT_BACKEND, DEFAULT_LOCATION, STORE_ENV, GraphStore
from electgraph.stores import open as open_backend

F = TypeVar("F", bound=Callable[..., Any])

STORE_OPTION: Any = typer.Option(
    DEFAULT_LOCATION, "--store", "-s", envvar=STORE_ENV, show_envvar=True,
    help="Store directory (embedded store) or server URI.")
BACKEND_OPTION: Any = typer.Option(
    DEFAULT_BACKEND, "--backend", envvar="ELECTGRAPH_BACKEND", show_envvar=True,
    help="Store backend: oxigraph (embedded, default) or neo4j.")


def open_store(backend: str, location: str, *, must_exist: bool = False) -> GraphStore:
    """Open the store; with `must_exist`, refuse to create an empty embedded store (a query
    on a mistyped --store would otherwise answer "nothing" instead of failing)."""
    if must_exist and backend == DEFAULT_BACKEND and not Path(location).exists():
        raise StoreError(f"no store at {location}; run `electgraph ingest PATH --store "
                         f"{location}` first, or pass the right --store")
    return open_backend(backend, location)


def subcommand(group: typer.Typer, *args: Any, **kwargs: Any) -> Callable[[F], F]:
    """`group.command` with the error mapping of `cli.app.command`, for command groups."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            try:
                return fn(*a, **k)
            except ElectgraphError as e:
                error(str(e))
                raise typer.Exit(e.exit_code) from None

        group.command(*args, **kwargs)(wrapper)
        return fn

    return decorate
