#!/usr/bin/env python3
"""Score the extractor on the real-article set (data/real): annotations in the repository,
article texts outside it.

The repository keeps each real article's URL and our annotation, never its text (the text
belongs to its outlet). The texts live in a folder of `<id>.txt` files, `$ELECTGRAPH_REAL_TEXTS`
(default /work/realnews/texts); each is checked against the annotation's `text_sha256`. The
texts are rebuilt from the `pages` corpus's excerpts by the recipe in each annotation
(`text_recipe`: the headline line added, edits); a text that differs from the annotated one is
scored anyway, with a warning, and counted in the summary line.

    python scripts/real_eval.py dev                # the development half (tune on it)
    python scripts/real_eval.py heldout            # the held-out half: only at milestones
    python scripts/real_eval.py dev --verbose      # misses and false positives per article

Prints score.py's table and the figures issue 10 asks for: relations F1 over the six kinds
extracted since the start (nominates and sanctions apart), entities F1, holds_role precision.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = Path(os.environ.get("ELECTGRAPH_SCORER", ROOT.parent / "shared" / "eval" / "score.py"))
TEXTS = Path(os.environ.get("ELECTGRAPH_REAL_TEXTS", "/work/realnews/texts"))
SIX = ("holds_role", "attends", "hosts", "relates_to", "quotes", "candidates")


def build_cases(half: str, into: Path) -> tuple[int, list[str]]:
    n, changed = 0, []
    for path in sorted((ROOT / "data" / "real" / half).glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        text_file = TEXTS / f"{case['id']}.txt"
        if not text_file.exists():
            print(f"real_eval: warning: no text for {case['id']} in {TEXTS} "
                  "(set ELECTGRAPH_REAL_TEXTS); not scored", file=sys.stderr)
            changed.append(case["id"])
            continue
        text = text_file.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest() != case["text_sha256"]:
            print(f"real_eval: warning: {text_file} is not byte for byte the text "
                  f"{case['id']} was annotated on ({len(text) - case['text_chars']:+} chars)",
                  file=sys.stderr)
            changed.append(case["id"])
        case["text"] = text
        (into / path.name).write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        n += 1
    return n, changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("half", choices=("dev", "heldout"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--cmd", default=f"{ROOT / '.venv/bin/electgraph'} extract {{dir}} "
                    "--format facts")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        n, changed = build_cases(args.half, Path(tmp))
        base = [sys.executable, str(SCORER), tmp, "--cmd", args.cmd]
        table = subprocess.run(base + (["--verbose"] if args.verbose else []), check=True,
                               capture_output=True, text=True).stdout
        figures = json.loads(subprocess.run([*base, "--json"], check=True, capture_output=True,
                                            text=True).stdout)
    print(table)
    tp = sum(figures[k]["tp"] for k in SIX)
    gold = sum(figures[k]["gold"] for k in SIX)
    pred = sum(figures[k]["pred"] for k in SIX)
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.half}: {n} articles; relations (six kinds) P {p:.3f} R {r:.3f} F1 {f1:.3f}; "
          f"entities F1 {figures['entities']['f1']:.3f}; "
          f"holds_role P {figures['holds_role']['p']:.3f}"
          + (f"; {len(changed)} texts missing or rebuilt approximately" if changed else ""))


if __name__ == "__main__":
    main()
