"""The `electgraph` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

from electgraph.cli import export, extract, ingest, query, read, resolve, validate  # noqa: F401
from electgraph.cli.app import app


def main() -> None:
    app()
