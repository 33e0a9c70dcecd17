"""The Neo4j commands of the CLI against the real test server (see tests/test_neo4j_store.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app

pytestmark = pytest.mark.neo4j
DATA = Path(__file__).resolve().parents[2] / "data" / "articles"
SEED = DATA / "000_banyuasin_rakor_spip.txt"


@pytest.fixture()
def uri() -> str:
    value = os.environ.get("NEO4J_URI")
    if not value:
        if os.environ.get("CI"):
            pytest.fail("NEO4J_URI is not set: scripts/test.sh must start the Neo4j test server")
        pytest.skip("no Neo4j server (run `make test`, which starts one)")
    runner = CliRunner()
    runner.invoke(
        app, ["query", "cypher", "MATCH (n) DETACH DELETE n", "--write", "--neo4j", value]
    )
    return value


def test_ingest_into_neo4j_then_ask_in_cypher(uri: str) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(SEED), "--neo4j", uri, "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 1
    asked = runner.invoke(
        app,
        [
            "query",
            "cypher",
            "--neo4j",
            uri,
            "--format",
            "jsonl",
            "-p",
            "role=Sekretaris",
            "MATCH (p:Person)-[r:HOLDS_ROLE {role: $role}]->(o) "
            "RETURN p.label AS person, o.label AS org",
        ],
    )
    assert asked.exit_code == 0, asked.output
    rows = [json.loads(line) for line in asked.stdout.splitlines()]
    assert rows == [{"person": "Agus Fauzie", "org": "KPU Kabupaten Banyuasin"}]


def test_cypher_is_read_only_unless_write(uri: str) -> None:
    refused = CliRunner().invoke(app, ["query", "cypher", "CREATE (:X)", "--neo4j", uri])
    assert refused.exit_code == 1
    assert "--write" in refused.stderr


def test_load_copies_the_embedded_store(uri: str, tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(SEED), "--store", store]).exit_code == 0
    first = runner.invoke(app, ["neo4j", "load", "--store", store, "--neo4j", uri])
    assert first.exit_code == 0, first.output
    assert "1 added" in first.stdout
    again = runner.invoke(app, ["neo4j", "load", "--store", store, "--neo4j", uri])
    assert "1 unchanged" in again.stdout


def test_unreachable_server_is_one_line_and_exit_2() -> None:
    done = CliRunner().invoke(app, ["ingest", str(SEED), "--neo4j", "bolt://127.0.0.1:1"])
    assert done.exit_code == 2
    assert done.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert "Traceback" not in done.stderr


def test_cypher_nodes_relationships_paths_are_plain_json(uri: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEED), "--neo4j", uri]).exit_code == 0
    query = "MATCH p=(a)-[r]->(b) RETURN a, r, b, p LIMIT 3"
    done = runner.invoke(app, ["query", "cypher", query, "--neo4j", uri, "--format", "json"])
    assert done.exit_code == 0, done.output
    rows = json.loads(done.stdout)  # --format json: one document (jsonl: a line per row)
    assert len(rows) == 3
    for row in rows:
        a, r, b, p = row["a"], row["r"], row["b"], row["p"]
        assert set(a) == {"id", "labels", "properties"} and a["labels"]
        assert isinstance(a["properties"]["id"], str)
        assert set(r) == {"id", "type", "start", "end", "properties"}
        assert (r["start"], r["end"]) == (a["id"], b["id"])
        assert p == {"nodes": [a, b], "relationships": [r]}
    table = runner.invoke(app, ["query", "cypher", query, "--neo4j", uri])
    assert table.exit_code == 0 and "<Node" not in table.stdout
    assert "(:" in table.stdout and "[:" in table.stdout
    csv_out = runner.invoke(app, ["query", "cypher", query, "--neo4j", uri, "-f", "csv"])
    assert csv_out.exit_code == 0 and '""labels""' in csv_out.stdout
