"""`/sparql`: the SPARQL 1.1 Protocol over the embedded store.

* query by GET (`?query=`), by POST with `application/sparql-query` or a form (`query=`);
* update by POST with `application/sparql-update` or a form (`update=`): refused (403) unless the
  server was started with `--write` and the request carries `Authorization: Bearer TOKEN`;
* results by content negotiation (see `results.py`), or `format=json|xml|csv|tsv|turtle|nt`;
* the default graph is the union of the article graphs (what the CLI queries), unless the
  request names `default-graph-uri`s;
* a time limit (504 when it runs out; the rows read so far are dropped) and a row limit (a query
  with more rows is stopped and refused with 400: add a LIMIT).

A GET without a query that accepts HTML gets the YASGUI page instead.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import anyio
import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from electgraph.serve import results
from electgraph.serve.context import ServeContext
from electgraph.stores._sparql import is_update
from electgraph.vocab import namespaces

__all__ = ["QueryOutcome", "TooManyRows", "run_query", "sparql_endpoint"]


class TooManyRows(Exception):
    pass


class TimedOut(Exception):
    pass


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    kind: str  # "rows", "boolean" or "triples"
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool = False
    triples: tuple[ox.Triple, ...] = ()


def run_query(raw: ox.Store, text: str, *, limit: int, deadline: float,
              default_graphs: list[str] | None = None) -> QueryOutcome:
    """Run `text` on the pyoxigraph store, reading at most `limit` rows before `deadline`
    (a `time.monotonic()` value). Raises SyntaxError, TooManyRows or TimedOut."""
    kw: dict[str, Any] = {"prefixes": namespaces()}
    if default_graphs:
        kw["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        kw["use_default_graph_as_union"] = True
    result = raw.query(text, **kw)
    if isinstance(result, ox.QueryBoolean):
        return QueryOutcome("boolean", boolean=bool(result))
    taken: list[Any] = []
    for i, item in enumerate(result):
        if i >= limit:
            raise TooManyRows(limit)
        if i % 256 == 0 and time.monotonic() > deadline:
            raise TimedOut
        taken.append(item if isinstance(result, ox.QueryTriples) else tuple(item))
    if isinstance(result, ox.QuerySolutions):
        return QueryOutcome("rows", tuple(v.value for v in result.variables), tuple(taken))
    return QueryOutcome("triples", triples=tuple(taken))


async def _params(request: Request) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """(query, update, all parameters) of a GET or POST request."""
    params: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        params.setdefault(k, []).append(v)
    query = request.query_params.get("query")
    update = None
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            query = (await request.body()).decode("utf-8")
        elif ctype == "application/sparql-update":
            update = (await request.body()).decode("utf-8")
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True)
            for k, item in form:
                params.setdefault(k, []).append(item)
            query = next(reversed(params.get("query", [])), None)
            update = next(reversed(params.get("update", [])), None)
    return query, update, params


def _error(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


async def sparql_endpoint(request: Request) -> Response:
    ctx: ServeContext = request.app.state.ctx
    query, update, params = await _params(request)
    if query is None and update is None:
        if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
            from electgraph.serve.pages import yasgui_page

            return yasgui_page(request)
        return _error(400, "no query: pass query= (or update=) as the SPARQL 1.1 Protocol says")
    raw = ctx.raw_rdf()
    if raw is None:
        store = ctx.store()
        if store.supports_sparql:  # a SPARQL server: it has its own endpoint
            return _error(501, f"this graph lives on a SPARQL server: send SPARQL to it "
                               f"({store.location}/query)")
        return _error(501, f"the {store.name} store does not answer SPARQL; "
                           "serve the embedded store (--store DIR) for /sparql")
    if update is not None or (query is not None and is_update(query)):
        return await _update(request, ctx, raw, update or query or "")
    assert query is not None
    fmt = next(reversed(params.get("format", [])), None)
    graphs = params.get("default-graph-uri")
    deadline = time.monotonic() + ctx.timeout

    def work() -> QueryOutcome:
        return run_query(raw, query, limit=ctx.row_limit, deadline=deadline,
                         default_graphs=graphs)

    try:
        with anyio.fail_after(ctx.timeout):
            outcome = await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
    except SyntaxError as e:
        return _error(400, f"invalid SPARQL query: {e}")
    except TooManyRows:
        return _error(400, f"the query returns more than {ctx.row_limit} rows, the server's "
                           "row limit (--row-limit); add a LIMIT or narrow it")
    except (TimedOut, TimeoutError):
        return _error(504, f"the query ran longer than {ctx.timeout:g} s, the server's time "
                           "limit (--timeout); narrow it or add a LIMIT")
    except (OSError, RuntimeError, ValueError) as e:
        return _error(400, f"the query failed: {e}")
    accept = request.headers.get("accept", "")
    media = results.negotiate(accept, outcome.kind == "triples", fmt)
    if media is None:
        offered = results.GRAPH_TYPES if outcome.kind == "triples" else results.TABLE_TYPES
        return _error(406, f"cannot answer in {fmt or accept!r}; offered: {', '.join(offered)}")
    if outcome.kind == "rows":
        body = results.serialize_rows(outcome.columns, outcome.rows, media)
    elif outcome.kind == "boolean":
        if results.TABLE_TYPES[media] in ("csv", "tsv"):
            media = "application/sparql-results+json"
        body = results.serialize_boolean(outcome.boolean, media)
    else:
        body = results.serialize_triples(outcome.triples, media, namespaces())
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media else ""
    return Response(body, media_type=media + charset, headers={"Vary": "Accept"})


async def _update(request: Request, ctx: ServeContext, raw: ox.Store, text: str) -> Response:
    if not ctx.write_token:
        return _error(403, "this server is read-only: updates are refused (start it with "
                           "--write --token TOKEN to allow them)")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {ctx.write_token}".encode()):
        return _error(403, "updates need the header 'Authorization: Bearer TOKEN' with the "
                           "server's --token")
    try:
        await anyio.to_thread.run_sync(lambda: raw.update(text, prefixes=namespaces()))
    except SyntaxError as e:
        return _error(400, f"invalid SPARQL update: {e}")
    return Response(status_code=204)
