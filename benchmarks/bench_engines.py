"""Plain ingest vs the bulk path vs the Dask engine, side by side on one generated corpus.

    .venv/bin/python benchmarks/bench_engines.py 2000 --repeats 3
    make bench ONLY=engines    # run(): sizes from BENCH_ENGINES_SIZES (default 2000,10000)

Each mode runs `electgraph ingest CORPUS --workers 2` into a fresh embedded store in a child
process, the modes alternated within each repeat so that a change of the machine's load hits
all alike; figures are medians. Modes: `plain` (batch writes, `--no-bulk`), `bulk` (the same
process pool, partitions bulk-loaded: `--bulk`) and `dask` (`--engine dask`: a LocalCluster of
2 workers, partitions bulk-loaded). Peak RSS is given twice: of the largest single process
(`/usr/bin/time -v`) and of the whole process tree (sampled every 0.2 s with psutil: the
workers and, for Dask, the scheduler's nannies count too). The load average is recorded with
every run: this machine has 2 cores shared with other people's work.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.bench_stream import load, write_corpus

EG = Path(sys.executable).with_name("electgraph")
MODES = {"plain": ["--no-bulk"], "bulk": ["--bulk"], "dask": ["--engine", "dask"]}


def _tree_rss(pid: int) -> int:
    import psutil  # comes with distributed (the dask extra)

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker that just exited
            total += p.memory_info().rss
    return total


def measured(cmd: list[str], what: str, env: dict[str, str] | None = None
             ) -> tuple[str, str, float, int]:
    """Run `cmd`: (stdout, stderr, wall seconds, peak RSS of its process tree in bytes,
    sampled every 0.2 s); a failed run stops the benchmark, saying `what` failed."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    peak = [0]

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], _tree_rss(child.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"{what}: exit {child.returncode}\n{err[-2000:]}")
    return out, err, seconds, peak[0]


def ingest(corpus: Path, store: Path, mode: str, workers: int) -> dict[str, Any]:
    cmd = ["/usr/bin/time", "-v", str(EG), "ingest", str(corpus), "--store", str(store),
           "--workers", str(workers), "--format", "json", *MODES[mode]]
    load_before = load()
    out, err, seconds, tree_rss = measured(cmd, mode)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    summary = json.loads(out)
    return {"seconds": seconds, "peak_rss_mb": int(rss.group(1)) // 1024 if rss else -1,
            "tree_rss_mb": tree_rss // 2**20, "statements": summary["statements_after"],
            "load": f"{load_before} -> {load()}"}


def compare(corpus: Path, root: Path, n: int, repeats: int, workers: int) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    for r in range(repeats):
        order = list(MODES)[r % len(MODES):] + list(MODES)[: r % len(MODES)]
        for mode in order:
            store = root / f"s-{mode}"
            runs[mode].append(ingest(corpus, store, mode, workers))
            shutil.rmtree(store)
    out: dict[str, Any] = {}
    for mode, got in runs.items():
        seconds = statistics.median(g["seconds"] for g in got)
        out[mode] = {
            "median_s": round(seconds, 1), "rate_per_s": round(n / seconds, 1),
            "peak_rss_mb": statistics.median(g["peak_rss_mb"] for g in got),
            "tree_rss_mb": statistics.median(g["tree_rss_mb"] for g in got),
            "statements": sorted({g["statements"] for g in got}),
            "loads": [g["load"] for g in got]}
    plain = out["plain"]["median_s"]
    out["speedup_vs_plain"] = {m: round(plain / out[m]["median_s"], 2) for m in ("bulk", "dask")}
    return out


def run(repeats: int = 3) -> dict[str, Any]:
    """`make bench`: every mode at each size of BENCH_ENGINES_SIZES."""
    sizes = [int(n) for n in os.environ.get("BENCH_ENGINES_SIZES", "2000,10000").split(",")]
    out: dict[str, Any] = {"cores": os.cpu_count(), "load_before": load()}
    with tempfile.TemporaryDirectory(prefix="electgraph-bench-engines-") as tmp:
        root = Path(tmp)
        for n in sizes:
            corpus = write_corpus(root / f"c{n}", n)
            out[f"articles_{n}"] = compare(corpus, root, n, repeats, 2)
            shutil.rmtree(corpus)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="*", default=[2000])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--tmp", default=None, help="folder for the corpus and stores")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        root = Path(tmp)
        for n in args.sizes:
            corpus = write_corpus(root / f"c{n}", n)
            got = compare(corpus, root, n, args.repeats, args.workers)
            print(json.dumps({"articles": n, "cores": os.cpu_count()} | got), flush=True)
            shutil.rmtree(corpus)


if __name__ == "__main__":
    main()
