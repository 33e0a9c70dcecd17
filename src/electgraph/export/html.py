"""The HTML viewer: one self-contained file that draws the graph offline.

The page (`templates/viewer.html`) carries its own small canvas renderer and force layout
(no library, no CDN, nothing fetched), and the graph as JSON inside a
`<script type="application/json">` block. Nodes are coloured by type and sized by degree; a search
box finds names and aliases; clicking a node lists its facts, clicking a fact shows the sentence
that states it and its article. After drawing, the page writes the node and edge counts into
`#node-count` and `#edge-count`, which tests/test_html_browser.py reads in headless Chromium.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from electgraph.export import ExportReport

if TYPE_CHECKING:
    import networkx as nx

    from electgraph.stores.base import GraphStore

__all__ = ["render", "viewer_data", "write_html"]

_NODE_FIELDS = ("label", "kind", "region", "body", "aliases", "degree")
_EDGE_FIELDS = ("kind", "role", "status", "articles", "first_seen", "last_seen", "evidence",
                "focus", "focus_at", "confidence", "article")


def viewer_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The nodes and edges the page draws, in a stable order, and the node it opens on (the
    entity of a neighbourhood export)."""
    nodes = [{"id": n, **{f: data.get(f, "") for f in _NODE_FIELDS}}
             for n, data in sorted(g.nodes(data=True))]
    edges = [
        {"id": key, "source": s, "target": o, **{f: data.get(f, "") for f in _EDGE_FIELDS},
         "title": data.get("article_title", ""), "published": data.get("first_seen", "")}
        for s, o, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2])
    ]
    return {"nodes": nodes, "edges": edges, "center": g.graph.get("center")}


def render(data: dict[str, Any], title: str) -> str:
    """The page for `data`. The JSON is made safe to sit inside a <script> element: "<", ">"
    and "&" are escaped as JSON unicode escapes, so no text of an article can close it."""
    payload = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    template = resources.files("electgraph.export").joinpath("templates/viewer.html")
    head, tail = template.read_text(encoding="utf-8").split("__DATA__")
    safe_title = html.escape(title)
    return head.replace("__TITLE__", safe_title) + payload + tail.replace("__TITLE__", safe_title)


def write_html(
    store: GraphStore, out: Path, *, format: str = "html", entity: str | None = None,
    depth: int = 1, title: str | None = None, **options: Any,
) -> ExportReport:
    """The viewer for the whole store, or for the neighbourhood of `entity`."""
    from electgraph.export.visual import visual_graph

    g = visual_graph(store, entity=entity, depth=depth, since=options.get("since"),
                     until=options.get("until"))
    name = title or (f"electgraph: {entity} (depth {depth})" if entity else "electgraph")
    out.write_text(render(viewer_data(g), name), encoding="utf-8")
    return ExportReport(format, str(out), out.stat().st_size,
                        g.number_of_nodes() + g.number_of_edges())
