"""`electgraph extract`: read articles and print their entities and facts."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from electgraph.cli._common import MIN_CONFIDENCE_OPTION
from electgraph.cli.app import command, error, print_jsonl
from electgraph.extract import extract
from electgraph.extract.render import to_facts, to_json
from electgraph.ingest import read
from electgraph.limits import ExtractionTimeout, within_budget


class ExtractFormat(StrEnum):
    facts = "facts"
    json = "json"


@command("extract")
def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles."),
    format: ExtractFormat = typer.Option(
        ExtractFormat.facts,
        "--format",
        "-f",
        help="facts: one line per article in the evaluation format; json: everything.",
    ),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first file that fails."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
) -> None:
    """Extract entities and facts (with evidence, focus and confidence) from articles; prints
    JSON Lines."""
    report = read(paths, strict=strict)
    render = to_facts if format is ExtractFormat.facts else to_json
    failures: list[str] = [str(f) for f in report.failures]
    for a in report.articles:
        source = a.source_path or a.id
        try:
            print_jsonl([render(within_budget(extract, a, source).confident(min_confidence))])
        except ExtractionTimeout as e:
            failures.append(str(e))
        except Exception as e:  # one article's bug must not stop the others
            failures.append(f"{source}: extract failed: {type(e).__name__}: {e}")
    for failure in failures:
        error(failure)
    if failures:
        raise typer.Exit(1)
