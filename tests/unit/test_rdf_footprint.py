"""What layout 3 writes per article stays lean: nothing derivable, nothing twice (the figures
are in docs/rdf.md, "What each statement is for"; benchmarks/bench_footprint.py measures)."""

from __future__ import annotations

from collections import Counter

import pytest
from pyoxigraph import DefaultGraph, Quad

from electgraph.graph import ResolvedGraph
from electgraph.resolve import resolve
from electgraph.stores._rdf_evidence import OLD_LAYOUT_PREDICATE
from electgraph.stores._rdf_mapping import plan
from electgraph.vocab import DEFAULT_BASE, EG, OA, PROV, RDF, SCHEMA
from graph_fixtures import corpus


@pytest.fixture(scope="module")
def graph() -> ResolvedGraph:
    return resolve(corpus())


@pytest.fixture(scope="module")
def quads(graph: ResolvedGraph) -> list[Quad]:
    p = plan(graph, DEFAULT_BASE)
    return [*p.shared, *(q for a in p.articles for q in a.quads)]


def test_no_triple_is_in_both_the_default_graph_and_an_article_graph(quads: list[Quad]) -> None:
    default = {(q.subject, q.predicate, q.object) for q in quads
               if isinstance(q.graph_name, DefaultGraph)}
    named = {(q.subject, q.predicate, q.object) for q in quads
             if not isinstance(q.graph_name, DefaultGraph)}
    assert not default & named


def test_nothing_derivable_is_written(quads: list[Quad]) -> None:
    predicates = {q.predicate.value for q in quads}
    # The date seen is the article's; the article is the span's source; the body is the subject
    # of eg:evidence; the old layouts' annotation node and selectors are gone.
    assert not predicates & {EG.seenOn, OA.hasBody, OLD_LAYOUT_PREDICATE, OA.hasSelector,
                             PROV.wasDerivedFrom}
    typed = {q.object.value for q in quads if q.predicate.value == RDF.type
             and not isinstance(q.graph_name, DefaultGraph)}
    assert typed == {SCHEMA.NewsArticle}  # no class of an annotation, span or selector


def test_an_article_graph_has_each_statement_once(graph: ResolvedGraph) -> None:
    for a in plan(graph, DEFAULT_BASE).articles:
        repeated = [q for q, n in Counter(a.quads).items() if n > 1]
        assert not repeated, repeated[:3]


def test_spans_are_shared_by_the_sightings(
    graph: ResolvedGraph, quads: list[Quad]
) -> None:
    sightings = sum(len(f.sightings) for f in graph.facts)
    spans = {(s.article_id, s.evidence.start, s.evidence.end)
             for f in graph.facts for s in f.sightings}
    count = Counter(q.predicate.value for q in quads)
    assert count[EG.evidence] == sightings
    assert count[OA.exact] == count[OA.start] == len(spans) < sightings
    assert count[EG.readWith] == sightings
    # Layout 1 wrote 17 evidence statements per sighting, layout 2 about 7.
    evidence = sum(n for p, n in count.items()
                   if p.startswith(OA._NS) or p in {EG.evidence, EG.readWith, EG.focusStart,
                                                    EG.focusEnd, EG.extractor, EG.confidence})
    assert evidence / sightings < 6.5
