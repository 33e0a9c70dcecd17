"""`electgraph timeline NAME`, `tenure`, `conflicts`: the graph in time.

Thin shells over `electgraph.query.timeline`, `.tenure` and `.conflicts`, with the options and
output convention of the other exploration commands (`cli/explore.py`, `cli/_output.py`).
"""

from __future__ import annotations

import typer

from electgraph.cli._common import OutputArgs, StoreArgs, output_options, store_options
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command
from electgraph.cli.explore import (
    LANG_OPTION,
    SINCE_OPTION,
    UNTIL_OPTION,
    ambiguous,
    day,
)
from electgraph.errors import QueryError


@command("timeline")
@output_options
@store_options
def timeline_cli(
    name: str = typer.Argument(..., help="A person, body, event... (name or id)."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Every article's statement about an entity, in date order, with its source."""
    from electgraph import query
    from electgraph.cli import _render

    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            entries = query.timeline(s, name, since=day(since, "--since"),
                                     until=day(until, "--until"))
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt)
    emit(entries, fmt, out, table=lambda: _render.timeline(entries))


@command("tenure")
@output_options
@store_options
def tenure_cli(
    org: str | None = typer.Option(None, "--org", help="Only this body (name or id)."),
    role: str | None = typer.Option(None, "--role", "-r", help="Only this role, e.g. Ketua."),
    at: str | None = typer.Option(
        None, "--at", help="Where each tenure stands on this date (default: today)."),
    lang: str | None = LANG_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Who held each seat when: first and last seen, the next holder, the status on a date."""
    from electgraph import query
    from electgraph.cli import _render

    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            found = query.in_language(query.tenure(s, role, org, at=day(at, "--at")), lang)
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt, "bodies")
    emit(found, fmt, out, table=lambda: _render.tenures(found))


@command("conflicts")
@output_options
@store_options
def conflicts_cli(
    org: str | None = typer.Option(None, "--org", help="Only this body (name or id)."),
    role: str | None = typer.Option(None, "--role", "-r", help="Only this role, e.g. Ketua."),
    kind: list[str] = typer.Option(
        [], "--kind", "-k", help="Only these kinds: overlapping_holders, incompatible_roles."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    lang: str | None = LANG_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Contradictions: two holders of a one-holder seat at once, one person in the same role
    of two bodies of one kind at once; ranked, with both sides' evidence and sources."""
    from electgraph import query
    from electgraph.cli import _render
    from electgraph.query.conflicts import KINDS

    unknown = sorted(set(kind) - set(KINDS))
    if unknown:
        raise QueryError(f"no conflict kind {unknown[0]!r}; choose from: {', '.join(KINDS)}")
    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            found = query.conflicts(s, role=role, org=org, since=day(since, "--since"),
                                    until=day(until, "--until"), kinds=tuple(kind) or KINDS)
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt, "bodies")
    found = query.in_language(found, lang)
    emit(found, fmt, out, table=lambda: _render.conflicts(found),
         rows=lambda: _render.conflict_rows(found))
