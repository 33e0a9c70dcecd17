"""The evidence of a sighting as quads: the fact itself carries it, in the article's graph.

Layout 3 (docs/rdf.md, "What each statement is for"). In an article's graph:

    <fact> eg:evidence <article#char=203,516> ;          # one set per sighting: an article
        eg:readWith <reading-…> ;                        # states a fact once, so the graph
        eg:focusStart 210 ; eg:focusEnd 230 ;            # names the sighting
        eg:focusAnchors "[[12,25,\"Bawaslu Tapin\"]]"^^rdf:JSON .  # when the focus leans on them
    <article#char=203,516> oa:hasSource <article> ;      # the span: one per evidence span,
        oa:start 203 ; oa:end 516 ; oa:exact "…" .       # shared by every fact read there

and in the default graph, once for the whole store:

    <reading-…> a eg:Reading ; eg:extractor "electgraph.extract.attends.v1" ;
        eg:confidence 0.930 .

The span node is a Web Annotation specific resource that carries its two selectors' values
itself (oa:start/oa:end of a TextPositionSelector, oa:exact of a TextQuoteSelector); its IRI is
the article's IRI with an RFC 5147 fragment (`#char=START,END`). `eg:evidence` is a
sub-property of `prov:wasDerivedFrom`: the fact was derived from that part of the article, and
`eg:evidence/oa:hasSource` is the article. The extractor and its calibrated confidence are one
reading node: the confidence is a property of the rule, the same in every article.

Layout 2 put an annotation node between the fact and the span (`oa:hasTarget`) and repeated
the article in `prov:wasDerivedFrom` per sighting; the resolver keeps one sighting per fact and
article (`resolve`), so the fact in the article's graph is that sighting, and both went: 20% of
the bytes on disk. Layout 1 wrote 17 statements per sighting.
"""

from __future__ import annotations

import functools

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from electgraph.errors import StoreLayoutError
from electgraph.ids import entity_id
from electgraph.model import Evidence, anchors_json
from electgraph.vocab import EG, OA, RDF, XSD

__all__ = ["LAYOUT", "OLD_LAYOUT_ASK", "OLD_LAYOUT_PREDICATE", "EvidenceWriter", "old_layout",
           "reading_id", "span_iri"]

# The store layout this module writes. Layouts 1 and 2 wrote oa:hasTarget for every sighting,
# which layout 3 never writes: its presence tells an old store apart without a marker.
LAYOUT = 3
OLD_LAYOUT_PREDICATE = OA.hasTarget
OLD_LAYOUT_ASK = f"ASK {{ GRAPH ?g {{ ?annotation <{OLD_LAYOUT_PREDICATE}> ?target }} }}"

_N = functools.cache(NamedNode)
_INT = _N(XSD.integer)
_DEC = _N(XSD.decimal)


def old_layout(location: str) -> StoreLayoutError:
    """The error for a store written in an older layout: its queries would answer wrong, so
    say to re-ingest (the articles are the source; nothing else is kept in the store)."""
    return StoreLayoutError(
        f"the store at {location} was written by an older electgraph (RDF layout 1 or 2, with "
        f"an annotation node per sighting); this version reads layout {LAYOUT} only. Ingest the "
        "articles again into a new store (`electgraph ingest SOURCES --store NEW_DIR`), or "
        "delete this one and ingest into it again")


def span_iri(article_iri: str, ev: Evidence) -> str:
    """The evidence span as a part of the article: RFC 5147's `char=` fragment."""
    return f"{article_iri}#char={ev.start},{ev.end}"


def reading_id(extractor: str, confidence: float | None) -> str:
    """The id of a reading: an extractor with the confidence it was calibrated to."""
    return entity_id("reading", f"{extractor} {_confidence(confidence)}".strip())


def _confidence(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=_INT)


class EvidenceWriter:
    """The evidence quads of a mapping run; remembers which spans each graph has already."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._written: set[tuple[NamedNode | None, NamedNode]] = set()  # (graph, node)
        self.shared: list[Quad] = []  # the readings, for the default graph

    def of(self, fact: NamedNode, article: NamedNode, ev: Evidence, extractor: str,
           g: NamedNode) -> list[Quad]:
        """The quads of one sighting of `fact` in graph `g` (the span's only when new there)."""
        span = NamedNode(span_iri(article.value, ev))
        out = [Quad(fact, _N(EG.evidence), span, g),
               Quad(fact, _N(EG.readWith), self.reading(extractor, ev.confidence), g)]
        if ev.focus_start is not None and ev.focus_end is not None:
            out.append(Quad(fact, _N(EG.focusStart), _int(ev.focus_start), g))
            out.append(Quad(fact, _N(EG.focusEnd), _int(ev.focus_end), g))
        if ev.anchors:
            out.append(Quad(fact, _N(EG.focusAnchors),
                            Literal(anchors_json(ev.anchors), datatype=_N(RDF.JSON)), g))
        if (g, span) not in self._written:
            self._written.add((g, span))
            out.append(Quad(span, _N(OA.hasSource), article, g))
            out.append(Quad(span, _N(OA.start), _int(ev.start), g))
            out.append(Quad(span, _N(OA.end), _int(ev.end), g))
            out.append(Quad(span, _N(OA.exact), Literal(ev.text), g))
        return out

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
