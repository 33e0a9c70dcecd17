"""The SPARQL text the store builds, tested as strings and against pyoxigraph's parser."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from electgraph.stores._sparql import GC_UPDATES, is_update, replace_update
from electgraph.vocab import namespaces


@pytest.mark.parametrize("text", [
    "INSERT DATA { <a:b> <a:c> 1 }",
    "  delete where { ?s ?p ?o }",
    "PREFIX ex: <http://example.org/#x>\nBASE <http://example.org/>\nDROP ALL",
    "# a comment\nCLEAR DEFAULT",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_are_recognised(text: str) -> None:
    assert is_update(text)


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o }",
    'SELECT ?s WHERE { ?s ?p "DELETE everything" }',
    "PREFIX del: <http://example.org/INSERT>\nASK { ?s del:x ?o }",
    "# INSERT DATA in a comment\nSELECT * { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    'SELECT ?s WHERE { ?s ?p """multi\nDROP ALL""" }',
])
def test_queries_are_not_updates(text: str) -> None:
    assert not is_update(text)


def test_replace_update_escapes_literals_and_is_one_valid_request() -> None:
    g = ox.NamedNode("https://example.org/graph/a")
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    nasty = ox.Literal('he said "}} ; DROP ALL ; INSERT DATA {"\nand left\\')
    quads = [ox.Quad(s, p, nasty, g), ox.Quad(s, p, ox.Literal("x"), ox.DefaultGraph())]
    text = replace_update([str(g)], [], quads, gc=True)
    assert text.startswith("PREFIX ")  # it states its prefixes: any server parses it
    assert text.split("\n", len(namespaces()))[-1].startswith(
        "DROP SILENT GRAPH <https://example.org/graph/a> ;")
    store = ox.Store()
    store.add(ox.Quad(s, p, ox.Literal("old"), g))
    store.update(text)
    assert {q.object.value for q in store} == {nasty.value, "x"}  # type: ignore[union-attr]


def test_replace_update_without_changes_is_empty() -> None:
    assert replace_update([], [], [], gc=False) == ""


def test_gc_updates_parse() -> None:
    store = ox.Store()
    for update in GC_UPDATES:
        store.update(update, prefixes=namespaces())
    assert len(store) == 0
