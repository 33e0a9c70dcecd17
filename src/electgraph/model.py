"""Typed, immutable models that cross every boundary: articles in, entities and facts out.

Offsets are character offsets into `Article.text` (the text as read, title line first), so an
`Evidence` can always be checked by slicing: ``article.text[ev.start:ev.end] == ev.text``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

# The kinds of entities and facts are declared with everything else about them in the registry.
from electgraph.kinds import EntityType, FactKind

__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Evidence",
    "Extraction",
    "Fact",
    "FactKind",
    "RelatedLink",
    "RoleStatus",
    "Span",
    "anchors_json",
    "qualifiers",
    "read_anchors",
]



_T = TypeVar("_T")


def _rebuilt_by_constructor(cls: type[_T]) -> type[_T]:
    """Pickle as the constructor's arguments. An extraction comes back from a worker process
    (or a Dask task) in 0.20 ms instead of 0.52 ms through the per-field `__setstate__` of a
    slotted dataclass, time the ingesting process takes from the workers on a small machine."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, tuple(getattr(self, n) for n in names)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class RoleStatus(StrEnum):
    CURRENT = "current"
    ACTING = "acting"  # Pj, Plt, Plh: holds the post for now, not by election or appointment
    FORMER = "former"  # mantan, eks


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A `BACA JUGA: <title>` line: `title` is the span of the linked article's title."""

    title: Span
    line: Span


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file.

    `text` holds everything the file said, title line first; `body_start` is where the body
    begins (after the title and the photo caption; 0 when the first line is the lead, not a
    headline). `related` lists the `BACA JUGA` lines, which
    extraction skips because their titles describe other articles; `outlet` is where the
    dateline names the outlet ("SINTANG, HARIAN KALBAR -", "Jayapura (Suara Papua) -"), skipped too:
    the words of a newspaper's name name no place or person of the news.
    """

    id: str
    title: str
    text: str
    body_start: int = 0
    url: str | None = None
    published: date | None = None
    publisher: str | None = None
    dateline: str | None = None
    photo_credit: str | None = None
    source_path: str | None = None
    related: tuple[RelatedLink, ...] = ()
    outlet: Span | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def headline(self) -> str:
        """The title when it stands above the text as a headline; "" when the file's first line
        is the lead itself ("PONTIANAK – Serah terima jabatan ... resmi digelar ..."), which is
        read as news, not with a headline's capitals and bare verbs."""
        return self.title if self.body_start > 0 else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "publisher": self.publisher,
            "dateline": self.dateline,
            "photo_credit": self.photo_credit,
            "source_path": self.source_path,
            "related_titles": [r.title.text for r in self.related],
            "text": self.text,
        }


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: a span of `Article.text` (the sentence) and the text it slices.

    `focus_start`/`focus_end` narrow it to the words that state the fact ("Ketua KPU X,
    NAME"). `anchors` are spans elsewhere in the article that name in full an end the focus
    names only in part: the "Bawaslu Tapin" of a lead for the "Komisioner Bawaslu, NAME" of a
    later sentence, the "Debat Publik Pilwalkot Padang" of a headline for a "debat itu". The
    focus with its anchors says the whole fact (`electgraph.extract.anchors`). `confidence`
    is how often facts read this way were right on the annotated cases
    (`electgraph.extract.confidence`). Focus and confidence are None, and anchors empty, where
    nobody judged them (a hand-built fact, a store written before they existed).
    """

    article_id: str
    start: int
    end: int
    text: str
    focus_start: int | None = None
    focus_end: int | None = None
    confidence: float | None = None
    anchors: tuple[Span, ...] = ()

    @property
    def focus(self) -> tuple[int, int]:
        """The focus span, or the whole evidence when there is none."""
        if self.focus_start is None or self.focus_end is None:
            return self.start, self.end
        return self.focus_start, self.focus_end

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.focus_start is not None and self.focus_end is not None:
            a, b = self.focus_start - self.start, self.focus_end - self.start
            out["focus"] = {"start": self.focus_start, "end": self.focus_end,
                            "text": self.text[a:b]}
        if self.confidence is not None:
            out["confidence"] = self.confidence
        if self.anchors:
            out["anchors"] = [{"start": s.start, "end": s.end, "text": s.text}
                              for s in self.anchors]
        return out


def anchors_json(anchors: tuple[Span, ...]) -> str:
    """Anchors as one stored value, the same in RDF (an `rdf:JSON` literal) and in Neo4j (a
    string property): `[[start, end, "text"], ...]`. They are read with the focus, once per
    sighting, so one value spares both stores a node and a join per anchor."""
    import json  # here: every module imports this one, and most never store a fact

    return json.dumps([[s.start, s.end, s.text] for s in anchors], ensure_ascii=False,
                      separators=(",", ":"))


def read_anchors(value: object) -> tuple[Span, ...]:
    """The anchors `anchors_json` wrote; none for a store written before they existed."""
    if not isinstance(value, str) or not value:
        return ()
    import json

    return tuple(Span(int(a), int(b), str(t)) for a, b, t in json.loads(value))


def _frozen(mapping: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((mapping or {}).items()))


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Entity:
    """A thing the article names: a person, a body, a place, an event or an election.

    `key` is the canonical key that entity resolution merges on ("org:kpu:kabupaten:16.07",
    "person:legar saputra"); facts refer to entities by it. `attributes` hold what the
    extractor separated from the name: honorifics, degrees, ranks, level, region code.
    """

    key: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def attrs(self) -> dict[str, str]:
        return dict(self.attributes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "type": self.type.value,
            "label": self.label,
            "aliases": list(self.aliases),
            "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in self.mentions],
            "attributes": self.attrs,
        }


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Fact:
    """One statement with its evidence and the name of the rule that made it.

    `subject` and `object` are entity keys (or, for `relates_to`, the article id and the linked
    title). `qualifiers` carry the rest: the role title and its status, the quote text, the
    ballot number and running mate of a candidacy.
    """

    kind: FactKind
    subject: str
    object: str | None
    evidence: Evidence
    extractor: str
    qualifiers: tuple[tuple[str, str], ...] = ()

    @property
    def quals(self) -> dict[str, str]:
        return dict(self.qualifiers)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "object": self.object,
            "qualifiers": self.quals,
            "evidence": self.evidence.to_dict(),
            "extractor": self.extractor,
        }


@_rebuilt_by_constructor
@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = field(default=())

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)

    def by_kind(self, kind: FactKind) -> Iterator[Fact]:
        return (f for f in self.facts if f.kind == kind)

    def confident(self, minimum: float) -> Extraction:
        """Only the facts whose confidence is at least `minimum` (unjudged ones stay)."""
        if minimum <= 0:
            return self
        keep = tuple(f for f in self.facts
                     if f.evidence.confidence is None or f.evidence.confidence >= minimum)
        return Extraction(self.article, self.entities, keep)


def qualifiers(**values: str | None) -> tuple[tuple[str, str], ...]:
    """Qualifiers from keyword arguments, dropping the ones that are None."""
    return _frozen({k: v for k, v in values.items() if v is not None})
