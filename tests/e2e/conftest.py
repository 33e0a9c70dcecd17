"""Fixtures shared by the end-to-end tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from electgraph.stores.neo4j import Neo4jStore


@pytest.fixture()
def neo4j_store() -> Iterator[Neo4jStore]:
    """An empty database on the test server (`scripts/test.sh` starts it, NEO4J_URI names it)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        if os.environ.get("CI"):
            pytest.fail("NEO4J_URI is not set: scripts/test.sh must start the Neo4j test server")
        pytest.skip("no Neo4j server (run `make test`, which starts one)")
    s = Neo4jStore(uri)
    s.query("MATCH (n) DETACH DELETE n", write=True)
    yield s
    s.close()
