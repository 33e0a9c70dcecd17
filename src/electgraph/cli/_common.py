"""What the graph commands share: the --store/--backend options and opening the store.

Every command that reads or writes a store takes `--store DIR` (default `./electgraph-data`, or
`$ELECTGRAPH_STORE`) so that scripts can keep several graphs apart, and `--backend NAME`
(default `oxigraph`, or `$ELECTGRAPH_BACKEND`).
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

import typer

from electgraph.cli._output import CSV_OPTION, FORMAT_OPTION, JSON_OPTION, OUT_OPTION, Format, pick
from electgraph.cli.app import command
from electgraph.errors import StoreError
from electgraph.stores import DEFAULT_BACKEND, DEFAULT_LOCATION, STORE_ENV, GraphStore
from electgraph.stores import open as open_backend

F = TypeVar("F", bound=Callable[..., Any])

STORE_OPTION: Any = typer.Option(
    DEFAULT_LOCATION, "--store", "-s", envvar=STORE_ENV, show_envvar=True,
    help="Store directory (embedded store), or a server: a SPARQL 1.1 dataset's URL "
         "(http://HOST:3030/DATASET) or a Neo4j URI (bolt://HOST:7687).")
BACKEND_OPTION: Any = typer.Option(
    DEFAULT_BACKEND, "--backend", envvar="ELECTGRAPH_BACKEND", show_envvar=True,
    help="Store backend: oxigraph (embedded, default), sparql (any SPARQL 1.1 server; "
         "implied by an http:// --store) or neo4j.")


NEO4J_OPTION: Any = typer.Option(
    None, "--neo4j", metavar="URI",
    help="Use the Neo4j server at URI (bolt://host:7687) instead of the embedded store. "
         "With --backend neo4j and no --neo4j, $NEO4J_URI is used.")
SERVER_OPTION: Any = typer.Option(
    None, "--neo4j", metavar="URI",
    help="The Neo4j server (bolt://host:7687); default: $NEO4J_URI.")
USER_OPTION: Any = typer.Option(None, "--user", envvar="NEO4J_USER", show_envvar=True,
                                help="Neo4j user name (none: no authentication).")
PASSWORD_OPTION: Any = typer.Option(None, "--password", envvar="NEO4J_PASSWORD",
                                    show_envvar=True, help="Neo4j password.")
MIN_CONFIDENCE_OPTION: Any = typer.Option(
    0.0, "--min-confidence", min=0.0, max=1.0,
    help="Leave out facts less sure than this (0-1; see the calibration table in the README).")
_HTTP_SCHEMES = ("http://", "https://")
_BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def open_store(
    backend: str,
    location: str,
    *,
    must_exist: bool = False,
    neo4j: str | None = None,
    user: str | None = None,
    password: str | None = None,
    read_only: bool = False,
) -> GraphStore:
    """Open the store the options name.

    `--neo4j URI` selects the Neo4j backend at URI; `--backend neo4j` alone takes the URI from
    --store when it is one, else from $NEO4J_URI. An http(s):// --store (or `--backend
    sparql`) is a SPARQL 1.1 server's dataset. With `must_exist`, an embedded store that is
    not there is an error (a query on a mistyped --store would otherwise answer "nothing").
    With `read_only`, the embedded store is opened read-only, which takes no lock: any number of
    readers work beside each other and beside one writer (while one writes, a reader sees the
    store as it was when the writer opened it: `stores._snapshot`).
    """
    if neo4j or backend == "neo4j":
        uri = neo4j or (location if location.startswith(_BOLT_SCHEMES) else None)
        return open_backend("neo4j", check_neo4j_uri(uri), user=user, password=password)
    if backend == "sparql" or location.startswith(_HTTP_SCHEMES):
        if not location.startswith(_HTTP_SCHEMES):
            raise StoreError(f"--backend sparql needs the dataset's URL as --store, not "
                             f"{location!r}: --store http://HOST:3030/DATASET")
        return open_backend("sparql", location)
    if must_exist and backend == DEFAULT_BACKEND and not Path(location).exists():
        raise StoreError(f"no store at {location}; run `electgraph ingest PATH --store "
                         f"{location}` first, or pass the right --store")
    if read_only and backend == DEFAULT_BACKEND and location:
        return open_backend(backend, location, read_only=True)
    return open_backend(backend, location)


def check_neo4j_uri(uri: str | None) -> str | None:
    """`uri` (or $NEO4J_URI when None) if the Neo4j driver can use it; else an error that says
    how to write it. The driver's own answers are a traceback (http://) or "is it running?"
    (no scheme), neither of which points at the typo."""
    given, option = (uri, "--neo4j") if uri else (os.environ.get("NEO4J_URI"), "NEO4J_URI")
    if not given:
        return uri
    scheme, sep, rest = given.partition("://")
    if not sep:
        raise StoreError(f"{option} {given!r} has no scheme; write bolt://{given} "
                         f"(or neo4j://{given} for a cluster)")
    if scheme.lower() in ("http", "https"):
        host = rest.split("/")[0].split(":")[0] or "localhost"
        raise StoreError(f"{option} {given!r} is an HTTP address (Neo4j Browser's); electgraph "
                         f"talks to Neo4j over Bolt: use bolt://{host}:7687")
    if not given.startswith(_BOLT_SCHEMES):
        raise StoreError(f"{option} {given!r}: unknown scheme {scheme}://; use one of "
                         + ", ".join(_BOLT_SCHEMES))
    return uri


@dataclass(frozen=True, slots=True)
class StoreArgs:
    """The options that name a store (--store, --backend, --neo4j, --user, --password), as every
    command that reads or writes one takes them (`store_options`)."""

    store: str = DEFAULT_LOCATION
    backend: str = DEFAULT_BACKEND
    neo4j: str | None = None
    user: str | None = None
    password: str | None = None

    def open(self, *, must_exist: bool = True, read_only: bool = True) -> GraphStore:
        """The store, by default as a reader opens it: it must exist, opened read-only."""
        return open_store(self.backend, self.store, must_exist=must_exist, neo4j=self.neo4j,
                          user=self.user, password=self.password, read_only=read_only)


def _params(*specs: tuple[str, Any, Any]) -> tuple[inspect.Parameter, ...]:
    return tuple(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option,
                                   annotation=kind) for name, option, kind in specs)


def option_group(name: str, build: Callable[..., Any],
                 params: tuple[inspect.Parameter, ...]) -> Callable[[F], F]:
    """A decorator that gives a command a group of options, written once: the command declares
    `<name>: <Group> = <Group>()` and receives the options in it, built by `build` (as
    sqlite-utils' option decorators do for click)."""

    def decorate(fn: F) -> F:
        hints = get_type_hints(fn)
        sig = inspect.signature(fn)
        kept = [p.replace(annotation=hints.get(p.name, p.annotation))
                for p in sig.parameters.values() if p.name != name]

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            group = build(*(kwargs.pop(p.name) for p in params))
            return fn(*args, **{name: group}, **kwargs)

        wrapper.__signature__ = sig.replace(  # type: ignore[attr-defined]
            parameters=[*kept, *params])
        return wrapper  # type: ignore[return-value]

    return decorate


# --store, --backend, --neo4j, --user, --password: the command receives `graph: StoreArgs`.
store_options = option_group("graph", StoreArgs, _params(
    ("store", STORE_OPTION, str), ("backend", BACKEND_OPTION, str),
    ("neo4j", NEO4J_OPTION, str | None), ("user", USER_OPTION, str | None),
    ("password", PASSWORD_OPTION, str | None),
))


@dataclass(frozen=True, slots=True)
class OutputArgs:
    """--format, --json, --csv and --out, as every command that prints a result takes them."""

    format_option: Format | None = None
    as_json: bool = False
    as_csv: bool = False
    out: str = "-"

    @property
    def format(self) -> Format:
        return pick(self.format_option, self.as_json, self.as_csv)


output_options = option_group("output", OutputArgs, _params(
    ("format", FORMAT_OPTION, Format | None), ("as_json", JSON_OPTION, bool),
    ("as_csv", CSV_OPTION, bool), ("out", OUT_OPTION, str),
))


ENGINE_OPTION: Any = typer.Option(
    "local", "--engine", help="Where extraction runs: local (a process pool) or dask (a Dask "
    "cluster: --scheduler, or a LocalCluster of --workers processes).")
SCHEDULER_OPTION: Any = typer.Option(
    None, "--scheduler", metavar="tcp://HOST:8786", envvar="DASK_SCHEDULER_ADDRESS",
    show_envvar=True, help="The Dask scheduler of --engine dask (none: a LocalCluster).")
WORKERS_OPTION: Any = typer.Option(
    0, "--workers", "-w", min=0,
    help="Extraction processes, or LocalCluster workers with --engine dask (0: one per core).")
BULK_OPTION: Any = typer.Option(
    None, "--bulk/--no-bulk",
    help="Into an empty embedded store, write the run as N-Quads files and bulk-load them at "
         "the end (default: with --engine dask).")
PARTS_OPTION: Any = typer.Option(
    None, "--parts-dir", metavar="DIR",
    help="Where --bulk writes its files (default: a temporary folder); on a Dask cluster, a "
         "folder the workers share with this machine.")


@dataclass(frozen=True, slots=True)
class EngineArgs:
    """--engine, --scheduler, --workers, --bulk and --parts-dir: how `ingest` runs."""

    engine: str = "local"
    scheduler: str | None = None
    workers: int = 0
    bulk: bool | None = None
    parts_dir: Path | None = None

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of `pipeline.ingest`."""
        from electgraph.pipeline import default_workers

        return {"engine": self.engine, "scheduler": self.scheduler, "bulk": self.bulk,
                "workers": self.workers or default_workers(), "parts_dir": self.parts_dir}


engine_options = option_group("execution", EngineArgs, _params(
    ("engine", ENGINE_OPTION, str), ("scheduler", SCHEDULER_OPTION, str | None),
    ("workers", WORKERS_OPTION, int), ("bulk", BULK_OPTION, bool | None),
    ("parts_dir", PARTS_OPTION, Path | None),
))


def subcommand(group: typer.Typer, *args: Any, **kwargs: Any) -> Callable[[F], F]:
    """`group.command` with the error mapping of `cli.app.command`, for command groups."""
    return command(*args, group=group, **kwargs)


def progress_bar() -> tuple[Any, Callable[[str, int, int], None]]:
    """A progress display on stderr (one bar per stage, with its rate and time left) and the
    `pipeline.Progress` callback that drives it; use the display as a context manager."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskID,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="dim")

    # Only on a terminal: piped or logged, the bar left a blank line before the messages, so an
    # error was no longer one line (issue 15).
    console = Console(stderr=True)
    bar = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(),
                   Rate(), TimeRemainingColumn(), console=console, transient=True,
                   disable=not console.is_terminal)
    tasks: dict[str, TaskID] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, progress
