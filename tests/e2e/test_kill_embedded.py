"""kill -9 trials on the embedded store (issue 15): an ingest killed at a random moment leaves
whole articles only, and re-ingesting reaches exactly the store of a clean run."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from electgraph.pipeline import ingest
from electgraph.stores.oxigraph import OxigraphStore

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
TRIALS = 10


def quads(location: Path) -> set[str]:
    with OxigraphStore(location) as store:
        return {str(q) for q in store.raw}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    root = tmp_path_factory.mktemp("clean")
    with OxigraphStore(root / "s") as store:
        ingest([ARTICLES], store, batch_size=3)
    return quads(root / "s")


@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_9_leaves_whole_articles_and_reingest_is_clean(
    tmp_path: Path, clean: set[str], trial: int
) -> None:
    store = tmp_path / "s"
    proc = subprocess.Popen(
        [sys.executable, "-m", "electgraph", "ingest", str(ARTICLES), "--store", str(store),
         "--batch-size", "3"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(trial).uniform(1.0, 6.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if not store.exists():
        return  # killed before the store was made: nothing to check
    with OxigraphStore(store) as s:  # recovery runs here
        graphs = {str(q.graph_name) for q in s.raw if str(q.graph_name).startswith("<")}
        digests = {str(q.graph_name) for q in s.raw
                   if str(q.predicate).endswith("#contentDigest>")}
        assert graphs <= digests  # every article graph whole (its digest is written last)
        ingest([ARTICLES], s, batch_size=3)
    assert quads(store) == clean
    shutil.rmtree(store)
