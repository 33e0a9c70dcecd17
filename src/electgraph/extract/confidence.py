"""The confidence of a fact: the precision that facts read the same way (kind, rule, near or
far) had on the annotated cases, from `data/confidence.json`, which `scripts/calibrate.py`
writes. Read by `judge`."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["confidence", "reload"]


@cache
def _table() -> dict[str, float]:
    import json  # here: importing the extractor stays light until it runs

    path = resources.files("electgraph.extract").joinpath("data/confidence.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {k: float(v) for k, v in data["confidence"].items()}


def reload() -> None:
    """Read the calibration table again (after `scripts/calibrate.py` wrote a new one)."""
    _table.cache_clear()


def confidence(key: str) -> float:
    """The calibrated precision of a reading, falling back to its rule's, then its kind's."""
    table = _table()
    kind, rule, _ = key.split("|")
    for k in (key, f"{kind}|{rule}|*", f"{kind}|*|*"):
        if k in table:
            return table[k]
    return table.get("*", 0.5)
