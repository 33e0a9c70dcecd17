"""`electgraph extract`: read articles and print their entities and facts."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from electgraph.cli._common import MIN_CONFIDENCE_OPTION
from electgraph.cli._output import CSV_OPTION, JSON_OPTION, OUT_OPTION, Format, emit, pick
from electgraph.cli.app import command, print_failures
from electgraph.extract import extract
from electgraph.extract.render import to_facts, to_json
from electgraph.ingest import read
from electgraph.limits import ExtractionTimeout, within_budget


class ExtractFormat(StrEnum):
    """The output formats, and `facts`: the evaluation format (scripts depend on it)."""

    facts = "facts"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@command("extract")
def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    format: ExtractFormat | None = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="facts (default: one JSON line per article in the evaluation format), table, "
             "json, jsonl (everything per article) or csv (one row per fact)."),
    as_json: bool = JSON_OPTION,
    as_csv: bool = CSV_OPTION,
    out: str = OUT_OPTION,
    strict: bool = typer.Option(False, "--strict", help="Stop at the first file that fails."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
) -> None:
    """Extract entities and facts (with evidence, focus and confidence) from articles:
    everything per article as JSON/JSON Lines, or one row per fact (table, csv)."""
    facts = format is ExtractFormat.facts or (format is None and not (as_json or as_csv))
    fmt = Format.jsonl if facts else pick(
        Format(format.value) if format else None, as_json, as_csv)
    report = read(paths, strict=strict)
    render = to_facts if facts else to_json
    failures: list[str] = [str(f) for f in report.failures]
    done = []
    for a in report.articles:
        source = a.source_path or a.id
        try:
            done.append(render(within_budget(extract, a, source).confident(min_confidence)))
        except ExtractionTimeout as e:
            failures.append(str(e))
        except Exception as e:  # one article's bug must not stop the others
            failures.append(f"{source}: extract failed: {type(e).__name__}: {e}")
    if facts:
        emit(done, Format.jsonl, out)
    else:
        emit(done, fmt, out, table=lambda: print_facts(done), rows=lambda: fact_rows(done))
    print_failures(failures)
    if failures:
        raise typer.Exit(1)


def fact_rows(done: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per fact: its article, kind, ends, qualifiers and evidence."""
    return [
        {"article": d["article"]["id"], "kind": f["kind"], "subject": f["subject"],
         "object": f.get("object") or "", **{f"q.{k}": v for k, v in
                                               (f.get("qualifiers") or {}).items()},
         "evidence": (f.get("evidence") or {}).get("text", "")}
        for d in done for f in d["facts"]
    ]


def print_facts(done: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"facts of {len(done)} articles")
    for col in ("kind", "subject", "object", "evidence"):
        table.add_column(col, overflow="fold")
    for r in fact_rows(done):
        table.add_row(r["kind"], r["subject"], r["object"], r["evidence"])
    Console().print(table)
