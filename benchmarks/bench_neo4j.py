"""Neo4j load rate: the batched writer against one transaction per row, on the same graph.

Needs a Neo4j server: NEO4J_URI (scripts/bench.sh starts the test server for `make bench`).
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.resolve import resolve


def _facts(graph: Any) -> int:
    return len(graph.facts)


def run(n_articles: int = 300, repeats: int = 3) -> dict[str, Any]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return {"skipped": "NEO4J_URI is not set (make bench starts a server)"}
    from electgraph.stores.neo4j import Neo4jStore

    graph = resolve(extract(parse_text(t, n)) for n, t in generate(n_articles))
    small = next(graph.batches(max(1, n_articles // 10)))  # one row per tx is slow: a tenth
    with Neo4jStore(uri) as store:
        batched, single = [], []
        for _ in range(repeats):
            store.query("MATCH (n) DETACH DELETE n", write=True)
            t0 = time.perf_counter()
            store.write(graph)
            batched.append(_facts(graph) / (time.perf_counter() - t0))
            store.query("MATCH (n) DETACH DELETE n", write=True)
            t0 = time.perf_counter()
            store.write_one_by_one(small)
            single.append(_facts(small) / (time.perf_counter() - t0))
        store.query("MATCH (n) DETACH DELETE n", write=True)
    b, s = statistics.median(batched), statistics.median(single)
    return {
        "articles": n_articles,
        "facts": _facts(graph),
        "batched_facts_per_s": round(b),
        "one_tx_per_row_facts_per_s": round(s),
        "speedup": round(b / s, 1),
    }
