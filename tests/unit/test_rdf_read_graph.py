"""The embedded store gives back the graph it was given: `store.write(g); store.read_graph()`
equals `g` up to order (RDF keeps none), and writing what was read into an empty store gives
the same quads. The resolution report is not stored (it is the resolver's log, not the graph),
so it is left out of the comparison."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from electgraph.errors import StoreError, StoreLayoutError
from electgraph.extract import extract
from electgraph.graph import ResolutionReport, ResolvedGraph
from electgraph.ingest import build_article, read
from electgraph.model import FactKind
from electgraph.resolve import resolve
from electgraph.stores._rdf_read import FACTS_QUERY, restrict
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import (
    ARTICLES,
    SEED,
    Builder,
    candidacy_extraction,
    corpus,
    kpu_banyuasin,
    normalised,
    read_article,
    seed_extraction,
    synthetic_extraction,
)


# -- graphs ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample() -> ResolvedGraph:
    return resolve(extract(a) for a in read([ARTICLES]).articles)


GRAPHS = {
    "fixtures": lambda: resolve(corpus()),
    "seed alone": lambda: resolve([seed_extraction()]),
    "synthetic": lambda: resolve([
        synthetic_extraction("Rapat KPU Garut", "Rapat di Garut.",
                             [("Ahmad Fauzi", "Ketua", "org:kpu:kabupaten:32.05")], ("Agus",)),
        synthetic_extraction("Rapat KPU Banyuasin", "Rapat di Banyuasin.",
                             [("Ahmad Fauzi", "Anggota", "org:kpu:kabupaten:16.07")]),
    ]),
    "candidacy": lambda: resolve([candidacy_extraction(), seed_extraction()]),
}


# -- helpers ---------------------------------------------------------------------------------
def quads(store: OxigraphStore) -> set[ox.Quad]:
    return set(store.raw.quads_for_pattern(None, None, None, None))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[OxigraphStore]:
    s = OxigraphStore(tmp_path / "store")
    yield s
    s.close()


def assert_round_trip(g: ResolvedGraph, store: OxigraphStore, tmp_path: Path) -> None:
    assert not store.write(g).rejected  # a rejected fact is never stored, so cannot come back
    back = store.read_graph()
    assert normalised(back) == normalised(g)
    assert back.report == ResolutionReport()  # not stored, by design
    with OxigraphStore(tmp_path / "copy") as copy:
        copy.write(back)
        assert copy.count() == store.count()
        assert quads(copy) == quads(store)


# -- the round trip --------------------------------------------------------------------------
def test_the_sample_corpus_comes_back(
    sample: ResolvedGraph, store: OxigraphStore, tmp_path: Path
) -> None:
    assert len(sample.articles) > 20 and len(sample.facts) > 100
    assert_round_trip(sample, store, tmp_path)


@pytest.mark.parametrize("name", list(GRAPHS))
def test_the_fixture_graphs_come_back(name: str, store: OxigraphStore, tmp_path: Path) -> None:
    assert_round_trip(GRAPHS[name](), store, tmp_path)


def test_what_the_new_terms_carry_comes_back(store: OxigraphStore) -> None:
    g = GRAPHS["candidacy"]()
    store.write(g)
    back = store.read_graph()
    art = next(a for a in back.articles if a.source_path == "synthetic/candidacy")
    assert (art.publisher, art.url) == ("Contoh News", "https://example.org/candidacy")
    assert art.text_digest == next(a.text_digest for a in g.articles if a.id == art.id)
    implied = [s for n in back.nodes for s in n.seen if not s.mentioned]
    assert implied  # provinces and publishers: in the article's part, though not named
    budi = next(f for f in back.facts if f.kind is FactKind.CANDIDATES
                and "budi" in f.subject)
    quals = budi.sightings[0].quals
    assert quals["number"] == "3" and quals["running_mate"]
    parties = {f.subject for f in back.facts if f.kind is FactKind.NOMINATES
               and f.object == budi.subject}
    assert len(parties) == 2
    sanction = next(f for f in back.facts if f.kind is FactKind.SANCTIONS)
    assert sanction.quals == {"sanction": "peringatan keras"}
    assert sanction.sightings[0].quals == {"verdict_date": "2024-11-04"}
    assert budi.quals == {"role": "calon bupati"}
    statuses = {f.quals["status"] for f in back.facts if f.kind is FactKind.HOLDS_ROLE}
    assert {"acting", "former", "current"} <= statuses
    assert any(f.kind is FactKind.HOLDS_ROLE and f.object is None for f in back.facts)


def test_batched_writes_come_back_as_one_graph(sample: ResolvedGraph, store: OxigraphStore) -> None:
    store.write_many(sample.batches(5))
    assert normalised(store.read_graph()) == normalised(sample)


def test_a_replaced_article_comes_back_as_replaced(store: OxigraphStore, tmp_path: Path) -> None:
    old = resolve(corpus())
    original = read_article(SEED)
    text = original.text.replace("Kordiv Hukum dan Pengawasan Komisi", "Anggota Komisi", 1)
    title, _, body = text.partition("\n")
    # A corrected article keeps its id (as one with a URL does).
    b = Builder(replace(build_article(title, body, source_path=original.source_path),
                        id=original.id))
    kpu = kpu_banyuasin(b, "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin")
    b.fact(FactKind.HOLDS_ROLE, b.person("Legar Saputra"), kpu, "Anggota Komisi Pemilihan "
           "Umum (KPU) Kabupaten Banyuasin, Legar Saputra", role="Anggota", status="current")
    new = resolve([b.build(), *corpus()[1:]])
    store.write(old)
    assert store.write(new).replaced
    assert normalised(store.read_graph()) == normalised(new)
    with OxigraphStore(tmp_path / "fresh") as fresh:
        fresh.write(new)
        assert quads(fresh) == quads(store)


# -- reading part of the store ---------------------------------------------------------------
def test_reading_some_articles_is_the_subgraph_of_the_whole(
    sample: ResolvedGraph, store: OxigraphStore
) -> None:
    store.write(sample)
    whole = store.read_graph()
    ids = [a.id for a in sample.articles[3:9]]
    part = store.read_graph(ids)
    assert normalised(part) == normalised(whole.subgraph(ids)) == normalised(sample.subgraph(ids))
    assert {a.id for a in part.articles} == set(ids)
    # Related titles still say whether the cited article is stored, not only whether it is read.
    assert [r.ingested for a in part.articles for r in a.related] == [
        r.ingested for a in sorted(sample.subgraph(ids).articles, key=lambda a: a.id)
        for r in sorted(a.related, key=lambda r: r.article_id)]


def test_reading_no_or_unknown_articles_gives_an_empty_graph(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    assert store.read_graph([]) == ResolvedGraph()
    assert store.read_graph(["article-0000"]) == ResolvedGraph()


def test_an_empty_store_reads_as_an_empty_graph(store: OxigraphStore) -> None:
    assert store.read_graph() == ResolvedGraph()
    assert store.supports_read_graph


def test_a_store_written_before_read_graph_asks_for_a_reingest(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    store.query("DELETE WHERE { GRAPH ?g { ?a eg:textDigest ?d } }", write=True)
    with pytest.raises(StoreError, match="re-ingest"):
        store.read_graph()


def test_a_node_without_its_key_asks_for_a_reingest(store: OxigraphStore) -> None:
    store.write(resolve(corpus()))
    store.query("DELETE WHERE { ?n eg:resolutionKey ?k }", write=True)
    with pytest.raises(StoreError, match="re-ingest"):
        store.read_graph()


# -- query text ------------------------------------------------------------------------------
def test_restrict_adds_values_built_by_the_term_serialiser() -> None:
    text = restrict(FACTS_QUERY, "fact", ["https://w3id.org/electgraph/id/quotes-1"])
    head, _, rest = text.partition("WHERE {")
    assert head == FACTS_QUERY.partition("WHERE {")[0]
    assert rest.lstrip().startswith("VALUES ?fact { <https://w3id.org/electgraph/id/quotes-1> }")
    with pytest.raises(ValueError):
        restrict(FACTS_QUERY, "fact", ["https://example.org/a> } DROP ALL {"])
    with pytest.raises(ValueError, match="WHERE"):
        restrict("ASK {}", "g", [])


def test_a_store_of_an_old_layout_asks_for_a_reingest(tmp_path: Path) -> None:
    # Layouts 1 and 2 wrote an annotation with oa:hasTarget for every sighting (layout 1 also
    # oa:hasSelector); layout 3 never does. Their queries would answer wrong on an old store,
    # so opening one says what to do instead.
    with OxigraphStore(tmp_path / "old") as old:
        old.write(resolve(corpus()))
        old.query("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/t> "
                  "oa:hasTarget <https://example.org/s> } }", write=True)
    for read_only in (False, True):
        with pytest.raises(StoreLayoutError, match="Ingest the articles again into a new store"):
            OxigraphStore(tmp_path / "old", read_only=read_only)
    assert issubclass(StoreLayoutError, StoreError)
