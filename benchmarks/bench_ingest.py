"""End-to-end ingest of two source trees side by side (a branch against main): rate, CPU time
and peak RSS of `electgraph ingest` on generated articles.

    git archive main | tar -x -C /tmp/main-src
    .venv/bin/python benchmarks/bench_ingest.py 2000 10000 --tree main=/tmp/main-src/src \\
        --tree branch=src --repeats 3
    make bench ONLY=ingest     # run(): this checkout alone, sizes from BENCH_INGEST_SIZES

Each run is `python -m electgraph ingest` into a fresh embedded store in a child process with
the tree's `src` first on PYTHONPATH, under `/usr/bin/time -v` (CPU time of the process and
its reaped children; peak RSS of the largest process) with the whole process tree's RSS sampled
every 0.2 s (`bench_engines._tree_rss`). Modes: `plain` (one process, batch writes), `plain-2w`
(2 extraction workers, batch writes) and `bulk-2w` (2 workers, partitions bulk-loaded). Within
a repeat every tree runs every mode, the order rotated from one repeat to the next, so that a
change of the machine's load (2 cores shared with other people's work) hits all alike; the
figures are medians, the load averages are recorded with every run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.bench_engines import measured
from benchmarks.bench_stream import load, write_corpus

MODES = {
    "plain": ["--workers", "1", "--no-bulk"],
    "plain-2w": ["--workers", "2", "--no-bulk"],
    "bulk-2w": ["--workers", "2", "--bulk"],
}
SRC = Path(__file__).resolve().parents[1] / "src"


def ingest(src: Path, corpus: Path, store: Path, mode: str) -> dict[str, Any]:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "electgraph", "ingest", str(corpus),
           "--store", str(store), "--format", "json", *MODES[mode]]
    env = os.environ | {"PYTHONPATH": str(src)}
    load_before = load()
    out, err, seconds, tree_rss = measured(cmd, f"{src} {mode}", env)

    def field(name: str) -> float:
        found = re.search(rf"{re.escape(name)}: ([\d.]+)", err)
        return float(found.group(1)) if found else -1.0

    summary = json.loads(out)
    return {"seconds": seconds,
            "cpu_s": field("User time (seconds)") + field("System time (seconds)"),
            "peak_rss_mb": int(field("Maximum resident set size (kbytes)")) // 1024,
            "tree_rss_mb": tree_rss // 2**20, "statements": summary["statements_after"],
            "load": f"{load_before} -> {load()}"}


def _digest(store: Path) -> str:
    """A digest of the store's quads, sorted: equal for equal stores."""
    import hashlib

    import pyoxigraph as ox

    raw = ox.Store.read_only(str(store))
    h = hashlib.blake2b(digest_size=16)
    for line in sorted(str(q) for q in raw.quads_for_pattern(None, None, None, None)):
        h.update(line.encode("utf-8") + b"\n")
    del raw
    return h.hexdigest()


def compare(trees: dict[str, Path], corpus: Path, root: Path, n: int, repeats: int,
            modes: list[str]) -> dict[str, Any]:
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    plan = [(t, m) for m in modes for t in trees]
    for r in range(repeats):
        shift = r % len(plan)
        for tree, mode in plan[shift:] + plan[:shift]:
            store = root / f"s-{tree}-{mode}"
            got = ingest(trees[tree], corpus, store, mode)
            got["disk_mb"] = round(sum(p.stat().st_size for p in store.rglob("*")
                                       if p.is_file()) / 2**20, 1)
            if r == 0:  # every tree and mode must build the same store
                got["quads_digest"] = _digest(store)
            runs.setdefault((tree, mode), []).append(got)
            shutil.rmtree(store)
            print(json.dumps({"articles": n, "tree": tree, "mode": mode} | got), flush=True)
    out: dict[str, Any] = {}
    for (tree, mode), got in runs.items():
        seconds = statistics.median(g["seconds"] for g in got)
        out.setdefault(tree, {})[mode] = {
            "median_s": round(seconds, 1), "rate_per_s": round(n / seconds, 1),
            "cpu_s": round(statistics.median(g["cpu_s"] for g in got), 1),
            "peak_rss_mb": statistics.median(g["peak_rss_mb"] for g in got),
            "tree_rss_mb": statistics.median(g["tree_rss_mb"] for g in got),
            "disk_mb": statistics.median(g["disk_mb"] for g in got),
            "statements": sorted({g["statements"] for g in got}),
            "quads_digest": sorted({g["quads_digest"] for g in got if "quads_digest" in g}),
            "loads": [g["load"] for g in got]}
    if len(trees) == 2:
        base, new = list(trees)
        out[f"speedup_{new}_vs_{base}"] = {
            m: round(out[base][m]["median_s"] / out[new][m]["median_s"], 2) for m in modes}
    return out


def run(repeats: int = 3) -> dict[str, Any]:
    """`make bench`: this checkout, every mode at each size of BENCH_INGEST_SIZES."""
    sizes = [int(n) for n in os.environ.get("BENCH_INGEST_SIZES", "2000").split(",")]
    out: dict[str, Any] = {"cores": os.cpu_count(), "load_before": load()}
    with tempfile.TemporaryDirectory(prefix="electgraph-bench-ingest-") as tmp:
        root = Path(tmp)
        for n in sizes:
            corpus = write_corpus(root / f"c{n}", n)
            out[f"articles_{n}"] = compare({"this": SRC}, corpus, root, n, repeats, list(MODES))
            shutil.rmtree(corpus)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="*", default=[2000])
    ap.add_argument("--tree", action="append", default=[],
                    help="NAME=SRC_DIR, in order (the first is the baseline); default: this one")
    ap.add_argument("--mode", action="append", choices=list(MODES), default=[])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tmp", default=None, help="folder for the corpus and stores")
    ap.add_argument("--corpus", default=None, help="folder of already generated articles")
    args = ap.parse_args()
    trees = {k: Path(v).resolve() for k, v in (t.split("=", 1) for t in args.tree)}
    trees = trees or {"this": SRC}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        root = Path(tmp)
        for n in args.sizes:
            corpus = Path(args.corpus) / f"c{n}" if args.corpus else write_corpus(
                root / f"c{n}", n)
            got = compare(trees, corpus, root, n, args.repeats, args.mode or list(MODES))
            print(json.dumps({"articles": n, "cores": os.cpu_count(), "summary": got}),
                  flush=True)


if __name__ == "__main__":
    main()
