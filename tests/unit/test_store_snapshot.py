"""A reader beside a writer opens the writer's snapshot, never the files the writer changes
(pyoxigraph calls a read-only open beside a writer undefined behaviour)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from electgraph.errors import StoreError
from electgraph.pipeline import ingest
from electgraph.stores import _snapshot
from electgraph.stores._sparql import ARTICLE_COUNT
from electgraph.stores.oxigraph import OxigraphStore

DATA = Path(__file__).resolve().parents[2] / "data" / "articles"
SEED = DATA / "000_banyuasin_rakor_spip.txt"

# Another process: opens the store, writes every article, says how many the store holds, and
# keeps it open until its stdin closes.
WRITER = """
import sys
from electgraph.pipeline import ingest
from electgraph.stores._sparql import ARTICLE_COUNT
from electgraph.stores.oxigraph import OxigraphStore
with OxigraphStore(sys.argv[1]) as s:
    ingest([sys.argv[2]], s)
    print(s.query(ARTICLE_COUNT).rows[0][0], flush=True)
    sys.stdin.read()
"""


def articles(location: Path) -> int:
    with OxigraphStore(location, read_only=True) as s:
        return int(str(s.query(ARTICLE_COUNT).rows[0][0]))


def test_a_reader_beside_a_writer_reads_the_graph_as_the_writer_found_it(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    with OxigraphStore(store) as s:
        ingest([SEED], s)
    assert not (store / _snapshot.SNAPSHOT).exists()  # withdrawn when the writer closed
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(DATA)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        written = int(writer.stdout.readline())
        assert written > 1
        assert _snapshot.written_by_another(store)
        assert _snapshot.reading_location(store) == store / _snapshot.SNAPSHOT
        assert articles(store) == 1  # the snapshot: before the writer's articles
    finally:
        writer.communicate("", timeout=120)
    assert writer.returncode == 0
    assert not _snapshot.written_by_another(store)
    assert not (store / _snapshot.SNAPSHOT).exists()
    assert articles(store) == written


def test_a_writer_without_a_snapshot_turns_readers_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    OxigraphStore(store).close()
    monkeypatch.setattr(_snapshot, "_PUBLISH_WAIT_S", 0.2)
    holder = subprocess.Popen(  # holds RocksDB's lock with no snapshot beside it
        [sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(store)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="has published no snapshot"):
            OxigraphStore(store, read_only=True)
    finally:
        holder.communicate("", timeout=60)
    assert articles(store) == 0  # free again: the store itself


def test_a_long_lived_reader_moves_to_the_snapshot_and_back(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with OxigraphStore(store) as s:
        ingest([SEED], s)
    with OxigraphStore(store, read_only=True) as reader:  # `serve`: open for the whole run
        count = lambda: int(str(reader.query(ARTICLE_COUNT).rows[0][0]))  # noqa: E731
        assert count() == 1
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(DATA)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            assert writer.stdout is not None
            written = int(writer.stdout.readline())
            assert count() == 1
            assert reader._reading == store / _snapshot.SNAPSHOT
        finally:
            writer.communicate("", timeout=120)
        assert count() == written  # the writer is done: its articles are seen
        assert reader._reading == store


def _store_beside_a_writer(tmp_path: Path) -> tuple[Path, subprocess.Popen[str], int]:
    """A store of one article, a writer holding it open with all of DATA written, and how many
    articles the writer's store holds."""
    store = tmp_path / "store"
    with OxigraphStore(store) as s:
        ingest([SEED], s)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(DATA)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    return store, writer, int(writer.stdout.readline())


def _articles_then_end(store: Path, writer: subprocess.Popen[str]) -> int:
    """How many articles a reader finds, the writer ended afterwards if the read has not."""
    try:
        return articles(store)
    finally:
        if writer.poll() is None:
            writer.communicate("", timeout=120)


def test_a_reader_whose_snapshot_is_withdrawn_as_it_opens_reads_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race CI once met: the reader picks the snapshot, the writer finishes and withdraws
    # it, and the reader's open then finds no `CURRENT` (an OSError, not a RuntimeError).
    store, writer, written = _store_beside_a_writer(tmp_path)
    real_open = ox.Store.read_only
    opened: list[str] = []

    def open_after_the_writer_ends(path: str) -> ox.Store:
        if not opened:  # the writer ends between the choice of files and their open
            writer.communicate("", timeout=120)
        opened.append(path)
        return real_open(path)

    monkeypatch.setattr(ox.Store, "read_only", open_after_the_writer_ends)
    assert _articles_then_end(store, writer) == written
    assert opened == [str(store / _snapshot.SNAPSHOT), str(store)]


def test_a_reader_retries_whatever_error_a_vanishing_snapshot_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI met "Invalid argument: wal_dir not found: .../.snapshot": the writer removed the
    # snapshot while RocksDB read it. A failed open of a snapshot is tried again whatever its
    # words; here the snapshot is unreadable (a RuntimeError) until the writer ends.
    store, writer, written = _store_beside_a_writer(tmp_path)
    current = store / _snapshot.SNAPSHOT / "CURRENT"
    current.unlink()  # not written through: it may share its inode with the store's
    current.write_text("garbage")
    real_open = ox.Store.read_only
    errors: list[str] = []

    def open_then_let_the_writer_end(path: str) -> ox.Store:
        try:
            return real_open(path)
        except RuntimeError as e:
            errors.append(str(e))
            writer.communicate("", timeout=120)
            raise

    monkeypatch.setattr(ox.Store, "read_only", open_then_let_the_writer_end)
    assert _articles_then_end(store, writer) == written
    assert len(errors) == 1 and "No such file" not in errors[0]
    assert not list(store.glob(_snapshot.SNAPSHOT + "*"))  # withdrawn whole


def test_withdrawing_renames_the_snapshot_before_removing_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with OxigraphStore(store) as s:
        assert (store / _snapshot.SNAPSHOT / "CURRENT").exists()
        (store / f"{_snapshot.SNAPSHOT}.old-1").mkdir()  # what a killed writer leaves
        _snapshot.publish(s._store, store)
        assert not (store / f"{_snapshot.SNAPSHOT}.old-1").exists()
    assert not list(store.glob(_snapshot.SNAPSHOT + "*"))
