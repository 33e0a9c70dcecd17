"""`electgraph serve`: the SPARQL endpoint, the JSON API and the explorer in a browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from electgraph.cli._common import (
    NEO4J_OPTION,
    PASSWORD_OPTION,
    STORE_OPTION,
    USER_OPTION,
    open_store,
)
from electgraph.cli.app import command
from electgraph.errors import StoreError


@command("serve", epilog="Example: electgraph serve --store electgraph-data --port 8000, then "
         "open http://127.0.0.1:8000/ (explorer), /sparql (YASGUI), /api/openapi.json.")
def serve_cli(
    store: str = STORE_OPTION,
    neo4j: str | None = NEO4J_OPTION,
    user: str | None = USER_OPTION,
    password: str | None = PASSWORD_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    timeout: float = typer.Option(10.0, help="Seconds a SPARQL query may run."),
    row_limit: int = typer.Option(10_000, help="Most rows a SPARQL query may return."),
    write: bool = typer.Option(False, help="Allow SPARQL updates (needs --token)."),
    token: str | None = typer.Option(None, envvar="ELECTGRAPH_TOKEN",
                                     help="Bearer token that SPARQL updates must carry."),
) -> None:
    """Serve the graph: explorer pages, /sparql (SPARQL 1.1 Protocol) and /api (JSON).

    The embedded store is opened read-only (an ingest may write to it meanwhile), unless
    --write. Logs one line per request; Ctrl-C stops.
    """
    from electgraph.serve import ServeContext, serve

    if write and not token:
        raise StoreError("--write needs --token TOKEN (or $ELECTGRAPH_TOKEN): updates must "
                         "carry 'Authorization: Bearer TOKEN'")
    opts: dict[str, Any] = {"neo4j": neo4j, "user": user, "password": password}
    location = None
    if neo4j:
        def opener() -> Any:
            return open_store("neo4j", store, **opts)
    elif store.startswith(("http://", "https://")):
        def opener() -> Any:  # a SPARQL server: nothing to watch, every request is fresh
            return open_store("sparql", store)
    else:
        location = ServeContext.watched(store)
        if not Path(store).is_dir():
            raise StoreError(f"no store at {store}; run `electgraph ingest PATH --store "
                             f"{store}` first, or pass the right --store")

        def opener() -> Any:
            from electgraph.stores import open as open_backend

            return open_backend("oxigraph", store, read_only=not write)
    ctx = ServeContext(opener, location=None if write else location, timeout=timeout,
                       row_limit=row_limit, write_token=token if write else None)
    ctx.store()  # fail now, not at the first request
    typer.echo(f"electgraph: serving {neo4j or store} on http://{host}:{port}/ "
               "(Ctrl-C to stop)", err=True)
    serve(ctx, host, port)
