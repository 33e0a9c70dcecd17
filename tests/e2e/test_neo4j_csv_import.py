"""`electgraph neo4j export-csv` imported with the test server's own `neo4j-admin database
import full` (the Maven artifacts include org.neo4j:neo4j-import-tool) gives the same graph as
`electgraph neo4j load` over Bolt."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app
from electgraph.stores.neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "articles"
SERVER = ROOT / "tools" / "neo4j-server"
LIB = SERVER / "target" / "lib"


def _property_maps(store: Neo4jStore) -> list[str]:
    rows = store.query(
        "MATCH (s)-[r:HOLDS_ROLE|ATTENDS]->(o) RETURN s.id, type(r), o.id, properties(r) "
        "ORDER BY s.id, type(r), o.id, r.id"
    ).rows
    sightings = store.query(
        "MATCH (x:Sighting) RETURN x.fact, 'Sighting', x.article, properties(x) "
        "ORDER BY x.fact, x.article, x.evidence_start, x.evidence_end"
    ).rows
    return [json.dumps(r, sort_keys=True) for r in (*rows, *sightings)]


def test_csv_import_equals_the_bolt_load(tmp_path: Path) -> None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("no Neo4j server (run `make test`, which starts one)")
    if not list(LIB.glob("neo4j-import-tool-*.jar")):
        pytest.skip("the test server's build has no neo4j-import-tool")
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(DATA), "--store", store]).exit_code == 0
    with Neo4jStore(uri) as server:
        server.query("MATCH (n) DETACH DELETE n", write=True)
    assert runner.invoke(app, ["neo4j", "load", "--store", store, "--neo4j", uri]).exit_code == 0
    with Neo4jStore(uri) as server:
        expected, props = server.counts(), _property_maps(server)

    done = runner.invoke(app, ["neo4j", "export-csv", str(tmp_path / "csv"), "--store", store])
    assert done.exit_code == 0, done.output
    command = shlex.split(done.stdout.strip().splitlines()[-1])
    assert command[:4] == ["neo4j-admin", "database", "import", "full"]
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    imported = subprocess.run(
        ["java", "-Xmx1g", "-cp", f"{LIB}/*", "org.neo4j.cli.AdminTool", *command[1:]],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    assert "IMPORT DONE" in imported.stdout

    port = str(int(os.environ.get("NEO4J_IMPORT_PORT", "0")) or int(uri.rsplit(":", 1)[1]) + 1)
    server_env = {**os.environ, "NEO4J_PORT": port, "NEO4J_DATA": str(home),
                  "NEO4J_KEEP_DATA": "1"}
    script = str(SERVER / "neo4j-server.sh")
    subprocess.run(["bash", script, "start"], env=server_env, check=True, timeout=300)
    try:
        with Neo4jStore(f"bolt://127.0.0.1:{port}") as other:
            assert other.counts() == expected
            got = _property_maps(other)
            diff = [(json.loads(a)[3], json.loads(b)[3]) for a, b in zip(got, props, strict=True)
                    if a != b]
            assert not diff, [
                {k: (x.get(k), y.get(k)) for k in {*x, *y} if x.get(k) != y.get(k)}
                for x, y in diff[:3]]
    finally:
        subprocess.run(["bash", script, "stop"], env=server_env, check=False, timeout=120)
