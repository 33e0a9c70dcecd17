"""The Dask engine (`ingest --engine dask`) and the bulk path (partitioned N-Quads loaded with
`bulk_load`): on a real `LocalCluster` of 2 worker processes, the store is the plain ingest's,
quad for quad and in its counts; a bad file is reported and the rest stored; a rerun adds
nothing; a load that does not finish leaves no article of the run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from test_incremental import snapshot
from typer.testing import CliRunner

from electgraph.bulk import NQuadsSink
from electgraph.cli import app
from electgraph.pipeline import ingest
from electgraph.stores import _rdf_gc
from electgraph.stores.oxigraph import OxigraphStore
from incremental_corpus import write_corpus

distributed = pytest.importorskip("distributed")

Snapshot = tuple[list[str], dict[str, object]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("dask") / "articles", 40)


@pytest.fixture(scope="module")
def one_run(corpus: list[Path]) -> Snapshot:
    """The plain ingest: one worker, batch writes."""
    with OxigraphStore(None) as store:
        assert ingest(corpus, store, batch_size=1000, bulk=False).ok
        return snapshot(store)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of 2 single-threaded worker processes, as CI's; its address is what
    `--scheduler` takes."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


def test_dask_engine_gives_the_plain_store(
    corpus: list[Path], one_run: Snapshot, scheduler: str
) -> None:
    with OxigraphStore(None) as store:
        report = ingest(corpus, store, batch_size=9, engine="dask", scheduler=scheduler)
        assert report.ok
        assert len(report.written.added) == len(corpus)
        assert snapshot(store) == one_run


@pytest.mark.parametrize("workers", [1, 2])
def test_bulk_path_of_the_plain_engine_gives_the_plain_store(
    corpus: list[Path], one_run: Snapshot, workers: int, tmp_path: Path
) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        assert ingest(corpus, store, batch_size=7, bulk=True, workers=workers,
                      parts_dir=tmp_path / "parts").ok
    assert list((tmp_path / "parts").iterdir()) == []  # the partitions are gone once loaded
    with OxigraphStore(tmp_path / "store") as store:
        assert snapshot(store) == one_run


def test_node_descriptions_split_over_several_files_give_the_plain_store(
    corpus: list[Path], one_run: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The descriptions wait on disk and are loaded in files of a bounded size (so that the
    load's memory does not grow with the run): split small, the store is the same."""
    import electgraph.bulk

    monkeypatch.setattr(electgraph.bulk, "_DESCRIPTION_LINES_PER_FILE", 5)
    with OxigraphStore(tmp_path / "store") as store:
        assert ingest(corpus, store, batch_size=7, bulk=True, workers=1).ok
    with OxigraphStore(tmp_path / "store") as store:
        assert snapshot(store) == one_run


def test_dask_engine_into_a_store_that_holds_articles_writes_batches(
    corpus: list[Path], one_run: Snapshot, scheduler: str
) -> None:
    """Not empty: no bulk load, the store's transactions, with incremental resolution."""
    with OxigraphStore(None) as store:
        assert ingest(corpus[::2], store, batch_size=5).ok
        report = ingest(corpus[1::2], store, batch_size=5, engine="dask", scheduler=scheduler)
        assert report.ok
        assert snapshot(store) == one_run


def test_a_bad_file_is_reported_the_rest_stored_and_a_rerun_adds_nothing(
    corpus: list[Path], one_run: Snapshot, tmp_path: Path
) -> None:
    """Through the CLI, with the LocalCluster `--engine dask` starts itself."""
    folder = corpus[0].parent
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    store = tmp_path / "store"

    def run() -> dict[str, Any]:
        result = CliRunner().invoke(app, [
            "ingest", str(folder), str(bad), "--engine", "dask", "--workers", "2",
            "--store", str(store), "--batch-size", "16", "--json"])
        assert result.exit_code == 1, result.output  # something failed: said by the exit code
        summary: dict[str, Any] = json.loads(result.stdout)
        assert summary["failures"] == [f"{bad}: read failed: is not valid JSON (line 1: "
                                       "Expecting property name enclosed in double quotes)"]
        return summary

    first = run()
    assert first["added"] == len(corpus)
    with OxigraphStore(store) as s:
        assert snapshot(s) == one_run
    again = run()
    assert (again["added"], again["unchanged"]) == (0, len(corpus))
    assert again["statements_before"] == again["statements_after"] == first["statements_after"]
    with OxigraphStore(store) as s:
        assert snapshot(s) == one_run


def test_an_unfinished_load_leaves_no_article_and_a_rerun_loads_them(
    corpus: list[Path], one_run: Snapshot, tmp_path: Path
) -> None:
    """A run killed while it loads: the journal names the run's articles, so the store drops
    what was loaded of them when next opened, and running again gives the whole store."""
    from electgraph.resolve import resolve

    location = tmp_path / "store"
    with OxigraphStore(location) as store:
        sink = NQuadsSink(store, tmp_path / "parts")
        graph = resolve([_extract(p) for p in corpus[:10]])
        sink.write(graph)
        sink._collect(wait=True)
        # What `finish` does up to the kill: the journal, then part of the files.
        store.raw.extend(_rdf_gc.journal(store.base, [a.id for a in graph.articles], ()))
        store.raw.bulk_load(path=sink._parts[0], format=ox.RdfFormat.N_QUADS)
        assert store.count() > 0
    with OxigraphStore(location) as store:  # opening recovers
        assert store.count() == 0
        assert ingest(corpus, store, batch_size=1000, bulk=True).ok
        assert snapshot(store) == one_run


def test_an_unknown_engine_is_named_with_the_known_ones(corpus: list[Path]) -> None:
    from electgraph.errors import UnknownNameError

    with OxigraphStore(None) as store, pytest.raises(UnknownNameError, match="dask"):
        ingest(corpus, store, engine="spark")


def _extract(path: Path) -> Any:
    from electgraph.extract import extract
    from electgraph.ingest import read_file_safely

    (article,), _ = read_file_safely(path)
    return extract(article)
