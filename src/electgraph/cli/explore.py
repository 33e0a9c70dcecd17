"""`electgraph explore NAME`, `path A B`, `roles`, `stats`: the graph without a query language.

Each command calls the `electgraph.query` function of the same idea and prints its result: rich
tables by default, `--json` for scripts (the same JSON from every backend). The store is the
embedded one at `--store DIR` (default ./electgraph-data or $ELECTGRAPH_STORE), or a Neo4j server
with `--neo4j URI` (or `--backend neo4j`; credentials from --user/--password or NEO4J_USER /
NEO4J_PASSWORD).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from electgraph.cli._common import OutputArgs, StoreArgs, output_options, store_options
from electgraph.cli._output import (
    Format,
    emit,
)
from electgraph.cli.app import command, error
from electgraph.errors import QueryError

if TYPE_CHECKING:
    from electgraph.query import AmbiguousEntity

LANG_OPTION: Any = typer.Option(
    None, "--lang", "-l",
    help="Role labels as the role scheme's preferred label in this language: id (Indonesian: "
         "'Kordiv X' as 'Koordinator Divisi X') or en. Default: as the articles wrote them.")
SINCE_OPTION: Any = typer.Option(
    None, "--since", help="Only what the articles saw on or after this date (YYYY-MM-DD).")
UNTIL_OPTION: Any = typer.Option(
    None, "--until", help="Only what the articles saw on or before this date (YYYY-MM-DD).")


def day(value: str | None, option: str) -> date | None:
    """A --since/--until/--at value as a date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{option} {value!r} is not a date; give it as YYYY-MM-DD, "
                         "e.g. 2024-11-01") from None


def ambiguous(e: AmbiguousEntity, fmt: Format, what: str = "") -> NoReturn:
    """An ambiguous name: the best matches and what to do, as a table or in `fmt`."""
    shown = e.matches[:10]
    if fmt is not Format.table:
        emit({"error": "ambiguous", "name": e.name, "candidates": list(shown)}, Format.json)
    else:
        more = f" (the {len(shown)} best below)" if len(e.matches) > len(shown) else ""
        error(f"{e.name!r} matches {len(e.matches)} {what or 'entities'}{more}; give a fuller "
              "name (e.g. with the region: 'KPU Kabupaten Banyuasin') or one of these ids")
        from electgraph.cli import _render

        _render.matches(shown)
    raise typer.Exit(e.exit_code)


@command("explore")
@output_options
@store_options
def explore_cli(
    name: str = typer.Argument(..., help="A name (fuzzy: case, titles, typos) or an id."),
    kind: str | None = typer.Option(
        None, "--kind", "-k", help="Only this kind: Person, Organization, Event, Election, Place."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    lang: str | None = LANG_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Everything about one person, body, event, election or place: a card."""
    from electgraph import query

    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            card = query.explore(s, name, kind=kind, since=day(since, "--since"),
                                 until=day(until, "--until"))
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt)
    card = query.in_language(card, lang)
    from electgraph.cli import _render

    emit(card, fmt, out, table=lambda: _render.card(card),
         rows=lambda: _render.card_rows(card))


@command("path")
@output_options
@store_options
def path_cli(
    a: str = typer.Argument(..., help="Where the path starts: a name or an id."),
    b: str = typer.Argument(..., help="Where it ends."),
    max_len: int = typer.Option(4, "--max-len", min=1, max=8, help="At most this many facts."),
    limit: int = typer.Option(10, "--limit", min=1, help="At most this many paths."),
    lang: str | None = LANG_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """The shortest chains of facts between two entities, each step with its evidence."""
    from electgraph import query

    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            found = query.in_language(query.paths(s, a, b, max_len, limit=limit), lang)
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt)
    from electgraph.cli import _render

    emit(found, fmt, out, table=lambda: _render.paths(found, max_len),
         rows=lambda: _render.path_rows(found))
    if not found:
        raise typer.Exit(1)


@command("roles")
@output_options
@store_options
def roles_cli(
    org: str | None = typer.Option(None, "--org", help="Only this body (name or id)."),
    role: str | None = typer.Option(
        None, "--role", "-r", help="Only this role, e.g. Ketua (short forms too: Kordiv)."),
    at: str | None = typer.Option(
        None, "--at", help="Only who held the seat on this date (YYYY-MM-DD)."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    with_evidence: bool = typer.Option(
        False, "--evidence", help="Include the sentences (slower on big graphs)."),
    lang: str | None = LANG_OPTION,
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Who holds which role in which body, with the dates the articles saw it."""
    from electgraph import query

    fmt, out = output.format, output.out
    with graph.open() as s:
        try:
            held = query.holders(s, role, org, evidence=with_evidence, at=day(at, "--at"),
                                 since=day(since, "--since"), until=day(until, "--until"))
        except query.AmbiguousEntity as e:
            ambiguous(e, fmt, "bodies")
    held = query.in_language(held, lang)
    from electgraph.cli import _render

    emit(held, fmt, out, table=lambda: _render.roles(held), rows=lambda: _render.rel_rows(held))


@command("stats")
@output_options
@store_options
def stats_cli(
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """What the store holds: articles, nodes by type, facts by kind."""
    from electgraph import query

    with graph.open() as s:
        result = query.stats(s).to_dict()
    from electgraph.cli import _render

    emit(result, output.format, output.out, table=lambda: _render.stats(result),
         rows=lambda: _render.stats_rows(result))
