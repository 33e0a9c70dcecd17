"""Frozen result types of the exploration API: what `electgraph.query` returns on every backend.

Everything here is plain data (ids, labels, dates) so that the same question asked of the RDF
store and of Neo4j gives equal objects, and `to_dict()` gives equal JSON. Ids are the global ids
of `electgraph.graph` (the RDF store's IRIs minus the base, Neo4j's `id` property).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from electgraph.model import Span

__all__ = [
    "ArticleLink",
    "ArticleRef",
    "Card",
    "Citation",
    "Conflict",
    "EntityInfo",
    "EntityRef",
    "Match",
    "Neighbour",
    "Path",
    "Quote",
    "Relation",
    "Snapshot",
    "Subgraph",
    "Tenure",
    "TimelineEntry",
    "to_jsonable",
]


def to_jsonable(value: Any) -> Any:
    """Dataclasses, tuples and dates as JSON-ready dicts, lists and ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Jsonable:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = to_jsonable(self)
        return out


@dataclass(frozen=True, slots=True)
class EntityRef(_Jsonable):
    """A node as other results point to it: enough to print it and to ask about it again."""

    id: str
    kind: str  # an `EntityType` value: Person, Organization, Place, Event, Election
    label: str


@dataclass(frozen=True, slots=True)
class EntityInfo(_Jsonable):
    """A node with what tells it apart from another of the same name.

    `region` is the label of the place it belongs to (a person's province, a body's or an
    election's jurisdiction, a regency's province); `body` and `level` are a body's kind ("kpu",
    "bawaslu") and tier ("kabupaten"); `context` says more: "Role, Body" for a person, the host
    and the date for an event.
    """

    id: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    region: str | None = None
    body: str | None = None
    level: str | None = None
    context: tuple[str, ...] = ()

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.kind, self.label)

    def describe(self) -> str:
        """One line that tells this node from its namesakes, for `AmbiguousName` messages."""
        parts = [self.kind]
        if self.region:
            parts.append(self.region)
        if self.body:
            parts.append(f"{self.body} {self.level or ''}".strip())
        parts.extend(self.context[:2])
        return f"{self.label} ({'; '.join(parts)}) id={self.id}"


@dataclass(frozen=True, slots=True)
class Match(_Jsonable):
    """One `search()` hit: the node, the score (0-100) and the name form that matched."""

    entity: EntityInfo
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class ArticleRef(_Jsonable):
    id: str
    title: str | None = None
    published: date | None = None
    ingested: bool = True
    url: str | None = None  # where the article was published, when its source said


@dataclass(frozen=True, slots=True)
class Citation(_Jsonable):
    """One article's statement of a fact: the sentence and where it is in the article, the
    words in it that state the fact (`focus_start`/`focus_end`, offsets in the article), how
    sure the extractor was (`confidence`) and where the article names in full an end the focus
    names only in part (`anchors`: "Bawaslu Tapin" for the "Bawaslu" of the focus)."""

    article: ArticleRef
    start: int
    end: int
    text: str
    focus_start: int | None = None
    focus_end: int | None = None
    confidence: float | None = None
    anchors: tuple[Span, ...] = ()

    def parts(self) -> tuple[str, str, str]:
        """The sentence as (before the focus, the focus, after it)."""
        if self.focus_start is None or self.focus_end is None:
            return "", self.text, ""
        a = max(0, self.focus_start - self.start)
        b = max(a, self.focus_end - self.start)
        return self.text[:a], self.text[a:b], self.text[b:]


@dataclass(frozen=True, slots=True)
class Relation(_Jsonable):
    """One fact between two nodes (holds_role, attends, hosts, candidates), however many
    articles state it. `first_seen`/`last_seen` are the dates of those articles."""

    id: str
    kind: str  # a `FactKind` value
    subject: EntityRef
    object: EntityRef
    role: str | None = None
    status: str | None = None
    articles: tuple[str, ...] = ()
    first_seen: date | None = None
    last_seen: date | None = None
    evidence: tuple[Citation, ...] = ()
    sources: tuple[str, ...] = ()  # the URLs of the articles, where known

    def other(self, entity_id: str) -> EntityRef:
        return self.object if self.subject.id == entity_id else self.subject


@dataclass(frozen=True, slots=True)
class Quote(_Jsonable):
    id: str
    speaker: EntityRef
    text: str
    evidence: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Neighbour(_Jsonable):
    """A node near another: how many hops away and through how many facts."""

    entity: EntityRef
    distance: int
    facts: int


@dataclass(frozen=True, slots=True)
class Subgraph(_Jsonable):
    """The nodes within `depth` hops of `center` and the facts between them."""

    center: EntityRef
    depth: int
    nodes: tuple[Neighbour, ...] = ()
    edges: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Path(_Jsonable):
    """Nodes from a to b and the fact between each pair (`len(edges) == len(nodes) - 1`)."""

    nodes: tuple[EntityRef, ...]
    edges: tuple[Relation, ...]

    @property
    def length(self) -> int:
        return len(self.edges)


@dataclass(frozen=True, slots=True)
class TimelineEntry(_Jsonable):
    """One article's statement about an entity, in date order: `summary` says it in words."""

    date: date | None
    kind: str
    fact: str
    summary: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class ArticleLink(_Jsonable):
    """A `BACA JUGA` link: `direction` is "cites" (this article links to `article`) or
    "cited_by"."""

    direction: str
    article: ArticleRef
    fact: str


@dataclass(frozen=True, slots=True)
class Card(_Jsonable):
    """Everything `electgraph explore NAME` shows about one node."""

    entity: EntityInfo
    query: str
    score: float
    # The facts between the entity and others, per section of `FactSpec.sections` ("roles":
    # the roles a person holds, "members": those held in a body, "attendees", "sanctioned_by").
    sections: dict[str, tuple[Relation, ...]] = dataclasses.field(default_factory=dict)
    hosts: tuple[Relation, ...] = ()  # who hosts the events it attends or hosts (or, the event)
    quotes: tuple[Quote, ...] = ()
    articles: tuple[ArticleRef, ...] = ()
    neighbours: tuple[Neighbour, ...] = ()

    def section(self, name: str) -> tuple[Relation, ...]:
        return self.sections.get(name, ())

    @property
    def roles(self) -> tuple[Relation, ...]:
        return self.section("roles")


@dataclass(frozen=True, slots=True)
class Snapshot(_Jsonable):
    """The whole entity graph: every entity and every fact between two entities."""

    nodes: tuple[EntityInfo, ...] = ()
    edges: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Tenure(_Jsonable):
    """One person's time in one seat (a role in a body, `electgraph.roles` deciding which role
    labels are one role), as the articles saw it, and where it stands on the date `at`.

    `until` is the first date another holder of the seat was seen (None: nobody after). `status`
    on `at`: "holding" (seen before and after), "presumed" (last seen before, nobody after),
    "succeeded" (someone else seen since), "disputed" (seen holding after someone else was),
    "not_yet" (first seen after) or "undated"."""

    seat: str
    role: str
    person: EntityRef
    org: EntityRef
    first_seen: date | None
    last_seen: date | None
    until: date | None
    next_holder: EntityRef | None
    status: str
    at: date
    facts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict(_Jsonable):
    """Two facts that cannot both be true: `a` and `b` with their evidence and sources.

    `kind` is "overlapping_holders" (two people in a one-holder seat at once: a replacement
    the other article missed, a dismissal, a reporting error) or "incompatible_roles" (one
    person in the same one-holder role of two bodies of one kind at once). `start`..`end` is
    when the articles saw both; `score` ranks them (higher: more articles, longer overlap)."""

    kind: str
    score: float
    reason: str
    a: Relation
    b: Relation
    start: date | None = None
    end: date | None = None
