#!/usr/bin/env python3
"""Draw the sample of facts whose focus spans a judge reads (issue 10: "at least 95% of focus
spans state the fact").

    python scripts/focus_sample.py > sample.json
    python scripts/focus_sample.py --seed 12 > sample-b.json   # a fresh draw for a second judge

50 facts from the real development half (data/real/dev, texts from $ELECTGRAPH_REAL_TEXTS),
shuffled with a fixed seed and drawn by kind quotas so that roles and attendance, the kinds that
matter most, are well represented. Each row has the fact, its focus, its anchors (where the
article names in full an end the focus names in part) and its sentence; a judge who sees no
code marks whether the fact is true, whether the focus alone states it, and whether the focus
with its anchors does.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import real_eval  # noqa: E402

from electgraph.extract import extract  # noqa: E402
from electgraph.ingest import parse_text  # noqa: E402

QUOTA = {"holds_role": 12, "attends": 10, "hosts": 6, "candidates": 7, "nominates": 7,
         "quotes": 4, "sanctions": 4}


def main() -> None:
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 11
    rows = []
    for path in sorted((ROOT / "data" / "real" / "dev").glob("*.json")):
        aid = path.stem
        text_file = real_eval.TEXTS / f"{aid}.txt"
        if not text_file.exists():
            print(f"focus_sample: no text for {aid}; left out", file=sys.stderr)
            continue
        article = parse_text(text_file.read_text(encoding="utf-8"), aid)
        x = extract(article)
        labels = {e.key: e.label for e in x.entities}
        for f in x.facts:
            a, b = f.evidence.focus
            rows.append({"article": aid, "kind": f.kind.value,
                         "subject": labels.get(f.subject, f.subject),
                         "object": labels.get(f.object or "", f.object),
                         "qualifiers": f.quals, "focus": article.text[a:b],
                         "anchors": [s.text for s in f.evidence.anchors],
                         "sentence": f.evidence.text, "confidence": f.evidence.confidence})
    random.Random(seed).shuffle(rows)
    out: list[dict[str, object]] = []
    count: dict[str, int] = {}
    for r in rows:
        if count.get(r["kind"], 0) < QUOTA.get(r["kind"], 0):
            count[r["kind"]] = count.get(r["kind"], 0) + 1
            out.append({"n": len(out) + 1, **r})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
