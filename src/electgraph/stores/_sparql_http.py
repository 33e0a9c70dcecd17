"""The SPARQL 1.1 Protocol over HTTP (httpx): queries, updates, results as plain values, and
failures as one-line `electgraph.errors` that say what to do.

Values never reach the query text as pasted strings: `bind` writes them as a `VALUES` block of
terms serialised by pyoxigraph (IRIs validated when made, literals escaped), which every SPARQL
1.1 server understands, unlike pyoxigraph's SEP-0007 substitutions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
import pyoxigraph as ox

from electgraph.errors import ConnectionFailed, QueryError, StoreError
from electgraph.stores._oxigraph_terms import value_of
from electgraph.stores._rdf_terms import substitutions
from electgraph.stores._sparql import _STRIPPABLE, with_prefixes
from electgraph.stores.base import QueryResult, Value

__all__ = ["Client", "bind", "term_of"]

_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _masked(text: str) -> str:
    """`text` with strings, IRIs and comments blanked to spaces of the same length, so that a
    keyword or brace inside them is never taken for syntax and positions stay the same."""
    return _STRIPPABLE.sub(lambda m: " " * len(m[0]), text)


def bind(text: str, params: Mapping[str, Value] | None) -> str:
    """`text` with `params` bound by a `VALUES` block opening its outermost WHERE group (read
    first, so a server plans the rest from the bound values, as with a substitution)."""
    terms = substitutions(params)
    if not terms:
        return text
    names = " ".join(str(v) for v in terms)
    row = " ".join(str(t) for t in terms.values())
    masked = _masked(text)
    where = _WHERE.search(masked)
    if where is None:
        form = _FORM.search(masked)
        brace = masked.find("{", form.end()) if form and form[1].upper() in ("SELECT", "ASK") \
            else -1
        if brace < 0:
            raise QueryError("parameters need a query with a WHERE { ... } group to bind them in")
        at = brace + 1
    else:
        at = where.end()
    return f"{text[:at]} VALUES ({names}) {{ ({row}) }} {text[at:]}"


def term_of(binding: Mapping[str, Any]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term of the SPARQL JSON results format as a pyoxigraph term."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if lang := binding.get("xml:lang"):
        return ox.Literal(value, language=lang)
    if datatype := binding.get("datatype"):
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
    return ox.Literal(value)


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "no message")[:300]


class Client:
    """One SPARQL server: its query and update endpoints, one connection pool."""

    def __init__(self, query_url: str, update_url: str, *, timeout: float,
                 auth: tuple[str, str] | None = None) -> None:
        self.query_url, self.update_url = query_url, update_url
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), auth=auth,
                                  headers={"User-Agent": "electgraph"})

    def close(self) -> None:
        self._http.close()

    def bindings(self, text: str) -> tuple[list[str], list[dict[str, Any]]]:
        """The variables and raw JSON bindings of a SELECT (for code that wants terms)."""
        body = self._post(self.query_url, {"query": with_prefixes(text)}, _RESULTS).json()
        return list(body.get("head", {}).get("vars", [])), list(body["results"]["bindings"])

    def query(self, text: str) -> QueryResult:
        accept = f"{_RESULTS}, {_TRIPLES};q=0.9"
        response = self._post(self.query_url, {"query": with_prefixes(text)}, accept)
        ctype = response.headers.get("content-type", "").split(";")[0].strip()
        if ctype == _TRIPLES:
            triples = ox.parse(response.content, ox.RdfFormat.N_TRIPLES)
            return QueryResult(("subject", "predicate", "object"), tuple(
                (value_of(t.subject), value_of(t.predicate), value_of(t.object))
                for t in triples))
        body = response.json()
        if "boolean" in body:
            return QueryResult(boolean=bool(body["boolean"]))
        columns = tuple(body.get("head", {}).get("vars", []))
        rows = tuple(
            tuple(value_of(term_of(b[c])) if c in b else None for c in columns)
            for b in body["results"]["bindings"]
        )
        return QueryResult(columns, rows)

    def update(self, text: str) -> None:
        self._post(self.update_url, {"update": with_prefixes(text)}, "*/*")

    def _post(self, url: str, form: dict[str, str], accept: str) -> httpx.Response:
        what = "update" if "update" in form else "query"
        try:
            response = self._http.post(url, data=form, headers={"Accept": accept})
        except httpx.ConnectError as e:
            raise ConnectionFailed(
                f"cannot reach the SPARQL server at {url} ({e}); start it (`make fuseki-up` "
                "for the test server) or fix the URL given to --store") from e
        except httpx.TimeoutException as e:
            raise StoreError(
                f"the SPARQL server at {url} did not answer the {what} in time ({e!r}); an "
                "update may still have been applied whole: run the ingest again (stored "
                "articles are skipped), or query with a smaller result") from e
        except httpx.HTTPError as e:
            raise StoreError(
                f"the {what} to {url} broke off ({e}); a transactional server (Fuseki, "
                "GraphDB) applies an update whole or not at all: run it again (an ingest skips "
                "the articles already stored)") from e
        status = response.status_code
        if status < 400:
            return response
        message = _first_line(response.text)
        if status in (401, 403):
            raise ConnectionFailed(
                f"the SPARQL server at {url} refused the {what} (HTTP {status}: {message}); "
                "give the user and password in the URL (http://USER:PASS@host/...) or allow "
                "updates on the server (Fuseki: --update)")
        if status == 404:
            raise ConnectionFailed(
                f"no SPARQL {what} endpoint at {url} (HTTP 404); check the dataset name in "
                "--store (Fuseki: http://HOST:3030/DATASET)")
        if status == 400:
            raise QueryError(f"the SPARQL server refused the {what}: {message}")
        raise StoreError(
            f"the SPARQL server at {url} failed on the {what} (HTTP {status}: {message}); "
            "nothing of a failed update is kept; see the server's log and run it again")
