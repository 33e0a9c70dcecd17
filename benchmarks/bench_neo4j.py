"""Neo4j load rate: the batched writer on 10,000 generated articles (first vs last tenth of
the batches, to show the rate does not fall as the graph grows), one transaction per row as the
baseline, and the CSV path (`neo4j export-csv` + `neo4j-admin database import full`) timed.

Needs a Neo4j server: NEO4J_URI (scripts/bench.sh starts the test server for `make bench`).
BENCH_NEO4J_ARTICLES changes the number of articles.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.resolve import resolve

LIB = Path(__file__).resolve().parents[1] / "tools" / "neo4j-server" / "target" / "lib"


def _import_csv(graph: Any) -> dict[str, Any]:
    """Export the CSV files and import them with the test server's neo4j-admin (a fresh home)."""
    from electgraph.stores.neo4j_csv import export_csv

    if not list(LIB.glob("neo4j-import-tool-*.jar")):
        return {"csv_import": "skipped: no neo4j-import-tool in the test server's build"}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        report = export_csv(graph, Path(tmp) / "csv")
        export_s = time.perf_counter() - t0
        home = Path(tmp) / "home"
        (home / "conf").mkdir(parents=True)
        (home / "conf" / "neo4j.conf").touch()
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
        args = report.command.split()[1:]
        t0 = time.perf_counter()
        subprocess.run(["java", "-Xmx2g", "-cp", f"{LIB}/*", "org.neo4j.cli.AdminTool", *args],
                       env=env, check=True, capture_output=True)
        import_s = time.perf_counter() - t0
    return {"csv_export_s": round(export_s, 1), "csv_import_s": round(import_s, 1),
            "csv_facts_per_s": round(len(graph.facts) / (export_s + import_s))}


def run(n_articles: int = 0, batch_articles: int = 500) -> dict[str, Any]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return {"skipped": "NEO4J_URI is not set (make bench starts a server)"}
    from electgraph.stores.neo4j import Neo4jStore

    n_articles = n_articles or int(os.environ.get("BENCH_NEO4J_ARTICLES", "10000"))
    graph = resolve(extract(parse_text(t, n)) for n, t in generate(n_articles))
    small = next(graph.batches(30))  # one row per transaction is slow: 30 articles
    with Neo4jStore(uri) as store:
        store.query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", write=True)
        rates: list[float] = []
        facts = 0
        t_all = time.perf_counter()
        for batch in graph.batches(batch_articles):
            t0 = time.perf_counter()
            store.write(batch)
            rates.append(len(batch.facts) / (time.perf_counter() - t0))
            facts += len(batch.facts)
        total_s = time.perf_counter() - t_all
        store.query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", write=True)
        t0 = time.perf_counter()
        store.write_one_by_one(small)
        single = len(small.facts) / (time.perf_counter() - t0)
        store.query("MATCH (n) DETACH DELETE n", write=True)
    tenth = max(1, len(rates) // 10)
    first, last = sum(rates[:tenth]) / tenth, sum(rates[-tenth:]) / tenth
    batched = facts / total_s
    return {
        "articles": n_articles,
        "facts": len(graph.facts),
        "batches": len(rates),
        "batched_load_s": round(total_s, 1),
        "batched_facts_per_s": round(batched),
        "first_tenth_facts_per_s": round(first),
        "last_tenth_facts_per_s": round(last),
        "last_vs_first": round(last / first, 2),
        "one_tx_per_row_facts_per_s": round(single),
        "speedup": round(batched / single, 1),
        **_import_csv(graph),
    }
