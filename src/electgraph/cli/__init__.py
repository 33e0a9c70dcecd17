"""The `electgraph` command line: one module per command, all registered on one typer app."""

from __future__ import annotations

from electgraph.cli import read  # noqa: F401  (registers its command)
from electgraph.cli.app import app


def main() -> None:
    app()
