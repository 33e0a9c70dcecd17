"""Replacing or recovering k articles costs O(k), not O(store) (issue 15): change detection by
the text's digest alone, garbage collection over what the replaced articles touched only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from electgraph.graph import ResolvedGraph
from electgraph.model import EntityType, Extraction, FactKind
from electgraph.resolve import resolve
from electgraph.stores import _rdf_gc
from electgraph.stores._rdf_mapping import plan
from electgraph.stores.oxigraph import JOURNAL, OxigraphStore
from graph_fixtures import Builder, build_article, corpus, synthetic_extraction


def quads(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.raw}


def unrelated(n: int) -> list[Extraction]:
    return [synthetic_extraction(f"Berita lain {i}", f"MEDAN, X.ID - Rapat ke-{i}.",
                                 [(f"Orang Nomor{i}", "Ketua", f"org:kpu:kabupaten:12.{i:02d}")])
            for i in range(1, n + 1)]


def corrected(g: ResolvedGraph, article_id: str) -> ResolvedGraph:
    return replace(g, articles=tuple(replace(a, text_digest="0" * 16) if a.id == article_id
                                     else a for a in g.articles))


def test_an_unchanged_text_is_unchanged_whatever_its_facts(tmp_path: Path) -> None:
    g = resolve(corpus())
    with OxigraphStore(tmp_path / "s") as store:
        store.write(g)
        # Another resolution of the same texts (a fact fewer): no article is rewritten.
        report = store.write(replace(g, facts=g.facts[1:]))
        assert report.unchanged == tuple(a.id for a in g.articles)
        assert not report.replaced and not report.added


@pytest.mark.parametrize("others", [0, 40])
def test_a_replace_looks_only_at_what_the_article_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, others: int
) -> None:
    seed, *rest = corpus()
    g = resolve([seed, *rest, *unrelated(others)])
    seen: list[list[str]] = []
    real = _rdf_gc.touched

    def spy(*a: object, **k: object) -> list[str]:
        found = real(*a, **k)  # type: ignore[arg-type]
        seen.append(found)
        return found

    monkeypatch.setattr(_rdf_gc, "touched", spy)
    with OxigraphStore(tmp_path / "s") as store:
        store.write(g)
        new = corrected(g, seed.article.id)
        assert store.write(new).replaced == (seed.article.id,)
        assert not any("Nomor" in iri or "12." in iri for iri in seen[-1])
        with OxigraphStore(tmp_path / "fresh") as fresh:
            fresh.write(new)
            assert quads(fresh) == quads(store)
    # The same set whatever the store holds besides.
    assert len(seen[-1]) == len(TOUCHED.setdefault("n", seen[-1]))


TOUCHED: dict[str, list[str]] = {}


def test_recovery_after_a_cut_bulk_insert_looks_only_at_its_journal(tmp_path: Path) -> None:
    seed, *rest = corpus()
    store = OxigraphStore(tmp_path / "s")
    store.write(resolve([*rest, *unrelated(20)]))
    before = quads(store)
    p = plan(resolve([seed, *rest]).subgraph([seed.article.id]), store.base)
    inserts = [*p.shared, *p.articles[0].quads]
    store.raw.extend(_rdf_gc.journal(store.base, [seed.article.id], inserts))
    store.raw.bulk_extend(inserts[: len(inserts) // 2])
    store.close()
    recovered = OxigraphStore(tmp_path / "s")
    assert quads(recovered) == before
    assert not list(recovered.raw.quads_for_pattern(None, None, None, ox.NamedNode(JOURNAL)))
    recovered.close()


def hub_attendees(n: int) -> list[Extraction]:
    """n reports of one event (same label, host and date: one node, a hub), each with an
    attendee of its own."""
    out = []
    for i in range(n):
        b = Builder(build_article(f"Rapat pleno {i}", f"KPU Medan menggelar rapat pleno. Orang "
                                  f"Hadir{i} hadir.", published=date(2024, 9, 1)))
        event = b.entity("event:rapat pleno", EntityType.EVENT, "rapat pleno")
        kpu = b.entity("org:kpu:kota:12.71", EntityType.ORGANIZATION, "KPU Medan", body="kpu",
                       level="kota", region_code="12.71", category="election_body")
        b.fact(FactKind.HOSTS, kpu, event, "KPU Medan menggelar rapat pleno")
        b.fact(FactKind.ATTENDS, b.person(f"Orang Hadir{i}"), event, f"Orang Hadir{i} hadir")
        out.append(b.build())
    return out


def test_a_replace_does_not_follow_a_hub_out_to_the_rest_of_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subjects looked at after replacing one attendee's article are as many whether the
    event it shares has 3 attendees or 30 (the hops leave shortcut triples alone)."""
    seen: list[int] = []
    real = _rdf_gc.touched

    def spy(*a: object, **k: object) -> list[str]:
        found = real(*a, **k)  # type: ignore[arg-type]
        seen.append(len(found))
        return found

    monkeypatch.setattr(_rdf_gc, "touched", spy)
    for n in (3, 30):
        g = resolve(hub_attendees(n))
        with OxigraphStore(tmp_path / f"s{n}") as store:
            store.write(g)
            assert store.write(corrected(g, g.articles[0].id)).replaced == (g.articles[0].id,)
    assert seen[0] == seen[1]
