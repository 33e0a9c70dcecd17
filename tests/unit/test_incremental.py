"""Incremental resolution: a corpus ingested in several runs, in any order and any batch size,
gives the store of one run (same node and fact ids, same counts)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from electgraph.model import Article, Extraction
from electgraph.pipeline import ingest
from electgraph.stores.oxigraph import OxigraphStore
from incremental_corpus import RUNS, write_corpus


def snapshot(store: OxigraphStore) -> tuple[list[str], dict[str, object]]:
    quads = sorted(str(q) for q in store.raw.quads_for_pattern(None, None, None, None))
    return quads, store.stats().to_dict() | {"location": ""}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("incr") / "articles", 60)


@pytest.fixture(scope="module")
def one_run(corpus: list[Path]) -> tuple[list[str], dict[str, object]]:
    with OxigraphStore(None) as store:
        assert ingest(corpus, store, batch_size=1000).ok
        return snapshot(store)


@pytest.mark.parametrize("seed", [1, 2])
def test_five_daily_runs_give_the_one_run_store(
    corpus: list[Path], one_run: tuple[list[str], dict[str, object]], seed: int,
    tmp_path: Path,
) -> None:
    files = list(corpus)
    random.Random(seed).shuffle(files)
    again = 0
    with OxigraphStore(tmp_path / "store") as store:
        for day in range(RUNS):
            report = ingest(files[day::RUNS], store, batch_size=7)
            assert report.ok
            again += report.resolved_again
    assert again > 0  # earlier articles were placed anew, not only new ones
    with OxigraphStore(tmp_path / "store") as store:  # the state survives a reopen
        quads, stats = snapshot(store)
    assert stats == one_run[1]
    assert quads == one_run[0]


def test_batch_size_does_not_change_the_store(
    corpus: list[Path], one_run: tuple[list[str], dict[str, object]]
) -> None:
    with OxigraphStore(None) as store:
        assert ingest(corpus, store, batch_size=3).ok
        assert snapshot(store) == one_run


def test_two_workers_give_the_one_worker_store(
    corpus: list[Path], one_run: tuple[list[str], dict[str, object]]
) -> None:
    with OxigraphStore(None) as store:
        assert ingest(corpus, store, batch_size=10, workers=2).ok
        assert snapshot(store) == one_run


def test_a_rerun_extracts_nothing_and_changes_nothing(
    corpus: list[Path], one_run: tuple[list[str], dict[str, object]]
) -> None:
    from electgraph.extract import extract

    seen: list[str] = []

    def counting(article: Article) -> Extraction:
        seen.append(article.id)
        return extract(article)

    with OxigraphStore(None) as store:
        assert ingest(corpus, store, batch_size=25).ok
        report = ingest(corpus, store, batch_size=25, extractor=counting)
        assert report.ok
        assert seen == []  # skipped by the text's digest, before extraction
        assert len(report.written.unchanged) == report.articles == len(corpus)
        assert snapshot(store) == one_run


class _Killed(BaseException):
    """Stands for a kill -9: nothing after it runs, no handler sees it."""


class _DiesBeforeState(OxigraphStore):
    """The real store, stopped after the `after`-th batch's graph is committed and before its
    resolution records are: the window a kill -9 can hit between the two writes."""

    def __init__(self, path: Path, after: int) -> None:
        super().__init__(path)
        self.after = after

    def write(self, graph):  # type: ignore[no-untyped-def]
        report = super().write(graph)
        self.after -= 1
        if self.after == 0:
            raise _Killed
        return report


SAMPLES = Path(__file__).resolve().parents[2] / "data" / "articles"


@pytest.fixture(scope="module")
def samples_run() -> tuple[list[str], dict[str, object]]:
    with OxigraphStore(None) as store:
        assert ingest([SAMPLES], store, batch_size=2).ok
        return snapshot(store)


# Batches whose loss once changed a label or an alias (found by trying every batch).
@pytest.mark.parametrize("after", [1, 5, 6, 13])
def test_a_kill_between_graph_and_state_is_repaired_by_a_rerun(
    samples_run: tuple[list[str], dict[str, object]], after: int, tmp_path: Path
) -> None:
    # The rerun must not take the killed batch's articles as stored (their graph is), or the
    # counts later labels are computed from miss them and a node gets another of its names.
    with _DiesBeforeState(tmp_path / "store", after) as store, pytest.raises(_Killed):
        ingest([SAMPLES], store, batch_size=2)
    with OxigraphStore(tmp_path / "store") as store:
        assert ingest([SAMPLES], store, batch_size=2).ok
        assert snapshot(store) == samples_run
