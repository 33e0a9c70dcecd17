"""Queries that cannot reach out (issue 15): SERVICE and LOAD refused unless federation is
allowed, in every disguise; bad parameters are errors, not tracebacks."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app
from electgraph.errors import QueryError
from electgraph.stores._sparql import reaches_out
from electgraph.stores.base import IRI
from electgraph.stores.oxigraph import OxigraphStore

REACHING = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/leak?data=x> { ?s ?p ?o } }",
    "select * where { service silent <http://x/> { ?s ?p ?o } }",
    "PREFIX x: <http://x/>\nSELECT * WHERE {\n  SeRvIcE x:y { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . # comment\n SERVICE <http://x/> { ?a ?b ?c } }",
    "SELECT * WHERE { BIND (1 AS ?x) SERVICE ?endpoint { ?s ?p ?o } }",
    "LOAD <http://127.0.0.1:1/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://x/g>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
]
HARMLESS = [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }',
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE <http://x/>",
    "SELECT ?service WHERE { ?s ?p ?service }",
    "SELECT * WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("text", REACHING)
def test_reaching_out_is_seen_in_every_disguise(text: str) -> None:
    assert reaches_out(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_queries_are_not_taken_for_federation(text: str) -> None:
    assert not reaches_out(text)


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP server that records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()


def test_service_sends_no_request_unless_allowed(listener: tuple[int, list[str]]) -> None:
    port, hits = listener
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/leak?data=x> {{ ?s ?p ?o }} }}"
    with OxigraphStore(None) as store:
        for q in (text, text.replace("SERVICE", "service"), f"LOAD <http://127.0.0.1:{port}/x>"):
            with pytest.raises(QueryError, match="--allow-federation"):
                store.query(q, write=True)
        assert hits == []
        store.allow_federation = True
        with pytest.raises(QueryError, match="SERVICE request of the query failed"):
            store.query(text)
        assert hits  # allowed: the request was made, and its failure is one clear error


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_refuses_service_and_allows_it_explicitly(tmp_path: Path) -> None:
    store = tmp_path / "s"
    OxigraphStore(store).close()
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{free_port()}/> {{ ?s ?p ?o }} }}"
    refused = CliRunner().invoke(app, ["query", "sparql", text, "--store", str(store)])
    assert refused.exit_code == 1 and "--allow-federation" in refused.stderr
    failing = CliRunner().invoke(app, ["query", "sparql", text, "--store", str(store),
                                       "--allow-federation"])
    assert failing.exit_code == 1
    assert failing.stderr.startswith("error: a SERVICE request of the query failed")
    assert "Traceback" not in failing.output


@pytest.mark.parametrize("value", ["<http://x y/>", "<http://x>y>", "<>", "<http://x/\"q>"])
def test_bad_parameter_values_are_errors(tmp_path: Path, value: str) -> None:
    with OxigraphStore(None) as store, pytest.raises(QueryError, match="is not valid"):
        store.query("SELECT ?p WHERE { ?s ?p ?o }", {"p": IRI(value[1:-1])})
    store_dir = tmp_path / "s"
    OxigraphStore(store_dir).close()
    result = CliRunner().invoke(app, ["query", "sparql", "SELECT ?p WHERE { ?s ?p ?o }",
                                      "--store", str(store_dir), "-p", f"p={value}"])
    assert result.exit_code == 1 and result.stderr.startswith("error: parameter p=")
    assert len(result.stderr.splitlines()) == 1


def test_bad_parameter_names_are_errors() -> None:
    with OxigraphStore(None) as store, pytest.raises(QueryError):
        store.query("SELECT * WHERE { ?s ?p ?o }", {"bad name": "x"})
