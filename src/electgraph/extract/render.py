"""Extraction results as plain dicts: the `facts` format of the evaluation and the full JSON."""

from __future__ import annotations

from typing import Any

from electgraph.model import EntityType, Extraction, Fact, FactKind

# Which label each fact kind's subject and object get in the `facts` format.
_FIELDS: dict[FactKind, tuple[str, str | None]] = {
    FactKind.HOLDS_ROLE: ("person", "org"),
    FactKind.ATTENDS: ("agent", "event"),
    FactKind.HOSTS: ("org", "event"),
    FactKind.RELATES_TO: ("article", None),
    FactKind.QUOTES: ("person", None),
    FactKind.CANDIDATES: ("person", "election"),
    FactKind.NOMINATES: ("party", "person"),
    FactKind.SANCTIONS: ("org", "person"),
}


def to_facts(result: Extraction) -> dict[str, Any]:
    """One article in the evaluation's `facts` format: labels as written, plus evidence."""
    labels = {e.key: e.label for e in result.entities}
    article = result.article
    out: dict[str, Any] = {
        "id": article.id,
        "source": article.source_path,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "entities": {
            t.value: sorted({e.label for e in result.entities if e.type is t}) for t in EntityType
        },
        "text": article.text,
    }
    for kind in FactKind:
        out[kind.value] = [_fact(f, labels) for f in result.facts if f.kind is kind]
    return out


def _fact(fact: Fact, labels: dict[str, str]) -> dict[str, Any]:
    subj_field, obj_field = _FIELDS[fact.kind]
    row: dict[str, Any] = {}
    if fact.kind is not FactKind.RELATES_TO:
        row[subj_field] = labels.get(fact.subject, fact.subject)
    if obj_field is not None:
        row[obj_field] = labels.get(fact.object, fact.object) if fact.object else None
    quals = fact.quals
    if fact.kind is FactKind.CANDIDATES and "running_mate" in quals:
        quals["running_mate"] = labels.get(quals["running_mate"], quals["running_mate"])
    row.update(quals)
    row["evidence"] = fact.evidence.to_dict()
    row["rule"] = fact.extractor
    return row


def to_json(result: Extraction) -> dict[str, Any]:
    """Everything: the article, entities with aliases, offsets and attributes, facts."""
    return {
        "article": result.article.to_dict(),
        "entities": [e.to_dict() for e in result.entities],
        "facts": [f.to_dict() for f in result.facts],
    }
