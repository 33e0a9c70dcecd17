"""Rows for the Neo4j writer: a `ResolvedGraph` as parameter lists, provenance merged in Python.

Each fact's sightings in the batch become parallel lists (`articles`, `evidence`, offsets,
focus, confidence), one entry per sighting; the writer *appends* them to what is stored. That is
right because a batch only carries articles the database does not hold yet (new ones, or changed
ones whose entries were retracted first in the same transaction): no entry can be there twice,
so nothing has to be compared inside Cypher, and the cost of a row does not grow with the graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from electgraph.graph import ResolvedArticle, ResolvedFact, ResolvedGraph, ResolvedNode
from electgraph.kinds import FACTS
from electgraph.stores import _cypher as cy

Row = dict[str, Any]
Plan = list[tuple[str, Sequence[Row]]]


def plan_rows(graph: ResolvedGraph) -> Plan:
    """(query, rows) in the order they must run: articles, nodes, mentions, facts."""
    plan: Plan = [(cy.upsert_articles_query(), [article_row(a) for a in graph.articles])]
    related = [
        {"id": r.article_id, "props": {"title": r.title}}
        for a in graph.articles
        for r in a.related
        if not r.ingested
    ]
    plan.append((cy.upsert_linked_articles_query(), related))
    by_label: dict[str, list[Row]] = {}
    for n in graph.nodes:
        by_label.setdefault(cy.NODE_LABELS[n.type], []).append(node_row(n))
    plan += [(cy.upsert_nodes_query(label), rows) for label, rows in sorted(by_label.items())]
    plan.append((cy.mentions_query(), mention_rows(graph)))
    for kind in FACTS:
        rows = [fact_row(f) for f in graph.facts if f.kind is kind and storable(f)]
        plan.append((cy.upsert_facts_query(kind), rows))
    return plan


def mention_rows(graph: ResolvedGraph) -> list[Row]:
    """MENTIONS only where the article names the node, as schema:mentions in RDF; a province or
    publisher it merely implies is in its part of the graph but unnamed."""
    return [
        {"article": a, "node": n.id}
        for n in graph.nodes
        for a in dict.fromkeys(s.article_id for s in n.seen if s.mentioned)
    ]


def storable(fact: ResolvedFact) -> bool:
    """Whether the fact can be written: n-ary facts always (as nodes), binary ones when both
    ends are known."""
    return fact.object is not None or fact.kind in cy.FACT_NODES


def article_row(a: ResolvedArticle) -> Row:
    props = {
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "publisher": a.publisher,
        "dateline": a.dateline,
        "source_path": a.source_path,
        "text_digest": a.text_digest,
        "ingested": True,
    }
    return {"id": a.id, "props": {k: v for k, v in props.items() if v is not None}}


def node_row(n: ResolvedNode) -> Row:
    """`props` replace the stored ones; `articles` are appended to the node's list and
    `aliases` (sorted) join the stored ones (`aliases_text` is their text for the full-text
    index)."""
    props: Row = {k: v for k, v in n.attributes if isinstance(v, str) and v}
    props.update({"label": n.label, "key": n.key, "type": n.type.value})
    # Sorted, and kept so by the query: the stored set does not depend on the order of the
    # batches (a rerun after a kill equals a clean load).
    aliases = sorted(set(n.aliases))
    return {"id": n.id, "props": props, "articles": list(dict.fromkeys(n.articles)),
            "aliases": aliases, "aliases_text": " | ".join(aliases)}


def _or_none(value: float | None) -> float:
    return -1 if value is None else value


def fact_row(f: ResolvedFact) -> Row:
    """`props` (identity qualifiers, kind, per-sighting qualifiers) replace the stored ones;
    `add` holds the per-sighting lists to append and the extractor names to join; `first_seen`
    and `last_seen` widen the stored dates; `first` holds the least per-sighting qualifiers."""
    props: Row = dict(f.qualifiers)
    props["kind"] = f.kind.value
    # Per-sighting qualifiers (a ballot number, a verdict date): the least value seen, kept so
    # across batches by the query (`_cypher.merge_provenance`).
    least: Row = {}
    for name in cy.first_qualifiers(f.kind):
        values = sorted(v for s in f.sightings if (v := s.quals.get(name)))
        least[name] = values[0] if values else None
    add: Row = {
        "articles": [s.article_id for s in f.sightings],
        "evidence": [s.evidence.text for s in f.sightings],
        "evidence_start": [s.evidence.start for s in f.sightings],
        "evidence_end": [s.evidence.end for s in f.sightings],
        "focus_start": [_or_none(s.evidence.focus_start) for s in f.sightings],
        "focus_end": [_or_none(s.evidence.focus_end) for s in f.sightings],
        "confidence": [_or_none(s.evidence.confidence) for s in f.sightings],
        "extractors": sorted({s.extractor for s in f.sightings}),
    }
    first = f.first_seen.isoformat() if f.first_seen else None
    last = (f.last_seen or f.first_seen).isoformat() if f.first_seen else None
    return {
        "id": f.id,
        "subject": f.subject,
        "object": f.object,
        "props": props,
        "add": add,
        "first": least,
        "first_seen": first,
        "last_seen": last,
    }
