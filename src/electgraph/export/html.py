"""The HTML viewer: one self-contained file that draws the graph offline.

One viewer, not two: the page draws with the explorer's code (`electgraph/serve/static/viewer.js`)
and the Cytoscape.js that `make web` vendors from npm (`serve/static/vendor/cytoscape.min.js`),
both inlined into `templates/viewer.html` with the page's own glue (`templates/offline.js`: the
side panel, the search box, the `#node=`/`#edge=`/`#q=` links), and the graph as JSON inside a
`<script type="application/json">` block: nothing is fetched. Nodes are coloured by type and
sized by degree, unlinked nodes are hidden until asked for; clicking a node lists its facts,
clicking a fact shows the sentence that states it (stating words marked) and its article. After
drawing, the page writes the drawn counts into `#node-count`, `#edge-count` and `#hidden-count`,
which tests/e2e/test_html_browser.py reads in headless Chromium.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from electgraph.errors import ElectgraphError
from electgraph.export import ExportReport

if TYPE_CHECKING:
    import networkx as nx

    from electgraph.stores.base import GraphStore

__all__ = ["render", "script", "viewer_data", "write_html"]

_NODE_FIELDS = ("label", "kind", "region", "body", "aliases", "degree")
_EDGE_FIELDS = ("kind", "role", "status", "articles", "first_seen", "last_seen", "evidence",
                "focus", "focus_at", "anchors", "confidence", "article")


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
    templates = resources.files("electgraph.export").joinpath("templates")
    head, tail = templates.joinpath("viewer.html").read_text(encoding="utf-8").split("__DATA__")
    safe_title = html.escape(title)
    before, after = tail.replace("__TITLE__", safe_title).split("__SCRIPT__")
    return (head.replace("__TITLE__", safe_title) + payload + before + script() + after)


def script() -> str:
    """Cytoscape.js, the shared viewer.js and the page's glue, as the text of one <script>
    element (any "</script" in them written "<\\/script", which JavaScript reads the same)."""
    static = resources.files("electgraph").joinpath("serve", "static")
    library = static.joinpath("vendor", "cytoscape.min.js")
    if not library.is_file():
        raise ElectgraphError(
            f"The HTML export needs Cytoscape.js at {library}: run `make web` (npm ci) in the "
            "source tree, or install electgraph from a wheel, which ships it.")
    parts = [library.read_text(encoding="utf-8"), static.joinpath("viewer.js").read_text(
        encoding="utf-8"), resources.files("electgraph.export").joinpath(
        "templates", "offline.js").read_text(encoding="utf-8")]
    return re.sub(r"</(script)", r"<\\/\1", ";\n".join(parts), flags=re.I)


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
