"""The resolution state a run reads and writes for a person name does not grow with the number
of earlier articles that mention it (issue 11: a long run was quadratic), and a state written
in the old layout is refused with a clear error."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from pathlib import Path
from statistics import median

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
        self.keys: set[str] = set()

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        found = super().read_state(keys)
        self.bytes += sum(len(k) + len(v) for k, v in found.items() if k.startswith(PERSON))
        return found

    def write_state(self, items: Mapping[str, str | None]) -> None:
        self.bytes += sum(len(k) + len(v or "") for k, v in items.items()
                          if k.startswith(PERSON))
        self.keys.update(items)
        super().write_state(items)

    def state(self) -> dict[str, str]:
        return self.read_state(self.keys)


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
    monkeypatch.setattr(_persons, "SHARD", 4)  # so that groups are resharded in the test
    per_run = []
    with _Counting() as store:
        for i in range(60):  # a daily run of one article each
            store.bytes = 0
            assert ingest([_article(i, tmp_path)], store).ok
            per_run.append(store.bytes)
        summary = json.loads(store.read_state(["n:person:ahmad saputra"])[
            "n:person:ahmad saputra"])
        daily = store.state()
    with _Counting() as store:
        assert ingest([_article(i, tmp_path) for i in range(60)], store, batch_size=7).ok
        once = store.state()
    # What a run reads and writes of the name does not grow with the runs before it: the
    # median of runs 41-60 is that of runs 11-30 (the shards an article joins vary in size;
    # a group laid out again when its number of shards doubles is a rare, larger run).
    assert median(per_run[40:]) <= median(per_run[10:30]) + 32, per_run
    assert summary["h"] == {"32": 12}
    assert sum(n for groups in summary["f"].values() for n in groups.values()) == 48
    # The records depend on the articles stored, not on the runs and batches they came in.
    assert {k for k in daily if k.startswith("f:")} == {k for k in once if k.startswith("f:")}
    assert daily == once


def test_a_state_in_the_old_layout_is_refused(tmp_path: Path) -> None:
    with OxigraphStore(None) as store:
        store.write_state({"n:person:ahmad saputra": json.dumps(
            {"article:old": ["32", "32", "person:ahmad saputra@32"]})})
        with pytest.raises(StoreLayoutError, match="Ingest the articles again"):
            ingest([_article(1, tmp_path)], store)
