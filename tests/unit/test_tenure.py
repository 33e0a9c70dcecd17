"""Tenure: seats, successors and status on a date, from the dates the articles saw holders."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app
from electgraph.query.model import EntityRef, Relation
from electgraph.query.tenure import seat_of, seen_between, tenures

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
KPU = EntityRef("org-kpu-x", "Organization", "KPU X")


def held(person: str, role: str, first: str, last: str, status: str = "current") -> Relation:
    return Relation(f"fact-{person}-{role}-{status}", "holds_role",
                    EntityRef(f"person-{person}", "Person", person), KPU, role, status,
                    ("a",), date.fromisoformat(first), date.fromisoformat(last))


def test_short_and_long_forms_are_one_seat() -> None:
    assert seat_of(held("a", "Kordiv Hukum dan Pengawasan", "2024-01-01", "2024-01-01")) == \
        seat_of(held("b", "Koordinator Divisi Hukum dan Pengawasan", "2024-01-01", "2024-01-01"))


def test_a_successor_ends_the_term_and_status_follows_the_date() -> None:
    rels = [held("ani", "Ketua", "2024-01-10", "2024-03-01"),
            held("budi", "Ketua", "2024-05-01", "2024-06-01")]
    on = {t.person.label: t for t in tenures(rels, date(2024, 4, 1))}
    assert on["ani"].until == date(2024, 5, 1) and on["ani"].next_holder
    assert on["ani"].next_holder.label == "budi"
    assert (on["ani"].status, on["budi"].status) == ("presumed", "not_yet")
    later = {t.person.label: t.status for t in tenures(rels, date(2024, 5, 15))}
    assert later == {"ani": "succeeded", "budi": "holding"}


def test_a_holder_seen_after_the_successor_is_disputed_and_mantan_ends_a_term() -> None:
    rels = [held("ani", "Ketua", "2024-01-10", "2024-06-01"),
            held("budi", "Ketua", "2024-05-01", "2024-05-01")]
    on = {t.person.label: t.status for t in tenures(rels, date(2024, 5, 20))}
    assert on == {"ani": "disputed", "budi": "presumed"}
    rels = [held("ani", "Ketua", "2024-01-10", "2024-02-01"),
            held("ani", "Ketua", "2024-03-01", "2024-03-01", status="former")]
    (t,) = tenures(rels, date(2024, 4, 1))
    assert (t.until, t.status) == (date(2024, 3, 1), "succeeded")


def test_seen_between_keeps_overlapping_windows() -> None:
    r = held("ani", "Ketua", "2024-01-10", "2024-03-01")
    assert seen_between(r, date(2024, 3, 1), None)
    assert not seen_between(r, date(2024, 3, 2), None)
    assert seen_between(r, None, date(2024, 1, 10)) and not seen_between(r, None, date(2024, 1, 9))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("tenure") / "graph")
    result = CliRunner().invoke(app, ["ingest", str(ARTICLES), "--store", path, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return path


def test_roles_at_gives_one_ketua_per_body_on_the_sample_corpus(store: str) -> None:
    result = CliRunner().invoke(app, ["roles", "--store", store, "--role", "ketua",
                                      "--at", "2024-11-15", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    per_body = Counter(r["object"]["id"] for r in rows)
    assert rows and set(per_body.values()) == {1}
    assert all(r["first_seen"] <= "2024-11-15" for r in rows)


def test_since_until_and_bad_dates(store: str) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["roles", "--store", store, "--since", "2024-11-01",
                                 "--until", "2024-11-30", "--json"])
    rows = json.loads(result.stdout)
    assert rows and all(r["last_seen"] >= "2024-11-01" and r["first_seen"] <= "2024-11-30"
                        for r in rows)
    result = runner.invoke(app, ["roles", "--store", store, "--at", "1/11/2024"])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.stderr


def test_timeline_lists_statements_in_date_order(store: str) -> None:
    result = CliRunner().invoke(app, ["timeline", "Hendri Wijaya", "--store", store, "--json"])
    assert result.exit_code == 0, result.stderr
    dates = [e["date"] for e in json.loads(result.stdout)]
    assert dates and dates == sorted(dates)
