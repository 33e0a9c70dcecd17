"""Rows for the Neo4j writer: a `ResolvedGraph` as parameter lists, provenance merged in Python.

A fact's row holds only values of constant size (its qualifiers, the least per-sighting
qualifiers, its extractors and dates); each of its sightings in the batch is a row of its own
that becomes a `Sighting` node, CREATEd. That is right because a batch only carries articles the
database does not hold yet (new ones, or changed ones whose sightings were retracted first in
the same transaction): no sighting can be there twice, nothing stored is rewritten, and the cost
of a row does not grow with the graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from electgraph.graph import ResolvedArticle, ResolvedFact, ResolvedGraph, ResolvedNode
from electgraph.kinds import FACTS
from electgraph.model import anchors_json
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
    mentions, implies = hold_rows(graph)
    plan.append((cy.holds_query("MENTIONS"), mentions))
    plan.append((cy.holds_query("IMPLIES"), implies))
    facts = [f for f in graph.facts if storable(f)]
    for kind in FACTS:
        rows = [fact_row(f) for f in facts if f.kind is kind]
        plan.append((cy.upsert_facts_query(kind), rows))
    plan.append((cy.create_sightings_query(), [x for f in facts for x in sighting_rows(f)]))
    return plan


def hold_rows(graph: ResolvedGraph) -> tuple[list[Row], list[Row]]:
    """MENTIONS where the article names the node, as schema:mentions in RDF; IMPLIES where it
    only holds it in its part of the graph unnamed (a province or publisher it implies)."""
    mentions: list[Row] = []
    implies: list[Row] = []
    for n in graph.nodes:
        named: dict[str, bool] = {}
        for s in n.seen:
            named[s.article_id] = named.get(s.article_id, False) or s.mentioned
        for a, m in named.items():
            (mentions if m else implies).append({"article": a, "node": n.id})
    return mentions, implies


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
    """`props` replace the stored ones; `aliases` (sorted) join the stored ones
    (`aliases_text` is their text for the full-text index)."""
    props: Row = {k: v for k, v in n.attributes if isinstance(v, str) and v}
    props.update({"label": n.label, "key": n.key, "type": n.type.value})
    # Sorted, and kept so by the query: the stored set does not depend on the order of the
    # batches (a rerun after a kill equals a clean load).
    aliases = sorted(set(n.aliases))
    return {"id": n.id, "props": props, "aliases": aliases, "aliases_text": " | ".join(aliases)}


def sighting_rows(f: ResolvedFact) -> list[Row]:
    """The properties of one `Sighting` node per sighting of `f` (an unknown focus or
    confidence is left out, not stored as a null)."""
    out = []
    for s in f.sightings:
        ev = s.evidence
        row: Row = {"fact": f.id, "kind": f.kind.value, "subject": f.subject,
                    "article": s.article_id, "evidence": ev.text, "evidence_start": ev.start,
                    "evidence_end": ev.end}
        if ev.focus_start is not None and ev.focus_end is not None:
            row["focus_start"], row["focus_end"] = ev.focus_start, ev.focus_end
        if ev.confidence is not None:
            row["confidence"] = ev.confidence
        if ev.anchors:
            row["anchors"] = anchors_json(ev.anchors)
        out.append(row)
    return out


def fact_row(f: ResolvedFact) -> Row:
    """`props` (identity qualifiers, kind) replace the stored ones; `extractors` join the
    stored names; `first_seen` and `last_seen` widen the stored dates; `first` holds the least
    per-sighting qualifiers. The sightings are rows of their own (`sighting_rows`)."""
    props: Row = dict(f.qualifiers)
    props["kind"] = f.kind.value
    # Per-sighting qualifiers (a ballot number, a verdict date): the least value seen, kept so
    # across batches by the query (`_cypher.merge_provenance`).
    least: Row = {}
    for name in cy.first_qualifiers(f.kind):
        values = sorted(v for s in f.sightings if (v := s.quals.get(name)))
        least[name] = values[0] if values else None
    first = f.first_seen.isoformat() if f.first_seen else None
    last = (f.last_seen or f.first_seen).isoformat() if f.first_seen else None
    return {
        "id": f.id,
        "subject": f.subject,
        "object": f.object,
        "props": props,
        "extractors": sorted({s.extractor for s in f.sightings}),
        "first": least,
        "first_seen": first,
        "last_seen": last,
    }
