"""Source URLs wherever a fact is shown, and GEXF that Gephi's timeline (and networkx) reads as
dynamic."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from electgraph import export, query, stores
from electgraph.cli import app

CORPUS = Path(__file__).resolve().parents[1] / "data" / "conflicts"
DPT = "https://contoh-berita.id/2024/09/10/kpu-lahat-pleno-dpt"
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("sources") / "graph")
    result = runner.invoke(app, ["ingest", str(CORPUS), "--store", path, "--json"])
    assert result.exit_code == 0, result.stderr
    return path


def test_facts_carry_their_source_urls(store: str) -> None:
    with stores.open("oxigraph", store) as s:
        andi = query.holders(s, "Ketua", "KPU Kabupaten Lahat")[0]
        assert DPT in andi.sources
        assert all(c.article.url for c in andi.evidence)
        card = query.explore(s, "Andi Pratama")
        assert DPT in card.roles[0].sources
        assert all(a.url for a in card.articles)
        assert all(e.citation.article.url for e in query.timeline(s, "Andi Pratama"))


@pytest.mark.parametrize("args", [
    ["roles"], ["explore", "Andi Pratama"], ["timeline", "Andi Pratama"],
    ["path", "Andi Pratama", "Rina Marlina"], ["conflicts"],
])
def test_every_command_that_shows_a_fact_shows_its_source(store: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--store", store], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    assert "https://contoh-berita.id/" in result.stdout


def test_graphml_edges_have_sources_dates_and_english_roles(store: str, tmp_path: Path) -> None:
    with stores.open("oxigraph", store) as s:
        export.write(s, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    ketua = [d for *_, d in g.edges(data=True) if d["role"] == "Ketua"]
    assert ketua and all(d["sources"].startswith("https://") and d["first_seen"]
                         and d["role_en"] == "Chair" for d in ketua)


def test_gexf_has_time_intervals_and_dynamic_attributes(store: str, tmp_path: Path) -> None:
    with stores.open("oxigraph", store) as s:
        export.write(s, tmp_path / "g.gexf")
    g = nx.read_gexf(tmp_path / "g.gexf")
    assert g.graph["mode"] == "dynamic"
    dated = [d for *_, d in g.edges(data=True) if d.get("role") == "Ketua" and d.get("start")]
    assert dated and all(d["start"] <= d["end"] for d in dated)
    spans = [d["seen"] for d in dated if len(d["seen"]) > 1]
    assert spans and all(isinstance(v, tuple) and len(v) == 3 for v in spans[0])
    assert any(n.get("start") for _, n in g.nodes(data=True))


def test_path_json_keeps_sources(store: str) -> None:
    result = runner.invoke(app, ["path", "Andi Pratama", "Rina Marlina", "--store", store,
                                 "--json"])
    found = json.loads(result.stdout)
    assert found and all(e["sources"] for p in found for e in p["edges"])
