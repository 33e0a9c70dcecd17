"""Python values to pyoxigraph terms, for query parameters (SEP-0007 substitutions)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pyoxigraph as ox

from electgraph.errors import QueryError
from electgraph.stores.base import IRI, Value
from electgraph.vocab import XSD

__all__ = ["substitutions"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def substitutions(params: Mapping[str, Value] | None) -> dict[ox.Variable, Term]:
    """`params` as pyoxigraph substitutions; a bad name or IRI is a `QueryError`."""
    subs: dict[ox.Variable, Term] = {}
    for name, value in (params or {}).items():
        if value is None:
            continue
        try:
            subs[ox.Variable(name)] = _to_term(value)
        except (ValueError, SyntaxError) as e:
            raise QueryError(f"parameter {name}={value!r} is not valid ({e}); an IRI is "
                             "written NAME=<https://...> without spaces or <>\"{}|^`") from e
    return subs


def _to_term(v: Value) -> ox.NamedNode | ox.Literal:
    if isinstance(v, IRI):
        return ox.NamedNode(str(v))
    if isinstance(v, bool):
        return ox.Literal("true" if v else "false", datatype=ox.NamedNode(XSD._NS + "boolean"))
    if isinstance(v, int):
        return ox.Literal(str(v), datatype=ox.NamedNode(XSD.integer))
    if isinstance(v, float):
        return ox.Literal(repr(v), datatype=ox.NamedNode(XSD._NS + "double"))
    if isinstance(v, date):
        return ox.Literal(v.isoformat(), datatype=ox.NamedNode(XSD.date))
    return ox.Literal(str(v))
