"""The cheap tests that let the nominates and sanctions rules pass over most articles.

An article that holds no nomination cue, or names no sanction, is passed over without its
clauses being read; that must never change what the rules find. These tests run the rules
with and without the pass-over on every article at hand and compare the facts, so a new rule
that finds a nomination or a sanction without a cue or a label fails here, not silently.
"""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

import pytest

from electgraph.extract import extract, nominates, sanctions
from electgraph.extract.render import to_json
from electgraph.ingest import parse_text
from electgraph.model import Article

ROOT = Path(__file__).resolve().parents[2]
REAL = Path("/work/realnews/texts")


def _articles() -> list[Article]:
    found = []
    for folder in ("cases", "heldout"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            found.append(parse_text(case["text"], case["id"]))
    found += [parse_text(p.read_text(encoding="utf-8"), p.name) for p in sorted(REAL.glob("*.txt"))]
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate

    found += [parse_text(text, name) for name, text in generate(100)]
    # A cue written with a letter that str.lower() turns into two ("İ" -> "i" and a dot).
    found.append(parse_text(
        "Judul\n\nPasangan Ahmad Rahman-Siti Lestari dİusung PKS dan Gerindra.\n", "folds-cue"))
    return found


def test_passing_over_changes_no_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    assert len(articles) > 150
    quick = [json.dumps(to_json(extract(a)), sort_keys=True) for a in articles]
    monkeypatch.setattr(nominates, "_may_cue", lambda text: True)
    monkeypatch.setattr(sanctions, "_may_name_sanction", lambda text: True)
    full = [json.dumps(to_json(extract(a)), sort_keys=True) for a in articles]
    differ = [a.id for a, q, f in zip(articles, quick, full, strict=True) if q != f]
    assert not differ, f"passing over changed the facts of {differ}"


def test_the_pass_over_happens() -> None:
    """Most articles hold neither: the tests above would pass with a check that never skips."""
    plain = "Judul\n\nKPU Kabupaten Garut menggelar rapat pleno di Aula KPU Garut.\n"
    assert not nominates._may_cue(plain)
    assert not sanctions._may_name_sanction(plain)
    assert nominates._may_cue(plain + "Pasangan itu diusung PKS.")
    assert sanctions._may_name_sanction(plain + "DKPP menjatuhkan sanksi teguran.")


def test_every_letter_that_ignorecase_folds_to_ascii_is_known() -> None:
    """`_SANCTION` ignores case: a letter that it matches with an ASCII letter but str.lower()
    does not turn into that letter must be in FOLDS_TO_ASCII, or a sanction written with it
    would be passed over."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    missing = [
        c
        for c in map(chr, range(0x80, sys.maxunicode + 1))
        if ascii_letter.fullmatch(c)
        and not (len(c.lower()) == 1 and c.lower() in string.ascii_lowercase)
        and c not in sanctions.FOLDS_TO_ASCII
    ]
    assert not missing
