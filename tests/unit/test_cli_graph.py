"""The graph commands end to end on the sample corpus, with the real extractor and an on-disk
store: the acceptance scenario of the RDF issue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from electgraph.cli import app

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
QUERIES = ROOT / "ontology" / "queries"
runner = CliRunner()

HOLDER = """SELECT DISTINCT ?name ?role ?body WHERE {
  ?m org:member/skos:prefLabel ?name ; org:role/skos:prefLabel ?role ;
     org:organization/skos:prefLabel ?body }"""

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "graph")
    code, out, err = invoke("ingest", str(ARTICLES), "--store", path, "--format", "jsonl")
    assert code == 0, err
    summary = jsonl(out)[0]
    assert summary["added"] == summary["articles"] > 20
    assert summary["failures"] == []
    return path


def test_reingest_leaves_the_triple_count_unchanged(store: str) -> None:
    code, out, _ = invoke("ingest", str(ARTICLES), "--store", store, "-f", "jsonl")
    summary = jsonl(out)[0]
    assert code == 0
    assert summary["unchanged"] == summary["articles"] and summary["added"] == 0
    assert summary["statements_before"] == summary["statements_after"]


def test_ingest_prints_a_summary_table(tmp_path: Path) -> None:
    code, out, _ = invoke("ingest", str(ARTICLES / "000_banyuasin_rakor_spip.txt"),
                          "--store", str(tmp_path / "g"))
    assert code == 0
    for word in ("articles read", "entities: Person", "facts: holds_role", "failures"):
        assert word in out


def test_validate_conforms(store: str) -> None:
    code, _, err = invoke("validate", "--store", store)
    assert code == 0, err
    assert "conforms" in err


def test_holder_of_kordiv_hukum_in_kpu_banyuasin_is_legar_saputra(store: str) -> None:
    code, out, err = invoke("query", "sparql", HOLDER, "--store", store, "-f", "jsonl",
                            "--param", "role=Kordiv Hukum dan Pengawasan",
                            "--param", "body=KPU Kabupaten Banyuasin")
    assert code == 0, err
    assert [row["name"] for row in jsonl(out)] == ["Legar Saputra"]


def test_query_from_a_file_as_csv_and_as_a_table(store: str) -> None:
    code, out, err = invoke("query", "sparql", f"@{QUERIES / 'holders.rq'}", "--store", store,
                            "--format", "csv")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "body,role,name,status,first_seen,last_seen"
    assert any("Legar Saputra" in line for line in lines)
    code, out, _ = invoke("query", "sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                          "--store", store)
    assert code == 0 and "1 rows" in out


def test_updates_are_refused_without_write(tmp_path: Path) -> None:
    path = str(tmp_path / "g")
    invoke("ingest", str(ARTICLES / "000_banyuasin_rakor_spip.txt"), "--store", path)
    code, _, err = invoke("query", "sparql", "DELETE WHERE { ?s ?p ?o }", "--store", path)
    assert code == 1 and "--write" in err
    code, out, _ = invoke("query", "sparql", "ASK { ?s ?p ?o }", "--store", path)
    assert out.strip() == "true"
    code, _, err = invoke("query", "sparql", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
                          "--store", path, "--write")
    assert code == 0, err
    code, out, _ = invoke("query", "sparql", "ASK { GRAPH ?g { ?s ?p ?o } }", "--store", path)
    assert out.strip() == "false"


def test_bad_queries_and_missing_stores_are_one_line_errors(store: str, tmp_path: Path) -> None:
    code, _, err = invoke("query", "sparql", "SELECT ?x WHERE {", "--store", store)
    assert code == 1 and err.startswith("error: invalid SPARQL query")
    code, _, err = invoke("query", "sparql", "SELECT * {}", "--store", str(tmp_path / "none"))
    assert code == 1 and "no store at" in err
    code, _, err = invoke("query", "sparql", "SELECT * {}", "--store", store, "-p", "novalue")
    assert code == 1 and "NAME=VALUE" in err


def test_store_comes_from_the_environment(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELECTGRAPH_STORE", store)
    code, out, _ = invoke("query", "sparql", "ASK { ?m a org:Membership }")
    assert code == 0 and out.strip() == "true"


@pytest.mark.parametrize(("fmt", "parser", "dataset"), [
    ("turtle", "turtle", False), ("ntriples", "nt", False), ("nquads", "nquads", True),
    ("trig", "trig", True), ("jsonld", "json-ld", True),
])
def test_export_writes_every_format(store: str, tmp_path: Path, fmt: str, parser: str,
                                    dataset: bool) -> None:
    out = tmp_path / f"graph.{fmt}"
    code, _, err = invoke("export", "--format", fmt, "--out", str(out), "--store", store)
    assert code == 0, err
    g = Dataset() if dataset else Graph()
    g.parse(out, format=parser)
    assert len(g) > 1000


def test_export_guesses_the_format_and_names_the_choices(store: str, tmp_path: Path) -> None:
    code, _, err = invoke("export", "--out", str(tmp_path / "g.ttl"), "--store", store)
    assert code == 0 and "wrote turtle" in err
    code, _, err = invoke("export", "--out", str(tmp_path / "g.xyz"), "--store", store)
    assert code == 1 and ".ttl" in err


def test_resolve_report_lists_merges_with_reasons() -> None:
    code, out, _ = invoke("resolve", str(ARTICLES), "--report", "--format", "jsonl")
    assert code == 0
    rows = jsonl(out)
    rules = {r["rule"] for r in rows}
    assert "org-same-key" in rules
    assert all(r["reason"] for r in rows)
    code, out, _ = invoke("resolve", str(ARTICLES), "--report")
    assert code == 0 and "resolution report" in out
