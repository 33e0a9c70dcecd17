#!/usr/bin/env python3
"""Calibrate the extractor's confidence on the annotated cases, or check the calibration.

    python scripts/calibrate.py          # write src/electgraph/extract/data/confidence.json and
                                         # print the check on the articles it was not fit on
    python scripts/calibrate.py --check dev  # the same table of bins on the dev half

Each predicted fact is judged as score.py judges it (a true or a false positive; one that
matches only an optional gold fact counts as neither) and grouped by its reading: kind, rule
and whether the words that state it are a phrase or a long stretch (`extract.judge.reading`).
A reading's confidence is its precision, shrunk towards its rule's and its kind's precision
when it was seen only a few times (m-estimate, m = 5), so rare readings do not claim 0 or 1.

Fit on real articles the rules were never tuned on: every other article of the held-out half
(data/real/heldout, in id order). The dev half cannot serve: its misses were read to write the
rules, so every reading looks surer there than on unseen news (0.98 against 0.91). The other
held-out articles check the table. Fitting a table of precisions reads only scores, never texts,
so the held-out half still never shapes a rule.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import real_eval  # noqa: E402

from electgraph.extract import extract  # noqa: E402
from electgraph.extract.judge import NEAR, reload  # noqa: E402
from electgraph.extract.render import to_facts  # noqa: E402
from electgraph.ingest import parse_text  # noqa: E402

OUT = ROOT / "src" / "electgraph" / "extract" / "data" / "confidence.json"
M = 5.0


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eg_score", real_eval.SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def reading(kind: str, row: dict[str, Any]) -> str:
    rule = str(row.get("rule", "")).removeprefix("electgraph.extract.").rsplit(".", 1)[0]
    ev = row.get("evidence", {})
    focus = ev.get("focus") or ev
    near = focus.get("end", 0) - focus.get("start", 0) <= NEAR
    return f"{kind}|{rule}|{'near' if near else 'far'}"


def judged(score: ModuleType, all_cases: list[dict[str, Any]]) -> list[tuple[str, float, bool]]:
    """(reading, confidence, right) for every prediction that counts."""
    out = []
    for case in all_cases:
        pred = to_facts(extract(parse_text(case["text"], case["id"])))
        gold = case["gold"]
        optional = gold.get("optional", {})
        for kind, fields in score.RELATIONS.items():
            if kind in score.OPTIONAL_KINDS and kind not in gold:
                continue
            left = list(gold.get(kind, []))
            for p in score._unique_facts(pred.get(kind) or [], fields):
                hit = next((g for g in left if score.fact_matches(g, p, fields)), None)
                if hit is not None:
                    left.remove(hit)
                elif any(score.fact_matches(o, p, fields) for o in optional.get(kind, [])):
                    continue
                conf = float(p.get("evidence", {}).get("confidence") or 0.0)
                out.append((reading(kind, p), conf, hit is not None))
    return out


def calibrate(rows: list[tuple[str, float, bool]]) -> dict[str, float]:
    count: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, _, right in rows:
        kind, rule, near = key.split("|")
        for k in (key, f"{kind}|{rule}|*", f"{kind}|*|*", "*"):
            count[k][0] += int(right)
            count[k][1] += 1
    glob = count["*"][0] / max(1, count["*"][1])
    table = {"*": round(glob, 3)}

    def shrink(k: str, prior: float) -> float:
        tp, n = count[k]
        return (tp + M * prior) / (n + M)

    for k in sorted(count):
        if k == "*":
            continue
        kind, rule, near = k.split("|")
        if rule == "*":
            table[k] = round(shrink(k, glob), 3)
    for k in sorted(count):
        kind, rule, near = [*k.split("|"), "", "", ""][:3]
        if k != "*" and rule != "*" and near == "*":
            table[k] = round(shrink(k, table[f"{kind}|*|*"]), 3)
    for k in sorted(count):
        kind, rule, near = [*k.split("|"), "", "", ""][:3]
        if k != "*" and rule != "*" and near != "*":
            table[k] = round(shrink(k, table[f"{kind}|{rule}|*"]), 3)
    return table


def check(rows: list[tuple[str, float, bool]]) -> None:
    bins = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    print("| predicted confidence | facts | mean predicted | observed precision |")
    print("|---|---|---|---|")
    for lo, hi in bins:
        inside = [(c, r) for _, c, r in rows if lo <= c < hi]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        prec = sum(r for _, r in inside) / len(inside)
        print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(inside)} | {mean:.2f} | {prec:.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", choices=("dev", "heldout"))
    args = ap.parse_args()
    score = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        if args.check:
            real_eval.build_cases(args.check, Path(tmp))
            check(judged(score, cases(Path(tmp))))
            return
        real_eval.build_cases("heldout", Path(tmp))
        heldout = cases(Path(tmp))
    fit, held = heldout[1::2], heldout[0::2]
    rows = judged(score, fit)
    table = calibrate(rows)
    OUT.write_text(json.dumps({"calibrated_on": len(fit), "facts": len(rows),
                               "confidence": table}, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    reload()
    print(f"{len(rows)} facts from {len(fit)} articles -> {OUT.relative_to(ROOT)}; "
          f"checked on the other {len(held)}:")
    check(judged(score, held))


if __name__ == "__main__":
    main()
