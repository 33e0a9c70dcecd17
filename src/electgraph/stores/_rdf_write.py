"""What an RDF `write()` must do, worked out the same way for every RDF backend.

The embedded store (pyoxigraph) and a SPARQL server store the same layout (`_rdf_mapping`) and
follow the same rules: an article whose text is stored as is is left alone, a changed one is
replaced (its graph dropped and written again), node descriptions are "last write wins". Only
how the stored state is looked up differs (index lookups in pyoxigraph, SELECTs over HTTP), so
the backends hand a `Lookup` to `prepare`, which returns the `Batch` to apply in one request.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from electgraph.graph import ResolvedGraph
from electgraph.stores._rdf_mapping import DESCRIPTION_PREDICATES, PREF, A, plan, post_label
from electgraph.vocab import ORG

__all__ = ["Batch", "Lookup", "prepare"]

_DG = DefaultGraph()


class Lookup(Protocol):
    """The stored state a write depends on."""

    def digests(self, article_ids: list[str]) -> Mapping[str, str | None]:
        """Each article's stored text digest: None when not stored, "" when stored without
        one (so that it is rewritten)."""
        ...

    def described(self, subjects: Iterable[NamedNode]) -> Mapping[NamedNode, list[Quad]]:
        """The default-graph quads of these subjects whose predicate is one of
        `DESCRIPTION_PREDICATES` (absent: the subject has none); others may come too."""
        ...

    def stored(self, quads: list[Quad]) -> Collection[Quad]:
        """Those of these default-graph quads that the store holds."""
        ...

    def posts(self, bodies: Iterable[NamedNode]) -> Collection[NamedNode]:
        """The stored posts (`org:postIn`) of these bodies."""
        ...


@dataclass
class Batch:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    inserts: list[Quad] = field(default_factory=list)
    removals: list[Quad] = field(default_factory=list)  # description values that changed
    rejected: list[str] = field(default_factory=list)
    articles: int = 0  # articles written (added or replaced)

    @property
    def empty(self) -> bool:
        """Every article is stored as is, and so is what they support. A batch of unchanged
        articles may still have statements to insert: the description of a node whose stored
        values an earlier batch of the run replaced while this article's contribution to it was
        not yet counted (a rerun after a killed ingest)."""
        return not (self.added or self.replaced or self.removals or self.inserts)


def prepare(graph: ResolvedGraph, base: str, lookup: Lookup, *, force: bool = False) -> Batch:
    """The quads to insert and the values to delete for writing `graph` over what `lookup`
    says is stored; with `force`, stored articles are replaced whatever their text (an earlier
    article that a later run resolved anew)."""
    # Change detection by the text's digest alone: an article whose text is stored as is is
    # left alone (its facts are not re-derived), so re-ingesting a grown folder only writes
    # the new and the corrected articles.
    stored = lookup.digests([a.id for a in graph.articles])
    unchanged = [] if force else [
        a.id for a in graph.articles if stored.get(a.id) == a.text_digest]
    whole = plan(graph, base) if unchanged else None
    if unchanged:
        skip = set(unchanged)
        graph = graph.subgraph(a.id for a in graph.articles if a.id not in skip)
    p = plan(graph, base)
    batch = Batch(unchanged=unchanged, inserts=list(p.shared), rejected=list(p.rejected),
                  articles=len(p.articles))
    for art in p.articles:
        (batch.added if stored.get(art.article_id) is None else batch.replaced).append(
            art.article_id)
        batch.inserts.extend(art.quads)
    descriptions = dict(p.descriptions)
    kept = whole.descriptions if whole else {}
    # The stored descriptions of the nodes the batch describes, looked up once. Only these:
    # reading every default-graph statement of every subject the batch writes (its facts,
    # and events with hundreds of `schema:attendee`) grew with the store and was a twelfth of
    # a 10,000-article ingest.
    subjects = dict.fromkeys([*descriptions, *kept])
    current = dict(lookup.described([s for s in subjects if isinstance(s, NamedNode)]))
    # Node descriptions stay "last write wins" for stored nodes of unchanged articles too.
    for s, values in kept.items():
        if s not in descriptions and any(q.predicate == A for q in current.get(s, ())):
            descriptions[s] = values
            batch.inserts.extend(Quad(s, pred, o, _DG) for pred, o in values)
    _relabel_posts(descriptions, current, batch, lookup)
    # Stored values that the new write does not repeat (a label or region that changed) are
    # deleted, so each node keeps one description.
    for s, new in descriptions.items():
        batch.removals.extend(q for q in current.get(s, ())
                              if q.predicate in DESCRIPTION_PREDICATES
                              and (q.predicate, q.object) not in new)
    # Default-graph statements already stored are not written again: a bulk insert would add
    # a second copy of each to the files until RocksDB compacts them (a person's description,
    # a fact's record, repeated in every batch that mentions them: about half as many
    # statements again as the default graph holds, on the generated corpus).
    have = lookup.stored([q for q in batch.inserts if isinstance(q.graph_name, DefaultGraph)
                          and isinstance(q.subject, NamedNode)])
    if have:
        batch.inserts = [q for q in batch.inserts
                         if not isinstance(q.graph_name, DefaultGraph) or q not in have]
    return batch


def _relabel_posts(
    descriptions: dict[NamedNode, set[tuple[NamedNode, NamedNode | Literal]]],
    current: dict[NamedNode, list[Quad]],
    batch: Batch,
    lookup: Lookup,
) -> None:
    """A post is labelled "ROLE, BODY" with its body's label, which a later batch can change
    (the most frequent spelling moves); the stored posts of a body renamed here are labelled
    again, so the store does not depend on the order the articles came in."""
    renamed: dict[NamedNode, str] = {}
    for s, new in descriptions.items():
        label = next((o.value for p, o in new if p == PREF and isinstance(o, Literal)), None)
        old = [q.object for q in current.get(s, ()) if q.predicate == PREF]
        if label is not None and old and any(getattr(o, "value", None) != label for o in old):
            renamed[s] = label
    if not renamed:
        return
    posts = [p for p in lookup.posts(renamed) if p not in descriptions]
    stored = lookup.described(posts)
    roles = lookup.described({q.object for qs in stored.values() for q in qs
                              if q.predicate == _ROLE and isinstance(q.object, NamedNode)})
    for post in posts:
        quads = stored.get(post, [])
        body = _value(quads, _POST_IN)
        role = _value(quads, _ROLE)
        role_label = _value(roles.get(role, []), PREF) if isinstance(role, NamedNode) else None
        if not isinstance(body, NamedNode) or body not in renamed or not isinstance(
            role_label, Literal
        ):
            continue
        relabelled = Literal(post_label(role_label.value, renamed[body]))
        kept: set[tuple[NamedNode, NamedNode | Literal]] = {
            (q.predicate, q.object) for q in quads
            if q.predicate in DESCRIPTION_PREDICATES and q.predicate != PREF
            and isinstance(q.object, NamedNode | Literal)}
        descriptions[post] = kept | {(PREF, relabelled)}
        current[post] = quads
        batch.inserts.append(Quad(post, PREF, relabelled, _DG))


def _value(quads: Iterable[Quad], predicate: NamedNode) -> object:
    """The object of the first of these quads with that predicate, None if none has it."""
    return next((q.object for q in quads if q.predicate == predicate), None)


_ROLE = NamedNode(ORG.role)
_POST_IN = NamedNode(ORG.postIn)
