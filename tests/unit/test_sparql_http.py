"""The SPARQL server backend's text handling, without a server: parameters bound as a VALUES
block (escaped, at the outermost WHERE), PREFIX lines for any server, JSON terms read back.
Each rewritten text is run on pyoxigraph to show it parses and binds what it should."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from electgraph.errors import QueryError, StoreError
from electgraph.stores import open as open_store
from electgraph.stores._sparql import with_prefixes
from electgraph.stores._sparql_http import bind, term_of
from electgraph.stores.base import IRI

_S, _P = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")


def run(text: str) -> list[tuple[str, ...]]:
    store = ox.Store()
    store.extend([ox.Quad(_S, _P, ox.Literal('a "quoted" } value')),
                  ox.Quad(ox.NamedNode("urn:t"), _P, ox.Literal("other"))])
    result = store.query(with_prefixes(text))
    assert isinstance(result, ox.QuerySolutions)
    return [tuple(str(t) for t in row) for row in result]


def test_a_bound_value_is_escaped_and_opens_the_outermost_where() -> None:
    text = 'SELECT ?s WHERE { ?s ?p ?o } # WHERE { in a comment'
    bound = bind(text, {"o": 'a "quoted" } value'})
    assert bound.index("VALUES") < bound.index("?s ?p ?o")
    assert run(bound) == [("<urn:s>",)]


def test_an_injection_attempt_stays_a_literal() -> None:
    bound = bind("SELECT ?s WHERE { ?s ?p ?o }", {"o": '" } } ; DROP ALL ; SELECT * { "'})
    assert run(bound) == []


def test_iris_numbers_and_several_parameters() -> None:
    bound = bind("SELECT * WHERE { ?s ?p ?o }", {"s": IRI("urn:s"), "n": 7, "flag": True})
    assert "<urn:s>" in bound and '"7"^^' in bound
    assert len(run(bound)) == 1
    with pytest.raises(QueryError):
        bind("SELECT * WHERE { ?s ?p ?o }", {"s": IRI("urn:bad iri>")})


def test_a_where_inside_a_string_is_not_taken_for_the_clause() -> None:
    text = 'SELECT ?s { ?s ?p ?o FILTER (?o != "WHERE { x") }'
    bound = bind(text, {"s": IRI("urn:t")})
    assert bound.startswith("SELECT ?s { VALUES")
    assert run(bound) == [("<urn:t>",)]


def test_without_parameters_the_text_is_unchanged() -> None:
    assert bind("ASK {}", None) == "ASK {}"


def test_prefixes_are_declared_once() -> None:
    text = "PREFIX eg: <urn:mine#>\nSELECT ?x WHERE { ?x eg:p ?y }"
    out = with_prefixes(text)
    assert out.count("PREFIX eg:") == 1 and "PREFIX skos:" in out


def test_json_terms() -> None:
    assert term_of({"type": "uri", "value": "urn:x"}) == ox.NamedNode("urn:x")
    assert term_of({"type": "literal", "value": "x", "xml:lang": "id"}) == ox.Literal(
        "x", language="id")
    typed = term_of({"type": "literal", "value": "7",
                     "datatype": "http://www.w3.org/2001/XMLSchema#integer"})
    assert isinstance(typed, ox.Literal) and typed.datatype.value.endswith("#integer")


def test_the_backend_wants_a_url() -> None:
    with pytest.raises(StoreError, match="http://HOST:PORT/DATASET"):
        open_store("sparql", "electgraph-data")
