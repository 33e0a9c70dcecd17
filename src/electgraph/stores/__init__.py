"""Graph store backends, looked up by name and imported only when selected.

    >>> from electgraph import stores
    >>> stores.available()
    ['neo4j', 'oxigraph', 'sparql']
    >>> store = stores.open("oxigraph", "electgraph-data")      # doctest: +SKIP

A backend registers `(name, module, class)`; `get(name)` imports the module on first use, so
selecting `oxigraph` never imports the neo4j driver and vice versa. Third-party backends
register the same way the built-in ones do (`register("mystore", "pkg.mod", "MyStore")`).

Every backend class takes `(location, **options)`: a directory for the embedded store, a URI
for a server.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import Any

from electgraph.errors import UnknownNameError
from electgraph.stores.base import (
    IRI,
    BaseStore,
    GraphStore,
    QueryResult,
    StoreStats,
    Value,
    WriteReport,
)

__all__ = [
    "DEFAULT_BACKEND",
    "DEFAULT_LOCATION",
    "IRI",
    "BaseStore",
    "GraphStore",
    "QueryResult",
    "StoreStats",
    "Value",
    "WriteReport",
    "available",
    "default_location",
    "get",
    "open",
    "register",
]

DEFAULT_BACKEND = "oxigraph"
DEFAULT_LOCATION = "electgraph-data"
STORE_ENV = "ELECTGRAPH_STORE"


@dataclass(frozen=True, slots=True)
class _Entry:
    module: str
    attr: str


_REGISTRY: dict[str, _Entry] = {}


def register(name: str, module: str, attr: str) -> None:
    """Make the backend class `module.attr` available as `name` (replacing any previous one)."""
    _REGISTRY[name] = _Entry(module, attr)


def available() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str) -> type[GraphStore]:
    """The backend class registered as `name`, importing its module now."""
    entry = _REGISTRY.get(name)
    if entry is None:
        raise UnknownNameError("store backend", name, available())
    cls: type[GraphStore] = getattr(importlib.import_module(entry.module), entry.attr)
    return cls


def default_location() -> str:
    """Where the embedded store lives unless told: `$ELECTGRAPH_STORE`, else ./electgraph-data."""
    return os.environ.get(STORE_ENV) or DEFAULT_LOCATION


def open(name: str = DEFAULT_BACKEND, location: str | None = "", **options: Any) -> GraphStore:
    """Open the backend `name` at `location` ("" means the default location, None in memory
    for backends that can)."""
    cls = get(name)
    loc = default_location() if location == "" else location
    store: GraphStore = cls(loc, **options)  # type: ignore[call-arg]
    return store


# Built-in backends register through the same call a plugin would use.
register("oxigraph", "electgraph.stores.oxigraph", "OxigraphStore")
register("neo4j", "electgraph.stores.neo4j", "Neo4jStore")
register("sparql", "electgraph.stores.sparql", "SparqlStore")
