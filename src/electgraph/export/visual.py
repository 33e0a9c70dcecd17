"""Visual exports for graph tools: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi) and Cytoscape
JSON (Cytoscape desktop `.cyjs`, cytoscape.js `elements`).

All three draw the networkx projection of `electgraph.analyze.project`: entities as nodes
(label, kind, region, body, level, aliases, degree), facts as edges keyed by fact id (kind, role,
status, dates, number of articles, first evidence sentence and its article). Attribute values
are plain strings and integers, so every tool reads them without a schema of its own; GraphML and
GEXF read back with networkx give the same node and edge counts (tests/test_visual_export.py).

`entity` and `depth` draw one neighbourhood instead of the whole graph:

    >>> export.write(store, "legar.graphml", entity="Legar Saputra", depth=2)  # doctest: +SKIP
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from electgraph.export import ExportReport

if TYPE_CHECKING:
    import networkx as nx

    from electgraph.stores.base import GraphStore

__all__ = ["cytoscape_json", "visual_graph", "write_cytoscape", "write_gexf", "write_graphml"]


def visual_graph(
    store: GraphStore, *, entity: str | None = None, depth: int = 1,
    since: date | None = None, until: date | None = None,
) -> nx.MultiDiGraph:
    """The projection of the whole store, or of the entities within `depth` facts of `entity`
    (and every fact among them), with each node's degree as an attribute; `since`/`until`
    keep the facts seen in that window."""
    from electgraph.analyze import to_networkx

    g = to_networkx(store, since=since, until=until)
    if entity:
        from electgraph.query.api import neighbourhood

        sub = neighbourhood(store, entity, depth)
        g = g.subgraph({n.entity.id for n in sub.nodes}).copy()
        g.graph["center"] = sub.center.id
    for node, degree in g.degree():
        g.nodes[node]["degree"] = int(degree)
    return g


def _report(format: str, out: Path, g: nx.MultiDiGraph) -> ExportReport:
    return ExportReport(format, str(out), out.stat().st_size,
                        g.number_of_nodes() + g.number_of_edges())


def write_graphml(
    store: GraphStore, out: Path, *, format: str = "graphml", entity: str | None = None,
    depth: int = 1, since: date | None = None, until: date | None = None, **_: Any,
) -> ExportReport:
    """GraphML; `statements` in the report counts nodes plus edges."""
    import networkx as nx

    g = visual_graph(store, entity=entity, depth=depth, since=since, until=until)
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return _report(format, out, g)


def write_gexf(
    store: GraphStore, out: Path, *, format: str = "gexf", entity: str | None = None,
    depth: int = 1, since: date | None = None, until: date | None = None, **_: Any,
) -> ExportReport:
    """GEXF 1.2; node labels are the entity labels."""
    import networkx as nx

    g = visual_graph(store, entity=entity, depth=depth, since=since, until=until)
    nx.write_gexf(dynamic(g), out, encoding="utf-8", prettyprint=True)
    return _report(format, out, g)


def dynamic(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `g` for Gephi's timeline: each dated fact lives from its first to its last
    sighting (`start`/`end`), and `seen` is a dynamic attribute counting the articles that
    stated it so far, one value per sighting date; a node lives from its first fact's start.
    Undated facts and nodes stay static (always shown)."""
    h = g.copy()
    starts: dict[str, list[str]] = {}
    for s, o, data in h.edges(data=True):
        dates = str(data.pop("seen_dates", "")).split()
        if not dates:
            continue
        data["start"], data["end"] = data["first_seen"], data["last_seen"]
        ends = [*dates[1:], data["last_seen"]]
        data["seen"] = [(i, d, e) for i, (d, e) in enumerate(zip(dates, ends, strict=True), 1)]
        for node in (s, o):
            starts.setdefault(node, []).append(dates[0])
    for node, dates in starts.items():
        h.nodes[node]["start"] = min(dates)
    return h


def cytoscape_json(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape JSON: `elements.nodes[].data` and `elements.edges[].data`, with ids. `name`
    and `value` are there too, so that `networkx.cytoscape_graph` reads it back."""
    nodes = [
        {"data": {"id": n, "name": data.get("label", n), "value": n, **data}}
        for n, data in sorted(g.nodes(data=True))
    ]
    edges = [
        {"data": {"id": key, "source": s, "target": o, "key": key, **data}}
        for s, o, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2])
    ]
    return {
        "format_version": "1.0",
        "generated_by": "electgraph",
        "data": {"name": "electgraph"},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cytoscape(
    store: GraphStore, out: Path, *, format: str = "cytoscape", entity: str | None = None,
    depth: int = 1, since: date | None = None, until: date | None = None, **_: Any,
) -> ExportReport:
    """Cytoscape JSON (`.cyjs`)."""
    g = visual_graph(store, entity=entity, depth=depth, since=since, until=until)
    out.write_text(json.dumps(cytoscape_json(g), ensure_ascii=False, indent=1), encoding="utf-8")
    return _report(format, out, g)
