"""The typer app and what every command shares: logging, error mapping, output helpers.

Commands are thin: parse options, call the Python function of the same name, print. Library
errors become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import functools
import inspect
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


def _version(value: bool) -> None:
    if value:
        from electgraph import __version__

        typer.echo(f"electgraph {__version__}")
        raise typer.Exit()


VERBOSE_OPTION: Any = typer.Option(
    0, "--verbose", "-v", count=True, help="Log more (-v info, -vv debug).")


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a record comes, not the stream it was when the
    first command ran (a test runner or an embedding tool swaps it, then closes the old one)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _log(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    fmt = "%(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, format=fmt, handlers=[_Stderr()], force=True)
    # The Neo4j driver logs a lost connection as an ERROR of its own before raising; the
    # command reports it as one line (ConnectionFailed), so the driver speaks only with -v.
    logging.getLogger("neo4j").setLevel(level if verbose else logging.CRITICAL)


@app.callback()
def _root(
    verbose: int = VERBOSE_OPTION,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    _log(verbose)


def command(*args: Any, group: typer.Typer | None = None, **kwargs: Any) -> Callable[[F], F]:
    """`app.command` (or `group.command`) that turns an `ElectgraphError` into a one-line
    message and its exit code."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*a: Any, verbose: int = 0, **k: Any) -> Any:
            if verbose:
                _log(verbose)
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

        # -v after the command too ("electgraph roles -v"): the wrapper takes it as an option.
        sig = inspect.signature(fn)
        extra = inspect.Parameter("verbose", inspect.Parameter.KEYWORD_ONLY,
                                  default=VERBOSE_OPTION, annotation=int)
        wrapper.__signature__ = sig.replace(  # type: ignore[attr-defined]
            parameters=[*sig.parameters.values(), extra])
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
