"""`make fuzz`: the reliability figures of issue 15, measured.

1. The fuzz (tests/unit/test_fuzz_pipeline.py) in parallel workers, each with its own
   Hypothesis seed, in rounds until `--cases` mutated articles have gone through read ->
   extract -> resolve -> store -> read back (one example is a batch of articles);
2. the robustness suite (bad input files), the fault tests and the kill -9 trials on the
   embedded store and on Neo4j (those skip without NEO4J_URI; scripts/fuzz.sh starts a server).

Prints the figures and writes them to docs/fuzz-results.json; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
FUZZ = "tests/unit/test_fuzz_pipeline.py"
# module -> what its passing tests count as.
SUITES = {
    "tests/unit/test_robustness.py": "robustness tests",
    "tests/unit/test_faults.py": "fault tests",
    "tests/e2e/test_kill_embedded.py": "kill -9 trials, embedded store",
    "tests/e2e/test_kill_neo4j.py": "kill -9 trials, Neo4j",
}
ARTICLES_PER_EXAMPLE = 6.5  # measured: batches of 2-16 files, some unreadable on purpose
ROUND = 1_500  # examples per pytest run at most (a worker saves its counts every 10)


def pytest(args: list[str], env: dict[str, str], junit: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *args],
        cwd=ROOT, env=env)


def outcomes(junit: Path) -> Counter[str]:
    """passed / failed / skipped per test file, from a JUnit XML report."""
    counts: Counter[str] = Counter()
    if not junit.exists():  # the suites' run was stopped: nothing counted, exit 1 below
        return counts
    for case in ET.parse(junit).iter("testcase"):
        # "tests.unit.test_faults" for a function, "...test_faults.TestX" for a method.
        name = case.get("classname", "")
        module = name.replace(".", "/") + ".py"
        if not (ROOT / module).exists():
            module = name.rsplit(".", 1)[0].replace(".", "/") + ".py"
        states = {child.tag for child in case}
        state = ("failed" if states & {"failure", "error"} else
                 "skipped" if "skipped" in states else "passed")
        counts[f"{module} {state}"] += 1
    return counts


def _done(tmp: Path) -> Counter[str]:
    """The counts of every worker so far: each writes its file every 10 examples."""
    totals: Counter[str] = Counter()
    for stats in tmp.glob("stats-*.json"):
        try:
            totals.update(json.loads(stats.read_text(encoding="utf-8")))
        except ValueError:  # being rewritten this moment: counted at the next look
            continue
    return totals


def fuzz(cases: int, workers: int, tmp: Path, minutes: float = 0,
         keep_going: bool = False) -> tuple[Counter[str], int]:
    """`workers` loops of pytest runs until `cases` articles are done in all, or `minutes`
    have passed (0: no limit; the runs still going are stopped then); the summed counts and
    the number of failed runs.

    Each worker starts its next run as soon as its last one ends (rounds in step left one
    core idle while the other finished), with as many examples as the articles still to do
    need, at most ROUND: a run's start (imports, assertion rewriting) is paid once per ROUND
    examples. A failed run stops the others (the first failure is what the log shows), or
    with `keep_going` is counted and the worker goes on with a new seed: every failure of the
    cases asked for is then in the log and the figures."""
    failed: list[int] = []
    lock = threading.Lock()
    seeds = itertools.count(int(time.time()))
    running: set[subprocess.Popen[bytes]] = set()
    out_of_time, halt = threading.Event(), threading.Event()

    def stop() -> None:
        with lock:
            out_of_time.set()
            for proc in running:  # stopped: their counts up to the last 10 examples are kept
                proc.terminate()

    timer = threading.Timer(minutes * 60, stop)
    if minutes:
        timer.start()

    def worker() -> None:
        while not halt.is_set() and not out_of_time.is_set():
            todo = cases - _done(tmp)["articles"]
            if todo <= 0:
                return
            examples = min(ROUND, max(20, int(todo / workers / ARTICLES_PER_EXAMPLE) + 1))
            with lock:
                seed = next(seeds)
                env = dict(os.environ, FUZZ_EXAMPLES=str(examples),
                           FUZZ_STATS=str(tmp / f"stats-{seed}.json"))
                env.pop("CI", None)  # the CI profile derandomizes: every run would be the same
                proc = pytest([FUZZ, f"--hypothesis-seed={seed}"], env, tmp / f"fuzz-{seed}.xml")
                running.add(proc)
            code = proc.wait()
            with lock:
                running.discard(proc)
                if code != 0 and not out_of_time.is_set() and not halt.is_set():
                    failed.append(seed)
                    # A run that left no counts did not start (an import error): going on
                    # would fail the same way.
                    if not keep_going or not (tmp / f"stats-{seed}.json").exists():
                        halt.set()
                        for other in running:  # stopped: their counts up to now are kept
                            other.terminate()
            print(f"fuzz: {_done(tmp)['articles']:,} articles so far", flush=True)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    timer.cancel()
    return _done(tmp), len(failed)


# What a failed check's message starts with (tests/unit/test_fuzz_pipeline.py) -> its figure.
CHECKS = {
    "lost articles": "lost or merged articles",
    "merged articles": "lost or merged articles",
    "articles stored twice": "duplicated articles",
    "read-back difference": "read-back differences",
}


def failures_by_kind(reports: Iterable[Path]) -> Counter[str]:
    """The failed tests of JUnit `reports`, by kind: a crash is any exception but a failed
    assertion; a failed assertion is its check's kind (CHECKS), else "other failed checks"."""
    kinds: Counter[str] = Counter()
    for junit in reports:
        if not junit.exists():
            continue
        for case in ET.parse(junit).iter("testcase"):
            for bad in (c for c in case if c.tag in ("failure", "error")):
                message = bad.get("message", "")
                if not message.startswith("AssertionError"):
                    kinds["crashes"] += 1
                    continue
                kinds[next((v for k, v in CHECKS.items() if k in message),
                           "other failed checks")] += 1
    return kinds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000, help="mutated articles (100,000)")
    ap.add_argument("--workers", type=int, default=int(os.environ.get("FUZZ_WORKERS", "0"))
                    or os.cpu_count() or 2)
    ap.add_argument("--minutes", type=float, default=float(os.environ.get("FUZZ_MINUTES", "0")),
                    help="stop the fuzz after this long, the cases not reached (0: no limit)")
    ap.add_argument("--keep-going", action="store_true",
                    default=bool(os.environ.get("FUZZ_KEEP_GOING")),
                    help="count a failed fuzz run and go on (default: stop the fuzz)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "fuzz-results.json")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    sys.path.insert(0, str(ROOT / "tests"))
    from test_robustness import KINDS

    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as name:
        tmp = Path(name)
        stats, failed_workers = fuzz(args.cases, args.workers, tmp, args.minutes,
                                     args.keep_going)
        fuzz_seconds = time.monotonic() - t0
        fuzz_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        load = os.getloadavg()[1]  # over the last 5 minutes of the fuzz
        env = dict(os.environ)
        suites = pytest(list(SUITES), env, tmp / "suites.xml")
        suites_failed = suites.wait() != 0
        counts = outcomes(tmp / "suites.xml")
        kinds = failures_by_kind([*tmp.glob("fuzz-*.xml"), tmp / "suites.xml"])
    by_suite = {label: counts[f"{module} passed"] for module, label in SUITES.items()}
    trials = (by_suite["kill -9 trials, embedded store"] + by_suite["kill -9 trials, Neo4j"])
    failures = failed_workers + sum(v for k, v in counts.items() if k.endswith(" failed"))
    figures = {
        "bad input kinds": len(KINDS),
        "fuzz cases (mutated articles through read, extract, resolve, store, read back)":
            stats["articles"],
        "fuzz cases asked": args.cases,
        "fuzz examples (batches)": stats["examples"] + stats["replace examples"],
        "articles stored and read back equal": stats["articles stored and read back"],
        "articles replaced (store equal to a clean load)": stats["articles replaced"],
        "evidence spans checked": stats["evidence spans"],
        "mention spans checked": stats["mention spans"],
        "person mentions whitespace-normalised (a fixed defect, counted if it comes back)":
            stats["person mentions whitespace-normalised (known defect)"],
        "replacements whose alias statements depend on the label history (a fixed defect, "
        "counted if it comes back)":
            stats["alias statements that depend on the label history (known defect)"],
        "unreadable files reported (one line each)": stats["read failures"],
        "id collisions reported": stats["collisions reported"],
        "crash trials (kill -9 of ingest or of the Neo4j server)": trials,
        "faults injected (extractor, store write, kill -9)":
            stats["extractor faults injected"] + stats["store faults injected"] + trials,
        **by_suite,
        "skipped (no Neo4j server)": sum(v for k, v in counts.items() if k.endswith("skipped")),
        # Every check is an assertion or an exception: a failed fuzz run or suite test is
        # one of these, named in the log above.
        **{kind: kinds[kind] for kind in ("crashes", *dict.fromkeys(CHECKS.values()),
                                          "other failed checks")},
        "fuzz wall time (s)": round(fuzz_seconds),
        "fuzz CPU time (s)": round(fuzz_cpu.ru_utime + fuzz_cpu.ru_stime),
        "load average at the end of the fuzz (5 min)": round(load, 1),
        "total wall time (s)": round(time.monotonic() - t0),
        "workers": args.workers,
        "fuzz time budget (minutes; 0: none)": args.minutes,
        "fuzz runs failed (each stops at its first failing example)": failed_workers,
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:{width}}  {value:,}")
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if failures or suites_failed or stats["articles"] < args.cases else 0


if __name__ == "__main__":
    sys.exit(main())
