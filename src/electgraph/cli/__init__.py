"""The `electgraph` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

# Importing a command module registers its commands on `app`.
from electgraph.cli import (  # noqa: F401
    analyze,
    explore,
    export,
    extract,
    history,
    ingest,
    neo4j,
    query,
    read,
    resolve,
    serve,
    validate,
)
from electgraph.cli.app import app


def main() -> None:
    app()
