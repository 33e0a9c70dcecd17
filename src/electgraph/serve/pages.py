"""The pages: the explorer (`/`), YASGUI (`/sparql` in a browser, `/yasgui`), the example queries
of `ontology/queries/` (`/examples.json`) and the static files (`/static/...`).

The page code is in `static/` (explorer.js draws with `static/viewer.js`, which the HTML export
inlines too); the JavaScript libraries are in `static/vendor/`, which `make web` fills from npm
(`npm ci`, see package.json) and the wheel ships. Without it the pages say what to run.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from electgraph.vocab import namespaces

__all__ = ["STATIC", "VENDOR", "examples", "explorer_page", "vendored", "yasgui_page"]

STATIC = Path(__file__).resolve().parent / "static"
VENDOR = STATIC / "vendor"
_MISSING = ("<!doctype html><title>electgraph</title><p>The JavaScript libraries are not "
            "installed: run <code>make web</code> (npm ci) in the source tree.</p>")


def vendored(name: str) -> Path:
    """A file of the vendored libraries (cytoscape.min.js, yasgui.min.js, ...)."""
    return VENDOR / name


@cache
def examples() -> list[dict[str, str]]:
    """The example queries, each {"name", "description", "query"} with its PREFIX lines."""
    from electgraph.validate import ontology_dir

    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(namespaces().items()))
    out = []
    for path in sorted((ontology_dir() / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out.append({"name": path.stem, "description": first, "query": prologue + text})
    return out


def _page(name: str, **subs: str) -> Response:
    if not (VENDOR / "cytoscape.min.js").is_file():
        return HTMLResponse(_MISSING, status_code=503)
    text = (STATIC / name).read_text(encoding="utf-8")
    for k, v in subs.items():
        text = text.replace(f"__{k}__", v)
    return HTMLResponse(text)


def explorer_page(request: Request) -> Response:
    return _page("explorer.html")


def yasgui_page(request: Request) -> Response:
    return _page("yasgui.html")


async def examples_endpoint(request: Request) -> JSONResponse:
    data: Any = examples()
    return JSONResponse(data)
