"""Neo4j load rate: the batched writer on 10,000 generated articles (first vs last tenth of
the batches, to show whether the rate falls as the graph grows), one transaction per row as the
baseline, and the CSV path (`neo4j export-csv` + `neo4j-admin database import full`) timed.

Besides wall-clock rates it reports the CPU seconds the server and this client spent (the
server's from /proc when it is the local test server), since on a shared machine the wall
clock mostly measures the other users: facts per CPU-second is what the writer costs.

Needs a Neo4j server: NEO4J_URI (scripts/bench.sh starts the test server for `make bench`).
BENCH_NEO4J_ARTICLES changes the number of articles, BENCH_NEO4J_BATCH the articles per batch.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract import extract
from electgraph.graph import ResolvedGraph
from electgraph.ingest import parse_text
from electgraph.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "tools" / "neo4j-server" / "target" / "lib"


def _server_cpu(uri: str) -> float | None:
    """CPU seconds the local test server's JVM has used (None for another server)."""
    port = uri.rsplit(":", 1)[-1]
    try:
        pid = int((ROOT / ".neo4j-test" / port / "neo4j.pid").read_text())
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wipe(uri: str) -> None:
    """Empty the database; CALL {} IN TRANSACTIONS needs an auto-commit transaction."""
    import neo4j

    with neo4j.GraphDatabase.driver(uri) as driver, driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def _import_csv(graph: ResolvedGraph) -> dict[str, Any]:
    """Export the CSV files and import them with the test server's neo4j-admin (a fresh home)."""
    from electgraph.stores.neo4j_csv import export_csv

    if not list(LIB.glob("neo4j-import-tool-*.jar")):
        return {"csv_import": "skipped: no neo4j-import-tool in the test server's build"}
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-") as tmp:
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


def _load(store: Any, graph: ResolvedGraph, batch_articles: int) -> dict[str, Any]:
    """Write `graph` batch by batch into the empty database; per-batch rates and CPU."""
    rates: list[float] = []
    facts = 0
    cpu0, server0 = time.process_time(), _server_cpu(store.uri)
    t_all = time.perf_counter()
    for batch in graph.batches(batch_articles):
        t0 = time.perf_counter()
        store.write(batch)
        rates.append(len(batch.facts) / (time.perf_counter() - t0))
        facts += len(batch.facts)
    total_s = time.perf_counter() - t_all
    client_s = time.process_time() - cpu0
    server1 = _server_cpu(store.uri)
    server_s = None if server0 is None or server1 is None else server1 - server0
    tenth = max(1, len(rates) // 10)
    first, last = statistics.median(rates[:tenth]), statistics.median(rates[-tenth:])
    out: dict[str, Any] = {
        "batches": len(rates),
        "batch_facts": facts,  # a fact stated in two batches counts in each: what is written
        "batched_load_s": round(total_s, 1),
        "batched_facts_per_s": round(facts / total_s),
        "first_tenth_median_facts_per_s": round(first),
        "last_tenth_median_facts_per_s": round(last),
        "last_vs_first": round(last / first, 2),
        "client_cpu_s": round(client_s, 1),
    }
    if server_s is not None:
        out["server_cpu_s"] = round(server_s, 1)
        out["facts_per_cpu_s"] = round(facts / (server_s + client_s))
    return out


def run(n_articles: int = 0, batch_articles: int = 0) -> dict[str, Any]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return {"skipped": "NEO4J_URI is not set (make bench starts a server)"}
    from electgraph.stores.neo4j import Neo4jStore

    n_articles = n_articles or int(os.environ.get("BENCH_NEO4J_ARTICLES", "10000"))
    batch_articles = batch_articles or int(os.environ.get("BENCH_NEO4J_BATCH", "500"))
    graph = resolve(extract(parse_text(t, n)) for n, t in generate(n_articles))
    small = next(graph.batches(30))  # one row per transaction is slow: 30 articles
    warm = resolve(extract(parse_text(t, n)) for n, t in generate(300, seed=11))
    load_before = os.getloadavg()
    with Neo4jStore(uri) as store:
        # The server compiles its query plans and JIT-compiles itself on the first batches:
        # a load of other articles first, so the first tenth measures the writer, not that.
        _wipe(uri)
        store.write(warm)
        _wipe(uri)
        figures = _load(store, graph, batch_articles)
        _wipe(uri)
        t0 = time.perf_counter()
        store.write_one_by_one(small)
        single = len(small.facts) / (time.perf_counter() - t0)
        _wipe(uri)
    return {
        "articles": n_articles,
        "facts": len(graph.facts),
        "articles_per_batch": batch_articles,
        **figures,
        "one_tx_per_row_facts_per_s": round(single),
        "speedup": round(figures["batched_facts_per_s"] / single, 1),
        "load_average_1m_during": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
        **_import_csv(graph),
    }
