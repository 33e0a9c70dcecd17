"""Extraction results as plain dicts: the `facts` format of the evaluation and the full JSON."""

from __future__ import annotations

from typing import Any

from electgraph.kinds import FACTS
from electgraph.model import Entity, EntityType, Extraction, Fact, FactKind


def to_facts(result: Extraction) -> dict[str, Any]:
    """One article in the evaluation's `facts` format: labels as written, plus evidence."""
    labels = {e.key: as_written(e) for e in result.entities}
    article = result.article
    out: dict[str, Any] = {
        "id": article.id,
        "source": article.source_path,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "entities": {
            # A body only a title implies ("Bupati Kaur": Pemkab Kaur) is no name the article
            # writes: its facts give its label, the list of names does not.
            t.value: sorted({as_written(e) for e in result.entities if e.type is t and e.mentions})
            for t in EntityType
        },
        "text": article.text,
    }
    for kind in FactKind:
        out[kind.value] = [_fact(f, labels) for f in result.facts if f.kind is kind]
    return out


def as_written(entity: Entity) -> str:
    """An entity's label as the `facts` format asks for it: as the article writes it. The graph
    labels a party canonically ("Partai Hanura", with the article's forms as aliases); here it
    is the article's first form ("Partai Hati Nurani Rakyat", "Hanura"), in the lexicon's case
    when the article shouts it ("DEMOKRAT"). Every other entity's label is already the
    article's, composed from its parts."""
    attrs = entity.attrs
    if attrs.get("category") != "party" or attrs.get("body") or not entity.mentions:
        return entity.label
    first = " ".join(min(entity.mentions, key=lambda m: m.start).text.split())
    # "partai Garuda": the common noun in lower case is no part of the name
    first = first.removeprefix("partai ")
    if first.isupper():
        for form in (entity.label, entity.label.removeprefix("Partai ")):
            if form.casefold() == first.casefold():
                return form
    return first


def _fact(fact: Fact, labels: dict[str, str]) -> dict[str, Any]:
    subj_field, obj_field = FACTS[fact.kind].fields
    row: dict[str, Any] = {}
    if fact.kind is not FactKind.RELATES_TO:
        row[subj_field] = labels.get(fact.subject, fact.subject)
    if obj_field is not None:
        row[obj_field] = labels.get(fact.object, fact.object) if fact.object else None
    quals = fact.quals
    for name in FACTS[fact.kind].entity_qualifiers:
        if name in quals:
            quals[name] = labels.get(quals[name], quals[name])
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
