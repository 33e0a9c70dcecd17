"""Ingest speed of the embedded RDF store, as a ratio to pyoxigraph's own `bulk_load`.

The floor is `Store.bulk_load` of the very quads our ingest produced (dumped as N-Quads),
into a fresh on-disk store, timed in the same run: no mapping, no transactions, no checks.
Our figure is `OxigraphStore.write` of the resolved graph in batches: mapping to quads, digest
lookups, description diffs and one transaction per batch. Extraction and resolution are not
timed here (bench_extract measures extraction). Aim: ratio <= 3.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from electgraph.graph import ResolvedGraph
from electgraph.resolve import resolve
from electgraph.stores.oxigraph import OxigraphStore

BATCH = 100


def corpus_graph(n_articles: int) -> ResolvedGraph:
    """The generated corpus (benchmarks/corpus.py) through the real extractor and resolver."""
    from benchmarks.corpus import generate
    from electgraph.extract import extract
    from electgraph.ingest import parse_text

    articles = [parse_text(text, name) for name, text in generate(n_articles)]
    return resolve(extract(a) for a in articles)


def _ingest(graph: ResolvedGraph, root: Path) -> tuple[float, bytes, int]:
    store = OxigraphStore(root / "ingest")
    t0 = time.perf_counter()
    for batch in graph.batches(BATCH):
        store.write(batch)
    elapsed = time.perf_counter() - t0
    quads = store.raw.dump(format=ox.RdfFormat.N_QUADS)
    count = store.count()
    store.close()
    return elapsed, quads or b"", count


def _floor(nquads: bytes, root: Path) -> tuple[float, int]:
    store = ox.Store(str(root / "floor"))
    t0 = time.perf_counter()
    store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
    elapsed = time.perf_counter() - t0
    return elapsed, len(store)


def _reingest(graph: ResolvedGraph, root: Path) -> float:
    """A second ingest of the same graph into the store of the first (nothing changes)."""
    store = OxigraphStore(root / "ingest")
    t0 = time.perf_counter()
    for batch in graph.batches(BATCH):
        store.write(batch)
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed


def run(n_articles: int = 1000, repeats: int = 3) -> dict[str, Any]:
    graph = corpus_graph(n_articles)
    ours, floor, again = [], [], []
    quads = 0
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="eg-bench-") as tmp:
            root = Path(tmp)
            t_ours, nquads, quads = _ingest(graph, root)
            t_floor, floor_quads = _floor(nquads, root)
            assert floor_quads == quads, (floor_quads, quads)
            again.append(_reingest(graph, root))
            ours.append(t_ours)
            floor.append(t_floor)
    m_ours, m_floor = statistics.median(ours), statistics.median(floor)
    return {
        "articles": len(graph.articles),
        "quads": quads,
        "ingest_s_median": round(m_ours, 3),
        "bulk_load_floor_s_median": round(m_floor, 3),
        "ratio_to_floor": round(m_ours / m_floor, 2),
        "reingest_unchanged_s_median": round(statistics.median(again), 3),
        "quads_per_s": round(quads / m_ours),
        "runs_ingest_s": [round(t, 3) for t in ours],
        "runs_floor_s": [round(t, 3) for t in floor],
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000), indent=2))
