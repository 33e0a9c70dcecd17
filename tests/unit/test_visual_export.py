"""GraphML, GEXF, Cytoscape JSON and the HTML viewer: they load back with the same counts, and
the viewer is one offline file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from electgraph import export
from electgraph.analyze import to_networkx
from electgraph.export.html import render
from electgraph.extract import extract
from electgraph.ingest import read
from electgraph.kinds import edge_kinds
from electgraph.query import neighbourhood
from electgraph.resolve import resolve
from electgraph.stores.base import GraphStore

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    from electgraph import stores

    path = str(tmp_path_factory.mktemp("visual") / "graph")
    with stores.open("oxigraph", path) as s:
        s.write(resolve(extract(a) for a in read([ARTICLES]).articles))
    return path


@pytest.fixture(scope="module")
def store(store_dir: str) -> GraphStore:
    from electgraph.stores.oxigraph import OxigraphStore

    return OxigraphStore(store_dir, read_only=True)


@pytest.fixture(scope="module")
def counts(store: GraphStore) -> tuple[int, int]:
    g = to_networkx(store)
    return g.number_of_nodes(), g.number_of_edges()


def test_visual_formats_are_registered() -> None:
    assert {"graphml", "gexf", "cytoscape", "html"} <= set(export.available())
    assert export.format_for("g.graphml") == "graphml"
    assert export.format_for("g.gexf") == "gexf"
    assert export.format_for("g.cyjs") == "cytoscape"
    assert export.format_for("g.html") == "html"


@pytest.mark.parametrize("fmt, read", [
    ("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
    ("gexf", nx.read_gexf),
])
def test_graphml_and_gexf_load_back_with_the_same_counts(
    store: GraphStore, counts: tuple[int, int], tmp_path: Path, fmt: str, read: object
) -> None:
    out = tmp_path / f"graph.{fmt}"
    report = export.write(store, out)
    assert report.format == fmt and report.bytes == out.stat().st_size
    g = read(out)  # type: ignore[operator]
    assert (g.number_of_nodes(), g.number_of_edges()) == counts
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert "Legar Saputra" in labels and "KPU Kabupaten Banyuasin" in labels
    kinds = {d.get("kind") for _, _, d in g.edges(data=True)}
    assert {"holds_role", "attends", "hosts", "candidates", "nominates"} <= kinds
    assert kinds <= {k.value for k in edge_kinds()}


def test_cytoscape_json(store: GraphStore, counts: tuple[int, int], tmp_path: Path) -> None:
    out = tmp_path / "graph.cyjs"
    export.write(store, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert (len(nodes), len(edges)) == counts
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # ids cytoscape.js needs
    assert all(e["data"]["evidence"] for e in edges)
    g = nx.cytoscape_graph(data)
    assert (g.number_of_nodes(), g.number_of_edges()) == counts


def test_entity_filter_draws_one_neighbourhood(store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "legar.graphml"
    export.write(store, out, entity="Legar Saputra", depth=2)
    g = nx.read_graphml(out, force_multigraph=True)
    expected = {n.entity.id for n in neighbourhood(store, "Legar Saputra", 2).nodes}
    assert set(g.nodes) == expected
    assert {"KPU Provinsi Sumatera Selatan", "Agus Fauzie"} <= {
        d["label"] for _, d in g.nodes(data=True)}


def test_html_is_one_offline_file(store: GraphStore, counts: tuple[int, int],
                                  tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    export.write(store, out)
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)  # nothing fetched
    assert "http://" not in page.split("graph-data")[0]
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S)[1])  # type: ignore[index]
    assert (len(data["nodes"]), len(data["edges"])) == counts
    edge = next(e for e in data["edges"] if e["role"] == "Kordiv Hukum dan Pengawasan")
    assert "Legar Saputra" in edge["evidence"] and edge["article"].startswith("article-")


def test_html_data_cannot_close_its_script() -> None:
    evil = "</script><script>alert(1)</script>"
    page = render({"nodes": [{"id": "x", "label": evil}], "edges": []}, evil)
    assert page.count("</script>") == 2  # the data block and the viewer, nothing injected
    assert "<script>alert" not in page


def test_cli_export_visual_formats(store_dir: str, tmp_path: Path) -> None:
    from electgraph.cli import app

    runner = CliRunner()
    for name in ("g.graphml", "g.gexf", "g.cyjs", "g.html"):
        result = runner.invoke(app, ["export", "--out", str(tmp_path / name), "--store",
                                     store_dir])
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 1000
