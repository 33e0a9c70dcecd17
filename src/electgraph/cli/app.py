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
            except (typer.Exit, typer.Abort, KeyboardInterrupt):
                raise
            except Exception as e:
                # A bug or an unexpected fault: one line; the traceback only with -vv.
                if logging.getLogger().isEnabledFor(logging.DEBUG):
                    raise
                error(unexpected(e))
                raise typer.Exit(1) from None

        (group or app).command(*args, **kwargs)(wrapper)
        return fn

    return decorate


def error(message: str) -> None:
    from electgraph.errors import shown

    typer.echo(f"error: {shown(message)}", err=True)


def print_failures(failures: Iterable[Any], *, most: int = 3) -> None:
    """One line per failure, but a reason shared by many (a full disk, a lost server) is
    printed `most` times and then counted, not repeated for every article."""
    seen: dict[str, int] = {}
    for f in failures:
        reason = str(getattr(f, "reason", f))
        seen[reason] = seen.get(reason, 0) + 1
        if seen[reason] <= most:
            error(str(f))
    for reason, n in seen.items():
        if n > most:
            error(f"... and {n - most} more with the same error: {reason}")


def unexpected(e: BaseException) -> str:
    """One line for an exception electgraph did not raise on purpose."""
    if isinstance(e, OSError) and e.strerror:
        where = f" ({e.filename})" if e.filename else ""
        return f"{e.strerror}{where}; check the path, its permissions and the free disk space"
    detail = " ".join(str(e).split()) or "no details"
    return (f"unexpected {type(e).__name__}: {detail}. Run again with -vv for the traceback "
            "and please report it")


def print_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        out.write("\n")
