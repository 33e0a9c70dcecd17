"""The HTML export in a real browser: headless Chromium draws the graph offline.

Checks that the page rendered (the node and edge counts it writes into the DOM equal the
graph's), that a screenshot of the drawing area is not blank (node colours of several kinds are
on the canvas), and that opening a fact shows its evidence sentence and source article. Needs
Debian's `chromium` (`make test` installs it); without it the tests skip, or fail in CI.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from electgraph import export
from electgraph.analyze import to_networkx
from electgraph.extract import extract
from electgraph.ingest import read
from electgraph.resolve import resolve
from electgraph.stores.base import GraphStore

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
WIDTH, HEIGHT, PANEL = 1280, 800, 340
# Node colours of the viewer (serve/static/viewer.js, drawn by Cytoscape.js), by kind.
COLOURS = {
    "Person": (0xD1, 0x49, 0x5B),
    "Organization": (0x00, 0x79, 0x8C),
    "Event": (0xED, 0xAE, 0x49),
    "Election": (0x6A, 0x4C, 0x93),
    "Place": (0x66, 0xA1, 0x82),
}

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    if os.environ.get("CI"):
        pytest.fail("no chromium: `make test` installs it (apt-get install -y chromium)")
    pytest.skip("no headless Chromium (apt-get install -y chromium)")


def run_chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", f"--user-data-dir={tmp / 'profile'}",
        f"--window-size={WIDTH},{HEIGHT}",
    ]
    return subprocess.run([chromium(), *flags, *args], capture_output=True, timeout=120,
                          check=False)


@pytest.fixture(scope="module")
def store() -> GraphStore:
    from electgraph import stores

    s = stores.open("oxigraph", None)
    s.write(resolve(extract(a) for a in read([ARTICLES]).articles))
    return s


@pytest.fixture(scope="module")
def page(store: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "graph.html"
    export.write(store, out, format="html")
    return out


def dump_dom(tmp: Path, url: str) -> str:
    result = run_chromium(tmp, "--dump-dom", url)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


def test_page_draws_every_linked_node_and_fact(store: GraphStore, page: Path,
                                               tmp_path: Path) -> None:
    g = to_networkx(store)
    dom = dump_dom(tmp_path, page.as_uri())
    assert 'data-rendered="true"' in dom
    # Every fact is drawn, and every node with a fact; the nodes without one are hidden (and
    # counted) until "unlinked nodes" is ticked.
    linked = sum(1 for n in g if g.degree(n))
    assert 0 < linked < g.number_of_nodes()
    assert re.search(r'id="node-count">(\d+)<', dom)[1] == str(linked)  # type: ignore[index]
    assert re.search(r'id="edge-count">(\d+)<', dom)[1] == str(g.number_of_edges())  # type: ignore[index]
    assert re.search(r'id="hidden-count">(\d+)<', dom)[1] == str(  # type: ignore[index]
        g.number_of_nodes() - linked)


def test_screenshot_is_not_blank(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_chromium(tmp_path, f"--screenshot={shot}", page.as_uri())
    assert shot.exists(), result.stderr.decode(errors="replace")[-2000:]
    width, height, pixels = read_png(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    # The drawing area: below the header, left of the side panel (which has the legend's
    # coloured dots and must not count).
    seen = {kind: 0 for kind in COLOURS}
    painted = 0
    for y in range(150, height - 10):
        row = pixels[y]
        for x in range(10, width - PANEL - 10):
            rgb = row[x]
            if rgb != (0xF7, 0xF8, 0xFA):
                painted += 1
            for kind, colour in COLOURS.items():
                if rgb == colour:
                    seen[kind] += 1
    assert painted > 2000, painted
    assert sum(1 for n in seen.values() if n > 20) >= 4, seen


def test_opening_a_fact_shows_its_evidence(store: GraphStore, page: Path,
                                           tmp_path: Path) -> None:
    from electgraph.query import roles_of

    [role] = roles_of(store, "Legar Saputra")
    dom = dump_dom(tmp_path, f"{page.as_uri()}#edge={role.id}")
    panel = dom[dom.index('id="panel"'):]
    assert "Kordiv Hukum dan Pengawasan" in panel
    assert "Sekretaris KPU Banyuasin, Agus Fauzie" in panel  # the evidence sentence
    assert role.evidence[0].article.id in panel  # and its article
    # The words that state the fact are marked, and the confidence is shown.
    assert re.search(r"<mark>Kordiv Hukum dan Pengawasan[^<]*Legar Saputra</mark>", panel)
    assert "confidence 0." in panel
    dom = dump_dom(tmp_path, f"{page.as_uri()}#q=legar")
    assert "Legar Saputra" in dom[dom.index('id="matches"'):]


def test_a_fact_shows_where_its_focus_is_named_in_full(store: GraphStore, page: Path,
                                                      tmp_path: Path) -> None:
    from electgraph.query import events_hosted_by

    hosted = events_hosted_by(store, "KPU Provinsi Sumatera Selatan")
    rakor = next(r for r in hosted if r.object.label.startswith("Rapat Koordinasi Peng"))
    dom = dump_dom(tmp_path, f"{page.as_uri()}#edge={rakor.id}")
    panel = dom[dom.index('id="panel"'):]
    # the focus says "Rapat tersebut"; the anchor is where the article names the rakor
    assert re.search(r"<mark>Rapat tersebut[^<]*</mark>", panel)
    assert "(named: Rapat Koordinasi Pengawasan)" in panel


def test_neighbourhood_page(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "legar.html"
    export.write(store, out, entity="Legar Saputra", depth=2)
    dom = dump_dom(tmp_path, out.as_uri())
    assert re.search(r'id="node-count">(\d+)<', dom)[1] == "6"  # type: ignore[index]
    assert "<h2>Legar Saputra</h2>" in dom  # opens on the entity


def read_png(data: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) into rows of
    (r, g, b): enough to look at a screenshot without an imaging library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[list[tuple[int, int, int]]] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, up_left = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + pred) & 0xFF
        rows.append([tuple(line[x * bpp : x * bpp + 3]) for x in range(width)])  # type: ignore[misc]
        prev = line
    return width, height, rows
