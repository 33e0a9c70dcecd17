"""Cypher that cannot reach out (issue 15): the test server reads LOAD CSV files from its import
directory only, and the "add --write" hint comes only with a real write refusal."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from electgraph.errors import QueryError
from electgraph.stores.neo4j import Neo4jStore


@pytest.fixture()
def store() -> Iterator[Neo4jStore]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.fail("NEO4J_URI is not set: scripts/test.sh must start the Neo4j test server")
    with Neo4jStore(uri) as s:
        yield s


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:///../../../../etc/passwd",
                                 "file:///%2e%2e/%2e%2e/%2e%2e/etc/passwd"])
def test_load_csv_cannot_read_files_outside_the_import_directory(
    store: Neo4jStore, url: str
) -> None:
    try:
        rows = store.query(f"LOAD CSV FROM '{url}' AS line RETURN line LIMIT 3").rows
    except QueryError as e:
        assert "add --write" not in str(e)
        return
    assert not any("root:" in str(r) for r in rows)


def test_write_hint_only_on_write_refusals(store: Neo4jStore) -> None:
    with pytest.raises(QueryError, match="add --write"):
        store.query("CREATE (n:Probe) RETURN n")
    with pytest.raises(QueryError) as e:
        store.query("MATCH (n) WHERE n.created = 1 RETURN no_such_function(n)")
    assert "add --write" not in str(e.value)
