"""The `GraphStore` protocol every backend implements, and `BaseStore` with its safe defaults.

Modelled on rdflib's `Store`: capability flags say what a backend can do, defaults fall back to
simpler operations (`write_many` loops over `write`), and an operation a backend cannot do raises
`NotSupported` naming it, never `NotImplementedError` or an AttributeError.

    >>> from electgraph import stores
    >>> with stores.open("oxigraph", None) as store:    # None: in memory
    ...     store.supports_sparql, store.supports_cypher
    (True, False)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Protocol, Self, runtime_checkable

from electgraph.errors import NotSupported
from electgraph.graph import ResolvedGraph

__all__ = [
    "IRI",
    "BaseStore",
    "GraphStore",
    "QueryResult",
    "StoreStats",
    "Value",
    "WriteReport",
    "require",
]


class IRI(str):
    """A query parameter that is an IRI, not a string literal: `{"body": IRI("https://...")}`."""

    __slots__ = ()


# Lists and maps come from property graphs: a Cypher list, or a node, relationship or path as
# plain data (`{"id", "labels", "properties"}`, see `stores/_neo4j_values.py`).
Value = str | int | float | bool | date | IRI | list[Any] | dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows of a query as plain Python values (IRIs as `IRI`, literals as str/int/float/...).

    `boolean` is set for ASK queries; a CONSTRUCT/DESCRIBE gives columns subject, predicate,
    object. An update gives no rows and `updated=True`.
    """

    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Value, ...], ...] = ()
    boolean: bool | None = None
    updated: bool = False

    def dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Value]:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What one `write()` did, per article: added, replaced (text changed) or unchanged."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    statements_before: int = 0
    statements_after: int = 0
    rejected: tuple[str, ...] = ()  # what the backend could not map, with the reason

    @property
    def articles(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged)

    def __add__(self, other: WriteReport) -> WriteReport:
        """Two consecutive writes as one: counts before the first, after the second."""
        first = self if self.articles else other
        return WriteReport(
            self.added + other.added,
            self.replaced + other.replaced,
            self.unchanged + other.unchanged,
            first.statements_before,
            other.statements_after if other.articles else self.statements_after,
            self.rejected + other.rejected,
        )


_UNITS = {"oxigraph": "RDF quads (triples in any graph)",
          "sparql": "RDF quads (triples in any graph)",
          "neo4j": "nodes and relationships"}


@dataclass(frozen=True, slots=True)
class StoreStats:
    """What a store holds: `statements` is triples/quads for RDF, nodes + relationships for a
    property graph; the other counts mean the same in every backend."""

    backend: str
    location: str
    statements: int
    articles: int
    nodes_by_type: Mapping[str, int] = field(default_factory=dict)
    facts_by_kind: Mapping[str, int] = field(default_factory=dict)

    @property
    def unit(self) -> str:
        """What `statements` counts in this backend, said wherever the number is shown: the
        two backends count different things, and the bare word misled readers."""
        return _UNITS.get(self.backend, "statements")

    def to_dict(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "location": self.location,
            "statements": self.statements,
            "unit": self.unit,
            "articles": self.articles,
            "nodes_by_type": dict(self.nodes_by_type),
            "facts_by_kind": dict(self.facts_by_kind),
        }


@runtime_checkable
class GraphStore(Protocol):
    """What the pipeline, the query commands and the exporters need from a backend."""

    name: str
    supports_sparql: bool
    supports_cypher: bool
    supports_rdf: bool  # can serialise itself as RDF (export, validate)

    @property
    def location(self) -> str: ...

    def write(self, graph: ResolvedGraph) -> WriteReport:
        """Store the articles of `graph`, replacing what was stored for them, in one
        transaction: after an interruption the store holds each article whole or not at all."""
        ...

    def write_many(self, graphs: Iterable[ResolvedGraph]) -> WriteReport: ...

    def rewrite(self, graph: ResolvedGraph) -> WriteReport:
        """`write`, replacing the stored articles of `graph` even when their text is unchanged:
        their resolution changed (a later run placed one of their persons elsewhere)."""
        ...

    def stored_digests(self, article_ids: Collection[str]) -> dict[str, str]:
        """The text digest of each of these articles that is stored ("" when stored without
        one): an article whose digest matches is skipped before it is extracted."""
        ...

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        """The resolution state records stored under `keys` (see `electgraph.resolve._state`):
        what resolving a later run needs to know about the articles stored before."""
        ...

    def write_state(self, items: Mapping[str, str | None]) -> None:
        """Set the resolution state records (None deletes one), in one transaction."""
        ...

    def count(self) -> int: ...

    def stats(self) -> StoreStats: ...

    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult: ...

    def dump_rdf(self, out: Path | BinaryIO, format: str) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None: ...


class BaseStore:
    """Defaults for backends: subclass it, set the flags and override what you support."""

    name = "base"
    supports_sparql = False
    supports_cypher = False
    supports_rdf = False

    @property
    def location(self) -> str:
        return ""

    def write(self, graph: ResolvedGraph) -> WriteReport:
        raise NotSupported(self.name, "write")

    def write_many(self, graphs: Iterable[ResolvedGraph]) -> WriteReport:
        report = WriteReport()
        for g in graphs:
            report = report + self.write(g)
        return report

    def rewrite(self, graph: ResolvedGraph) -> WriteReport:
        raise NotSupported(self.name, "rewrite")

    def stored_digests(self, article_ids: Collection[str]) -> dict[str, str]:
        return {}  # nothing known to be stored: every article is extracted

    def read_state(self, keys: Collection[str]) -> dict[str, str]:
        # The safe default keeps the state in memory: incremental within one open store.
        state: dict[str, str] = self.__dict__.setdefault("_memory_state", {})
        return {k: state[k] for k in keys if k in state}

    def write_state(self, items: Mapping[str, str | None]) -> None:
        state: dict[str, str] = self.__dict__.setdefault("_memory_state", {})
        for k, v in items.items():
            if v is None:
                state.pop(k, None)
            else:
                state[k] = v

    def count(self) -> int:
        raise NotSupported(self.name, "count")

    def stats(self) -> StoreStats:
        return StoreStats(self.name, self.location, self.count(), 0)

    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult:
        raise NotSupported(self.name, "query")

    def dump_rdf(self, out: Path | BinaryIO, format: str) -> None:
        raise NotSupported(self.name, "RDF export", "use a backend with supports_rdf (oxigraph)")

    def close(self) -> None:
        return None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def require(store: GraphStore, capability: str, operation: str) -> None:
    """Raise `NotSupported` naming `operation` unless `store` has the capability flag."""
    if not getattr(store, f"supports_{capability}", False):
        raise NotSupported(store.name, operation)
