"""The embedded store on disk: idempotent writes, replacement of changed articles, transactions,
SPARQL with parameters and the refusal of updates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from electgraph import stores
from electgraph.errors import NotSupported, QueryError, StoreError, UnknownNameError
from electgraph.graph import ResolvedGraph, node_id
from electgraph.ingest import build_article
from electgraph.model import EntityType, Extraction, FactKind
from electgraph.resolve import resolve
from electgraph.stores import oxigraph as oxi
from electgraph.stores._rdf_mapping import plan
from electgraph.stores.base import IRI, GraphStore
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import (
    KPU_BANYUASIN,
    SEED,
    Builder,
    corpus,
    kpu_banyuasin,
    read_article,
    seed_extraction,
)

HOLDER = """
SELECT DISTINCT ?name ?role ?body WHERE {
  ?m a org:Membership ; org:member ?person ; org:role/skos:prefLabel ?role ;
     org:organization/skos:prefLabel ?body .
  ?person skos:prefLabel ?name .
}"""


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    s = OxigraphStore(tmp_path / "store")
    yield s  # type: ignore[misc]
    s.close()


def quads(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.raw}


def reopen(store: OxigraphStore) -> OxigraphStore:
    store.close()
    return OxigraphStore(store.location)


def changed_seed() -> Extraction:
    """The seed article after a correction: Legar Saputra is now 'Anggota', nothing else."""
    original = read_article(SEED)
    text = original.text.replace("Kordiv Hukum dan Pengawasan Komisi", "Anggota Komisi", 1)
    title, _, body = text.partition("\n")
    # A corrected article keeps its id (as one with a URL does).
    b = Builder(replace(build_article(title, body, source_path=original.source_path),
                        id=original.id))
    legar = b.person("Legar Saputra")
    kpu = kpu_banyuasin(b, "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin")
    b.fact(FactKind.HOLDS_ROLE, legar, kpu, "Anggota Komisi Pemilihan Umum (KPU) Kabupaten "
           "Banyuasin, Legar Saputra", role="Anggota", status="current")
    return b.build()


def test_registry_opens_the_embedded_store_and_lists_names_on_error(tmp_path: Path) -> None:
    with stores.open("oxigraph", str(tmp_path / "s")) as s:
        assert isinstance(s, GraphStore)
        assert (s.supports_sparql, s.supports_cypher, s.supports_rdf) == (True, False, True)
    assert {"oxigraph", "neo4j"} <= set(stores.available())
    with pytest.raises(UnknownNameError, match="oxigraph"):
        stores.get("sqlite")


def test_default_location_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELECTGRAPH_STORE", raising=False)
    assert stores.default_location() == "electgraph-data"
    monkeypatch.setenv("ELECTGRAPH_STORE", "/data/graph")
    assert stores.default_location() == "/data/graph"


def test_write_is_idempotent_and_survives_reopening(store: OxigraphStore) -> None:
    g = resolve(corpus())
    first = store.write(g)
    assert len(first.added) == 3
    n = store.count()
    again = store.write(g)
    assert again.unchanged == first.added and store.count() == n
    store = reopen(store)
    assert store.count() == n
    assert len(store.write(g).unchanged) == 3
    assert store.count() == n
    store.close()


def test_batches_give_the_same_store_as_one_write(tmp_path: Path) -> None:
    g = resolve(corpus())
    whole = OxigraphStore(tmp_path / "a")
    whole.write(g)
    batched = OxigraphStore(tmp_path / "b")
    for b in g.batches(1):
        batched.write(b)
    assert quads(whole) == quads(batched)


def test_bulk_path_gives_the_same_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    g = resolve(corpus())
    small = OxigraphStore(tmp_path / "extend")
    small.write(g)
    monkeypatch.setattr(oxi, "BULK_MIN_QUADS", 1)
    bulk = OxigraphStore(tmp_path / "bulk")
    bulk.write(g)
    assert quads(small) == quads(bulk)
    assert not list(bulk.raw.quads_for_pattern(None, None, None, ox.NamedNode(oxi.JOURNAL)))


def test_changed_article_replaces_its_facts(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    assert store.query(HOLDER, {"role": "Kordiv Hukum dan Pengawasan"}).rows
    others = [x for x in corpus() if x.article.id != seed_extraction().article.id]
    report = store.write(resolve([changed_seed(), *others]))
    assert report.replaced == (seed_extraction().article.id,)
    assert store.query(HOLDER, {"role": "Kordiv Hukum dan Pengawasan"}).rows == ()
    rows = store.query(HOLDER, {"role": "Anggota", "body": "KPU Kabupaten Banyuasin"}).rows
    assert [r[0] for r in rows] == ["Legar Saputra"]
    # What only the old text said is gone: Agus Fauzie, the meeting, the old role and post.
    gone = ["person:agus fauzie@16", "event:rapat koordinasi pengawasan|"
            f"{seed_extraction().article.id}"]
    for key in gone:
        iri = ox.NamedNode(store.base + node_id(key))
        assert not list(store.raw.quads_for_pattern(iri, None, None, None)), key
        assert not list(store.raw.quads_for_pattern(None, None, iri, None)), key
    roles = store.query("SELECT ?label WHERE { ?r a org:Role ; skos:prefLabel ?label }")
    assert "Kordiv Hukum dan Pengawasan" not in {r[0] for r in roles.rows}
    # What other articles still support stays: the body, Hendri Wijaya's membership.
    assert store.query(HOLDER, {"role": "Ketua", "body": "KPU Kabupaten Banyuasin"}).rows


def test_change_then_revert_restores_the_store_exactly(store: OxigraphStore) -> None:
    original = resolve(corpus())
    store.write(original)
    before = quads(store)
    others = [x for x in corpus() if x.article.id != seed_extraction().article.id]
    store.write(resolve([changed_seed(), *others]))
    assert quads(store) != before
    store.write(original)
    assert quads(store) == before


def test_node_descriptions_are_last_write_wins(store: OxigraphStore) -> None:
    g = resolve(corpus())
    store.write(g)
    kpu = g.node(node_id(KPU_BANYUASIN))
    assert kpu is not None
    renamed = replace(g, nodes=tuple(replace(n, label="KPU Kab. Banyuasin") if n is kpu else n
                                     for n in g.nodes))
    store.write(renamed)
    labels = store.query("SELECT ?n ?l WHERE { ?n skos:prefLabel ?l }",
                         {"n": IRI(store.base + kpu.id)}).column("l")
    assert labels == ["KPU Kab. Banyuasin"]


def test_interrupted_bulk_insert_leaves_whole_articles_only(tmp_path: Path) -> None:
    seed, *others = corpus()
    store = OxigraphStore(tmp_path / "s")
    store.write(resolve(others))
    before = quads(store)
    # Simulate a crash in the middle of a bulk insert: journal written, half the quads in.
    p = plan(resolve([seed, *others]).subgraph([seed.article.id]), store.base)
    journal = ox.NamedNode(oxi.JOURNAL)
    store.raw.extend([ox.Quad(journal, ox.NamedNode(oxi.JOURNAL_PENDING),
                              ox.NamedNode(store.base + seed.article.id), journal)])
    half = [*p.shared, *p.articles[0].quads]
    store.raw.bulk_extend(half[: len(half) // 2])
    store.close()
    recovered = OxigraphStore(tmp_path / "s")
    assert quads(recovered) == before
    recovered.write(resolve([seed, *others]))
    assert recovered.query(HOLDER, {"role": "Kordiv Hukum dan Pengawasan"}).rows
    recovered.close()


def test_a_failing_update_request_changes_nothing() -> None:
    # The property write() relies on: one update request is one transaction.
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("1")))
    with pytest.raises(OSError):
        s.update('DROP ALL ; INSERT DATA { <http://x/b> <http://x/p> "2" } ; '
                 "LOAD <http://127.0.0.1:1/nothing>")
    assert [str(q.subject) for q in s] == ["<http://x/a>"]


def test_write_errors_become_store_errors(store: OxigraphStore) -> None:
    class Broken:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def extend(self, quads: object) -> None:
            raise OSError("disk full")

    real = store.raw
    store._store = Broken()  # type: ignore[assignment]
    with pytest.raises(StoreError, match="disk full"):
        store.write(resolve([seed_extraction()]))
    store._store = real


def test_holder_of_a_role_in_a_body(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    result = store.query(HOLDER, {"role": "Kordiv Hukum dan Pengawasan",
                                  "body": "KPU Kabupaten Banyuasin"})
    assert result.column("name") == ["Legar Saputra"]


def test_parameters_are_values_not_query_text(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    evil = 'x" } } ; DROP ALL ; SELECT * { ?a ?b "'
    assert store.query(HOLDER, {"role": evil}).rows == ()
    assert store.count() > 0
    with pytest.raises(QueryError, match="SELECT clause"):
        store.query("SELECT ?name WHERE { ?p skos:prefLabel ?name ; a ?t }", {"t": "x"})


def test_updates_are_refused_unless_asked_for(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    n = store.count()
    with pytest.raises(QueryError, match="--write"):
        store.query("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="--write"):
        store.query("PREFIX ex: <http://example.org/> # comment\nINSERT DATA { ex:a ex:b 1 }")
    assert store.count() == n
    assert store.query("INSERT DATA { <http://x/a> <http://x/b> 1 }", write=True).updated
    assert store.count() == n + 1


def test_ask_construct_and_typed_values(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    assert store.query("ASK { ?m a org:Membership }").boolean is True
    triples = store.query("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 2")
    assert triples.columns == ("subject", "predicate", "object") and len(triples.rows) == 2
    # A fact's dates seen are those of the articles its evidence is in.
    dates = store.query("SELECT DISTINCT ?d WHERE { ?f eg:evidence/oa:hasSource ?a . "
                        "?a schema:datePublished ?d } ORDER BY ?d").column("d")
    assert str(dates[0]) == "2024-10-30"
    start = store.query("SELECT (MIN(?s) AS ?m) WHERE { ?x oa:start ?s }").rows[0][0]
    assert isinstance(start, int)


def test_stats_count_articles_nodes_and_facts(store: OxigraphStore) -> None:
    g = resolve(corpus())
    store.write(g)
    stats = store.stats()
    assert stats.articles == 3
    assert stats.statements == store.count()
    assert dict(stats.facts_by_kind) == g.facts_by_kind()
    assert dict(stats.nodes_by_type) == g.nodes_by_type()


def test_closed_store_says_so(tmp_path: Path) -> None:
    s = OxigraphStore(tmp_path / "s")
    s.close()
    s.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        s.count()
    OxigraphStore(tmp_path / "s").close()  # the lock was released


def test_a_read_only_store_closes(tmp_path: Path) -> None:
    writer = OxigraphStore(tmp_path / "s")
    writer.write(resolve([seed_extraction()]))
    count = writer.count()
    writer.close()
    reader = OxigraphStore(tmp_path / "s", read_only=True)
    assert reader.count() == count
    reader.close()  # pyoxigraph cannot flush a read-only store: not an error
    with pytest.raises(StoreError, match="closed"):
        reader.count()
    OxigraphStore(tmp_path / "s").close()  # and a writer can open it again


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="directory"):
        OxigraphStore(f)


def test_base_is_configurable(tmp_path: Path) -> None:
    s = OxigraphStore(tmp_path / "s", base="https://example.org/kg/")
    s.write(resolve([seed_extraction()]))
    subjects = {q.subject.value for q in s.raw if isinstance(q.subject, ox.NamedNode)}
    assert all(x.startswith("https://example.org/kg/") for x in subjects)
    s.close()


def test_base_store_defaults_name_the_operation() -> None:
    base = stores.BaseStore()
    with pytest.raises(NotSupported, match="query"):
        base.query("SELECT * {}")
    with pytest.raises(NotSupported, match="RDF export"):
        base.dump_rdf(Path("x"), "turtle")
    assert base.write_many([]).articles == 0


def test_rejected_facts_are_reported(store: OxigraphStore) -> None:
    g = resolve([seed_extraction()])
    attend = next(f for f in g.facts if f.kind is FactKind.ATTENDS)
    broken = ResolvedGraph(g.articles, g.nodes, (replace(attend, object=None),))
    report = store.write(broken)
    assert len(report.rejected) == 1 and "needs an object" in report.rejected[0]


def test_entity_types_are_typed_in_rdf(store: OxigraphStore) -> None:
    store.write(resolve([seed_extraction()]))
    types = store.query("SELECT ?n ?t WHERE { ?n a ?t }", {"n": IRI(store.base + node_id(
        KPU_BANYUASIN))}).column("t")
    assert {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in types} == {
        "Organization", "ElectionBody"}
    assert EntityType.ORGANIZATION.value == "Organization"
