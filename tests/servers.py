"""The test servers that scripts/test.sh starts, as tests find them: from the environment, a
skip when absent locally, a failure in CI (where a missing server is a broken setup)."""

from __future__ import annotations

import os

import pytest

__all__ = ["fuseki_url", "neo4j_second_port", "neo4j_uri"]


def _from_env(name: str, what: str) -> str:
    value = os.environ.get(name)
    if not value:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not set: scripts/test.sh must start the {what} test server")
        pytest.skip(f"no {what} server (run `make test`, which starts one)")
    return value


def neo4j_uri() -> str:
    return _from_env("NEO4J_URI", "Neo4j")


def fuseki_url() -> str:
    """The Fuseki dataset (http://127.0.0.1:PORT/electgraph), shared by the tests that use it:
    each one empties it first."""
    return _from_env("FUSEKI_URL", "Fuseki")


def neo4j_second_port() -> str:
    """The port of the Neo4j server a kill trial starts (and kills) of its own."""
    return _from_env("NEO4J_SECOND_PORT", "second Neo4j")
