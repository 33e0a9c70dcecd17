"""The Neo4j backend against the real Neo4j server that `make test` starts (no mocks).

The server address comes from NEO4J_URI (scripts/test.sh sets it). In CI the server must be up:
a missing server fails these tests instead of skipping them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from electgraph import query
from electgraph.errors import ConnectionFailed, QueryError
from electgraph.extract import extract
from electgraph.graph import ResolvedGraph
from electgraph.ingest import build_article, parse_text, read
from electgraph.model import FactKind
from electgraph.resolve import resolve
from electgraph.stores import _cypher as cy
from electgraph.stores.neo4j import Neo4jStore, storable

pytestmark = pytest.mark.neo4j
DATA = Path(__file__).resolve().parents[2] / "data" / "articles"


@pytest.fixture(scope="module")
def graph() -> ResolvedGraph:
    return resolve(extract(a) for a in read([DATA]).articles)


@pytest.fixture()
def store(neo4j_store: Neo4jStore) -> Neo4jStore:
    return neo4j_store


def test_counts_match_the_resolved_graph_and_reload_changes_nothing(
    store: Neo4jStore, graph: ResolvedGraph
) -> None:
    report = store.write(graph)
    assert len(report.added) == len(graph.articles)
    first = store.counts()
    for label, n in graph.nodes_by_type().items():
        assert first["node"][label] == n, label
    for kind, (rel, _, _) in cy.REL_TYPES.items():
        if kind in cy.FACT_NODES:
            continue
        expected = sum(1 for f in graph.facts if f.kind is kind and storable(f))
        assert first["rel"].get(rel, 0) == expected, rel
    stats = store.stats()
    assert stats.nodes_by_type == graph.nodes_by_type()
    assert stats.facts_by_kind == graph.facts_by_kind()
    again = store.write(graph)
    assert len(again.unchanged) == len(graph.articles) and not again.added
    assert store.counts() == first


def test_same_entities_and_facts_as_the_rdf_store(
    store: Neo4jStore, graph: ResolvedGraph, tmp_path: Path
) -> None:
    from electgraph import stores

    with stores.open("oxigraph", str(tmp_path / "rdf")) as rdf:
        rdf.write(graph)
        expected = rdf.stats()
    store.write(graph)
    got = store.stats()
    assert got.nodes_by_type == expected.nodes_by_type
    assert got.facts_by_kind == expected.facts_by_kind
    assert got.articles == expected.articles


def _provenance(store: Neo4jStore) -> list[tuple[object, ...]]:
    """Per fact its sightings' articles and sentences and its dates; per entity the articles
    that hold it (MENTIONS or IMPLIES)."""
    facts = store.query(
        "MATCH ()-[r]->() WHERE r.kind IS NOT NULL MATCH (x:Sighting {fact: r.id}) "
        "RETURN r.id, collect(x.article), collect(x.evidence), r.first_seen, r.last_seen"
    ).rows
    nodes = store.query(
        "MATCH (a:Article)-[:MENTIONS|IMPLIES]->(n:Entity) RETURN n.id, collect(a.id)").rows
    return sorted(
        (str(row[0]), *(sorted(v) if isinstance(v, list) else v for v in row[1:]))
        for row in (*facts, *nodes)
    )


def test_batched_writes_keep_every_articles_evidence(
    store: Neo4jStore, graph: ResolvedGraph
) -> None:
    # A batch carries only its own articles' sightings: a fact stated in two batches must end
    # with both articles and both evidence sentences, as when the graph is written at once.
    store.write_many(graph.batches(3))
    by_batches = _provenance(store)
    store.query("MATCH (n) DETACH DELETE n", write=True)
    store.write(graph)
    assert by_batches == _provenance(store)
    assert any(len(row[1]) > 1 for row in by_batches if isinstance(row[1], list))


def test_holder_of_kordiv_hukum_in_kpu_banyuasin(store: Neo4jStore, graph: ResolvedGraph) -> None:
    store.write(graph)
    rows = query.holders(store, "Kordiv Hukum dan Pengawasan", "KPU Kabupaten Banyuasin")
    assert [r.subject.label for r in rows] == ["Legar Saputra"]
    # Provenance: the fact's sighting holds the article and the sentence that states it.
    ev = store.query(
        "MATCH (:Person {label: $p})-[r:HOLDS_ROLE]->() MATCH (x:Sighting {fact: r.id}) "
        "RETURN x.evidence AS ev, x.article AS a",
        {"p": "Legar Saputra"},
    ).dicts()
    assert "Legar Saputra" in str(ev[0]["ev"]) and ev[0]["a"]


def test_changed_article_replaces_its_facts(store: Neo4jStore) -> None:
    text = (
        "Ketua KPU Garut Dilantik\nGARUT - Ketua KPU Kabupaten Garut, Dian Hasanudin, "
        "menghadiri rapat koordinasi logistik.\n"
    )
    # A corrected article keeps its id when it has a URL.
    url = "https://x.id/garut"
    old = build_article(*text.split("\n", 1), source_path="garut.txt", url=url)
    new = build_article(*text.replace("Dian Hasanudin", "Yuda Nurjaman").split("\n", 1),
                        source_path="garut.txt", url=url)
    assert old.id == new.id
    store.write(resolve([extract(old)]))
    report = store.write(resolve([extract(new)]))
    assert report.replaced == (old.id,)
    people = store.query("MATCH (p:Person) RETURN p.label AS name ORDER BY name").column("name")
    assert people == ["Yuda Nurjaman"]
    roles = store.query("MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r) AS n").rows
    assert roles == ((1,),)


def _garut(url: str, title: str, person: str) -> ResolvedGraph:
    body = (f"GARUT - Ketua KPU Kabupaten Garut, {person}, menghadiri rapat koordinasi "
            "logistik.\n")
    return resolve([extract(build_article(title, body, source_path=f"{url[-1]}.txt", url=url))])


def _sightings(store: Neo4jStore) -> list[tuple[object, ...]]:
    return sorted(store.query(
        "MATCH (s:Person)-[r:HOLDS_ROLE]->() MATCH (x:Sighting {fact: r.id}) "
        "RETURN s.label, x.article").rows)


def test_replacing_an_article_retracts_exactly_its_sightings(store: Neo4jStore) -> None:
    # Two articles state the same tenure; the first is corrected to name someone else. The
    # tenure keeps the second article's sighting, the new one has the first's, and the
    # database equals a clean load of the final versions.
    a, b = "https://x.id/a", "https://x.id/b"
    store.write(_garut(a, "Rakor Logistik Garut", "Dian Hasanudin"))
    store.write(_garut(b, "Logistik Pilkada Garut", "Dian Hasanudin"))
    first = _garut(a, "Rakor Logistik Garut", "Yuda Nurjaman")
    report = store.write(first)
    (aid,) = report.replaced
    bid = next(iter(_garut(b, "Logistik Pilkada Garut", "x").articles)).id
    assert _sightings(store) == [("Dian Hasanudin", bid), ("Yuda Nurjaman", aid)]
    replaced, counts = store.counts(), store.stats()
    store.query("MATCH (n) DETACH DELETE n", write=True)
    store.write(_garut(b, "Logistik Pilkada Garut", "Dian Hasanudin"))
    store.write(first)
    assert (store.counts(), store.stats()) == (replaced, counts)
    # The second article corrected too: Dian is stated by no article and held by none.
    store.write(_garut(b, "Logistik Pilkada Garut", "Yuda Nurjaman"))
    assert _sightings(store) == sorted([("Yuda Nurjaman", aid), ("Yuda Nurjaman", bid)])
    people = store.query("MATCH (p:Person) RETURN p.label AS name").column("name")
    assert people == ["Yuda Nurjaman"]
    orphans = store.query("MATCH (x:Sighting) WHERE NOT EXISTS { MATCH ()-[r {id: x.fact}]->() }"
                          " RETURN count(x)").rows
    assert orphans == ((0,),)


def test_batched_and_one_by_one_writes_agree(store: Neo4jStore, graph: ResolvedGraph) -> None:
    small = next(graph.batches(3))
    store.write_one_by_one(small)
    one = store.counts()
    store.query("MATCH (n) DETACH DELETE n", write=True)
    store.write(small)
    assert store.counts() == one


def test_queries_are_read_only_unless_asked(store: Neo4jStore) -> None:
    with pytest.raises(QueryError, match="--write"):
        store.query("CREATE (:Person {id: 'x'})")
    store.query("CREATE (:Scratch {id: $id})", {"id": "x"}, write=True)
    assert store.query("MATCH (n:Scratch) RETURN n.id AS id").dicts() == [{"id": "x"}]


def test_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(ConnectionFailed, match="cannot reach Neo4j"):
        Neo4jStore("bolt://127.0.0.1:1")


def test_cypher_text_takes_values_as_parameters() -> None:
    for kind in FactKind:
        q = cy.upsert_facts_query(kind)
        assert "$rows" in q and "UNWIND" in q
    # The only text put into queries comes from fixed tables, never from data.
    assert all(label.isidentifier() for label in cy.ALL_LABELS)
    assert dataclasses.is_dataclass(ResolvedGraph)


def test_every_kind_and_a_second_quote_in_both_stores(store: Neo4jStore, tmp_path: Path) -> None:
    """The registry's kinds (nominates and sanctions too) and a speaker quoted twice in one
    article reach both backends with the same counts and the same cards."""
    from electgraph import stores
    from graph_fixtures import candidacy_extraction

    text = (
        "Dua Kutipan Ketua KPU Banyuasin\n"
        "BANYUASIN - Ketua KPU Kabupaten Banyuasin, Hendri Wijaya, membuka rapat pleno. "
        '"Kami siap melaksanakan rekapitulasi dengan terbuka," kata Hendri Wijaya. '
        'Ia menambahkan, "Saksi dari setiap pasangan calon kami undang," ujar Hendri.\n'
    )
    quoted = extract(parse_text(text, "two-quotes.txt"))
    graph = resolve([quoted, candidacy_extraction()])
    store.write(graph)
    with stores.open("oxigraph", str(tmp_path / "rdf")) as rdf:
        rdf.write(graph)
        assert graph.facts_by_kind()["quotes"] == 2
        assert store.stats().facts_by_kind == rdf.stats().facts_by_kind == graph.facts_by_kind()
        for backend in (store, rdf):
            assert len(query.explore(backend, "Hendri Wijaya").quotes) == 2
            assert {r.subject.label for r in query.coalition(backend, "Budi Santoso")} == {
                "PDI Perjuangan", "Partai Golkar"}
            assert [r.role for r in query.sanctions_of(backend, "Dedi Kurnia")] == [
                "peringatan keras"]
