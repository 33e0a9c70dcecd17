"""The OpenAPI 3.1 description of `/api/...`, made from the route table of `api.py`."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from electgraph import __version__
from electgraph.serve.api import ROUTES

__all__ = ["openapi", "openapi_endpoint"]

_ERROR = {"description": "error: {error: {type, message, candidates?}}",
          "content": {"application/json": {"schema": {"type": "object"}}}}


def openapi() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for r in ROUTES:
        params = []
        for p in r.params:
            schema: dict[str, Any] = {"type": p.type}
            if p.many:
                schema = {"type": "array", "items": schema}
            if p.default is not None:
                schema["default"] = p.default
            params.append({"name": p.name, "in": "query", "required": p.required,
                           "description": p.description, "schema": schema,
                           **({"explode": True} if p.many else {})})
        doc = (r.fn.__doc__ or "").strip()
        paths[f"/api/{r.name}"] = {"get": {
            "operationId": r.name, "summary": r.summary,
            "description": f"`electgraph.query.{r.fn.__name__}`: {doc}",
            "parameters": params,
            "responses": {"200": {"description": "the answer, as `to_dict()` gives it",
                                  "content": {"application/json": {"schema": {}}}},
                          "400": _ERROR, "404": _ERROR, "409": _ERROR},
        }}
    return {"openapi": "3.1.0",
            "info": {"title": "electgraph exploration API", "version": __version__},
            "paths": paths}


async def openapi_endpoint(request: Request) -> JSONResponse:
    return JSONResponse(openapi())
