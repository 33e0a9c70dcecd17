"""Replacing k articles costs O(k), not O(store): replace 10 articles (their text corrected)
in embedded stores of 1k, 5k and 10k generated articles, and recover after an interrupted
bulk insert of 10 articles in the same stores. Flat times are the goal (issue 15: 10k within
2x of 1k; before, one replace at 1,000 articles took 333 s).

The stores are filled with the generated corpus (benchmarks/corpus.py) through the real
extractor and resolver, in batches as `ingest` writes them.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from electgraph.graph import ResolvedGraph
from electgraph.stores import _rdf_gc
from electgraph.stores._rdf_mapping import plan
from electgraph.stores.oxigraph import OxigraphStore

SIZES = (1000, 5000, 10000)
K = 10
BATCH = 500


def corpus(n: int) -> ResolvedGraph:
    from benchmarks.corpus import generate
    from electgraph.extract import extract
    from electgraph.ingest import parse_text
    from electgraph.resolve import resolve

    return resolve(extract(parse_text(text, name)) for name, text in generate(n))


def corrected(graph: ResolvedGraph, ids: list[str], round_: int) -> ResolvedGraph:
    """The articles `ids` with a corrected text (a new digest), facts as before."""
    keep = set(ids)
    sub = graph.subgraph(ids)
    return replace(sub, articles=tuple(
        replace(a, text_digest=f"{a.text_digest[:8]}{round_:08d}") if a.id in keep else a
        for a in sub.articles))


def time_replace(store: OxigraphStore, graph: ResolvedGraph, repeats: int) -> float:
    ids = [a.id for a in graph.articles[:: max(1, len(graph.articles) // K)]][:K]
    times = []
    for r in range(repeats):
        t0 = time.perf_counter()
        report = store.write(corrected(graph, ids, r + 1))
        times.append(time.perf_counter() - t0)
        assert len(report.replaced) == K, report
    return statistics.median(times)


def time_recover(root: Path, graph: ResolvedGraph) -> float:
    """A store whose last bulk insert of K articles was cut short: the journal names them and
    the default-graph subjects their quads touch, as `_bulk_insert` writes it, and their quads
    are there; opening the store removes them again."""
    ids = [a.id for a in graph.articles[-K:]]
    store = OxigraphStore(root)
    p = plan(graph.subgraph(ids), store.base)
    quads = [*p.shared, *(q for art in p.articles for q in art.quads)]
    store.raw.extend(_rdf_gc.journal(store.base, ids, quads))
    store.close()
    t0 = time.perf_counter()
    OxigraphStore(root).close()
    return time.perf_counter() - t0


def run(sizes: tuple[int, ...] = SIZES, repeats: int = 3) -> dict[str, Any]:
    whole = corpus(max(sizes))
    out: dict[str, Any] = {"replaced_articles": K}
    for n in sizes:
        graph = whole.subgraph(a.id for a in whole.articles[:n])
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "store"
            store = OxigraphStore(root)
            for batch in graph.batches(BATCH):
                store.write(batch)
            out[f"replace_{K}_at_{n}_s"] = round(time_replace(store, graph, repeats), 4)
            store.close()
            out[f"recover_{K}_at_{n}_s"] = round(time_recover(root, graph), 4)
    small, large = min(sizes), max(sizes)
    out["replace_ratio_largest_to_smallest"] = round(
        out[f"replace_{K}_at_{large}_s"] / out[f"replace_{K}_at_{small}_s"], 2)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    for key, value in run(sizes).items():
        print(f"{key:36} {value}")
