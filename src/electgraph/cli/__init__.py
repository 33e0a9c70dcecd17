"""The `electgraph` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

from electgraph.cli import extract, read  # noqa: F401  (registers their commands)
from electgraph.cli.app import app


def main() -> None:
    app()
