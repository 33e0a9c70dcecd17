"""Load test of `electgraph serve`: mixed `/api` calls at 8 concurrent clients.

The generated corpus (benchmarks/corpus.py) goes through the real extractor and resolver into an
on-disk embedded store; `electgraph serve --store DIR` then runs in a child process, as a user
would start it, and 8 clients (httpx, one connection pool each) send 200 requests drawn at random
(fixed seed) from a mix of what the explorer asks: entity pages (`explore` by id), `search` by
name, `entity`, `roles`, `holders` (without the sentences) and `events` of a body,
`neighbourhood`, `timeline` and `mentions`. Reported, in milliseconds: p50 and p95 of all
requests, and p95 of the entity pages (aim: under 200 ms), also of the first asking of each
question alone (`cold_`: the server keeps answers, so a repeated question is cheap) and p50/p95
per route (`routes`); `errors` counts answers other than 200 and failed requests (aim: 0).

The load starts when the server has warmed up (`warm_up_s`: from its start until `/api/stats`
answers; it reads every name and counts the store in the background as it opens a store).
Timed once, alone, after the load: `stats` (kept since the warm-up) and `holders` of a body with
the evidence sentences (its default; the mix asks without).

Size: 10,000 articles is the aim, but their ingest takes about 18 minutes on the 2-CPU machine
the figures in the README come from, so the default is 1,000 articles;
`EG_BENCH_SERVE_ARTICLES=10000 make bench` asks for more, `benchmarks/run.py serve` runs this
one alone, `python benchmarks/bench_serve.py STORE_DIR` loads an existing store.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from electgraph import query

ARTICLES = int(os.environ.get("EG_BENCH_SERVE_ARTICLES", "1000"))
REQUESTS, CLIENTS, SAMPLE = 200, 8, 40
# (weight, route, parameters from a sample): the mix of an analyst browsing.
MIX: list[tuple[int, str, str]] = [
    (30, "explore", "person"), (15, "search", "name"), (10, "roles", "person"),
    (8, "holders", "body"), (8, "events", "body"), (10, "neighbourhood", "person"),
    (8, "timeline", "person"), (8, "mentions", "person"), (3, "entity", "person"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _samples(store_dir: Path) -> dict[str, list[str]]:
    """Ids of people and bodies with roles, and the people's names, spread over the store."""
    from electgraph.stores.oxigraph import OxigraphStore

    store = OxigraphStore(store_dir, read_only=True)
    try:
        roles = query.holders(store, evidence=False)
        people = sorted({r.subject.id for r in roles})
        bodies = sorted({r.object.id for r in roles})
        people = people[:: max(1, len(people) // SAMPLE)][:SAMPLE]
        bodies = bodies[:: max(1, len(bodies) // (SAMPLE // 4))][: SAMPLE // 4]
        names = [query.entity(store, p).label for p in people]
    finally:
        store.close()
    return {"person": people, "body": bodies, "name": names}


def _requests(samples: dict[str, list[str]]) -> list[tuple[str, dict[str, str]]]:
    rng = random.Random(7)
    key = {"person": "entity", "body": "org", "name": "q"}
    out = []
    for _ in range(REQUESTS):
        [(_, route, kind)] = rng.choices(MIX, weights=[w for w, _, _ in MIX])
        value = rng.choice(samples[kind])
        params = {"q" if route == "explore" else "id" if route == "entity" else key[kind]: value}
        if route == "holders":
            params["evidence"] = "false"
        out.append((route, params))
    return out


async def _load(
    url: str, todo: list[tuple[str, dict[str, str]]]
) -> list[tuple[str, float, int, bool]]:
    """(route, milliseconds, status, whether the question was asked for the first time)."""
    queue: asyncio.Queue[tuple[str, dict[str, str]]] = asyncio.Queue()
    for item in todo:
        queue.put_nowait(item)
    done: list[tuple[str, float, int, bool]] = []
    asked: set[tuple[str, tuple[tuple[str, str], ...]]] = set()

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=60) as http:
            while not queue.empty():
                route, params = queue.get_nowait()
                key = (route, tuple(sorted(params.items())))
                first = key not in asked
                asked.add(key)
                t0 = time.perf_counter()
                try:
                    status = (await http.get(f"/api/{route}", params=params)).status_code
                except httpx.HTTPError:
                    status = 0
                done.append((route, (time.perf_counter() - t0) * 1000, status, first))

    await asyncio.gather(*(client() for _ in range(CLIENTS)))
    return done


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)


def measure(store_dir: Path) -> dict[str, Any]:
    """Serve `store_dir` and load it; the latency figures."""
    todo = _requests(_samples(store_dir))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    extra = os.environ.get("EG_BENCH_SERVE_ARGS", "").split()  # e.g. "--workers 2"
    proc = subprocess.Popen(
        [sys.executable, "-m", "electgraph", "serve", "--store", str(store_dir), "--port",
         str(port), *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    try:
        for _ in range(3000):
            try:
                if httpx.get(f"{url}/api/stats", timeout=600).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        warm_up_s = time.perf_counter() - started
        t0 = time.perf_counter()
        done = asyncio.run(_load(url, todo))
        wall = time.perf_counter() - t0
        alone = {"stats_ms": _once(f"{url}/api/stats", {}),
                 "holders_with_evidence_ms": _once(f"{url}/api/holders",
                                                   {"org": _todo_body(todo)})}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    all_ms = [ms for _, ms, _, _ in done]
    pages = [ms for route, ms, _, _ in done if route == "explore"]
    cold = [(route, ms) for route, ms, _, first in done if first]
    routes = sorted({route for route, *_ in done})
    return {
        "requests": len(done),
        "clients": CLIENTS,
        "errors": sum(1 for _, _, status, _ in done if status != 200),
        "warm_up_s": round(warm_up_s, 1),
        "p50_ms": _pct(all_ms, 0.5),
        "p95_ms": _pct(all_ms, 0.95),
        "mean_ms": round(statistics.fmean(all_ms), 1),
        "entity_page_p50_ms": _pct(pages, 0.5),
        "entity_page_p95_ms": _pct(pages, 0.95),
        "entity_page_p95_under_200ms": _pct(pages, 0.95) < 200,
        "cold_requests": len(cold),
        "cold_p50_ms": _pct([ms for _, ms in cold], 0.5),
        "cold_p95_ms": _pct([ms for _, ms in cold], 0.95),
        "cold_entity_page_p95_ms": _pct([ms for r, ms in cold if r == "explore"], 0.95),
        "requests_per_s": round(len(done) / wall, 1),
        "routes": {r: {"n": len(ms), "p50_ms": _pct(ms, 0.5), "p95_ms": _pct(ms, 0.95)}
                   for r in routes for ms in [[m for q, m, _, _ in done if q == r]]},
        **alone,
    }


def _todo_body(todo: list[tuple[str, dict[str, str]]]) -> str:
    return next(p["org"] for route, p in todo if route == "holders")


def _once(url: str, params: dict[str, str]) -> float | str:
    t0 = time.perf_counter()
    try:
        status = httpx.get(url, params=params, timeout=300).status_code
    except httpx.HTTPError as e:
        return f"error: {e}"
    return round((time.perf_counter() - t0) * 1000, 1) if status == 200 else f"status {status}"


def run(n_articles: int = ARTICLES) -> dict[str, Any]:
    from benchmarks.bench_explore import _build

    with tempfile.TemporaryDirectory(prefix="eg-bench-serve-") as tmp:
        store, build_s = _build(Path(tmp), n_articles)
        stats = query.stats(store)
        store.close()
        out: dict[str, Any] = {"articles": stats.articles,
                               "entities": sum(stats.nodes_by_type.values()),
                               "build_s": round(build_s, 1)}
        out.update(measure(Path(tmp) / "store"))
        return out


if __name__ == "__main__":
    import json

    if len(sys.argv) > 1 and Path(sys.argv[1]).is_dir():  # an existing store: no ingest
        print(json.dumps(measure(Path(sys.argv[1])), indent=2))
    else:
        print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else ARTICLES), indent=2))
