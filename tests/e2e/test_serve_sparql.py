"""`/sparql` over plain HTTP (httpx): the SPARQL 1.1 Protocol, every result format parsed, an
update refused, a query over the row limit stopped; and `/api` gives the Python API's answers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from serve_fixtures import served_store, server  # noqa: F401

from electgraph import query as q
from electgraph import stores

SELECT = """SELECT ?name ?role WHERE {
  ?m a org:Membership ; org:member/skos:prefLabel ?name ; org:role/skos:prefLabel ?role .
  FILTER (?name = "Legar Saputra") }"""
CONSTRUCT = "CONSTRUCT { ?p skos:prefLabel ?n } WHERE { ?p skos:prefLabel ?n } LIMIT 5"
SR = "{http://www.w3.org/2005/sparql-results#}"


def test_get_and_post_give_the_same_rows(server: str) -> None:  # noqa: F811
    accept = {"Accept": "application/sparql-results+json"}
    got = httpx.get(f"{server}/sparql", params={"query": SELECT}, headers=accept)
    direct = httpx.post(f"{server}/sparql", content=SELECT.encode(),
                        headers={**accept, "Content-Type": "application/sparql-query"})
    form = httpx.post(f"{server}/sparql", data={"query": SELECT}, headers=accept)
    assert got.status_code == direct.status_code == form.status_code == 200
    assert got.json() == direct.json() == form.json()
    rows = got.json()["results"]["bindings"]
    assert {(r["name"]["value"], r["role"]["value"]) for r in rows} == {
        ("Legar Saputra", "Kordiv Hukum dan Pengawasan")}


@pytest.mark.parametrize("media", ["application/sparql-results+json",
                                   "application/sparql-results+xml", "text/csv",
                                   "text/tab-separated-values"])
def test_each_result_format_parses(server: str, media: str) -> None:  # noqa: F811
    r = httpx.get(f"{server}/sparql", params={"query": SELECT}, headers={"Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    if "json" in media:
        rows = [(b["name"]["value"], b["role"]["value"]) for b in r.json()["results"]["bindings"]]
    elif "xml" in media:
        root = ET.fromstring(r.content)
        rows = [tuple(b.find(f"{SR}literal").text for b in res)  # type: ignore[union-attr]
                for res in root.iter(f"{SR}result")]
    elif media == "text/csv":
        rows = [tuple(x) for x in list(csv.reader(io.StringIO(r.text)))[1:]]
    else:
        head, *lines = r.text.strip().split("\n")
        assert head == "?name\t?role"
        rows = [tuple(json.loads(v) for v in ln.split("\t")) for ln in lines]
    assert ("Legar Saputra", "Kordiv Hukum dan Pengawasan") in rows


@pytest.mark.parametrize(("media", "fmt"), [("text/turtle", ox.RdfFormat.TURTLE),
                                            ("application/n-triples", ox.RdfFormat.N_TRIPLES)])
def test_construct_as_rdf(server: str, media: str, fmt: ox.RdfFormat) -> None:  # noqa: F811
    r = httpx.post(f"{server}/sparql", data={"query": CONSTRUCT}, headers={"Accept": media})
    assert r.status_code == 200, r.text
    assert len(list(ox.parse(r.content, fmt))) == 5


def test_ask(server: str) -> None:  # noqa: F811
    r = httpx.get(f"{server}/sparql", params={"query": "ASK { ?s a eg:Fact }"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is True


def test_update_refused(server: str) -> None:  # noqa: F811
    for r in (httpx.post(f"{server}/sparql", content=b"DROP ALL",
                         headers={"Content-Type": "application/sparql-update"}),
              httpx.post(f"{server}/sparql", data={"update": "CLEAR DEFAULT"}),
              httpx.get(f"{server}/sparql", params={"query": "DELETE WHERE { ?s ?p ?o }"})):
        assert r.status_code == 403, r.text
    assert httpx.get(f"{server}/api/stats").json()["statements"] > 0


def test_query_over_the_row_limit_is_stopped(server: str) -> None:  # noqa: F811
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 400 and "row limit" in r.text
    ok = httpx.get(f"{server}/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 50"})
    assert ok.status_code == 200


def test_bad_query_and_format(server: str) -> None:  # noqa: F811
    assert httpx.get(f"{server}/sparql", params={"query": "SELEC"}).status_code == 400
    r = httpx.get(f"{server}/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_api_answers_as_the_python_api(server: str, served_store: Path) -> None:  # noqa: F811
    with stores.open("oxigraph", str(served_store), read_only=True) as s:
        legar = q.find(s, "Legar Saputra")
        body = q.roles_of(s, legar)[0].object
        expected = {
            ("search", (("q", "Legar Saputra"),)):
                [m.to_dict() for m in q.search(s, "Legar Saputra")],
            ("explore", (("q", legar.id),)): q.explore(s, legar.id).to_dict(),
            ("roles", (("entity", "Legar Saputra"),)): [r.to_dict() for r in q.roles_of(s, legar)],
            ("holders", (("org", body.id),)): [r.to_dict() for r in q.holders(s, org=body.id)],
            ("timeline", (("entity", legar.id),)): [t.to_dict() for t in q.timeline(s, legar)],
            ("neighbourhood", (("entity", legar.id), ("depth", "2"))):
                q.neighbourhood(s, legar, 2).to_dict(),
            ("stats", ()): q.stats(s).to_dict(),
            ("conflicts", ()): [c.to_dict() for c in q.conflicts(s)],
        }
    for (name, params), want in expected.items():
        r = httpx.get(f"{server}/api/{name}", params=dict(params), timeout=30)
        assert r.status_code == 200, (name, r.text)
        assert r.json() == json.loads(json.dumps(want, default=str)), name
    spec = httpx.get(f"{server}/api/openapi.json").json()
    assert {"/api/search", "/api/explore", "/api/paths"} <= set(spec["paths"])
    missing = httpx.get(f"{server}/api/roles", params={"entity": "Zzyzx Qwerty"})
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "NotFound"
