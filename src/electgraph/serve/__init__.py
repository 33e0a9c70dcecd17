"""`electgraph serve`: a SPARQL endpoint, the exploration API as JSON and the explorer pages.

    >>> from electgraph.serve import create_app
    >>> from electgraph.serve.context import ServeContext
    >>> app = create_app(ServeContext(lambda: stores.open("oxigraph", "electgraph-data",
    ...                                                   read_only=True)))  # doctest: +SKIP

`create_app` makes the Starlette app; `serve()` runs it on uvicorn (what the CLI calls). Routes:
`/` the explorer, `/sparql` the SPARQL 1.1 Protocol (and YASGUI in a browser), `/api/...` the
exploration API (`/api/openapi.json` describes it), `/examples.json`, `/static/...`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from electgraph.serve.context import ServeContext

__all__ = ["ServeContext", "create_app", "serve"]

log = logging.getLogger("electgraph.serve")


def create_app(ctx: ServeContext) -> Any:
    """The ASGI app over the store of `ctx`."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    from electgraph.serve import pages
    from electgraph.serve.api import api_routes, warm
    from electgraph.serve.sparql import sparql_endpoint

    routes = [
        Route("/", pages.explorer_page),
        Route("/yasgui", pages.yasgui_page),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/examples.json", pages.examples_endpoint),
        *api_routes(),
        Mount("/static", StaticFiles(directory=pages.STATIC, check_dir=False), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        yield
        ctx.close()

    ctx.when_opened(functools.partial(warm, ctx))
    app = Starlette(routes=routes, middleware=[Middleware(_AccessLog)], lifespan=lifespan)
    app.state.ctx = ctx
    return app


class _AccessLog:
    """One line per request: method, path and query, status, milliseconds."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [500]

        async def send_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            qs = scope.get("query_string", b"").decode("latin-1")
            path = scope["path"] + (f"?{qs}" if qs else "")
            ms = (time.perf_counter() - start) * 1000
            log.info('%s %s %d %.1fms', scope["method"], path[:300], status[0], ms)


def serve(ctx: ServeContext, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app on uvicorn until Ctrl-C (which stops it cleanly and closes the store)."""
    import uvicorn

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    log.setLevel(logging.INFO)
    uvicorn.run(create_app(ctx), host=host, port=port, access_log=False, log_level="warning",
                timeout_graceful_shutdown=5)
