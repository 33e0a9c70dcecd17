"""The example queries in ontology/queries/ run on a store and answer what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from electgraph.resolve import resolve
from electgraph.stores._sparql import is_update
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import corpus

QUERIES = Path(__file__).resolve().parents[1] / "ontology" / "queries"


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
