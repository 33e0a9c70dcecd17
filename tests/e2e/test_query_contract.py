"""One contract for the exploration API, run on every backend: the same questions, the same
answers, from the embedded RDF store, from Neo4j and from a SPARQL 1.1 server (Fuseki).

The graph is the sample corpus through the real extractor and resolver, plus two made-up
articles with namesakes ("Ahmad Fauzi" of KPU Banyuasin and of KPU Garut). Every test that takes
`store` runs once per backend with the same expectations; `test_same_answers_*` then compare the
backends' JSON directly. Neo4j comes from NEO4J_URI and Fuseki from FUSEKI_URL (scripts/test.sh
starts both test servers); in CI a missing server fails instead of skipping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from electgraph import query
from electgraph.errors import AmbiguousName, NotFound
from electgraph.extract import extract
from electgraph.graph import ResolvedGraph
from electgraph.ingest import read
from electgraph.query._cypher import RELATION_KINDS as CYPHER_KINDS
from electgraph.query._sparql import RELATION_KINDS as SPARQL_KINDS
from electgraph.resolve import resolve
from electgraph.stores.base import GraphStore
from graph_fixtures import synthetic_extraction
from servers import fuseki_url, neo4j_uri

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
BACKENDS = ["oxigraph", pytest.param("neo4j", marks=pytest.mark.neo4j),
            pytest.param("sparql", marks=pytest.mark.fuseki)]
SERVERS = BACKENDS[1:]
LEGAR = "Legar Saputra"
KPU_SUMSEL = "KPU Provinsi Sumatera Selatan"
SEED = "article-14dac3eddd021ae0"  # 000_banyuasin_rakor_spip.txt
SURAT_SUARA = "article-c71d537d8457fe3c"  # 001_banyuasin_surat_suara.txt

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def namesakes() -> list[Any]:
    return [
        synthetic_extraction("Rapat Pleno KPU Banyuasin", "KPU Banyuasin menggelar pleno.",
                             [("Ahmad Fauzi", "Ketua", "org:kpu:kabupaten:16.07")]),
        synthetic_extraction("Rapat Pleno KPU Garut", "KPU Garut menggelar pleno.",
                             [("Ahmad Fauzi", "Anggota", "org:kpu:kabupaten:32.05")]),
    ]


@pytest.fixture(scope="module")
def graph() -> ResolvedGraph:
    extractions = [extract(a) for a in read([ARTICLES]).articles]
    return resolve([*extractions, *namesakes()])


def _open(backend: str, graph: ResolvedGraph) -> GraphStore:
    from electgraph import stores

    if backend == "oxigraph":
        s = stores.open("oxigraph", None)
    elif backend == "sparql":
        s = stores.open("sparql", fuseki_url())
        s.query("DROP ALL", write=True)
    else:
        s = stores.open("neo4j", neo4j_uri())
        s.query("MATCH (n) DETACH DELETE n", write=True)
    s.write(graph)
    return s


@pytest.fixture(scope="module")
def oxigraph(graph: ResolvedGraph) -> Iterator[GraphStore]:
    s = _open("oxigraph", graph)
    yield s
    s.close()


@pytest.fixture(scope="module")
def neo4j(graph: ResolvedGraph) -> Iterator[GraphStore]:
    s = _open("neo4j", graph)
    yield s
    s.close()


@pytest.fixture(scope="module")
def sparql(graph: ResolvedGraph) -> Iterator[GraphStore]:
    s = _open("sparql", graph)
    yield s
    s.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> GraphStore:
    s: GraphStore = request.getfixturevalue(request.param)
    return s


def as_json(value: Any) -> str:
    return json.dumps(query.model.to_jsonable(value), sort_keys=True, ensure_ascii=False)


# -- the contract, asked of each backend ------------------------------------------------------
def test_explore_shows_role_meeting_and_host(store: GraphStore) -> None:
    card = query.explore(store, LEGAR)
    assert card.entity.kind == "Person" and card.entity.label == LEGAR
    assert [(r.role, r.object.label) for r in card.roles] == [
        ("Kordiv Hukum dan Pengawasan", "KPU Kabupaten Banyuasin")
    ]
    assert LEGAR in card.roles[0].evidence[0].text
    assert card.roles[0].evidence[0].article.id == SEED
    [meeting] = card.section("attended")
    assert meeting.object.label.startswith("Rapat Koordinasi Pengawasan")
    assert [(h.subject.label, h.object.id) for h in card.hosts] == [(KPU_SUMSEL, meeting.object.id)]
    assert card.quotes and "SPIP" in card.quotes[0].text
    assert [a.id for a in card.articles] == [SEED]
    assert {n.entity.label for n in card.neighbours} >= {"KPU Kabupaten Banyuasin", KPU_SUMSEL}


def test_path_from_official_to_provincial_body(store: GraphStore) -> None:
    [path] = query.paths(store, LEGAR, KPU_SUMSEL)
    assert [n.label for n in path.nodes][::2] == [LEGAR, KPU_SUMSEL]
    assert [e.kind for e in path.edges] == ["attends", "hosts"]
    assert all(e.evidence for e in path.edges)  # every step says where it is stated
    longer = query.paths(store, LEGAR, "Hendri Wijaya", 4)
    assert longer and all(p.length == longer[0].length for p in longer)
    assert query.paths(store, LEGAR, "Yuda Nurjaman", 2) == []


def test_search_ignores_case_titles_and_small_typos(store: GraphStore) -> None:
    assert query.search(store, "h. syahrial effendi, s.h., m.h.")[0].entity.label == (
        "Syahrial Effendi")
    top = query.search(store, "LEGAR SAPUTA")[0]
    assert top.entity.label == LEGAR and 85 <= top.score < 100
    assert query.find(store, "KPU Sumsel").label == KPU_SUMSEL  # an alias
    assert query.find(store, KPU_SUMSEL).kind == "Organization"  # a label beats an alias


def test_a_shared_name_is_never_guessed(store: GraphStore) -> None:
    with pytest.raises(query.AmbiguousEntity) as info:
        query.explore(store, "Ahmad Fauzi")
    assert isinstance(info.value, AmbiguousName)  # the error the rest of electgraph knows
    matches = info.value.matches
    assert {m.entity.region for m in matches} == {"Provinsi Sumatera Selatan",
                                                 "Provinsi Jawa Barat"}
    assert all(m.entity.context for m in matches)  # their roles tell them apart
    chosen = query.explore(store, matches[0].entity.id)  # the id settles it
    assert chosen.entity == matches[0].entity
    with pytest.raises(NotFound):
        query.find(store, "Zzyzx Qwertyuiop")


def test_roles_holders_and_dates(store: GraphStore) -> None:
    [ketua] = query.roles_of(store, "Syahrial Effendi")
    assert (ketua.role, ketua.object.label) == ("Ketua", KPU_SUMSEL)
    assert (str(ketua.first_seen), str(ketua.last_seen)) == ("2024-11-09", "2024-11-12")
    assert len(ketua.articles) == 2
    assert [r.subject.label for r in query.holders(store, "ketua", "KPU Sumsel")] == [
        "Syahrial Effendi"]
    kordiv = query.holders(store, role="Kordiv Hukum dan Pengawasan")
    assert [r.subject.label for r in kordiv] == [LEGAR]


def test_events_hosts_and_attendees(store: GraphStore) -> None:
    hosted = query.events_hosted_by(store, KPU_SUMSEL)
    assert len(hosted) >= 2
    spip = next(r.object for r in hosted if r.object.label.startswith("Rapat Koordinasi Peng"))
    assert {r.subject.label for r in query.attendees(store, spip)} >= {LEGAR, "Agus Fauzie"}


def test_a_citation_points_to_where_its_event_is_named_in_full(store: GraphStore) -> None:
    """Anchors (`Evidence.anchors`) come back from every backend: the focus of "KPU Sumsel
    hosts the rakor" says "Rapat tersebut"; the article names the rakor in full earlier on."""
    hosted = query.events_hosted_by(store, KPU_SUMSEL)
    [citation] = next(r.evidence for r in hosted
                      if r.object.label.startswith("Rapat Koordinasi Peng"))
    text = next(a.text for a in read([ARTICLES]).articles if a.id == SEED)
    assert [(text[a.start : a.end], a.text) for a in citation.anchors] == [
        ("Rapat Koordinasi Pengawasan", "Rapat Koordinasi Pengawasan")]
    assert citation.anchors[0].end <= (citation.focus_start or 0)


def test_related_articles_both_ways(store: GraphStore) -> None:
    links = {(link.direction, link.article.id): link for link in
             query.related_articles(store, SEED)}
    assert links[("cites", SURAT_SUARA)].article.ingested
    assert ("cited_by", SURAT_SUARA) in links
    assert any(not link.article.ingested for link in links.values())  # titles from elsewhere


def test_neighbourhood_and_timeline(store: GraphStore) -> None:
    near = query.neighbourhood(store, LEGAR, 2)
    distance = {n.entity.label: n.distance for n in near.nodes}
    assert distance[LEGAR] == 0 and distance["KPU Kabupaten Banyuasin"] == 1
    assert distance[KPU_SUMSEL] == 2
    entries = query.timeline(store, "Syahrial Effendi")
    dates = [e.date for e in entries if e.date]
    assert dates == sorted(dates) and len(entries) >= 4
    assert {e.kind for e in entries} >= {"holds_role", "quotes"}
    assert all(e.citation.text for e in entries)


def test_stats_count_what_was_written(store: GraphStore, graph: ResolvedGraph) -> None:
    s = query.stats(store)
    assert s.articles == len(graph.articles)
    assert dict(s.nodes_by_type) == graph.nodes_by_type()


# -- the backends agree ------------------------------------------------------------------------
@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest) -> GraphStore:
    """A server backend, loaded with the same graph as the embedded `oxigraph`."""
    s: GraphStore = request.getfixturevalue(request.param)
    return s


def test_same_answers_from_every_backend(oxigraph: GraphStore, server: GraphStore) -> None:
    questions: list[Callable[[GraphStore], object]] = [
        lambda s: query.explore(s, LEGAR),
        lambda s: query.paths(s, LEGAR, KPU_SUMSEL),
        lambda s: query.paths(s, LEGAR, "Hendri Wijaya", 6),
        lambda s: query.search(s, "saputra"),
        lambda s: query.holders(s),
        lambda s: query.events_hosted_by(s, KPU_SUMSEL),
        lambda s: query.related_articles(s, SEED),
        lambda s: query.neighbourhood(s, "KPU Kabupaten Banyuasin", 2),
        lambda s: query.timeline(s, "Syahrial Effendi"),
        lambda s: query.snapshot(s),
    ]
    for i, ask in enumerate(questions):
        assert as_json(ask(oxigraph)) == as_json(ask(server)), f"question {i}"


def _cards(store: GraphStore, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {i: json.loads(as_json(query.explore(store, i))) for i in ids}


def test_same_cards_for_every_kind_of_entity(oxigraph: GraphStore, server: GraphStore) -> None:
    nodes = query.snapshot(oxigraph).nodes
    ids = [n.id for n in nodes][::3]
    assert {n.kind for n in nodes} == {"Person", "Organization", "Event", "Election", "Place"}
    ox, neo = _cards(oxigraph, ids), _cards(server, ids)
    for i in ids:
        ox[i].pop("articles"), neo[i].pop("articles")  # see the test below
        assert ox[i] == neo[i], i


def test_same_mentions_on_every_backend(oxigraph: GraphStore, server: GraphStore) -> None:
    ids = [n.id for n in query.snapshot(oxigraph).nodes]
    for i in ids:
        assert query.mentions(oxigraph, i) == query.mentions(server, i), i


def test_both_dialects_know_the_same_fact_kinds() -> None:
    assert SPARQL_KINDS == CYPHER_KINDS


def _sparql_columns(text: str) -> set[str]:
    head = text[: text.index(" WHERE")]
    return set(re.findall(r"\?(\w+)\)?(?=\s|$)", re.sub(r"\(.*? AS (\?\w+)\)", r"\1", head)))


def _cypher_columns(text: str) -> set[str]:
    returned = text[text.rindex("RETURN ") + 7 :].removeprefix("DISTINCT ")
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(returned):  # split at the commas outside parentheses
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(returned[start:i])
            start = i + 1
    parts.append(returned[start:])
    return {part.split(" AS ")[-1].strip() for part in parts}


@pytest.mark.parametrize("name, args, params", [
    ("relations_query", ((), ), set()),
    ("relations_query", ((), "subject"), {"subject"}),
    ("relations_query", ((), "node"), {"node"}),
    ("sightings_query", ((), "object"), {"object"}),
    ("seen_query", ((), "node"), {"node"}),
    ("event_hosts_query", (), {"node"}),
    ("quotes_query", ("subject",), set()),
    ("names_query", (2,), {"t0", "t1"}),
    ("names_query", (1, False), {"t0"}),
    ("entity_query", (), set()),
    ("mentions_query", (), set()),
    ("articles_query", (), set()),
    ("article_links_query", ("source",), set()),
])
def test_both_dialects_return_the_same_columns(name: str, args: tuple[Any, ...],
                                               params: set[str]) -> None:
    from electgraph.query import _cypher, _sparql

    if args and args[0] == ():  # every relation kind
        args = (SPARQL_KINDS, *args[1:])
    sparql, cypher = getattr(_sparql, name)(*args), getattr(_cypher, name)(*args)
    # SPARQL projects its parameters too (SEP-0007 substitution needs them in the SELECT).
    assert _sparql_columns(sparql) - params == _cypher_columns(cypher) - params
    for p in params:  # a value only ever travels as a parameter
        assert f"?{p}" in sparql and f"${p}" in cypher


# -- the command line ----------------------------------------------------------------------------
runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(graph: ResolvedGraph, tmp_path_factory: pytest.TempPathFactory) -> str:
    from electgraph import stores

    path = str(tmp_path_factory.mktemp("explore") / "graph")
    with stores.open("oxigraph", path) as s:
        s.write(graph)
    return path


def cli(backend: str, store_dir: str, *args: str) -> tuple[int, str, str]:
    from electgraph.cli import app

    where = {"oxigraph": lambda: ["--store", store_dir], "neo4j": lambda: ["--neo4j", neo4j_uri()],
             "sparql": lambda: ["--store", fuseki_url()]}[backend]()
    result = runner.invoke(app, [*args, *where])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("backend", BACKENDS)
def test_cli_json_answers(backend: str, store_dir: str, request: pytest.FixtureRequest) -> None:
    if backend != "oxigraph":
        request.getfixturevalue(backend)  # loaded with the same graph
    code, out, err = cli(backend, store_dir, "explore", LEGAR, "--json")
    assert code == 0, err
    card = json.loads(out)
    assert card["sections"]["roles"][0]["role"] == "Kordiv Hukum dan Pengawasan"
    assert card["hosts"][0]["subject"]["label"] == KPU_SUMSEL
    code, out, err = cli(backend, store_dir, "path", LEGAR, KPU_SUMSEL, "--json")
    assert code == 0, err
    assert [n["label"] for n in json.loads(out)[0]["nodes"]][-1] == KPU_SUMSEL
    code, out, err = cli(backend, store_dir, "roles", "--org", "KPU Sumsel", "--json")
    assert code == 0 and "Syahrial Effendi" in out, err
    code, out, err = cli(backend, store_dir, "explore", "Ahmad Fauzi", "--json")
    assert code == 1 and len(json.loads(out)["candidates"]) == 2


@pytest.mark.parametrize("backend", SERVERS)
def test_cli_json_is_the_same_from_every_backend(backend: str, store_dir: str,
                                                 request: pytest.FixtureRequest) -> None:
    request.getfixturevalue(backend)  # loaded with the same graph
    for args in (("explore", LEGAR, "--json"), ("path", LEGAR, KPU_SUMSEL, "--json"),
                 ("roles", "--json"), ("stats", "--json")):
        ours, theirs = cli("oxigraph", store_dir, *args), cli(backend, store_dir, *args)
        assert ours[0] == theirs[0] == 0, theirs[2]
        if args[0] == "stats":  # the location, backend and unit differ by design
            ours_, theirs_ = json.loads(ours[1]), json.loads(theirs[1])
            for key in ("location", "backend", "unit", "statements"):
                ours_.pop(key), theirs_.pop(key)
            assert ours_ == theirs_
        else:
            assert ours[1] == theirs[1], args


def test_cli_tables(store_dir: str) -> None:
    code, out, err = cli("oxigraph", store_dir, "explore", LEGAR)
    assert code == 0, err
    for text in ("Kordiv Hukum dan Pengawasan", "KPU Kabupaten Banyuasin", KPU_SUMSEL,
                 "Rapat Koordinasi Pengawasan"):
        assert text in out
    code, out, err = cli("oxigraph", store_dir, "path", LEGAR, KPU_SUMSEL)
    assert code == 0 and "attends" in out and "hosts" in out, err
    code, out, _ = cli("oxigraph", store_dir, "stats")
    assert code == 0 and "Person" in out
    code, _, err = cli("oxigraph", store_dir, "explore", "Ahmad Fauzi")
    assert code == 1 and "Ahmad Fauzi" in err
    code, _, err = cli("oxigraph", str(Path(store_dir) / "missing"), "explore", LEGAR)
    assert code != 0 and "no store" in err
