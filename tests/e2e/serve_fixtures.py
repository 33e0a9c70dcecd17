"""The server that the serve tests talk to: a store built from data/articles and the conflicts
corpus of tests/data/conflicts (each article given a source URL), served by `electgraph serve`
in a subprocess on a free port, read-only."""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from electgraph.extract import extract
from electgraph.ingest import read
from electgraph.resolve import resolve

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
# Articles written to contain conflicts (two Ketua of KPU Lahat at once), for the explorer's
# conflicts section.
CONFLICTS = Path(__file__).resolve().parents[1] / "data" / "conflicts"


def source_url(article_id: str) -> str:
    return f"https://news.example.org/{article_id}"


def build_store(path: Path) -> None:
    from electgraph import stores

    articles = [a if a.url else dataclasses.replace(a, url=source_url(a.id))
                for a in read([ARTICLES, CONFLICTS]).articles]
    with stores.open("oxigraph", str(path)) as s:
        s.write(resolve(extract(a) for a in articles))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def served_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    build_store(path)
    return path


@pytest.fixture(scope="session")
def server(served_store: Path) -> Iterator[str]:
    port = free_port()
    cmd = [sys.executable, "-m", "electgraph", "-v", "serve", "--store", str(served_store),
           "--port", str(port), "--row-limit", "50", "--timeout", "5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{url}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode() if proc.stdout else "died")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
