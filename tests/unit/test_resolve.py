"""The resolver's rules (see the docstring of electgraph.resolve), on hand-built extractions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from electgraph.graph import ResolvedGraph, node_id
from electgraph.ids import article_id
from electgraph.model import FactKind
from electgraph.resolve import resolve
from graph_fixtures import (
    BAWASLU_GARUT,
    KPU_BANYUASIN,
    corpus,
    rakor_logistik_extraction,
    seed_extraction,
    surat_suara_extraction,
    synthetic_extraction,
)


def persons(g: ResolvedGraph, label: str) -> list[str]:
    return sorted(n.id for n in g.nodes if n.type.value == "Person" and n.label == label)


def rules(g: ResolvedGraph) -> set[str]:
    return {m.rule for m in g.report.merges}


def test_body_surface_forms_are_one_node_with_all_forms_as_aliases() -> None:
    g = resolve(corpus())
    kpu = g.node(node_id(KPU_BANYUASIN))
    assert kpu is not None
    assert kpu.label == "KPU Kabupaten Banyuasin"
    assert {"KPU Banyuasin", "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin"} <= set(
        kpu.aliases)
    assert len(kpu.articles) == 3
    sumsel = g.node(node_id("org:kpu:provinsi:16"))
    assert sumsel is not None and "KPU Sumsel" in sumsel.aliases
    assert sumsel.id != kpu.id
    assert "org-same-key" in rules(g)


def test_same_person_in_two_articles_is_one_node_and_one_membership_with_both_dates() -> None:
    g = resolve(corpus())
    assert persons(g, "Hendri Wijaya") == [node_id("person:hendri wijaya@16")]
    (ketua,) = [f for f in g.facts if f.kind is FactKind.HOLDS_ROLE
                and f.subject == node_id("person:hendri wijaya@16")]
    assert ketua.quals == {"role": "Ketua", "status": "current"}
    assert ketua.dates == (date(2024, 10, 30), date(2024, 11, 12))
    assert (ketua.first_seen, ketua.last_seen) == (date(2024, 10, 30), date(2024, 11, 12))
    assert len(ketua.articles) == 2
    assert "person-same-name-compatible-region" in rules(g)


def test_same_name_in_different_regions_is_two_people() -> None:
    garut = synthetic_extraction(
        "Bawaslu Garut Awasi Kampanye", "GARUT, PRIANGANPOS.ID - Agus Fauzie memimpin apel.",
        [("Agus Fauzie", "Ketua", BAWASLU_GARUT)])
    g = resolve([seed_extraction(), garut])
    assert persons(g, "Agus Fauzie") == sorted(
        [node_id("person:agus fauzie@16"), node_id("person:agus fauzie@32")])
    split = [m for m in g.report.merges if m.rule == "person-split-by-region"]
    assert {m.key for m in split} == {"person:agus fauzie@16", "person:agus fauzie@32"}
    # Each keeps its own membership.
    holders = {f.subject for f in g.facts if f.kind is FactKind.HOLDS_ROLE}
    assert {node_id("person:agus fauzie@16"), node_id("person:agus fauzie@32")} <= holders


def test_person_id_does_not_depend_on_the_other_articles() -> None:
    alone = resolve([seed_extraction()])
    together = resolve(corpus())
    assert persons(alone, "Legar Saputra") == persons(together, "Legar Saputra")


def test_mention_without_role_joins_the_person_of_its_dateline_province() -> None:
    palembang = synthetic_extraction(
        "Rapat di Palembang", "PALEMBANG, X.ID - Agus Fauzie berbicara.", [],
        roleless=("Agus Fauzie",))
    garut = synthetic_extraction(
        "Bawaslu Garut Awasi Kampanye", "GARUT, PRIANGANPOS.ID - Agus Fauzie memimpin apel.",
        [("Agus Fauzie", "Ketua", BAWASLU_GARUT)])
    g = resolve([seed_extraction(), garut, palembang])
    quote = next(f for f in g.facts if f.kind is FactKind.QUOTES
                 and f.articles == (palembang.article.id,))
    assert quote.subject == node_id("person:agus fauzie@16")


def test_mention_without_role_joins_the_only_placed_person() -> None:
    jakarta = synthetic_extraction(
        "Wawancara", "JAKARTA, X.ID - Legar Saputra diwawancarai.", [],
        roleless=("Legar Saputra",))
    g = resolve([seed_extraction(), jakarta])
    assert persons(g, "Legar Saputra") == [node_id("person:legar saputra@16")]


def test_namesake_reported_from_another_province_is_not_merged() -> None:
    # Two "Agus Fauzie": the secretary of KPU Banyuasin (Sumatera Selatan) and a man quoted
    # in a report from Garut (Jawa Barat) who holds no role there.
    garut = synthetic_extraction(
        "Warga Garut", "GARUT, PRIANGANPOS.ID - Agus Fauzie berbicara.", [],
        roleless=("Agus Fauzie",))
    g = resolve([seed_extraction(), garut])
    assert persons(g, "Agus Fauzie") == sorted(
        [node_id("person:agus fauzie@16"), node_id("person:agus fauzie@32")])
    assert "person-namesake" in rules(g)


def test_mention_without_role_stays_apart_when_it_cannot_be_placed() -> None:
    jakarta = synthetic_extraction(
        "Wawancara", "JAKARTA, X.ID - Agus Fauzie diwawancarai.", [], roleless=("Agus Fauzie",))
    garut = synthetic_extraction(
        "Bawaslu Garut Awasi Kampanye", "GARUT, PRIANGANPOS.ID - Agus Fauzie memimpin apel.",
        [("Agus Fauzie", "Ketua", BAWASLU_GARUT)])
    g = resolve([seed_extraction(), garut, jakarta])
    assert node_id("person:agus fauzie") in persons(g, "Agus Fauzie")
    assert "person-ambiguous" in rules(g)


def test_national_role_places_a_person_nationally() -> None:
    x = synthetic_extraction("KPU RI", "JAKARTA, X.ID - Rapat.",
                             [("Mochammad Afifuddin", "Ketua", "org:kpu:ri:")])
    g = resolve([x])
    assert persons(g, "Mochammad Afifuddin") == [node_id("person:mochammad afifuddin@ri")]


def test_events_are_scoped_to_their_article_unless_host_and_date_agree() -> None:
    one = rakor_logistik_extraction()
    # The same meeting reported by another outlet on the same day, hosted by the same body.
    other_article = one.article.__class__(
        id=article_id("Rakor Logistik Sumsel"), title="Rakor Logistik Sumsel",
        text=one.article.text, published=one.article.published)
    other = one.__class__(other_article, one.entities, tuple(
        f.__class__(f.kind, f.subject, f.object,
                    f.evidence.__class__(other_article.id, f.evidence.start, f.evidence.end,
                                         f.evidence.text), f.extractor, f.qualifiers)
        for f in one.facts))
    g = resolve([one, other])
    events = [n for n in g.nodes if n.type.value == "Event"]
    assert len(events) == 1 and len(events[0].articles) == 2
    assert "event-same-label-host-date" in rules(g)
    # The seed's "Rapat Koordinasi Pengawasan" has no date: scoped to its article.
    g2 = resolve([seed_extraction(), seed_extraction()])
    (event,) = [n for n in g2.nodes if n.type.value == "Event"]
    assert event.key.endswith(f"|{seed_extraction().article.id}")


def test_related_titles_link_to_the_id_of_the_article_with_that_title() -> None:
    g = resolve(corpus())
    seed = next(a for a in g.articles if a.id == seed_extraction().article.id)
    surat = surat_suara_extraction().article
    linked = {r.article_id: r for r in seed.related}
    assert linked[surat.id].ingested is True
    assert sum(r.ingested for r in seed.related) == 1
    links = {(f.subject, f.object) for f in g.facts if f.kind is FactKind.RELATES_TO}
    assert (seed.id, surat.id) in links and (surat.id, seed.id) in links


def test_the_same_fact_in_two_articles_has_one_id_and_two_sightings() -> None:
    g = resolve(corpus())
    ids = [f.id for f in g.facts]
    assert len(ids) == len(set(ids))
    assert any(len(f.sightings) == 2 for f in g.facts)
    for f in g.facts:
        for s in f.sightings:
            assert s.evidence.article_id == s.article_id


def test_an_article_that_states_a_fact_twice_gives_one_sighting_its_earliest() -> None:
    # A store's article graph holds one sighting per fact (layout 3), so the resolver keeps the
    # earliest span, whatever order the extractor listed them in.
    x = seed_extraction()
    fact = x.facts[0]
    ev = fact.evidence
    later = replace(fact, evidence=replace(ev, start=ev.end + 5, end=ev.end + 15))
    for facts in ((later, *x.facts), (*x.facts, later)):
        g = resolve([replace(x, facts=facts)])
        mine = [f for f in g.facts if any(s.evidence == ev for s in f.sightings)]
        assert len(mine) == 1 and len(mine[0].sightings) == 1


def test_result_does_not_depend_on_input_order() -> None:
    a = resolve(corpus())
    b = resolve(list(reversed(corpus())))
    assert a.nodes == b.nodes
    assert a.facts == b.facts
    assert a.report == b.report


def test_batches_cover_the_graph_like_subgraphs() -> None:
    g = resolve(corpus())
    for size in (1, 2, 5):
        batches = list(g.batches(size))
        assert [a.id for b in batches for a in b.articles] == [a.id for a in g.articles]
        for b in batches:
            assert b == g.subgraph(a.id for a in b.articles)


def test_facts_naming_unknown_keys_create_implicit_nodes_and_say_so() -> None:
    x = seed_extraction()
    stripped = x.__class__(x.article, tuple(e for e in x.entities if e.key != KPU_BANYUASIN),
                           x.facts)
    g = resolve([stripped])
    assert g.node(node_id(KPU_BANYUASIN)) is not None
    assert "implicit" in rules(g)


def test_duplicate_articles_are_reported() -> None:
    g = resolve([seed_extraction(), seed_extraction()])
    assert len(g.articles) == 1
    assert "duplicate-article" in rules(g)


def test_places_get_their_province_and_official_label() -> None:
    g = resolve([seed_extraction()])
    banyuasin = g.node(node_id("place:16.07"))
    sumsel = g.node(node_id("place:16"))
    assert banyuasin is not None and sumsel is not None
    assert banyuasin.label == "Kabupaten Banyuasin"
    assert banyuasin.attrs["province_code"] == "16"
    assert sumsel.label == "Provinsi Sumatera Selatan"
    article = g.articles[0]
    assert article.dateline_place_id == banyuasin.id
    assert article.publisher_id == node_id("org:name:koranpalpos com")
