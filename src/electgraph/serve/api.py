"""`/api/...`: the exploration API (`electgraph.query`) as JSON, one route per function.

Each route is a row of `ROUTES`: its path, the function it calls and its parameters. The same
table makes the handlers and the OpenAPI description (`/api/openapi.json`), so the two cannot
drift. An answer is the function's result through `to_jsonable`, the same as `to_dict()` gives
in Python (tests/e2e/test_serve_api.py checks it). Errors have one shape:
`{"error": {"type": "NotFound", "message": "...", "candidates": [...]}}` with 404 (nothing
found), 409 (a name that fits several entities; `candidates` lists them) or 400.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from electgraph import query as q
from electgraph.errors import AmbiguousName, ElectgraphError, NotFound
from electgraph.query._fetch import Backend
from electgraph.query.model import to_jsonable
from electgraph.serve.cache import Answer
from electgraph.serve.context import ServeContext
from electgraph.serve.sources import article_sources
from electgraph.stores.base import GraphStore

__all__ = ["ROUTES", "ApiRoute", "Param", "answer", "api_routes", "call", "warm"]

log = logging.getLogger("electgraph.serve")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    description: str
    type: str = "string"  # string, integer or boolean
    required: bool = False
    default: Any = None
    many: bool = False  # repeated (?candidate=a&candidate=b)


@dataclass(frozen=True, slots=True)
class ApiRoute:
    name: str
    fn: Callable[..., Any]
    summary: str
    params: tuple[Param, ...] = ()
    # How the parameters reach `fn` after the store: the names given positionally.
    positional: tuple[str, ...] = ()


_E = Param("entity", "a name or an id", required=True)


def _sources(store: GraphStore, ids: list[str]) -> dict[str, Any]:
    return article_sources(store, ids)


ROUTES: tuple[ApiRoute, ...] = (
    ApiRoute("search", q.search, "Entities whose name is like q, best first, with what tells "
             "namesakes apart (kind, region, body, roles).",
             (Param("q", "a name", required=True), Param("kind", "Person, Organization, ..."),
              Param("limit", "at most this many", "integer", default=10)), ("q",)),
    ApiRoute("entity", q.entity, "The description of the entity with this id.",
             (Param("id", "an entity id", required=True),), ("id",)),
    ApiRoute("explore", q.explore, "Everything about one entity (the card of `electgraph "
             "explore`): facts by section, quotes, articles, neighbours.",
             (Param("q", "a name or an id", required=True), Param("kind", "an entity type")),
             ("q",)),
    ApiRoute("roles", q.roles_of, "The roles a person holds, with bodies, dates and evidence.",
             (_E,), ("entity",)),
    ApiRoute("holders", q.holders, "Who holds a role in a body (either may be left out).",
             (Param("role", "a role name"), Param("org", "a body's name or id"),
              Param("evidence", "with the sentences", "boolean", default=True)),
             ("role", "org")),
    ApiRoute("events", q.events_hosted_by, "The events a body hosts, earliest first.",
             (Param("org", "a body's name or id", required=True),), ("org",)),
    ApiRoute("attendees", q.attendees, "Who attends an event.",
             (Param("event", "an event's name or id", required=True),), ("event",)),
    ApiRoute("sanctions", q.sanctions_of, "Sanctions a person received or a body imposed.",
             (_E,), ("entity",)),
    ApiRoute("coalition", q.coalition, "The parties that nominate the candidates.",
             (Param("candidate", "a candidate (repeat for a pair)", required=True, many=True),),
             ("candidate",)),
    ApiRoute("related_articles", q.related_articles, "The BACA JUGA links of an article.",
             (Param("article", "an article id or title", required=True),), ("article",)),
    ApiRoute("mentions", q.mentions, "The articles that mention an entity.", (_E,),
             ("entity",)),
    ApiRoute("neighbourhood", q.neighbourhood, "Entities within depth facts of an entity.",
             (_E, Param("depth", "hops", "integer", default=1)), ("entity",)),
    ApiRoute("paths", q.paths, "The shortest chains of facts from a to b.",
             (Param("a", "an entity", required=True), Param("b", "an entity", required=True),
              Param("max_len", "longest chain", "integer", default=4),
              Param("limit", "at most this many", "integer", default=10)), ("a", "b")),
    ApiRoute("timeline", q.timeline, "Every article's statement about an entity, by date.",
             (_E,), ("entity",)),
    ApiRoute("conflicts", q.conflicts,
             "Two holders of a one-holder seat at once, or one person in two such seats, with "
             "the evidence of both sides, ranked.",
             (Param("role", "only this role, e.g. Ketua"), Param("org", "only this body"))),
    ApiRoute("conflicts_of", q.conflicts_of,
             "The conflicts an entity page shows: a body's, or those a person is a side of.",
             (_E,), ("entity",)),
    ApiRoute("stats", q.stats, "What the store holds."),
    ApiRoute("sources", _sources, "Title, date and source URL of articles by id.",
             (Param("id", "an article id (repeat)", required=True, many=True),), ("id",)),
)


class BadParam(ElectgraphError):
    pass


def _convert(p: Param, values: list[str]) -> Any:
    if not values:
        if p.required:
            raise BadParam(f"the parameter {p.name!r} is required: {p.description}")
        return p.default
    if p.many:
        return values
    v = values[-1]
    if p.type == "integer":
        try:
            return int(v)
        except ValueError:
            raise BadParam(f"{p.name}={v!r} is not a whole number") from None
    if p.type == "boolean":
        return v.lower() in ("1", "true", "yes", "on")
    return v


def call(route: ApiRoute, store: GraphStore, args: dict[str, list[str]]) -> Any:
    """Call the route's function with request arguments; the JSON-ready answer."""
    values = {p.name: _convert(p, args.get(p.name, [])) for p in route.params}
    pos: list[Any] = []
    for name in route.positional:
        v = values.pop(name)
        if isinstance(v, list) and route.fn is q.coalition:
            pos.extend(v)
        else:
            pos.append(v)
    kw = {k: v for k, v in values.items() if v is not None}
    result = route.fn(store, *pos, **kw)
    # A result's own `to_dict` (a store's statistics add what their count means).
    return result.to_dict() if hasattr(result, "to_dict") else to_jsonable(result)


def error_response(e: Exception) -> JSONResponse:
    status = 404 if isinstance(e, NotFound) else 409 if isinstance(e, AmbiguousName) else 400
    body: dict[str, Any] = {"type": type(e).__name__, "message": str(e)}
    matches = getattr(e, "matches", None)
    if matches is not None:
        body["candidates"] = to_jsonable(list(matches))
    elif isinstance(e, AmbiguousName):
        body["candidates"] = e.candidates
    return JSONResponse({"error": body}, status_code=status)


def answer(route: ApiRoute, store: GraphStore, args: dict[str, list[str]]) -> Answer:
    """The status and JSON body of a request: the route's answer, or the error's."""
    try:
        return 200, bytes(JSONResponse(call(route, store, args)).body)
    except ElectgraphError as e:
        response = error_response(e)
        return response.status_code, bytes(response.body)


def _handler(route: ApiRoute) -> Callable[[Request], Any]:
    async def handle(request: Request) -> Response:
        ctx: ServeContext = request.app.state.ctx
        args: dict[str, list[str]] = {}
        for k, v in request.query_params.multi_items():
            args.setdefault(k, []).append(v)
        key = (route.name, tuple(sorted((k, tuple(v)) for k, v in args.items())))

        def work() -> Answer:
            store = ctx.store()
            if not ctx.frozen:
                return answer(route, store, args)
            return ctx.answers.get(store, key, lambda: answer(route, store, args))

        # A kept answer is sent from here, without waiting for a worker thread.
        kept = ctx.answers.peek(ctx.current(), key) if ctx.frozen and ctx.fresh() else None
        status, body = kept if kept is not None else await ctx.run(work)
        return Response(body, status_code=status, media_type="application/json")

    return handle


def warm(ctx: ServeContext, store: GraphStore) -> None:
    """Compute, in the background as soon as a store is opened, what takes long and what every
    store generation is asked for: the names every search filters, and the statistics (a count
    of the whole store). `/api/stats` answers when both are done."""
    if not ctx.frozen:
        return
    stats = next(r for r in ROUTES if r.name == "stats")

    def work() -> None:
        def names_then_stats() -> Answer:
            b = Backend(store)
            b.names([], aliases=False)
            b.names([], aliases=True)
            return answer(stats, store, {})

        try:
            ctx.answers.get(store, (stats.name, ()), names_then_stats)
        except Exception:  # a request for the statistics will say what went wrong
            log.exception("computing the statistics of the store failed")

    threading.Thread(target=work, name="electgraph-warm", daemon=True).start()


def api_routes() -> list[Route]:
    from electgraph.serve.openapi import openapi_endpoint

    routes = [Route(f"/api/{r.name}", _handler(r), name=f"api_{r.name}") for r in ROUTES]
    routes.append(Route("/api/openapi.json", openapi_endpoint, name="openapi"))
    return routes
