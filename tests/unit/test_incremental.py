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
