"""`electgraph serve`: the SPARQL endpoint, the JSON API and the explorer in a browser."""

from __future__ import annotations

import typer

from electgraph.cli._common import StoreArgs, store_options
from electgraph.cli.app import command
from electgraph.errors import StoreError
from electgraph.stores.base import GraphStore


@command("serve", epilog="Example: electgraph serve --store electgraph-data --port 8000, then "
         "open http://127.0.0.1:8000/ (explorer), /sparql (YASGUI), /api/openapi.json.")
@store_options
def serve_cli(
    host: str = typer.Option("127.0.0.1", help="Address to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    timeout: float = typer.Option(10.0, help="Seconds a SPARQL query may run."),
    row_limit: int = typer.Option(10_000, help="Most rows a SPARQL query may return."),
    write: bool = typer.Option(False, help="Allow SPARQL updates (needs --token)."),
    token: str | None = typer.Option(None, envvar="ELECTGRAPH_TOKEN",
                                     help="Bearer token that SPARQL updates must carry."),
    cache_mb: int = typer.Option(
        64, min=0, help="Megabytes of /api answers kept until the store changes (0: none)."),
    workers: int = typer.Option(
        8, min=1, help="Requests answered at once; the others wait their turn."),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Serve the graph: explorer pages, /sparql (SPARQL 1.1 Protocol) and /api (JSON).

    Takes the store options of every command (--store DIR, --neo4j URI, ...). The embedded
    store is opened read-only (an ingest may write to it meanwhile, and the server sees the new
    articles within seconds), unless --write. Logs one line per request; Ctrl-C stops.
    """
    from electgraph.serve import ServeContext, serve

    if write and not token:
        raise StoreError("--write needs --token TOKEN (or $ELECTGRAPH_TOKEN): updates must "
                         "carry 'Authorization: Bearer TOKEN'")

    def opener() -> GraphStore:
        return graph.open(read_only=not write)

    # Another process may write to an embedded store (its directory) that is read here.
    embedded = (graph.backend == "oxigraph" and not graph.neo4j
                and not graph.store.startswith(("http://", "https://")))
    watched = ServeContext.watched(graph.store) if embedded and not write else None
    ctx = ServeContext(opener, location=watched, timeout=timeout, row_limit=row_limit,
                       write_token=token if write else None, cache_bytes=cache_mb << 20,
                       workers=workers)
    ctx.store()  # fail now, not at the first request
    typer.echo(f"electgraph: serving {graph.neo4j or graph.store} on http://{host}:{port}/ "
               "(Ctrl-C to stop)", err=True)
    serve(ctx, host, port)
