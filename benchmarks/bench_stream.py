"""Streaming ingest at scale: peak RSS and rate of `electgraph ingest` on generated articles.

    .venv/bin/python benchmarks/bench_stream.py 10000 30000 --workers 2

Each size is ingested into a fresh embedded store by a child process run under
`/usr/bin/time -v` (its "Maximum resident set size" is the peak RSS, children included only
for the worker processes' own lines). `--extract-only` times extraction alone with 1 and N
workers (the parallel speed-up).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import generate

EG = Path(sys.executable).with_name("electgraph")


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate(count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest(corpus: Path, store: Path, workers: int, batch: int) -> dict[str, float]:
    cmd = ["/usr/bin/time", "-v", str(EG), "ingest", str(corpus), "--store", str(store),
           "--workers", str(workers), "--batch-size", str(batch), "--format", "json"]
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
    from functools import partial

    from electgraph.extract import extract
    from electgraph.ingest import iter_files, read_file
    from electgraph.streaming import extract_one

    articles = [a for p in list(iter_files([corpus]))[:limit] for a in read_file(p)[0]]
    fn = partial(extract_one, extract, 0.0)
    start = time.perf_counter()
    if workers == 1:
        for a in articles:
            fn(a)
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(fn, articles, chunksize=32))
    return len(articles) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", type=int, nargs="*", default=[10_000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--extract-only", type=int, default=0, help="articles for the speed-up")
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
            out = ingest(corpus, root / f"s{n}", args.workers, args.batch_size)
            out |= {"articles": n, "rate": round(n / out["seconds"], 1),
                    "workers": args.workers, "batch_size": args.batch_size}
            print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
