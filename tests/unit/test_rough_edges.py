"""The "Rough edges" of issue 13: each case is one line that says what to do, never a
traceback or parser internals."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app
from electgraph.stores._sparql import explain_syntax_error

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("rough") / "graph")
    assert run("ingest", str(ARTICLES), "--store", path, "--json")[0] == 0
    return path


@pytest.mark.parametrize("command", [["roles"], ["query", "cypher", "RETURN 1"],
                                     ["neo4j", "load", "--store", "{store}"]])
def test_an_http_neo4j_address_says_to_use_bolt(command: list[str], store: str) -> None:
    args = [a.format(store=store) for a in command]
    code, _, err = run(*args, "--neo4j", "http://127.0.0.1:7474")
    assert code == 1
    assert err.startswith("error: --neo4j 'http://127.0.0.1:7474' is an HTTP address")
    assert "use bolt://127.0.0.1:7687" in err and "Traceback" not in err


def test_a_neo4j_address_without_scheme_says_to_add_it() -> None:
    code, _, err = run("roles", "--neo4j", "127.0.0.1:7687")
    assert code == 1 and "has no scheme; write bolt://127.0.0.1:7687" in err
    assert "is it running" not in err


def test_query_cypher_help_names_only_its_own_options() -> None:
    code, out, _ = run("query", "cypher", "--help")
    assert code == 0 and "--backend" not in out and "$NEO4J_URI" in out


@pytest.mark.parametrize(("query", "says"), [
    ("SELECT ?x WHERE { ?x foo:bar ?y }", "the prefix foo: is not declared; add PREFIX foo:"),
    ("SELECT ?x WHERE { ?x ", "ends too early"),
    ("SELEC ?x {}", "a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE"),
])
def test_sparql_errors_say_where_and_what_to_do(store: str, query: str, says: str) -> None:
    code, _, err = run("query", "sparql", query, "--store", store)
    assert code == 1 and err.startswith("error: invalid SPARQL query at line 1, column")
    assert says in err
    assert "\\u{" not in err and len(err.splitlines()) == 1


def test_explain_keeps_a_message_it_cannot_parse() -> None:
    assert explain_syntax_error("x", "odd failure") == "invalid SPARQL query: odd failure"


def test_a_text_parameter_that_only_differs_in_case_gets_a_hint(store: str) -> None:
    code, _, err = run("query", "sparql",
                       "SELECT ?name ?m WHERE { ?m org:member/skos:prefLabel ?name }",
                       "--store", store, "-p", "name=hendri wijaya")
    assert code == 0
    assert "--param name='hendri wijaya' is compared exactly" in err
    assert "pass --param name='Hendri Wijaya'" in err


def test_export_out_dash_writes_to_stdout(store: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("export", "--store", store, "--format", "turtle", "--out", "-")
    assert code == 0 and out.startswith("@prefix") and not (tmp_path / "-").exists()
    code, _, err = run("export", "--store", store, "--out", "-")
    assert code == 1 and "give --format" in err
    code, _, err = run("export", "--store", store, "--format", "csv", "--out", "-")
    assert code == 1 and "give a directory with --out DIR" in err


def test_format_names_are_case_insensitive(store: str, tmp_path: Path) -> None:
    code, _, err = run("export", "--store", store, "--format", "HTML",
                       "--out", str(tmp_path / "g.html"))
    assert code == 0 and "wrote html" in err
    code, out, _ = run("stats", "--store", store, "--format", "JSON")
    assert code == 0 and out.lstrip().startswith("{")


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == "electgraph 0.1.0"


def test_resolve_report_names_regions_not_codes() -> None:
    code, out, _ = run("resolve", str(ARTICLES), "--report", "--format", "jsonl")
    reasons = [line for line in out.splitlines() if "all in" in line]
    assert code == 0 and reasons
    assert all("all in Provinsi " in r for r in reasons)


def test_stats_say_what_statements_count(store: str) -> None:
    code, out, _ = run("stats", "--store", store)
    assert code == 0 and "RDF quads" in out
    code, out, _ = run("stats", "--store", store, "--json")
    assert '"unit": "RDF quads (triples in any graph)"' in out


def test_an_ambiguous_body_lists_the_best_ten_and_says_what_to_do(store: str) -> None:
    code, out, err = run("roles", "--org", "KPU", "--store", store)
    assert code == 1
    assert "matches" in err and "bodies (the 10 best below); give a fuller name" in err
    assert out.count("org-kpu") == 10
