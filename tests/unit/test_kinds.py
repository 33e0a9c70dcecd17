"""Every layer handles every kind the registry declares (`electgraph.kinds`).

One extraction states a fact of each kind; each layer must carry all of them: the `facts`
output, the resolver, the RDF store (write, statistics, read-back, SHACL), the Neo4j plan, the
exploration queries and cards, and the networkx projection. A kind added to the registry that a
layer forgets fails here, not silently in an analyst's graph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from electgraph import query
from electgraph.analyze import to_networkx
from electgraph.extract.render import to_facts
from electgraph.graph import ResolvedGraph
from electgraph.kinds import ENTITIES, FACTS, edge_kinds
from electgraph.model import EntityType, Extraction, FactKind
from electgraph.query import _cypher, _sparql
from electgraph.resolve import resolve
from electgraph.shapes import fact_shapes
from electgraph.stores import _cypher as store_cypher
from electgraph.stores.neo4j import plan_rows
from electgraph.stores.oxigraph import OxigraphStore
from electgraph.validate import validate
from graph_fixtures import candidacy_extraction, seed_extraction

ALL = frozenset(FactKind)


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [candidacy_extraction(), seed_extraction()]


@pytest.fixture(scope="module")
def graph(extractions: list[Extraction]) -> ResolvedGraph:
    return resolve(extractions)


@pytest.fixture(scope="module")
def store(graph: ResolvedGraph, tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    s = OxigraphStore(Path(tmp_path_factory.mktemp("kinds")) / "store")
    s.write(graph)
    return s


def test_every_kind_and_type_is_registered() -> None:
    assert set(FACTS) == ALL
    assert set(ENTITIES) == set(EntityType)


def test_the_fixture_states_every_kind(extractions: list[Extraction]) -> None:
    assert {f.kind for x in extractions for f in x.facts} == ALL


def test_facts_output(extractions: list[Extraction]) -> None:
    rows = [to_facts(x) for x in extractions]
    for kind, spec in FACTS.items():
        found = [f for r in rows for f in r[kind.value]]
        assert found, kind
        subject_field = spec.fields[0]
        assert all(subject_field in f or kind is FactKind.RELATES_TO for f in found)


def test_resolver(graph: ResolvedGraph) -> None:
    assert set(graph.facts_by_kind()) == {k.value for k in ALL}


def test_rdf_store_counts_reads_back_and_validates(
    graph: ResolvedGraph, store: OxigraphStore
) -> None:
    assert store.stats().facts_by_kind == graph.facts_by_kind()
    back = store.read_graph()
    assert back.facts_by_kind() == graph.facts_by_kind()
    assert {f.id: f.qualifiers for f in back.facts} == {f.id: f.qualifiers for f in graph.facts}
    report = validate(store)
    assert report.conforms, report.violations[:3]


def test_shapes_check_every_kind() -> None:
    shapes = fact_shapes()
    for spec in FACTS.values():
        assert f"<{spec.rdf_class or spec.shortcut}>" in shapes, spec.kind


def test_neo4j_plan_writes_every_kind(graph: ResolvedGraph) -> None:
    written = {q for q, rows in plan_rows(graph) if rows}
    for kind in ALL:
        assert store_cypher.upsert_facts_query(kind) in written, kind
    stats = store_cypher.stats_query()
    assert all((s.node_label or s.rel_type) in stats for s in FACTS.values())


def test_query_layer_and_cards_show_every_edge_kind(store: OxigraphStore) -> None:
    assert set(_sparql.RELATION_KINDS) == set(_cypher.RELATION_KINDS) == set(edge_kinds())
    edges = {e.kind for e in query.snapshot(store).edges}
    assert edges == {k.value for k in edge_kinds()}
    for kind in edge_kinds():
        subject_section, object_section = FACTS[kind].sections or ("", "")
        rel = next(e for e in query.snapshot(store).edges if e.kind == kind.value)
        card = query.explore(store, rel.subject.id)
        assert card.section(subject_section), kind
        assert query.explore(store, rel.object.id).section(object_section), kind


def test_networkx_projection_has_every_edge_kind(store: OxigraphStore) -> None:
    g = to_networkx(store)
    assert {d["kind"] for _, _, d in g.edges(data=True)} == {k.value for k in edge_kinds()}


def test_coalition_and_sanctions(store: OxigraphStore) -> None:
    parties = {r.subject.label for r in query.coalition(store, "Budi Santoso", "Rina Lestari")}
    assert parties == {"PDI Perjuangan", "Partai Golkar"}
    [sanction] = query.sanctions_of(store, "Dedi Kurnia")
    assert (sanction.subject.label, sanction.role) == ("DKPP", "peringatan keras")
    assert query.sanctions_of(store, "DKPP") == [sanction]
