"""`conflicts` on a corpus written for it (tests/data/conflicts.md): a dismissed Ketua still
named after his replacement, and the replacement named Ketua of a second KPU at once."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph import query, stores
from electgraph.cli import app
from electgraph.query.conflicts import find_conflicts
from electgraph.query.model import EntityRef, Relation

CORPUS = Path(__file__).resolve().parents[1] / "data" / "conflicts"
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("conflicts") / "graph")
    result = runner.invoke(app, ["ingest", str(CORPUS), "--store", path, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return path


def test_conflicts_finds_the_planted_pair_with_both_evidences(store: str) -> None:
    with stores.open("oxigraph", store) as s:
        found = query.conflicts(s)
    assert [c.kind for c in found] == ["overlapping_holders", "incompatible_roles"]
    top = found[0]
    assert {top.a.subject.label, top.b.subject.label} == {"Andi Pratama", "Rina Marlina"}
    assert (top.start, top.end) == (date(2024, 10, 5), date(2024, 10, 20))
    said = {r.subject.label: [e.text for e in r.evidence] for r in (top.a, top.b)}
    assert "Penerimaan disaksikan Ketua KPU Kabupaten Lahat, Andi Pratama, bersama Kapolres " \
        "Lahat AKBP Budi Santoso." in said["Andi Pratama"]
    assert "Ketua KPU Kabupaten Lahat, Rina Marlina, memimpin rapat koordinasi logistik " \
        "pilkada." in said["Rina Marlina"]
    assert "https://contoh-berita.id/2024/10/20/kpu-lahat-terima-surat-suara" in (
        top.a.sources + top.b.sources)
    assert "https://contoh-berita.id/2024/10/05/rina-marlina-ketua-kpu-lahat" in (
        top.a.sources + top.b.sources)
    other = found[1]
    assert {other.a.object.label, other.b.object.label} == {
        "KPU Kabupaten Lahat", "KPU Kabupaten Muara Enim"}


def test_conflicts_of_an_entity_are_its_share_of_all(store: str) -> None:
    with stores.open("oxigraph", store) as s:
        every = query.conflicts(s)
        for name in ("Andi Pratama", "Rina Marlina"):
            person = query.find(s, name)
            mine = [c for c in every if person.id in (c.a.subject.id, c.b.subject.id)]
            assert query.conflicts_of(s, person.id) == mine and mine
        lahat = query.find(s, "KPU Kabupaten Lahat")
        assert query.conflicts_of(s, lahat.id) == query.conflicts(s, org=lahat.id)
        assert [c.kind for c in query.conflicts_of(s, lahat.id)] == ["overlapping_holders"]


def test_roles_at_after_the_replacement_gives_one_ketua(store: str) -> None:
    with stores.open("oxigraph", store) as s:
        held = query.holders(s, "ketua", "KPU Kabupaten Lahat", at=date(2024, 11, 1))
    assert [r.subject.label for r in held] == ["Rina Marlina"]


def test_conflicts_as_json_and_csv(store: str) -> None:
    result = runner.invoke(app, ["conflicts", "--store", store, "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["kind"] == "overlapping_holders"
    result = runner.invoke(app, ["conflicts", "--store", store, "--format", "csv",
                                 "--kind", "incompatible_roles"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["a_person"] for r in rows] == ["Rina Marlina"]
    assert rows[0]["a_evidence"] and rows[0]["b_evidence"]
    assert rows[0]["a_sources"].startswith("https://") and rows[0]["b_sources"]
    result = runner.invoke(app, ["conflicts", "--store", store, "--kind", "typo"])
    assert result.exit_code == 1 and "overlapping_holders" in result.stderr


def _held(person: str, first: str, last: str, status: str = "current") -> Relation:
    return Relation(f"f-{person}", "holds_role", EntityRef(f"person-{person}", "Person", person),
                    EntityRef("org-x", "Organization", "KPU X"), "Ketua", status, ("a",),
                    date.fromisoformat(first), date.fromisoformat(last))


def test_a_replacement_is_not_a_conflict_and_acting_ranks_lower() -> None:
    assert find_conflicts([_held("a", "2024-01-01", "2024-02-01"),
                           _held("b", "2024-02-02", "2024-03-01")], {}) == []
    full = find_conflicts([_held("a", "2024-01-01", "2024-03-01"),
                           _held("b", "2024-02-01", "2024-02-01")], {})
    acting = find_conflicts([_held("a", "2024-01-01", "2024-03-01"),
                             _held("b", "2024-02-01", "2024-02-01", "acting")], {})
    assert acting[0].score < full[0].score
