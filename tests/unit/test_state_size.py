"""The resolution state a run reads and writes for a person name does not grow with the number
of earlier articles that mention it (issue 11: a long run was quadratic), and a state written
in the old layout is refused with a clear error."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from pathlib import Path

import pytest

from electgraph.errors import StoreLayoutError
from electgraph.pipeline import ingest
from electgraph.resolve import _persons
from electgraph.stores.oxigraph import OxigraphStore
from incremental_corpus import roleless_article

PERSON = ("n:", "f:", "s:")


def placed_article(n: int, place: str, region: str, name: str) -> str:
    return (f"Bawaslu {region} Awasi Tahapan Nomor {n}\n"
            f"{place}, WARTAPEMILU.ID - Ketua Bawaslu Kabupaten {region}, {name}, memimpin "
            "apel pengawasan Pilkada Serentak 2024, Kamis (10/10/2024).\n")


class _Counting(OxigraphStore):
    """The embedded store, counting the bytes of the person records read and written."""

    def __init__(self) -> None:
        super().__init__(None)
        self.bytes = 0

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        found = super().read_state(keys)
        self.bytes += sum(len(k) + len(v) for k, v in found.items() if k.startswith(PERSON))
        return found

    def write_state(self, items: Mapping[str, str | None]) -> None:
        self.bytes += sum(len(k) + len(v or "") for k, v in items.items()
                          if k.startswith(PERSON))
        super().write_state(items)


def _article(i: int, folder: Path) -> Path:
    # One name in every article: placed in Garut every fifth one, else quoted with no role
    # from Palembang or Garut (two groups of role-less mentions).
    if i % 5 == 0:
        text = placed_article(i, "GARUT", "Garut", "Ahmad Saputra")
    else:
        text = roleless_article(i, ("PALEMBANG", "GARUT")[i % 2], "Ahmad Saputra")
    path = folder / f"a{i:03d}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_person_records_of_a_run_do_not_grow_with_earlier_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_persons, "CHUNK", 4)  # a chunk's size must not matter either
    per_run = []
    with _Counting() as store:
        for i in range(60):  # a daily run of one article each
            store.bytes = 0
            assert ingest([_article(i, tmp_path)], store).ok
            per_run.append(store.bytes)
        summary = json.loads(store.read_state(["n:person:ahmad saputra"])[
            "n:person:ahmad saputra"])
    # Runs 20 and 60 hold the same kind of article: what they read and write of the name is
    # the same size, up to the digits of the counts.
    assert per_run[59] <= per_run[19] + 16, per_run
    assert per_run[58] <= per_run[18] + 16, per_run
    assert summary["h"] == {"32": 12}
    assert sum(g[0] for groups in summary["f"].values() for g in groups.values()) == 48


def test_a_state_in_the_old_layout_is_refused(tmp_path: Path) -> None:
    with OxigraphStore(None) as store:
        store.write_state({"n:person:ahmad saputra": json.dumps(
            {"article:old": ["32", "32", "person:ahmad saputra@32"]})})
        with pytest.raises(StoreLayoutError, match="Ingest the articles again"):
            ingest([_article(1, tmp_path)], store)
