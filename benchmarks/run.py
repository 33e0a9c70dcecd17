"""Run every benchmark, print a table and write benchmarks/results.json.

Each module `benchmarks/bench_*.py` exposes `run() -> dict`; numbers are medians over repeats
measured in this one run, so that ratios compare like with like on a noisy machine.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))


def main(only: list[str]) -> None:
    """Run the benchmarks named in `only` (all of them when empty: `run.py serve explore`);
    results.json keeps the figures of the others from their last run."""
    out = ROOT / "results.json"
    results = json.loads(out.read_text(encoding="utf-8")) if only and out.exists() else {}
    for path in sorted(ROOT.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        module = importlib.import_module(f"benchmarks.{path.stem}")
        print(f"running {name} ...", flush=True)
        before = os.getloadavg()
        results[name] = module.run()
        # The machine is shared: the load around each benchmark says how far to trust it.
        results[name]["load_average_1m_before_after"] = [round(before[0], 1),
                                                        round(os.getloadavg()[0], 1)]
    for name, figures in results.items():
        if only and name not in only:
            continue
        print(f"\n{name}")
        for key, value in figures.items():
            print(f"  {key:32} {value}")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
