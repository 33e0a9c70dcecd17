"""Streaming ingest at scale: peak RSS and rate of `electgraph ingest` on generated articles.

    .venv/bin/python benchmarks/bench_stream.py 10000 30000 --workers 2
    .venv/bin/python benchmarks/bench_stream.py 10000 50000 100000 --bulk   # the bulk path
    make bench ONLY=stream     # run(): sizes from BENCH_STREAM_SIZES (default 10000)

Each size is ingested into a fresh embedded store by a child process run under
`/usr/bin/time -v` (its "Maximum resident set size" is the peak RSS, children included only
for the worker processes' own lines). `--extract-only` times extraction alone with 1 and N
workers (the parallel speed-up).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import generate
from electgraph.pipeline import DEFAULT_BATCH

EG = Path(sys.executable).with_name("electgraph")


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate(count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest(corpus: Path, store: Path, workers: int, batch: int,
           bulk: bool = False) -> dict[str, float]:
    cmd = ["/usr/bin/time", "-v", str(EG), "ingest", str(corpus), "--store", str(store),
           "--workers", str(workers), "--batch-size", str(batch), "--format", "json",
           "--bulk" if bulk else "--no-bulk"]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file())
    return {"seconds": round(seconds, 1), "peak_rss_mb": int(rss.group(1)) // 1024 if rss else -1,
            "disk_mb": round(size / 2**20, 1)}


def extract_rate(corpus: Path, workers: int, limit: int) -> float:
    """Articles/s extracted by `workers` processes the way the ingest runs them (its pool,
    its tasks, batches of DEFAULT_BATCH two in flight), timed after every worker has loaded
    its gazetteers."""
    from functools import partial

    from electgraph.extract import extract
    from electgraph.ingest import iter_files, read_file
    from electgraph.streaming import extract_one, in_flight, pool_submit, worker_pool

    articles = [a for p in list(iter_files([corpus]))[:limit] for a in read_file(p)[0]]
    fn = partial(extract_one, extract, 0.0)
    fn(articles[0])  # warm this process's gazetteers
    pool = worker_pool(workers)
    try:
        if pool is not None:
            list(pool.map(fn, articles[:workers * 4]))  # warm the workers
        batches = [articles[i : i + DEFAULT_BATCH] for i in range(0, len(articles), DEFAULT_BATCH)]
        start = time.perf_counter()
        for _ in in_flight(batches, pool_submit(pool, fn, workers)):
            pass
        return len(articles) / (time.perf_counter() - start)
    finally:
        if pool is not None:
            pool.shutdown()


def load() -> str:
    """The machine's load averages, as `uptime` shows them: the rates depend on it."""
    import os

    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run(repeats: int = 5, speedup_articles: int = 800) -> dict[str, Any]:
    """`make bench`: extraction with 1 and 2 workers side by side (medians of `repeats`), then
    ingest at each size of BENCH_STREAM_SIZES (peak RSS, rate, bytes on disk per article)."""
    import os
    import statistics

    sizes = [int(n) for n in os.environ.get("BENCH_STREAM_SIZES", "10000").split(",")]
    out: dict[str, Any] = {"load_before": load()}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "x", speedup_articles)
        one, two = [], []
        for _ in range(repeats):  # alternated, so that a change of load hits both alike
            one.append(extract_rate(corpus, 1, speedup_articles))
            two.append(extract_rate(corpus, 2, speedup_articles))
        out |= {"extract_1_worker_per_s": round(statistics.median(one), 1),
                "extract_2_workers_per_s": round(statistics.median(two), 1),
                "speedup_2_workers": round(statistics.median(two) / statistics.median(one), 2),
                # each repeat's pair was run back to back: its ratio sees the same load
                "speedup_2_workers_paired": round(statistics.median(
                    b / a for a, b in zip(one, two, strict=True)), 2),
                "load_after_speedup": load()}
        for n in sizes:
            corpus = write_corpus(root / f"c{n}", n)
            got = ingest(corpus, root / f"s{n}", 2, DEFAULT_BATCH)
            out[f"ingest_{n}"] = got | {
                "rate_per_s": round(n / got["seconds"], 1),
                "disk_kb_per_article": round(got["disk_mb"] * 1024 / n, 1), "load": load()}
            shutil.rmtree(root / f"s{n}")
            shutil.rmtree(corpus)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="*", default=[10_000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    ap.add_argument("--extract-only", type=int, default=0, help="articles for the speed-up")
    ap.add_argument("--bulk", action="store_true", help="ingest by the bulk path (empty store)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.extract_only:
            corpus = write_corpus(root / "x", args.extract_only)
            one = extract_rate(corpus, 1, args.extract_only)
            many = extract_rate(corpus, args.workers, args.extract_only)
            print(json.dumps({"articles": args.extract_only, "rate_1": round(one, 1),
                              f"rate_{args.workers}": round(many, 1),
                              "speedup": round(many / one, 2)}), flush=True)
        for n in args.sizes:
            corpus = write_corpus(root / f"c{n}", n)
            out = ingest(corpus, root / f"s{n}", args.workers, args.batch_size, args.bulk)
            out |= {"articles": n, "rate": round(n / out["seconds"], 1),
                    "disk_kb_per_article": round(out["disk_mb"] * 1024 / n, 1),
                    "workers": args.workers, "batch_size": args.batch_size,
                    "bulk": args.bulk, "load": load()}
            shutil.rmtree(root / f"s{n}")
            shutil.rmtree(corpus)
            print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
