"""The typer app and what every command shares: logging, error mapping, output helpers.

Commands are thin: parse options, call the Python function of the same name, print. Library
errors become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import typer

from electgraph.errors import ElectgraphError

app = typer.Typer(
    name="electgraph",
    help="Turn election news into a knowledge graph that analysts can query.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

F = TypeVar("F", bound=Callable[..., Any])


@app.callback()
def _root(
    verbose: int = typer.Option(
        0, "--verbose", "-v", count=True, help="Log more (-v info, -vv debug)."
    ),
) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    fmt = "%(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, format=fmt, stream=sys.stderr)


def command(*args: Any, group: typer.Typer | None = None, **kwargs: Any) -> Callable[[F], F]:
    """`app.command` (or `group.command`) that turns an `ElectgraphError` into a one-line
    message and its exit code."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            try:
                return fn(*a, **k)
            except ElectgraphError as e:
                error(str(e))
                raise typer.Exit(e.exit_code) from None

        (group or app).command(*args, **kwargs)(wrapper)
        return fn

    return decorate


def error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def print_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        out.write("\n")
