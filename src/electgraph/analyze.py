"""The graph as networkx, and the analytics `electgraph analyze` reports.

`project()` turns a `Snapshot` (every entity and every fact between two entities, from any
backend) into a `networkx.MultiDiGraph`: one node per entity, one edge per fact (key: the fact
id), and only plain attribute values (str, int) so that GraphML and GEXF writers and the tools
that read them (Gephi, yEd, Cytoscape) take them as they are. Missing values are "" or 0.

`analyze()` reports, on the undirected simple view of that graph:

* degree and betweenness centrality of **officials** (people who hold a role);
* connected components;
* Louvain communities (seeded, so the same graph gives the same communities);
* **bridges**: people tied to two or more bodies, by a role or by attending what a body hosts.

    >>> from electgraph import stores
    >>> from electgraph.analyze import analyze, to_networkx
    >>> with stores.open("oxigraph", "electgraph-data") as store:       # doctest: +SKIP
    ...     report = analyze(to_networkx(store))
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from electgraph.query.model import Snapshot, to_jsonable

if TYPE_CHECKING:
    import networkx as nx

    from electgraph.stores.base import GraphStore

__all__ = [
    "Analysis",
    "Bridge",
    "Community",
    "Component",
    "Ranked",
    "analyze",
    "project",
    "to_networkx",
]

# Exact betweenness is O(nodes x edges); past BETWEENNESS_EXACT_LIMIT nodes it is estimated
# from a seeded sample of BETWEENNESS_SAMPLE sources (networkx's `k`), and the report says so.
# (10,000 generated articles: 3,500 nodes, 43,000 facts; exact takes minutes, 300 sources 10 s.)
BETWEENNESS_EXACT_LIMIT = 1000
BETWEENNESS_SAMPLE = 300


@dataclass(frozen=True, slots=True)
class Ranked:
    id: str
    label: str
    value: float
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Component:
    size: int
    people: int
    bodies: int
    sample: tuple[str, ...]  # labels of its best-connected nodes


@dataclass(frozen=True, slots=True)
class Community:
    size: int
    members: tuple[str, ...]  # labels of its best-connected nodes
    bodies: tuple[str, ...]  # its bodies, best-connected first


@dataclass(frozen=True, slots=True)
class Bridge:
    id: str
    label: str
    bodies: tuple[str, ...]
    betweenness: float


@dataclass(frozen=True, slots=True)
class Analysis:
    nodes: int
    edges: int
    officials: int
    degree: tuple[Ranked, ...]
    betweenness: tuple[Ranked, ...]
    betweenness_sample: int | None  # None: exact
    components: int
    largest_components: tuple[Component, ...]
    communities: tuple[Community, ...]
    modularity: float
    bridges: tuple[Bridge, ...]
    seed: int

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = to_jsonable(self)
        return out


def project(snapshot: Snapshot) -> nx.MultiDiGraph:
    """Entities as nodes, facts as edges keyed by fact id, attributes as plain values."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in snapshot.nodes:
        g.add_node(
            n.id, label=n.label, kind=n.kind, region=n.region or "", body=n.body or "",
            level=n.level or "", aliases=" | ".join(n.aliases),
        )
    from electgraph.roles import concept

    for e in snapshot.edges:
        first = e.evidence[0] if e.evidence else None
        before, focus, _ = first.parts() if first else ("", "", "")
        role = concept(e.role) if e.role and e.kind == "holds_role" else None
        dates = sorted({c.article.published for c in e.evidence if c.article.published})
        g.add_edge(
            e.subject.id, e.object.id, key=e.id, kind=e.kind, role=e.role or "",
            role_id=role.id if role else "", role_en=role.en if role else "",
            status=e.status or "", articles=len(e.articles),
            article_ids=" ".join(e.articles),
            first_seen=e.first_seen.isoformat() if e.first_seen else "",
            last_seen=e.last_seen.isoformat() if e.last_seen else "",
            seen_dates=" ".join(d.isoformat() for d in dates),
            evidence=first.text if first else "",
            # The stating words: where they start in `evidence`, and the words themselves.
            focus_at=len(before), focus=focus if first and first.focus_start is not None else "",
            # Where the article names in full what the focus names in part.
            anchors=" | ".join(a.text for a in first.anchors) if first else "",
            confidence=f"{first.confidence:.2f}" if first and first.confidence is not None else "",
            article=first.article.id if first else "",
            article_title=(first.article.title or "") if first else "",
            url=(first.article.url or "") if first else "",
            sources=" ".join(e.sources),
        )
    return g


def to_networkx(
    store: GraphStore, *, evidence: bool = True, since: date | None = None,
    until: date | None = None,
) -> nx.MultiDiGraph:
    """The networkx projection of everything in `store` (the facts seen between `since` and
    `until`, when given); without `evidence`, edges have no sentence and article title (the
    analytics do not need them, and they cost most)."""
    from electgraph.query.api import snapshot

    return project(snapshot(store, evidence=evidence, since=since, until=until))


def analyze(g: nx.MultiDiGraph, *, top: int = 10, seed: int = 42) -> Analysis:
    """Centrality of officials, components, communities and bridging people of `g`."""
    import networkx as nx

    simple = nx.Graph(g.to_undirected(as_view=True))
    officials = _officials(g)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    sample = None if len(simple) <= BETWEENNESS_EXACT_LIMIT else BETWEENNESS_SAMPLE
    between = nx.betweenness_centrality(simple, k=sample, seed=seed) if len(simple) > 2 \
        else dict.fromkeys(simple, 0.0)
    communities = (
        nx.community.louvain_communities(simple, seed=seed) if simple.number_of_edges() else []
    )
    modularity = nx.community.modularity(simple, communities) if communities else 0.0
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    return Analysis(
        nodes=g.number_of_nodes(),
        edges=g.number_of_edges(),
        officials=len(officials),
        degree=_top(g, degree, officials, top),
        betweenness=_top(g, between, officials, top),
        betweenness_sample=sample,
        components=len(components),
        largest_components=tuple(_component(g, degree, c) for c in components[:top]),
        communities=tuple(
            _community(g, degree, c)
            for c in sorted(communities, key=lambda c: (-len(c), min(c)))[:top]
        ),
        modularity=round(modularity, 4),
        bridges=_bridges(g, between, top),
        seed=seed,
    )


def _officials(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Person id -> "Role, Body" of every role held."""
    out: dict[str, list[str]] = defaultdict(list)
    for s, o, data in g.edges(data=True):
        if data["kind"] == "holds_role":
            out[s].append(f"{data['role'] or 'member'}, {g.nodes[o]['label']}")
    return out


def _label(g: nx.MultiDiGraph, n: str) -> str:
    return str(g.nodes[n].get("label", n))


def _top(
    g: nx.MultiDiGraph, scores: dict[str, float], among: dict[str, list[str]], top: int
) -> tuple[Ranked, ...]:
    ranked = sorted(among, key=lambda n: (-scores.get(n, 0.0), _label(g, n), n))[:top]
    return tuple(
        Ranked(n, _label(g, n), round(scores.get(n, 0.0), 6), "; ".join(among[n][:2]))
        for n in ranked
    )


def _best(g: nx.MultiDiGraph, degree: dict[str, float], nodes: set[str], kind: str | None,
          top: int = 5) -> tuple[str, ...]:
    chosen = [n for n in nodes if kind is None or g.nodes[n].get("kind") == kind]
    chosen.sort(key=lambda n: (-degree.get(n, 0.0), _label(g, n), n))
    return tuple(_label(g, n) for n in chosen[:top])


def _component(g: nx.MultiDiGraph, degree: dict[str, float], nodes: set[str]) -> Component:
    kinds = Counter(g.nodes[n].get("kind") for n in nodes)
    return Component(len(nodes), kinds["Person"], kinds["Organization"],
                     _best(g, degree, nodes, None))


def _community(g: nx.MultiDiGraph, degree: dict[str, float], nodes: set[str]) -> Community:
    return Community(len(nodes), _best(g, degree, nodes, None),
                     _best(g, degree, nodes, "Organization"))


def _bridges(g: nx.MultiDiGraph, between: dict[str, float], top: int) -> tuple[Bridge, ...]:
    """People tied to two or more bodies: by a role in them, or by attending an event that
    one of them hosts."""
    hosts: dict[str, set[str]] = defaultdict(set)
    for s, o, data in g.edges(data=True):
        if data["kind"] == "hosts":
            hosts[o].add(s)
    bodies: dict[str, set[str]] = defaultdict(set)
    for s, o, data in g.edges(data=True):
        if g.nodes[s].get("kind") != "Person":
            continue
        if data["kind"] == "holds_role":
            bodies[s].add(o)
        elif data["kind"] == "attends":
            bodies[s] |= hosts.get(o, set())
    found = [p for p, b in bodies.items() if len(b) >= 2]
    found.sort(key=lambda p: (-len(bodies[p]), -between.get(p, 0.0), _label(g, p), p))
    return tuple(
        Bridge(p, _label(g, p), tuple(sorted(_label(g, b) for b in bodies[p])),
               round(between.get(p, 0.0), 6))
        for p in found[:top]
    )
