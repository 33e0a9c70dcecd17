"""The example queries in ontology/queries/ run on a store and answer what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from electgraph.resolve import resolve
from electgraph.stores._sparql import is_update
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import corpus

QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    s = OxigraphStore(tmp_path_factory.mktemp("queries") / "store")
    s.write(resolve(corpus()))
    yield s  # type: ignore[misc]
    s.close()


def run(store: OxigraphStore, query: str, **params: str) -> list[dict[str, object]]:
    text = (QUERIES / f"{query}.rq").read_text(encoding="utf-8")
    return [{k: v for k, v in row.items()} for row in store.query(text, params).dicts()]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_example_query_runs_and_is_read_only(path: Path, store: OxigraphStore) -> None:
    text = path.read_text(encoding="utf-8")
    assert not is_update(text)
    assert text.lstrip().startswith("#"), "say what the query asks in a comment"
    store.query(text)


def test_holders_in_kpu_banyuasin(store: OxigraphStore) -> None:
    rows = run(store, "holders")
    assert {(r["role"], r["name"]) for r in rows} == {
        ("Kordiv Hukum dan Pengawasan", "Legar Saputra"),
        ("Sekretaris", "Agus Fauzie"),
        ("Ketua", "Hendri Wijaya"),
    }
    hendri = next(r for r in rows if r["name"] == "Hendri Wijaya")
    assert (str(hendri["first_seen"]), str(hendri["last_seen"])) == ("2024-10-30", "2024-11-12")


def test_hosted_events_and_attendees(store: OxigraphStore) -> None:
    rows = run(store, "hosted_events")
    spip = next(r for r in rows if r["event"] == "Rapat Koordinasi Pengawasan")
    assert spip["host"] == "KPU Provinsi Sumatera Selatan"
    assert set(str(spip["attendees"]).split("; ")) == {"Legar Saputra", "Agus Fauzie"}


def test_related_articles_both_ways(store: OxigraphStore) -> None:
    rows = run(store, "related_articles")
    ingested = {(r["from_title"], r["to_title"]) for r in rows if r["ingested"]}
    assert ("KPU Banyuasin Terima Kedatangan Surat Suara untuk Pilkada 2024",
            "Kordiv Hukum dan Pengawasan KPU Banyuasin Hadiri Rapat Koordinasi Pengawasan "
            "Pilkada 2024") in ingested
    assert any(not r["ingested"] for r in rows)


def test_officials_in_several_articles(store: OxigraphStore) -> None:
    rows = run(store, "officials_in_several_articles")
    assert [(r["name"], r["articles"]) for r in rows] == [("Hendri Wijaya", 2)]


def test_tenure_timeline(store: OxigraphStore) -> None:
    rows = run(store, "tenure_timeline", name="Hendri Wijaya")
    assert [str(r["seen"]) for r in rows] == ["2024-10-30", "2024-11-12"]
    assert {r["role"] for r in rows} == {"Ketua"}


def test_evidence_of_a_person(store: OxigraphStore) -> None:
    rows = run(store, "evidence", name="Legar Saputra")
    kinds = {str(r["kind"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for r in rows}
    assert kinds == {"Membership", "Quote", "attendee"}
    for r in rows:
        assert isinstance(r["start"], int) and isinstance(r["end"], int)


# The plain form of each example query that is written for pyoxigraph's planner (the form an
# analyst would write first; docs/rdf.md says why the files differ). On a large store the plain
# forms take seconds to minutes, so they are only compared here, on the sample articles.
PLAIN = {
    "candidates": """
SELECT ?election ?candidate ?office ?number ?mate
       (GROUP_CONCAT(DISTINCT ?party; separator=", ") AS ?parties)
WHERE {
  ?c a eg:Candidacy ; eg:candidate/skos:prefLabel ?candidate .
  OPTIONAL { ?c eg:election/skos:prefLabel ?election }
  OPTIONAL { ?c eg:candidateRole ?office }
  OPTIONAL { ?c eg:ballotNumber ?number }
  OPTIONAL { ?c eg:runningMate/skos:prefLabel ?mate }
  OPTIONAL { ?c eg:nominatedBy/skos:prefLabel ?party }
}
GROUP BY ?election ?candidate ?office ?number ?mate
ORDER BY DESC(BOUND(?election)) ?election ?number ?candidate""",
    "evidence": """
SELECT ?name ?kind ?headline ?start ?end ?text ?extractor
WHERE {
  ?p skos:prefLabel ?name .
  { ?f org:member ?p } UNION { ?f eg:speaker ?p } UNION { ?f eg:candidate ?p }
  UNION { ?f rdf:object ?p }
  OPTIONAL { ?f rdf:predicate ?predicate }
  OPTIONAL { ?f a ?class . VALUES ?class { org:Membership eg:Quote eg:Candidacy } }
  BIND (COALESCE(?class, ?predicate) AS ?kind)
  GRAPH ?g { ?f eg:evidence ?t ; eg:readWith ?reading }
  ?reading eg:extractor ?extractor .
  ?t oa:hasSource/schema:headline ?headline ; oa:start ?start ; oa:end ?end ; oa:exact ?text .
}
ORDER BY ?headline ?start""",
    "hosted_events": """
SELECT ?host ?event ?date (GROUP_CONCAT(DISTINCT ?attendee; separator="; ") AS ?attendees)
WHERE {
  ?e schema:organizer ?o ; skos:prefLabel ?event .
  ?o skos:prefLabel ?host .
  OPTIONAL { ?e schema:attendee/skos:prefLabel ?attendee }
  OPTIONAL {
    ?f rdf:subject ?e ; rdf:predicate schema:organizer ;
       eg:evidence/oa:hasSource/schema:datePublished ?date
  }
}
GROUP BY ?host ?event ?date
ORDER BY ?host ?date""",
    "officials_in_several_articles": """
SELECT ?name (COUNT(DISTINCT ?article) AS ?articles)
       (GROUP_CONCAT(DISTINCT ?post; separator="; ") AS ?posts)
WHERE {
  ?m a org:Membership ; org:member ?p ; eg:evidence/oa:hasSource ?article .
  ?p skos:prefLabel ?name .
  OPTIONAL { ?m eg:post/skos:prefLabel ?post }
}
GROUP BY ?name
HAVING (COUNT(DISTINCT ?article) >= 2)
ORDER BY DESC(?articles) ?name""",
    "related_articles": """
SELECT DISTINCT ?from_title ?to_title ?ingested
WHERE {
  ?from eg:relatesTo ?to .
  ?from schema:headline ?from_title .
  OPTIONAL { ?to schema:headline ?headline }
  OPTIONAL { ?to eg:citedTitle ?cited }
  BIND (COALESCE(?headline, ?cited) AS ?to_title)
  BIND (BOUND(?headline) AS ?ingested)
}
ORDER BY ?from_title ?to_title""",
    "tenure_timeline": """
SELECT ?name ?seen ?role ?body ?status ?headline
WHERE {
  ?p skos:prefLabel ?name .
  ?m org:member ?p ; org:role/skos:prefLabel ?role ; eg:status ?st ;
     eg:evidence/oa:hasSource ?a .
  BIND (STRAFTER(STR(?st), "#") AS ?status)
  OPTIONAL { ?m org:organization/skos:prefLabel ?body }
  ?a schema:headline ?headline .
  OPTIONAL { ?a schema:datePublished ?seen }
}
ORDER BY ?seen ?role""",
}
# Columns that GROUP_CONCAT fills: the order of the names in them is the order the store met
# the rows in, which SPARQL leaves open, so they are compared as sets.
CONCATENATED = {"attendees": "; ", "posts": "; ", "parties": ", "}
# Columns of each ORDER BY: rows that tie on them may come in another order.
ORDER_KEYS = {
    "candidates": ("election", "number", "candidate"),
    "evidence": ("headline", "start"),
    "hosted_events": ("host", "date"),
    "officials_in_several_articles": ("articles", "name"),
    "related_articles": ("from_title", "to_title"),
    "tenure_timeline": ("seen", "role"),
}
NAMES = ("Legar Saputra", "Hendri Wijaya", "Agus Fauzie", "Nobody")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    from electgraph.pipeline import ingest

    s = OxigraphStore(tmp_path_factory.mktemp("sample") / "store")
    assert not ingest([Path(__file__).resolve().parents[2] / "data" / "articles"], s).failures
    yield s  # type: ignore[misc]
    s.close()


def _rows(store: OxigraphStore, text: str, params: dict[str, str]) -> list[tuple[object, ...]]:
    result = store.query(text, params)
    rows = []
    for row in result.rows:
        cells: list[object] = []
        for column, value in zip(result.columns, row, strict=True):
            sep = CONCATENATED.get(column)
            cells.append(frozenset(str(value).split(sep)) if sep and value else value)
        rows.append(tuple(cells))
    return rows


@pytest.mark.parametrize("query", sorted(PLAIN))
def test_each_tuned_query_answers_what_its_plain_form_answers(
    query: str, sample_store: OxigraphStore
) -> None:
    text = (QUERIES / f"{query}.rq").read_text(encoding="utf-8")
    columns = sample_store.query(PLAIN[query]).columns
    assert sample_store.query(text).columns == columns
    keys = [columns.index(k) for k in ORDER_KEYS[query]]
    takes_name = "Parameter: ?name" in text
    answered = 0
    for params in [{"name": n} for n in NAMES] if takes_name else [{}]:
        plain, tuned = _rows(sample_store, PLAIN[query], params), _rows(sample_store, text, params)
        assert sorted(map(repr, tuned)) == sorted(map(repr, plain)), params
        assert [[r[k] for k in keys] for r in tuned] == [[r[k] for k in keys] for r in plain]
        answered += bool(plain)
    assert answered == (len(NAMES) - 1 if takes_name else 1)  # "Nobody" has no answer
