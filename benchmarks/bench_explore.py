"""Latency of the exploration API and of the example queries on a 10,000-article graph.

The generated corpus (benchmarks/corpus.py) goes through the real extractor and resolver into an
on-disk embedded store, once; then each question is asked `repeats` times for each of a fixed
sample of entities and the median is reported, in milliseconds:

* `explore` by id (the card: roles, events and hosts, quotes, articles, neighbours) and by name
  (the same plus fuzzy matching; a name shared by several people answers with the candidates,
  which is an answer too), for people, bodies and events;
* `roles_of`, `holders` of a body, `events_hosted_by`, `paths` (up to 4 facts), `timeline`;
* each example query of `ontology/queries/*.rq` (the README's) as SPARQL, with `?name` bound
  where the query takes it, in a child process with a time budget.

Aim: `explore` under 50 ms on the embedded store.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from electgraph import query
from electgraph.errors import AmbiguousName
from electgraph.stores.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "ontology" / "queries"
BATCH = 500
SAMPLE = 12


def _build(root: Path, n_articles: int) -> tuple[OxigraphStore, float]:
    from benchmarks.bench_rdf import corpus_graph

    t0 = time.perf_counter()
    graph = corpus_graph(n_articles)
    store = OxigraphStore(root / "store")
    for batch in graph.batches(BATCH):
        store.write(batch)
    return store, time.perf_counter() - t0


def _median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        with contextlib.suppress(AmbiguousName):  # the candidates answer a shared name
            fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _median_over(items: list[Any], ask: Callable[[Any], object], repeats: int) -> float:
    """The median over `items` of each item's median latency."""
    return round(statistics.median(_median_ms(partial(ask, i), repeats) for i in items), 2)


def _spread(items: list[Any], n: int) -> list[Any]:
    """`n` items spread evenly over a sorted list (deterministic)."""
    step = max(1, len(items) // n)
    return items[::step][:n]


def run(n_articles: int = 10_000, repeats: int = 5, rq_budget_s: float = 60.0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="eg-bench-explore-") as tmp:
        store, build_s = _build(Path(tmp), n_articles)
        try:
            out = _measure(store, build_s, repeats)
        finally:
            store.close()
        out.update(_example_queries(Path(tmp) / "store", out.pop("_name"), rq_budget_s))
        return out


def _measure(store: OxigraphStore, build_s: float, repeats: int) -> dict[str, Any]:
    roles = query.holders(store)
    people = _spread(sorted({r.subject.id for r in roles}), SAMPLE)
    bodies = _spread(sorted({r.object.id for r in roles}), SAMPLE // 2)
    hosted = [r.object.id for b in bodies for r in query.events_hosted_by(store, b)[:1]]
    names = [query.entity(store, p).label for p in people]
    stats = query.stats(store)
    out: dict[str, Any] = {
        "articles": stats.articles,
        "statements": stats.statements,
        "entities": sum(stats.nodes_by_type.values()),
        "build_s": round(build_s, 1),
        "explore_person_by_id_ms": _median_over(people, lambda i: query.explore(store, i),
                                                repeats),
        # Generated names repeat across provinces: most answer with their namesakes.
        "explore_person_by_name_ms": _median_over(names, lambda n: query.explore(store, n),
                                                  repeats),
        "explore_body_ms": _median_over(bodies, lambda i: query.explore(store, i), repeats),
        "explore_event_ms": _median_over(hosted, lambda i: query.explore(store, i), repeats),
        "search_ms": _median_over(names, lambda n: query.search(store, n), repeats),
        "roles_of_ms": _median_over(people, lambda i: query.roles_of(store, i), repeats),
        "holders_of_body_ms": _median_over(
            bodies, lambda i: query.holders(store, org=i), repeats),
        "events_hosted_by_ms": _median_over(
            bodies, lambda i: query.events_hosted_by(store, i), repeats),
        "paths_ms": _median_over(list(zip(people, reversed(people), strict=True)),
                                 lambda ab: query.paths(store, ab[0], ab[1], 4), repeats),
        "neighbourhood_2_ms": _median_over(
            people, lambda i: query.neighbourhood(store, i, 2), repeats),
        "timeline_ms": _median_over(people, lambda i: query.timeline(store, i), repeats),
        "_name": names[0],
    }
    out["explore_under_50ms"] = max(out["explore_person_by_id_ms"],
                                    out["explore_person_by_name_ms"]) < 50
    return out


# Each example query runs in a child process with a time budget: written naively, some take
# minutes on a big store, and a query cannot be interrupted from Python. The child opens the
# store read-only (the parent has closed it), runs the query up to 5 times within 5 s and
# prints the median.
_RQ = """
import json, statistics, sys, time
from electgraph.stores.oxigraph import OxigraphStore
store = OxigraphStore(sys.argv[1], read_only=True)
text, params, times = open(sys.argv[2], encoding="utf-8").read(), json.loads(sys.argv[3]), []
while len(times) < 5 and sum(times) < 5.0:
    t0 = time.perf_counter()
    store.query(text, params)
    times.append(time.perf_counter() - t0)
store.close()
print(json.dumps({"ms": round(statistics.median(times) * 1000, 2), "runs": len(times)}))
"""


def _example_queries(store_dir: Path, name: str, budget_s: float) -> dict[str, Any]:
    """Median latency of each `ontology/queries/*.rq` (`sparql_<stem>_ms`), binding ?name
    where the query says it takes it; "timeout > N s" past `budget_s` (the child is killed,
    the next query runs) and "error: ..." if the child failed."""
    import json
    import subprocess
    import sys

    out: dict[str, Any] = {}
    for path in sorted(QUERIES.glob("*.rq")):
        params = {"name": name} if "Parameter: ?name" in path.read_text(encoding="utf-8") else {}
        key = f"sparql_{path.stem}_ms"
        try:
            done = subprocess.run(
                [sys.executable, "-c", _RQ, str(store_dir), str(path), json.dumps(params)],
                capture_output=True, text=True, timeout=budget_s, check=True, cwd=ROOT,
            )
            out[key] = json.loads(done.stdout)["ms"]
        except subprocess.TimeoutExpired:
            out[key] = f"timeout > {budget_s:.0f} s"
        except (subprocess.CalledProcessError, ValueError, KeyError) as e:
            stderr = getattr(e, "stderr", "") or ""
            out[key] = "error: " + (stderr.strip().splitlines() or [str(e)])[-1]
    return out


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000), indent=2))
