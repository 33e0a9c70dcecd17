#!/usr/bin/env python3
"""Rebuild one real article's text from the `pages` corpus excerpt of its URL, and check it.

    python scripts/rebuild_real_text.py ID RAW_EXCERPT_FILE [--texts DIR]

The repository keeps each real article's annotation and URL, not its text (data/real/README.md).
To get the text back: search the `pages` corpus for the headline, save the excerpt whose URL is
the annotation's `real_source_url` verbatim to a file, and run this. It applies the
annotation's `text_recipe` in the readings a recipe allows (the headline line before it, the
cut fragments at either end, the `end` marker, blank lines collapsed, trailing spaces dropped),
writes DIR/ID.txt ($ELECTGRAPH_REAL_TEXTS, default /work/realnews/texts) and prints EXACT when
a reading has the annotated text's SHA-256, else APPROX with the length difference (the
closest reading is written: `real_eval.py` scores it with a warning). A `custom` recipe says in
words what to edit in the excerpt first.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEXTS = Path(os.environ.get("ELECTGRAPH_REAL_TEXTS", "/work/realnews/texts"))


def annotation(case_id: str) -> dict[str, Any]:
    for half in ("dev", "heldout"):
        path = ROOT / "data" / "real" / half / f"{case_id}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    sys.exit(f"no annotation {case_id} in data/real/dev or data/real/heldout")


def _ends(body: str, recipe: dict[str, Any]) -> list[str]:
    """The body with the recipe's cuts at its ends, its `end` marker, a truncated last line."""
    out = [body]
    end = recipe.get("end") or ""
    if end and end in body:
        out += [body[: body.rfind(end) + len(end)], body[: body.find(end) + len(end)]]
    cuts = recipe.get("cuts_chars") or []
    if (n := sum(cuts)) > 0:
        out += [body[:-n], body[:-n].rstrip(), body[n:], body[n:].lstrip()]
        if len(cuts) > 1:
            out += [body[cuts[0] : -sum(cuts[1:])], body[sum(cuts[1:]) : -cuts[0]]]
    lines = body.rstrip("\n").split("\n")
    if len(lines) > 1:
        out += ["\n".join(lines[:-1]), "\n".join(lines[:-1]) + "\n"]
    if m := re.search(r"^(.*[.!?\"”)])[^.!?\"”)]*$", body, re.S):
        out.append(m.group(1))
    return out


def readings(raw: str, recipe: dict[str, Any]) -> Iterator[str]:
    seen: set[str] = set()
    for body in (raw, raw.rstrip(), raw.strip(), raw.lstrip()):
        for cut in _ends(body, recipe):
            stripped = "\n".join(line.rstrip() for line in cut.split("\n"))
            for text in (cut, cut + "\n", re.sub(r"\n{2,}", "\n", cut), stripped,
                         re.sub(r"\n{2,}", "\n", stripped)):
                if text not in seen:
                    seen.add(text)
                    yield text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("case_id")
    ap.add_argument("raw", type=Path, help="the excerpt as the pages corpus returned it")
    ap.add_argument("--texts", type=Path, default=TEXTS)
    args = ap.parse_args()
    case = annotation(args.case_id)
    recipe = case.get("text_recipe") or {}
    want, length = case["text_sha256"], case["text_chars"]
    heads = [""]
    if recipe.get("head"):
        head = recipe["head"]
        heads = [head + recipe.get("sep", "\n"), head + "\n", head + "\n\n", ""]
    raw = args.raw.read_text(encoding="utf-8")
    best: tuple[int, str] | None = None
    for head, body in itertools.product(heads, readings(raw, recipe)):
        text = head + body
        if hashlib.sha256(text.encode()).hexdigest() == want:
            best = (0, text)
            print(f"EXACT {args.case_id}")
            break
        if best is None or abs(len(text) - length) < best[0]:
            best = (abs(len(text) - length), text)
    else:
        assert best is not None
        print(f"APPROX {args.case_id}: length off by {best[0]} (annotated {length}); recipe "
              f"{json.dumps(recipe, ensure_ascii=False)[:300]}")
    args.texts.mkdir(parents=True, exist_ok=True)
    (args.texts / f"{args.case_id}.txt").write_text(best[1], encoding="utf-8")


if __name__ == "__main__":
    main()
