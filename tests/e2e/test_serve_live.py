"""The server sees articles ingested while it runs: `electgraph serve` on an embedded store, an
`electgraph ingest` of more articles in another process, and the API answers with them without
a restart (and without answers kept from before the ingest)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
from serve_fixtures import ARTICLES, free_port

FIRST = "000_banyuasin_rakor_spip.txt"
LATER = "009_kolaka_sidang_dkpp.txt"
NEW_NAME = "Muhammad Arsyad Lasaka"  # named only in LATER


def _ingest(folder: Path, store: Path) -> None:
    subprocess.run([sys.executable, "-m", "electgraph", "ingest", str(folder), "--store",
                    str(store)], check=True, capture_output=True, timeout=300)


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        try:
            if httpx.get(f"{url}/api/stats", timeout=30).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else "died"
        time.sleep(0.2)
    raise AssertionError("the server did not start")


def test_articles_ingested_while_serving_show_up(tmp_path: Path) -> None:
    first, later, store = tmp_path / "first", tmp_path / "later", tmp_path / "store"
    for folder, name in ((first, FIRST), (later, LATER)):
        folder.mkdir()
        shutil.copy(ARTICLES / name, folder / name)
    _ingest(first, store)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "electgraph", "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        _wait(url, proc)
        assert httpx.get(f"{url}/api/stats").json()["articles"] == 1
        missing = httpx.get(f"{url}/api/explore", params={"q": NEW_NAME}, timeout=30)
        assert missing.status_code == 404  # and this answer is kept for this state of the store

        _ingest(later, store)  # another process writes while the server reads

        deadline = time.monotonic() + 60
        while True:
            stats = httpx.get(f"{url}/api/stats", timeout=60).json()
            card = httpx.get(f"{url}/api/explore", params={"q": NEW_NAME}, timeout=30)
            if stats["articles"] == 2 and card.status_code == 200:
                break
            assert time.monotonic() < deadline, (stats, card.status_code, card.text[:300])
            time.sleep(0.5)
        assert card.json()["entity"]["label"].startswith("Muhammad Arsyad Lasaka")
        search = httpx.get(f"{url}/api/search", params={"q": "Arsyad Lasaka"}).json()
        assert any(m["entity"]["label"].startswith("Muhammad Arsyad") for m in search)
        # What was there before is still answered.
        legar = httpx.get(f"{url}/api/roles", params={"entity": "Legar Saputra"}, timeout=30)
        assert legar.status_code == 200 and legar.json()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
