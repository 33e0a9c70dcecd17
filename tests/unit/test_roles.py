"""The role concept scheme: short forms are one role, English labels, and the shipped SKOS file
matches the data it is generated from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from electgraph import roles
from electgraph.cli import app
from electgraph.query import in_language
from electgraph.query.model import EntityRef, Relation

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_banyuasin_rakor_spip.txt"


@pytest.mark.parametrize(("a", "b"), [
    ("Kordiv Hukum dan Pengawasan", "Koordinator Divisi Hukum dan Pengawasan"),
    ("Koordiv Teknis Penyelenggaraan", "Koordinator Divisi Teknis"),
    ("Pj Bupati", "Penjabat Bupati"),
    ("Sekjen", "Sekretaris Jenderal"),
    ("KETUA", "ketua"),
    ("Ketua Majelis Hakim", "Ketua Majelis"),
    ("Anggota Majelis Hakim", "Anggota Majelis"),
])
def test_short_forms_are_one_role(a: str, b: str) -> None:
    assert roles.concept(a) == roles.concept(b)


def test_english_labels_and_one_holder_seats() -> None:
    assert roles.label("Kordiv Hukum dan Pengawasan", "en") == \
        "Division Coordinator for Law and Supervision"
    assert roles.label("Pj Bupati", "en") == "Acting Regent (appointed)"
    assert roles.concept("Ketua").single and roles.concept("Kapolres").single
    assert not roles.concept("Anggota").single
    unknown = roles.concept("Staf Ahli")
    assert (unknown.known, unknown.label, unknown.en) == (False, "Staf Ahli", "Staf Ahli")


def test_the_shipped_skos_file_is_generated_from_the_data() -> None:
    shipped = (ROOT / "ontology" / "roles.ttl").read_text("utf-8")
    assert shipped.endswith(roles.scheme_turtle())
    g = Graph().parse(data=shipped, format="turtle")
    kordiv = next(s for s in g.subjects(SKOS.altLabel, Literal("Kordiv", lang="id")))
    assert Literal("Division Coordinator", lang="en") in set(g.objects(kordiv, SKOS.prefLabel))


def test_in_language_translates_roles_but_not_other_qualifiers() -> None:
    ref = EntityRef("x", "Person", "X")
    held = Relation("f", "holds_role", ref, ref, "Kordiv Hukum dan Pengawasan")
    sanction = Relation("g", "sanctions", ref, ref, "peringatan keras")
    en = in_language([held, sanction], "en")
    assert [r.role for r in en] == ["Division Coordinator for Law and Supervision",
                                    "peringatan keras"]
    assert in_language(held, None) == held


def test_roles_and_explore_with_lang_en(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "g")
    assert runner.invoke(app, ["ingest", str(SEED), "--store", store]).exit_code == 0
    result = runner.invoke(app, ["roles", "--store", store, "--lang", "en", "--json"])
    assert "Division Coordinator for Law and Supervision" in {
        r["role"] for r in json.loads(result.stdout)}
    result = runner.invoke(app, ["roles", "--store", store, "-l", "en"],
                           env={"COLUMNS": "300"})
    assert "Secretary" in result.stdout
    result = runner.invoke(app, ["explore", "Legar Saputra", "--store", store, "--lang", "en",
                                 "--json"])
    assert json.loads(result.stdout)["sections"]["roles"][0]["role"].startswith("Division")
    result = runner.invoke(app, ["roles", "--store", store, "--lang", "fr"])
    assert result.exit_code == 1 and "choose one of: id, en" in result.stderr
    result = runner.invoke(app, ["roles", "--store", store, "--role", "Koordinator Divisi "
                                 "Hukum dan Pengawasan", "--json"])
    assert [r["subject"]["label"] for r in json.loads(result.stdout)] == ["Legar Saputra"]


@pytest.mark.parametrize(("written", "spelled"), [
    ("KETUA", "Ketua"),
    ("ketua", "Ketua"),
    ("PJ. BUPATI", "Pj Bupati"),
    ("calon BUPATI", "calon bupati"),
    ("KORDIV HUKUM DAN PENGAWASAN", "Kordiv Hukum dan Pengawasan"),
    ("anggota divisi sdm dan parmas", "Anggota Divisi SDM dan Parmas"),
    ("wakil dekan iii fakultas teknologi", "Wakil Dekan III Fakultas Teknologi"),
    ("PLT KEPALA BADAN KESBANGPOL", "Plt Kepala Badan Kesbangpol"),
])
def test_a_role_has_one_spelling_whatever_the_article_wrote(written: str, spelled: str) -> None:
    # The store must not depend on which article's spelling came first (make fuzz found it).
    assert roles.spelling(written) == spelled
    assert roles.spelling(spelled) == spelled
