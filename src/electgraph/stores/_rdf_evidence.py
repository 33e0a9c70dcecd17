"""The evidence of a sighting as quads: few nodes, each written once.

Layout 2 (docs/rdf.md, "What each statement is for"). In an article's graph:

    <fact> eg:evidence <article#ev-…> .                  # one per sighting (fact, span)
    <article#ev-…> oa:hasTarget <article#char=203,516> ;  # the annotation: one per reading,
        eg:readWith <reading-…> ;                        # shared by every fact read there
        eg:focusStart 210 ; eg:focusEnd 230 .
    <article#char=203,516> oa:hasSource <article> ;      # the span: one per evidence span,
        oa:start 203 ; oa:end 516 ; oa:exact "…" .       # shared by every annotation on it

and in the default graph, once for the whole store:

    <reading-…> a eg:Reading ; eg:extractor "electgraph.extract.attends.v1" ;
        eg:confidence 0.930 .

Layout 1 wrote 17 statements per sighting (an annotation, a specific resource and two
selectors per fact, each typed, plus `oa:hasBody` repeating `eg:evidence`); an article's
sightings mostly share a few sentences and readings, so most of that repeated. What is gone is
derivable: the classes follow from the predicates (`ontology/electgraph.ttl` gives their
domains), the body is the subject of `eg:evidence`. The span node is a Web Annotation specific
resource that carries its two selectors' values itself (oa:start/oa:end of a
TextPositionSelector, oa:exact of a TextQuoteSelector); its IRI is the article's IRI with an
RFC 5147 fragment (`#char=START,END`), the way Web Annotation names a part of a text. The
extractor and its calibrated confidence are one reading node: the confidence is a property of
the rule (how often facts read this way were right), the same in every article.

Ids are deterministic: fragments of the article's IRI, from the span and the reading.
"""

from __future__ import annotations

import functools

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from electgraph.errors import StoreLayoutError
from electgraph.ids import digest, entity_id
from electgraph.model import Evidence
from electgraph.vocab import EG, OA, RDF, XSD

__all__ = ["LAYOUT", "OLD_LAYOUT_ASK", "OLD_LAYOUT_PREDICATE", "EvidenceWriter",
           "annotation_iri", "old_layout", "reading_id", "span_iri"]

# The store layout this module writes. Layout 1 (electgraph before it) always wrote
# oa:hasSelector for every sighting, which layout 2 never writes: its presence tells an old
# store apart without a marker statement.
LAYOUT = 2
OLD_LAYOUT_PREDICATE = OA.hasSelector
OLD_LAYOUT_ASK = f"ASK {{ GRAPH ?g {{ ?target <{OLD_LAYOUT_PREDICATE}> ?selector }} }}"

_N = functools.cache(NamedNode)
_INT = _N(XSD.integer)
_DEC = _N(XSD.decimal)


def old_layout(location: str) -> StoreLayoutError:
    """The error for a store written in layout 1: its queries would answer wrong, so say to
    re-ingest (the articles are the source; nothing else is kept in the store)."""
    return StoreLayoutError(
        f"the store at {location} was written by an older electgraph (RDF layout 1, with four "
        f"evidence nodes per sighting); this version reads layout {LAYOUT} only. Ingest the "
        "articles again into a new store (`electgraph ingest SOURCES --store NEW_DIR`), or "
        "delete this one and ingest into it again")


def span_iri(article_iri: str, ev: Evidence) -> str:
    """The evidence span as a part of the article: RFC 5147's `char=` fragment."""
    return f"{article_iri}#char={ev.start},{ev.end}"


def annotation_iri(article_iri: str, ev: Evidence, extractor: str) -> str:
    """One reading of the article: the span, the focus in it, the extractor and confidence."""
    reading = (str(ev.start), str(ev.end), str(ev.focus_start), str(ev.focus_end),
               _confidence(ev.confidence), extractor)
    return f"{article_iri}#ev-{digest(*reading, size=16)}"


def reading_id(extractor: str, confidence: float | None) -> str:
    """The id of a reading: an extractor with the confidence it was calibrated to."""
    return entity_id("reading", f"{extractor} {_confidence(confidence)}".strip())


def _confidence(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


class EvidenceWriter:
    """The evidence quads of a mapping run; remembers which nodes each graph has already."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._written: set[tuple[NamedNode | None, NamedNode]] = set()  # (graph, node)
        self.shared: list[Quad] = []  # the readings, for the default graph

    def of(self, article: NamedNode, ev: Evidence, extractor: str,
           g: NamedNode) -> tuple[NamedNode, list[Quad]]:
        """The annotation of one sighting, and the quads that are new in graph `g`."""
        ann = NamedNode(annotation_iri(article.value, ev, extractor))
        out: list[Quad] = []
        if (g, ann) in self._written:
            return ann, out
        self._written.add((g, ann))
        span = NamedNode(span_iri(article.value, ev))
        out.append(Quad(ann, _N(OA.hasTarget), span, g))
        out.append(Quad(ann, _N(EG.readWith), self.reading(extractor, ev.confidence), g))
        if ev.focus_start is not None and ev.focus_end is not None:
            out.append(Quad(ann, _N(EG.focusStart), Literal(str(ev.focus_start), datatype=_INT),
                            g))
            out.append(Quad(ann, _N(EG.focusEnd), Literal(str(ev.focus_end), datatype=_INT), g))
        if (g, span) not in self._written:
            self._written.add((g, span))
            out.append(Quad(span, _N(OA.hasSource), article, g))
            out.append(Quad(span, _N(OA.start), Literal(str(ev.start), datatype=_INT), g))
            out.append(Quad(span, _N(OA.end), Literal(str(ev.end), datatype=_INT), g))
            out.append(Quad(span, _N(OA.exact), Literal(ev.text), g))
        return ann, out

    def reading(self, extractor: str, confidence: float | None) -> NamedNode:
        """The reading node, described in `shared` the first time it is named."""
        r = NamedNode(self.base + reading_id(extractor, confidence))
        if (None, r) not in self._written:
            self._written.add((None, r))
            dg = DefaultGraph()
            self.shared.append(Quad(r, _N(RDF.type), _N(EG.Reading), dg))
            self.shared.append(Quad(r, _N(EG.extractor), Literal(extractor), dg))
            if confidence is not None:
                self.shared.append(Quad(r, _N(EG.confidence),
                                        Literal(_confidence(confidence), datatype=_DEC), dg))
        return r
