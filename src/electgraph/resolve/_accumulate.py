"""Accumulators: what the resolver gathers about one node or one fact before building it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from electgraph.graph import NodeSighting, ResolvedFact, ResolvedNode, Sighting, node_id
from electgraph.model import EntityType, FactKind
from electgraph.resolve._context import MENTION_ATTRS

# Label counts, and value counts per attribute name.
Counts = tuple[dict[str, int], dict[str, dict[str, int]]]


@dataclass
class NodeAcc:
    key: str
    type: EntityType
    labels: Counter[str] = field(default_factory=Counter)
    official_label: str | None = None  # the gazetteer's name of a region outranks any spelling
    attrs: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    seen: dict[str, tuple[set[str], dict[str, str]]] = field(default_factory=dict)
    mentioned: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    # Label and attribute counts per article: what the resolution state keeps (`_state.py`).
    counts: dict[str, Counts] = field(default_factory=dict)

    def add(self, article: str, label: str, aliases: Iterable[str] = (),
            attrs: Iterable[tuple[str, str]] = (), source: str | None = None,
            mentioned: bool = True) -> None:
        counts = self.counts.setdefault(article, ({}, {}))
        if label:
            self.labels[label] += 1
            counts[0][label] = counts[0].get(label, 0) + 1
        surfaces, mention_attrs = self.seen.setdefault(article, (set(), {}))
        if mentioned:
            self.mentioned.add(article)
            surfaces.update(a for a in (label, *aliases) if a)
        for name, value in attrs:
            if name in MENTION_ATTRS and self.type is EntityType.PERSON:
                mention_attrs[name] = value
            elif value:
                self.attrs[name][value] += 1
                per = counts[1].setdefault(name, {})
                per[value] = per.get(value, 0) + 1
        if source:
            self.sources.add(source)

    def add_counts(self, labels: dict[str, int], attrs: dict[str, dict[str, int]]) -> None:
        """Count what earlier runs saw of this node, so the label is the one of all runs."""
        self.labels.update(labels)
        for name, values in attrs.items():
            self.attrs[name].update(values)

    def build(self) -> ResolvedNode:
        label = self.official_label or most_common(self.labels) or self.key.partition(":")[2]
        attributes = tuple(sorted((k, v) for k, c in self.attrs.items() if (v := most_common(c))))
        seen = tuple(
            NodeSighting(a, tuple(sorted(s)), tuple(sorted(m.items())), a in self.mentioned)
            for a, (s, m) in sorted(self.seen.items())
        )
        aliases = tuple(sorted({x for s in seen for x in s.aliases}))
        return ResolvedNode(
            node_id(self.key), self.key, self.type, label, aliases, attributes, seen)


def most_common(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


@dataclass
class FactAcc:
    kind: FactKind
    subject: str
    object: str | None
    identity: dict[str, str]
    sightings: dict[str, Sighting] = field(default_factory=dict)  # by article id

    def sight(self, s: Sighting) -> None:
        """Keep one sighting per article, its earliest span: an article states a fact once (a
        store's article graph holds one sighting per fact), and the earliest is the same in
        any order of extraction."""
        old = self.sightings.get(s.article_id)
        if old is None or (s.evidence.start, s.evidence.end) < (old.evidence.start,
                                                                old.evidence.end):
            self.sightings[s.article_id] = s

    def keep_least(self, identity: dict[str, str]) -> None:
        """Another article's spelling of the identity (equal once folded): the smallest of
        each qualifier is kept, so the fact does not depend on the order of the articles (or
        of the batches: a store given both spellings reads back the smallest)."""
        for name, value in identity.items():
            mine = self.identity.get(name)
            self.identity[name] = value if mine is None else min(mine, value)

    def build(self, fid: str) -> ResolvedFact:
        sightings = tuple(v for _, v in sorted(self.sightings.items()))
        return ResolvedFact(fid, self.kind, self.subject, self.object,
                            tuple(sorted(self.identity.items())), sightings)
