"""The networkx projection and the analytics of `electgraph analyze`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from electgraph import analyze as an
from electgraph.extract import extract
from electgraph.ingest import read
from electgraph.query.model import ArticleRef, Citation, EntityInfo, Relation, Snapshot
from electgraph.resolve import resolve
from electgraph.stores.base import GraphStore

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    from electgraph import stores

    path = str(tmp_path_factory.mktemp("analyze") / "graph")
    with stores.open("oxigraph", path) as s:
        s.write(resolve(extract(a) for a in read([ARTICLES]).articles))
    return path


@pytest.fixture(scope="module")
def store(store_dir: str) -> GraphStore:
    from electgraph.stores.oxigraph import OxigraphStore

    return OxigraphStore(store_dir, read_only=True)


@pytest.fixture(scope="module")
def graph(store: GraphStore) -> nx.MultiDiGraph:
    return an.to_networkx(store)


def _person(i: str) -> EntityInfo:
    return EntityInfo(i, "Person", i.title())


def _org(i: str) -> EntityInfo:
    return EntityInfo(i, "Organization", i.upper(), body="kpu")


def _rel(fid: str, kind: str, s: EntityInfo, o: EntityInfo, role: str | None = None) -> Relation:
    cite = Citation(ArticleRef("article-1", "A title", date(2024, 11, 1)), 0, 10, "a sentence")
    return Relation(fid, kind, s.ref, o.ref, role, "current" if role else None, ("article-1",),
                    date(2024, 11, 1), date(2024, 11, 1), (cite,))


def toy() -> Snapshot:
    """Two bodies; `ana` holds a role in both, `budi` in one; a meeting hosted by `a` is
    attended by `citra`, who holds a role in `b`."""
    ana, budi, citra = _person("ana"), _person("budi"), _person("citra")
    a, b = _org("a"), _org("b")
    meet = EntityInfo("rapat", "Event", "Rapat")
    lone = EntityInfo("place", "Place", "Nowhere")
    edges = (
        _rel("f1", "holds_role", ana, a, "Ketua"),
        _rel("f2", "holds_role", ana, b, "Anggota"),
        _rel("f3", "holds_role", budi, a, "Anggota"),
        _rel("f4", "hosts", a, meet),
        _rel("f5", "attends", citra, meet),
        _rel("f6", "holds_role", citra, b, "Ketua"),
    )
    return Snapshot((ana, budi, citra, a, b, meet, lone), edges)


def test_projection_keeps_every_node_and_fact_with_plain_attributes() -> None:
    g = an.project(toy())
    assert (g.number_of_nodes(), g.number_of_edges()) == (7, 6)
    assert set(k for _, _, k in g.edges(keys=True)) == {f"f{i}" for i in range(1, 7)}
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, str | int) for v in data.values())
    for _, _, data in g.edges(data=True):
        assert all(isinstance(v, str | int) for v in data.values())
    assert g.edges["ana", "a", "f1"]["role"] == "Ketua"
    assert g.edges["ana", "a", "f1"]["evidence"] == "a sentence"


def test_analysis_of_a_small_graph() -> None:
    report = an.analyze(an.project(toy()), top=5, seed=1)
    assert report.officials == 3
    assert report.degree[0].label == "Ana"  # two roles: the best-connected official
    assert [r.value for r in report.degree] == sorted((r.value for r in report.degree),
                                                     reverse=True)
    assert report.components == 2  # the lone place
    assert report.largest_components[0].size == 6
    bridges = {b.label: b.bodies for b in report.bridges}
    assert bridges == {"Ana": ("A", "B"), "Citra": ("A", "B")}  # a role, or attending


def test_projection_of_the_store_matches_its_snapshot(store: GraphStore,
                                                      graph: nx.MultiDiGraph) -> None:
    from electgraph.query import snapshot

    snap = snapshot(store)
    assert graph.number_of_nodes() == len(snap.nodes)
    assert graph.number_of_edges() == len(snap.edges)
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"Person", "Organization", "Event", "Election", "Place"}


def test_analysis_is_deterministic_for_a_seed(graph: nx.MultiDiGraph) -> None:
    first = an.analyze(graph, seed=7)
    assert first.to_dict() == an.analyze(graph, seed=7).to_dict()
    assert first.officials > 20 and first.communities and first.modularity > 0.3
    assert first.betweenness_sample is None
    assert any("KPU" in " ".join(b.bodies) for b in first.bridges)


def test_betweenness_is_sampled_on_big_graphs(graph: nx.MultiDiGraph,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(an, "BETWEENNESS_EXACT_LIMIT", 50)
    monkeypatch.setattr(an, "BETWEENNESS_SAMPLE", 40)
    report = an.analyze(graph, seed=3)
    assert report.betweenness_sample == 40
    assert report.to_dict() == an.analyze(graph, seed=3).to_dict()


def test_cli(store_dir: str) -> None:
    from electgraph.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "--store", store_dir, "--json", "--top", "3"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["degree"]) == 3 and report["seed"] == 42
    result = runner.invoke(app, ["analyze", "--store", store_dir])
    assert result.exit_code == 0 and "bridge bodies" in result.stdout
