"""An `Extraction` as compact JSON and back, for the resolution state (`_state.py`).

The state keeps the extraction of an article whose resolution may change later (a role-less
person mention that a later run can place), so that the article can be resolved again without
reading and extracting its file. JSON, not pickle: a store must never run code when read.
"""

from __future__ import annotations

import json
import zlib
from base64 import b64decode, b64encode
from datetime import date
from typing import Any

from electgraph.model import (
    Article,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Fact,
    FactKind,
    RelatedLink,
    Span,
)

__all__ = ["decode", "encode"]


def _span(s: Span) -> list[Any]:
    return [s.start, s.end, s.text]


def _unspan(v: list[Any]) -> Span:
    return Span(int(v[0]), int(v[1]), str(v[2]))


def _evidence(v: list[Any]) -> Evidence:
    # A state written before facts had anchors has seven fields here.
    aid, start, end, text, focus_start, focus_end, confidence, anchors = [*v, []][:8]
    return Evidence(aid, start, end, text, focus_start, focus_end, confidence,
                    tuple(_unspan(s) for s in anchors))


def _pairs(v: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in v)


def encode(x: Extraction) -> str:
    """`x` as zlib-compressed JSON in base64 (about a third of the text's size)."""
    a = x.article
    doc = {
        "a": [a.id, a.title, a.text, a.body_start, a.url,
              a.published.isoformat() if a.published else None, a.publisher, a.dateline,
              a.photo_credit, a.source_path,
              [[_span(r.title), _span(r.line)] for r in a.related],
              _span(a.outlet) if a.outlet else None],
        "e": [[e.key, e.type.value, e.label, list(e.aliases), [_span(m) for m in e.mentions],
               [list(p) for p in e.attributes]] for e in x.entities],
        "f": [[f.kind.value, f.subject, f.object,
               [f.evidence.article_id, f.evidence.start, f.evidence.end, f.evidence.text,
                f.evidence.focus_start, f.evidence.focus_end, f.evidence.confidence,
                [_span(s) for s in f.evidence.anchors]],
               f.extractor, [list(p) for p in f.qualifiers]] for f in x.facts],
    }
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b64encode(zlib.compress(raw, 6)).decode("ascii")


def decode(text: str) -> Extraction:
    """The extraction `encode` wrote."""
    doc = json.loads(zlib.decompress(b64decode(text)).decode("utf-8"))
    # A state written before articles had an outlet has eleven fields here.
    (aid, title, body, body_start, url, published, publisher, dateline, credit, source,
     related, outlet) = [*doc["a"], None][:12]
    article = Article(
        aid, title, body, body_start, url, date.fromisoformat(published) if published else None,
        publisher, dateline, credit, source,
        tuple(RelatedLink(_unspan(t), _unspan(line)) for t, line in related),
        _unspan(outlet) if outlet else None)
    entities = tuple(
        Entity(key, EntityType(type_), label, tuple(aliases),
               tuple(_unspan(m) for m in mentions), _pairs(attrs))
        for key, type_, label, aliases, mentions, attrs in doc["e"])
    facts = tuple(
        Fact(FactKind(kind), subject, obj, _evidence(ev), extractor, _pairs(quals))
        for kind, subject, obj, ev, extractor, quals in doc["f"])
    return Extraction(article, entities, facts)
