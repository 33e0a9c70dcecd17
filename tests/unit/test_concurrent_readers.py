"""Commands that only read open the embedded store read-only (no lock): four readers at once
beside an `ingest` that writes, and none fails with RocksDB's `LOCK` error."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "articles"
SEED = DATA / "000_banyuasin_rakor_spip.txt"


def _electgraph(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "electgraph", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_four_readers_beside_a_writer(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    seeded = _electgraph("ingest", str(SEED), "--store", store)
    assert seeded.wait(timeout=300) == 0, seeded.communicate()
    writer = _electgraph("ingest", str(DATA), "--store", store)
    time.sleep(1.0)  # the writer holds the store's lock by now (it opens it first)
    readers = [
        _electgraph("explore", "Agus Fauzie", "--store", store, "--json"),
        _electgraph("explore", "KPU Kabupaten Banyuasin", "--store", store),
        _electgraph("query", "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                    "--store", store, "--format", "json"),
        _electgraph("query", "sparql", "SELECT ?p WHERE { ?p a schema:Person } LIMIT 5",
                    "--store", store),
    ]
    for reader in readers:
        out, err = reader.communicate(timeout=300)
        assert "LOCK" not in err, err
        assert reader.returncode == 0, err
        assert out.strip()
    out, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err
    assert "LOCK" not in err
