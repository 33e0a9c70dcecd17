"""`electgraph validate`: check the store against the SHACL shapes; exit 1 if it does not
conform."""

from __future__ import annotations

import typer

from electgraph.cli._common import (
    BACKEND_OPTION,
    STORE_OPTION,
    OutputArgs,
    open_store,
    output_options,
)
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command


@command("validate")
@output_options
def validate_cli(
    store: str = STORE_OPTION,
    backend: str = BACKEND_OPTION,
    output: OutputArgs = OutputArgs(),
) -> None:
    """Validate the store with pyshacl against ontology/shapes.ttl."""
    from electgraph.validate import validate

    fmt, out = output.format, output.out
    with open_store(backend, store, must_exist=True, read_only=True) as s:
        report = validate(s)
    result = report.to_dict()

    def table() -> None:
        for v in report.violations:
            typer.echo(str(v))

    emit(result, fmt, out, table=table, rows=lambda: result.get("violations") or [])
    verdict = "conforms" if report.conforms else (
        f"does not conform: {len(report.violations)} results")
    typer.echo(f"{report.triples} triples: {verdict}", err=True)
    if not report.conforms:
        raise typer.Exit(1)
