"""The resolved graph: what every store backend writes, with global ids already decided.

`electgraph.resolve.resolve()` turns per-article `Extraction`s into one `ResolvedGraph`: nodes
with global ids (one per real-world thing, however many articles name it), facts with global ids
(one per statement, however many articles make it) and the articles themselves. Backends only
map these objects to their own model (RDF quads, property-graph nodes and relationships), so that
the RDF store and the Neo4j store agree on every id.

Ids are plain slugs from `electgraph.ids` ("person-legar-saputra-16-1a2b3c4d"); the RDF backend
turns them into IRIs under a configurable base, Neo4j keeps them as an `id` property.

A `Sighting` is one article's statement of a fact: its evidence, extractor, the article's date
and the qualifiers that may differ between articles (a ballot number, the cited title). Identity
qualifiers (a role title, a status, a quote's text) are on the fact and are part of its id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from electgraph.ids import digest, entity_id, fold
from electgraph.model import EntityType, Evidence, FactKind

__all__ = [
    "Merge",
    "NodeSighting",
    "RelatedTitle",
    "ResolutionReport",
    "ResolvedArticle",
    "ResolvedFact",
    "ResolvedGraph",
    "ResolvedNode",
    "Sighting",
    "evidence_id",
    "node_id",
    "post_id",
    "role_id",
]

Pairs = tuple[tuple[str, str], ...]
_S = TypeVar("_S", "NodeSighting", "Sighting")

def node_id(key: str) -> str:
    """The global id of a node from its resolved key: "place:16.07" -> "place-16-07-<hash>".

    The key's first segment names the kind, so ids read well and kinds never collide.
    """
    kind, _, rest = key.partition(":")
    return entity_id(kind, rest or kind)


def role_id(role: str) -> str:
    """The id of a role title ("Kordiv Hukum dan Pengawasan"), shared by every body."""
    return entity_id("role", fold(role))


def post_id(org_id: str, role: str) -> str:
    """The id of a post: one role in one body ("Ketua" of KPU Kabupaten Banyuasin)."""
    return entity_id("post", f"{org_id}|{fold(role)}")


def evidence_id(fact_id: str, ev: Evidence) -> str:
    """The id of one evidence span of one fact, stable across re-ingests of the same text."""
    return f"evidence-{digest(fact_id, ev.article_id, str(ev.start), str(ev.end), size=16)}"


@dataclass(frozen=True, slots=True)
class NodeSighting:
    """How one article named a node: its surface forms and per-article attributes (titles).

    `mentioned` is False for nodes the article only implies: the province of a body it names,
    its publisher, the place of its dateline. They belong to the article's part of the graph
    (so that batches carry them) but the article does not *mention* them.
    """

    article_id: str
    aliases: tuple[str, ...] = ()
    attributes: Pairs = ()
    mentioned: bool = True


@dataclass(frozen=True, slots=True)
class ResolvedNode:
    """One real-world thing. `key` is the canonical key after resolution (with a region suffix
    for persons that were told apart by region, see `electgraph.resolve`)."""

    id: str
    key: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    attributes: Pairs = ()
    seen: tuple[NodeSighting, ...] = ()

    @property
    def attrs(self) -> dict[str, str]:
        return dict(self.attributes)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(s.article_id for s in self.seen)


@dataclass(frozen=True, slots=True)
class Sighting:
    """One article's statement of a fact."""

    article_id: str
    evidence: Evidence
    extractor: str
    published: date | None = None
    qualifiers: Pairs = ()

    @property
    def quals(self) -> dict[str, str]:
        return dict(self.qualifiers)


@dataclass(frozen=True, slots=True)
class ResolvedFact:
    """One statement, however many articles make it.

    `subject`/`object` are node ids, or article ids for `relates_to`. `qualifiers` hold the
    identity qualifiers (`FactSpec.identity` in `electgraph.kinds`: a status is identity because
    "Plt. Ketua" and "Ketua" are two tenures; a ballot number is not, so that an article that
    omits it still confirms the same candidacy); values that name entities (a running mate) are
    node ids, never extraction keys.
    """

    id: str
    kind: FactKind
    subject: str
    object: str | None
    qualifiers: Pairs = ()
    sightings: tuple[Sighting, ...] = ()

    @property
    def quals(self) -> dict[str, str]:
        return dict(self.qualifiers)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article_id for s in self.sightings))

    @property
    def dates(self) -> tuple[date, ...]:
        """The dates of the articles that state the fact, sorted: the tenure timeline."""
        return tuple(sorted({s.published for s in self.sightings if s.published}))

    @property
    def first_seen(self) -> date | None:
        return self.dates[0] if self.dates else None

    @property
    def last_seen(self) -> date | None:
        return self.dates[-1] if self.dates else None


@dataclass(frozen=True, slots=True)
class RelatedTitle:
    """A `BACA JUGA` title. `article_id` is the id an article with that title has (ids come
    from the normalised title), so the link is right whether or not that article is ingested;
    `ingested` says whether it was part of the same resolution."""

    title: str
    article_id: str
    ingested: bool = False


@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    id: str
    title: str
    text_digest: str
    published: date | None = None
    url: str | None = None
    publisher: str | None = None
    publisher_id: str | None = None
    dateline: str | None = None
    dateline_place_id: str | None = None
    source_path: str | None = None
    related: tuple[RelatedTitle, ...] = ()


@dataclass(frozen=True, slots=True)
class Merge:
    """One decision of the resolver: which mentions became one node, and the rule that said so."""

    node_id: str
    type: str
    key: str
    rule: str
    reason: str
    sources: tuple[str, ...] = ()  # extraction keys merged into the node
    articles: tuple[str, ...] = ()
    surface: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "node": self.node_id,
            "type": self.type,
            "key": self.key,
            "rule": self.rule,
            "reason": self.reason,
            "sources": list(self.sources),
            "articles": list(self.articles),
            "surface": list(self.surface),
        }


@dataclass(frozen=True, slots=True)
class ResolutionReport:
    """What the resolver merged or kept apart, for `electgraph resolve --report`."""

    merges: tuple[Merge, ...] = ()

    def by_rule(self) -> dict[str, int]:
        return dict(Counter(m.rule for m in self.merges))


@dataclass(frozen=True, slots=True)
class ResolvedGraph:
    articles: tuple[ResolvedArticle, ...] = ()
    nodes: tuple[ResolvedNode, ...] = ()
    facts: tuple[ResolvedFact, ...] = ()
    report: ResolutionReport = field(default_factory=ResolutionReport)

    def node(self, node_id: str) -> ResolvedNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def nodes_by_type(self) -> dict[str, int]:
        return dict(sorted(Counter(n.type.value for n in self.nodes).items()))

    def facts_by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(f.kind.value for f in self.facts).items()))

    def subgraph(self, article_ids: Iterable[str]) -> ResolvedGraph:
        """The part of the graph that `article_ids` state: their articles, the nodes they name
        and the facts they make, with sightings from other articles dropped.

        Node labels and attributes stay as resolved over the whole graph, so writing the
        subgraphs one after the other gives the same store as writing the whole graph.
        """
        keep = set(article_ids)
        nodes = []
        for n in self.nodes:
            seen = tuple(s for s in n.seen if s.article_id in keep)
            if seen:
                nodes.append(replace(n, seen=seen))
        facts = []
        for f in self.facts:
            sightings = tuple(s for s in f.sightings if s.article_id in keep)
            if sightings:
                facts.append(replace(f, sightings=sightings))
        articles = tuple(a for a in self.articles if a.id in keep)
        return ResolvedGraph(articles, tuple(nodes), tuple(facts), self.report)

    def batches(self, size: int) -> Iterator[ResolvedGraph]:
        """Subgraphs of at most `size` articles each, in article order, each equal to
        `subgraph()` of its articles (built in one pass, not one pass per batch)."""
        size = max(1, size)
        batch_of = {a.id: i // size for i, a in enumerate(self.articles)}
        count = (len(self.articles) + size - 1) // size
        nodes: list[list[ResolvedNode]] = [[] for _ in range(count)]
        facts: list[list[ResolvedFact]] = [[] for _ in range(count)]
        for n in self.nodes:
            for b, seen in _split(n.seen, batch_of).items():
                nodes[b].append(replace(n, seen=seen))
        for f in self.facts:
            for b, sightings in _split(f.sightings, batch_of).items():
                facts[b].append(replace(f, sightings=sightings))
        for b in range(count):
            articles = self.articles[b * size : (b + 1) * size]
            yield ResolvedGraph(articles, tuple(nodes[b]), tuple(facts[b]), self.report)


def _split(
    items: tuple[_S, ...], batch_of: dict[str, int]
) -> dict[int, tuple[_S, ...]]:
    out: dict[int, list[_S]] = {}
    for item in items:
        b = batch_of.get(item.article_id)
        if b is not None:
            out.setdefault(b, []).append(item)
    return {b: tuple(v) for b, v in out.items()}
