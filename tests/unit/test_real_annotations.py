"""The real-article annotations in data/real: well formed as ../shared/eval/FORMAT.md defines
them, and holding URLs and annotations only, never an article's text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

_REAL = Path(__file__).resolve().parents[2] / "data" / "real"
_CASES = sorted(_REAL.glob("*/*.json"))
_FACT_KINDS = ("holds_role", "attends", "hosts", "relates_to", "quotes", "candidates",
               "nominates", "sanctions")


def _values(fact: dict[str, Any]) -> list[Any]:
    return list(fact.values())


def test_there_are_annotations_in_both_halves() -> None:
    assert {p.parent.name for p in _CASES} == {"dev", "heldout"}


@pytest.mark.parametrize("path", _CASES, ids=lambda p: p.stem)
def test_an_annotation_is_well_formed(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["id"] == path.stem
    assert "text" not in case, "the repository keeps URLs and annotations, not article text"
    assert case["real_source_url"].startswith("http")
    gold = case["gold"]
    for kind in _FACT_KINDS:
        for fact in gold.get(kind, []):
            for value in _values(fact):
                # alternatives are a flat list of labels (and null): a nested list is read as
                # no alternative at all by the scorer
                assert not (isinstance(value, list) and any(isinstance(v, list) for v in value)), (
                    f"{kind} {fact}: write alternatives as one flat list")
                # [null] alone accepts only a prediction that names nothing; "names none" is null
                assert value != [None], f"{kind} {fact}: write null, not [null]"
