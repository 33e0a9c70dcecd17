"""The resolution state per batch: does a batch's cost grow with what is stored before it?

    .venv/bin/python benchmarks/bench_state.py 5000                  # this tree
    .venv/bin/python benchmarks/bench_state.py 5000 --tree main=/work/wt-main/src --tree \
        this=src                                                     # side by side
    make bench ONLY=state      # run(): BENCH_STATE_SIZE articles (default 2000), this tree

N generated articles are ingested into a fresh embedded store in `--runs` consecutive runs
(as daily runs would), batches of `--batch`, one process (`--workers 1`). Each tree runs in a
child process whose PYTHONPATH puts its `src` first. Per batch it times staging (pass 1,
extraction left out: timed apart) and resolving + writing (pass 2), and counts the bytes of
state records read and written (keys + values; the person records `n:`/`f:`/`s:` apart), then
compares the first and the last tenth of batches. The store's quads are hashed (a multiset
digest: the order of quads does not count) so that the trees' stores can be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PERSON = ("n:", "f:", "s:")


def write_corpus(folder: Path, count: int) -> list[Path]:
    """The articles, in one folder both trees read: their paths are stored with them."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate

    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, text in generate(count):
        files.append(folder / name)
        files[-1].write_text(text, encoding="utf-8")
    return files


def child(corpus: Path, runs: int, batch: int) -> dict[str, Any]:
    """Ingest in this process (the tree on PYTHONPATH) and measure; JSON-able figures."""
    sys.path.insert(0, str(ROOT))
    import electgraph
    import electgraph.resolve as resolve
    import electgraph.streaming as streaming
    from electgraph.extract import extract
    from electgraph.pipeline import ingest
    from electgraph.stores.oxigraph import OxigraphStore

    counted: dict[str, int] = {"all": 0, "person": 0}

    class Counting(OxigraphStore):
        def read_state(self, keys: Any) -> dict[str, str]:
            found = super().read_state(keys)
            _count(found.items())
            return found

        def write_state(self, items: Any) -> None:
            _count((k, v or "") for k, v in items.items())
            super().write_state(items)

    def _count(pairs: Any) -> None:
        for k, v in pairs:
            n = len(k.encode()) + len(v.encode())
            counted["all"] += n
            counted[k[:2]] = counted.get(k[:2], 0) + n
            if k.startswith(PERSON):
                counted["person"] += n

    stage_rows: list[dict[str, float]] = []
    write_rows: list[dict[str, float]] = []
    extract_s = [0.0]

    def timed(fn: Callable[..., Any], rows: list[dict[str, float]], skip: Any = None
              ) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            before = dict(counted)
            start = time.perf_counter()
            out = fn(*args, **kwargs)
            if skip is None or not skip(args, kwargs):
                row = {"s": time.perf_counter() - start}
                row.update({k: v - before.get(k, 0) for k, v in counted.items()})
                rows.append(row)
            return out
        return wrapper

    def extractor(article: Any) -> Any:
        start = time.perf_counter()
        out = extract(article)
        extract_s[0] += time.perf_counter() - start
        return out

    # Pass 2 of a batch is `resolve_stored` then `_write`: timed as one row (summed below).
    resolve_rows: list[dict[str, float]] = []
    resolve.stage = timed(resolve.stage, stage_rows)  # type: ignore[attr-defined]
    resolve.resolve_stored = timed(  # type: ignore[attr-defined]
        resolve.resolve_stored, resolve_rows, skip=lambda a, k: not k.get("defer"))
    streaming._write = timed(  # type: ignore[attr-defined]
        streaming._write, write_rows, skip=lambda a, k: k.get("again"))

    files = sorted(corpus.iterdir())
    with tempfile.TemporaryDirectory(prefix="bench-state-") as tmp:
        start = time.perf_counter()
        again = 0
        with Counting(Path(tmp) / "store") as store:
            size = -(-len(files) // runs)
            for i in range(0, len(files), size):
                report = ingest(files[i : i + size], store, batch_size=batch, workers=1,
                                extractor=extractor)
                assert report.ok, report.failures[:3]
                again += report.resolved_again
            total = time.perf_counter() - start
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            digest, quads = 0, 0
            for q in store.raw.quads_for_pattern(None, None, None, None):
                digest += int.from_bytes(hashlib.sha256(str(q).encode()).digest()[:16], "big")
                quads += 1
            stats = store.stats().to_dict() | {"location": ""}
        state_mb = (Path(tmp) / "store" / "resolution-state.sqlite3").stat().st_size / 2**20
    pass2 = [{k: r.get(k, 0) + w.get(k, 0) for k in r.keys() | w.keys()}
             for r, w in zip(resolve_rows, write_rows, strict=True)]
    return {
        "electgraph": str(Path(electgraph.__file__).parents[1]),
        "articles": len(files), "runs": runs, "batch": batch, "batches": len(stage_rows),
        "seconds": round(total, 1), "extract_s": round(extract_s[0], 1),
        "resolved_again": again, "peak_rss_mb": rss, "state_file_mb": round(state_mb, 1),
        "stage": _tenths(stage_rows), "resolve_write": _tenths(pass2),
        "resolve": _tenths(resolve_rows), "write": _tenths(write_rows),
        "quads": quads, "quads_digest": f"{digest % 2**128:032x}",
        "stats_digest": hashlib.sha256(json.dumps(stats, sort_keys=True).encode()).hexdigest(),
    }


def _tenths(rows: list[dict[str, float]]) -> dict[str, Any]:
    """Means of the first and the last tenth of batches (ms; KB of state, all and person)."""
    tenth = max(1, len(rows) // 10)

    def mean(part: list[dict[str, float]]) -> dict[str, Any]:
        def kb(key: str) -> float:
            return round(sum(r.get(key, 0) for r in part) / len(part) / 1024, 1)

        prefixes = sorted({k for r in part for k in r if k.endswith(":")})
        return {"ms": round(1000 * sum(r["s"] for r in part) / len(part), 1),
                "state_kb": kb("all"), "person_kb": kb("person"),
                "by_record_kb": {k: kb(k) for k in prefixes}}

    return {"first": mean(rows[:tenth]), "last": mean(rows[-tenth:])}


def measure(src: Path, corpus: Path, runs: int, batch: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    done = subprocess.run(
        [sys.executable, __file__, "0", "--runs", str(runs), "--batch", str(batch),
         "--child", str(corpus)], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load_average_1m_after"] = round(os.getloadavg()[0], 1)
    return result


def run() -> dict[str, Any]:
    count = int(os.environ.get("BENCH_STATE_SIZE", "2000"))
    with tempfile.TemporaryDirectory(prefix="bench-state-corpus-") as tmp:
        write_corpus(Path(tmp) / "articles", count)
        return measure(ROOT / "src", Path(tmp) / "articles", 10, 100)


def _table(results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    print(f"{'':38}" + "".join(f"{n:>22}" for n in names))
    for label, get in [
        ("stage ms/batch, first tenth", lambda r: r["stage"]["first"]["ms"]),
        ("stage ms/batch, last tenth", lambda r: r["stage"]["last"]["ms"]),
        ("resolve+write ms/batch, first tenth", lambda r: r["resolve_write"]["first"]["ms"]),
        ("resolve+write ms/batch, last tenth", lambda r: r["resolve_write"]["last"]["ms"]),
        ("  resolve ms/batch, first / last", lambda r: "{} / {}".format(
            r["resolve"]["first"]["ms"], r["resolve"]["last"]["ms"])),
        ("  write (graph, state) ms, first / last", lambda r: "{} / {}".format(
            r["write"]["first"]["ms"], r["write"]["last"]["ms"])),
        ("state KB/batch (both passes), first", lambda r: round(
            r["stage"]["first"]["state_kb"] + r["resolve_write"]["first"]["state_kb"], 1)),
        ("state KB/batch (both passes), last", lambda r: round(
            r["stage"]["last"]["state_kb"] + r["resolve_write"]["last"]["state_kb"], 1)),
        ("  of which person records, first", lambda r: round(
            r["stage"]["first"]["person_kb"] + r["resolve_write"]["first"]["person_kb"], 1)),
        ("  of which person records, last", lambda r: round(
            r["stage"]["last"]["person_kb"] + r["resolve_write"]["last"]["person_kb"], 1)),
        ("whole ingest s (extraction s)", lambda r: f"{r['seconds']} ({r['extract_s']})"),
        ("peak RSS MB", lambda r: r["peak_rss_mb"]),
        ("state file MB", lambda r: r["state_file_mb"]),
        ("resolved again", lambda r: r["resolved_again"]),
        ("quads", lambda r: r["quads"]),
        ("quads digest", lambda r: r["quads_digest"][:16]),
        ("load average after", lambda r: r["load_average_1m_after"]),
    ]:
        print(f"{label:38}" + "".join(f"{get(results[n])!s:>22}" for n in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--tree", action="append", default=[],
                        help="NAME=SRC: a tree's src folder (default: this one)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the corpus folder
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.runs, args.batch)))
        return
    trees = dict(t.split("=", 1) for t in args.tree) or {"this": str(ROOT / "src")}
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-state-corpus-") as tmp:
        corpus = Path(tmp) / "articles"
        write_corpus(corpus, args.count)
        for name, src in trees.items():
            print(f"{name}: {src} ...", file=sys.stderr, flush=True)
            results[name] = measure(Path(src), corpus, args.runs, args.batch)
    print(json.dumps(results, indent=1))
    _table(results)
    digests = {(r["quads"], r["quads_digest"], r["stats_digest"]) for r in results.values()}
    print("stores identical (quads and stats):", len(digests) == 1)


if __name__ == "__main__":
    main()
