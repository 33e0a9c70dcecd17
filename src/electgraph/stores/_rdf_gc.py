"""What a replace can leave unsupported, found from the replaced articles alone: O(k), not
O(store).

After dropping the graphs of k articles, only these can lose their last support: the IRIs the
dropped graphs named (facts they sighted, nodes they mentioned), the old values of changed node
descriptions, and what those refer to in the default graph, a few hops down (a fact -> its
membership's post -> the post's role; a body -> its regency -> its province). The garbage
collection (`_sparql.gc_updates`) then looks at these subjects only, instead of scanning the
whole store on every replace (4.5 s at 150 articles, 333 s at 1,000 before).
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Store

from electgraph.kinds import FACTS
from electgraph.vocab import ORG

__all__ = ["HOPS", "JOURNAL", "JOURNAL_PENDING", "journal", "read_journal", "touched"]

# The journal of an unfinished bulk insert: an internal graph, empty except during a write. It
# names the articles being written and the default-graph subjects the write touches, so that
# recovery after a kill looks at those only.
JOURNAL = "urn:electgraph:journal"
JOURNAL_PENDING = "urn:electgraph:journal#pending"
JOURNAL_TOUCHES = "urn:electgraph:journal#touches"

# Three GC passes over nodes plus the fact pass: four hops reach everything a pass can free.
HOPS = 4
_DG = DefaultGraph()
# Shortcut triples are not followed: their ends are the ends of a fact, which the fact's own
# record reaches, and following them out of a hub (an event's every attendee, a person's every
# post) made the subjects looked at grow with the store.
_SHORTCUTS = frozenset(
    NamedNode(p) for p in (*(s.shortcut for s in FACTS.values() if s.shortcut), ORG.holds))


def journal(base: str, articles: Iterable[str], quads: Iterable[Quad]) -> list[Quad]:
    """The journal quads of a bulk insert of `articles` made of `quads`.

    The touched subjects are one literal, one serialised IRI a line: as one statement per
    subject, the journal written and deleted for every batch left about 6 KB per article of
    index entries and tombstones on disk until RocksDB compacted them (benchmarks/
    bench_footprint.py), more than a tenth of an article's statements."""
    j = NamedNode(JOURNAL)
    out = [Quad(j, NamedNode(JOURNAL_PENDING), NamedNode(base + a), j) for a in articles]
    subjects = sorted({str(q.subject) for q in quads if isinstance(q.graph_name, DefaultGraph)
                       and isinstance(q.subject, NamedNode)})
    if subjects:
        out.append(Quad(j, NamedNode(JOURNAL_TOUCHES), Literal("\n".join(subjects)), j))
    return out


def read_journal(store: Store, base: str) -> tuple[list[str], list[str] | None]:
    """The article ids of an unfinished bulk insert and the subjects it touched (None for a
    journal written before subjects were recorded: then the whole store is collected)."""
    j = NamedNode(JOURNAL)
    pending: list[str] = []
    touched: list[str] = []
    for q in store.quads_for_pattern(None, None, None, j):
        if isinstance(q.object, NamedNode) and q.predicate.value == JOURNAL_PENDING:
            pending.append(q.object.value.removeprefix(base))
        elif q.predicate.value == JOURNAL_TOUCHES and isinstance(q.object, Literal):
            touched.extend(q.object.value.split("\n"))
    return pending, (touched or None)


def touched(store: Store, graphs: Iterable[NamedNode], removals: Iterable[Quad] = ()) -> list[str]:
    """Serialised IRIs (`<...>`) that garbage collection must look at after `graphs` are
    dropped and `removals` deleted; read before the update runs."""
    seeds: set[NamedNode] = set()
    for g in graphs:
        for q in store.quads_for_pattern(None, None, None, g):
            for term in (q.subject, q.object):
                if isinstance(term, NamedNode):
                    seeds.add(term)
    for q in removals:
        for term in (q.subject, q.object):
            if isinstance(term, NamedNode):
                seeds.add(term)
    found = set(seeds)
    frontier = seeds
    for _ in range(HOPS):
        reached: set[NamedNode] = set()
        for s in frontier:
            for q in store.quads_for_pattern(s, None, None, _DG):
                if (isinstance(q.object, NamedNode) and q.object not in found
                        and q.predicate not in _SHORTCUTS):
                    reached.add(q.object)
        found |= reached
        frontier = reached
    return sorted(str(t) for t in found)
