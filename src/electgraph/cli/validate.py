"""`electgraph validate`: check the store against the SHACL shapes; exit 1 if it does not
conform."""

from __future__ import annotations

from enum import StrEnum

import typer

from electgraph.cli._common import BACKEND_OPTION, STORE_OPTION, open_store
from electgraph.cli.app import command, print_jsonl
from electgraph.validate import validate


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"


@command("validate")
def validate_cli(
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    format: ValidateFormat = typer.Option(ValidateFormat.text, "--format", "-f"),
) -> None:
    """Validate the store with pyshacl against ontology/shapes.ttl."""
    with open_store(backend, store, must_exist=True, read_only=True) as s:
        report = validate(s)
    if format is ValidateFormat.json:
        print_jsonl([report.to_dict()])
    else:
        for v in report.violations:
            typer.echo(str(v))
        verdict = "conforms" if report.conforms else (
            f"does not conform: {len(report.violations)} results")
        typer.echo(f"{report.triples} triples: {verdict}", err=True)
    if not report.conforms:
        raise typer.Exit(1)
