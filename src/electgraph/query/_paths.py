"""Shortest paths between two entities, found hop by hop with the same query on every backend.

Neither SPARQL property paths nor Cypher's `shortestPath` would do here: the first cannot return
the path, and the second would walk a different edge set than the RDF store. So the search is a
level-by-level bidirectional breadth-first search in Python whose only question to the store is
"the facts of this node" (`Backend.relations(anchor="node")`): the same facts, the same paths.
Edges are facts between entities (roles, attendance, hosting, candidacies), walked in either
direction; every step of a path therefore has evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from electgraph.query._fetch import Backend
from electgraph.query.model import EntityRef, Path, Relation

__all__ = ["shortest_paths"]

# node -> [(previous node, fact)] on every shortest way from the side's root
_Parents = dict[str, list[tuple[str, Relation]]]


class _Side:
    def __init__(self, root: EntityRef) -> None:
        self.dist = {root.id: 0}
        self.parents: _Parents = {root.id: []}
        self.refs = {root.id: root}
        self.frontier = [root.id]
        self.radius = 0

    def expand(self, b: Backend, cache: dict[str, list[Relation]]) -> None:
        nxt: list[str] = []
        for node in self.frontier:
            if node not in cache:
                cache[node] = b.relations(anchor="node", value=node, sightings=False)
            for rel in cache[node]:
                other = rel.other(node)
                seen = self.dist.get(other.id)
                if seen is None:
                    self.dist[other.id] = self.radius + 1
                    self.parents[other.id] = [(node, rel)]
                    self.refs[other.id] = other
                    nxt.append(other.id)
                elif seen == self.radius + 1:
                    self.parents[other.id].append((node, rel))
        self.radius += 1
        self.frontier = sorted(set(nxt))

    def walks(self, node: str) -> Iterator[tuple[list[str], list[Relation]]]:
        """Every shortest walk from this side's root to `node` (root first)."""
        if not self.parents[node]:
            yield [node], []
            return
        for prev, rel in self.parents[node]:
            for nodes, rels in self.walks(prev):
                yield [*nodes, node], [*rels, rel]


def shortest_paths(
    b: Backend, a: EntityRef, z: EntityRef, max_len: int, limit: int
) -> list[Path]:
    """At most `limit` shortest paths of at most `max_len` facts from `a` to `z`, in a stable
    order (by the labels along them, then fact ids)."""
    if a.id == z.id:
        return [Path((a,), ())]
    left, right = _Side(a), _Side(z)
    cache: dict[str, list[Relation]] = {}
    while left.radius + right.radius < max_len and left.frontier and right.frontier:
        # Grow the smaller side: hubs (a body with hundreds of meetings) are reached last.
        side = left if len(left.frontier) <= len(right.frontier) else right
        side.expand(b, cache)
        meet = sorted(n for n in side.frontier if n in (right if side is left else left).dist)
        if meet:
            return _join(left, right, meet, limit)
    return []


def _join(left: _Side, right: _Side, meet: list[str], limit: int) -> list[Path]:
    refs = {**right.refs, **left.refs}
    found: list[Path] = []
    for m in meet:
        for ln, lr in left.walks(m):
            for rn, rr in right.walks(m):
                nodes = ln + list(reversed(rn))[1:]
                found.append(Path(tuple(refs[n] for n in nodes), (*lr, *reversed(rr))))
    found.sort(key=lambda p: ([n.label for n in p.nodes], [e.id for e in p.edges]))
    return list(islice(found, limit))
