"""The explorer and YASGUI in a real browser: Playwright driving the system Chromium (never a
downloaded one). Screenshots go to $SCREENSHOTS (default: the test's temporary folder) and are
checked not blank."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_fixtures import served_store, server, source_url  # noqa: F401

pytestmark = [pytest.mark.browser]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def page() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("no chromium: `make test` installs it (apt-get install -y chromium)")
        pytest.skip("no system Chromium")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        yield pg
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def not_blank(path: Path) -> None:
    from test_html_browser import read_png

    _, _, rows = read_png(path.read_bytes())
    colours = {px for row in rows[::7] for px in row[::7]}
    assert len(colours) > 20, f"{path} looks blank ({len(colours)} colours)"


def test_explorer_in_a_browser(page: object, server: str, shots: Path) -> None:  # noqa: F811
    pg: object = page
    from playwright.sync_api import Page, expect

    assert isinstance(pg, Page)
    pg.goto(f"{server}/")
    pg.fill("#q", "Legar Saputra")
    pg.click("#search-form button")
    first = pg.locator("#matches .match").first
    expect(first).to_contain_text("Legar Saputra")
    expect(first).to_contain_text("KPU Kabupaten Banyuasin")  # what tells namesakes apart
    pg.screenshot(path=shots / "search.png")
    first.locator("a.entity-link").click()

    row = pg.locator("table[data-section=roles] tr.fact").first
    expect(row).to_contain_text("Kordiv Hukum dan Pengawasan")
    expect(row).to_contain_text("KPU Kabupaten Banyuasin")
    source = row.locator("a.source")
    assert source.get_attribute("href", timeout=5000).startswith("https://news.example.org/")
    row.locator("button.show-evidence").click()
    mark = pg.locator(".evidence-row:not([hidden]) mark").first
    expect(mark).to_contain_text("Kordiv Hukum dan Pengawasan")
    expect(mark).to_contain_text("Legar Saputra")
    expect(pg.locator("#tenure")).to_be_visible()
    expect(pg.locator("#no-conflicts")).to_be_visible()  # the section is there, and empty
    pg.screenshot(path=shots / "entity.png", full_page=True)

    # Where the article names in full what a focus names in part ("Rapat tersebut")
    pg.goto(f"{server}/#/entity/org-kpu-provinsi-16-89792064")  # KPU Provinsi Sumatera Selatan
    hosted = pg.locator("table[data-section=hosted] tr.fact",
                        has_text="Rapat Koordinasi Pengawasan")
    hosted.locator("button.show-evidence").click()
    expect(pg.locator(".evidence-row:not([hidden]) .anchors").first).to_contain_text(
        "named: Rapat Koordinasi Pengawasan")
    pg.go_back()

    pg.click("#graph-link")
    pg.wait_for_selector("#graph[data-rendered=true]")
    nodes = int(pg.inner_text("#node-count"))
    assert nodes == pg.evaluate("window.cy.nodes().length") and nodes >= 3
    pg.screenshot(path=shots / "graph.png")
    for name in ("search.png", "entity.png", "graph.png"):
        not_blank(shots / name)


def test_conflicts_on_an_entity_page(page: object, server: str, shots: Path) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{server}/#/search?q=Rina%20Marlina")
    page.locator("#matches .match a.entity-link").first.click()
    conflict = page.locator("#conflicts-table tr.conflict").first
    expect(conflict).to_contain_text("Andi Pratama")
    expect(conflict).to_contain_text("KPU Kabupaten Lahat")
    conflict.locator("button.show-evidence").first.click()
    expect(conflict.locator(".evidence-row:not([hidden])").first).to_contain_text("Ketua")
    assert conflict.locator("a.source").first.get_attribute("href", timeout=5000).startswith(
        "https://")
    page.screenshot(path=shots / "conflicts.png", full_page=True)
    not_blank(shots / "conflicts.png")


def test_yasgui_runs_an_example(page: object, server: str, shots: Path) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{server}/sparql", wait_until="load")
    page.wait_for_selector("body[data-examples]")
    page.select_option("#examples", label=next(
        o for o in page.locator("#examples option").all_inner_texts() if o.startswith("holders")))
    page.locator(".yasqe .yasqe_queryButton").first.click()
    table = page.locator(".yasr table tbody")
    expect(table).to_contain_text("Kordiv Hukum dan Pengawasan", timeout=15000)
    rows = page.locator(".yasr table tbody tr").all_inner_texts()
    assert any("Legar Saputra" in r and "Kordiv Hukum dan Pengawasan" in r for r in rows), rows
    page.screenshot(path=shots / "yasgui.png")
    not_blank(shots / "yasgui.png")
