"""Patterns met in real articles (twenty-fourth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons
from test_extract_real_patterns import labels, run

from electgraph.model import EntityType, Extraction, FactKind


def titles_of(r: Extraction, person: str) -> list[str]:
    """The role titles of one person's holds_role facts, one per fact."""
    names = {e.key: e.label for e in r.entities}
    return [f.quals["role"] for f in r.by_kind(FactKind.HOLDS_ROLE) if names[f.subject] == person]

# -- one office, with and without the country ----------------------------------------------------


def test_a_national_office_with_and_without_ri_is_one_role_fact() -> None:
    # "Menkopolhukam RI" then "Menkopolhukam": the scorer and the graph see one office twice.
    titles = titles_of(run(
        "Rapat koordinasi Pilkada di Sigi dipimpin Menkopolhukam RI Hadi Tjahjanto, Senin "
        "(4/11). Dalam rapat itu, Menkopolhukam Hadi Tjahjanto meminta aparat menjaga netralitas."
    ), "Hadi Tjahjanto")
    assert len(titles) == 1, titles


def test_offices_that_differ_by_more_than_the_country_stay_two() -> None:
    titles = titles_of(run(
        "Ketua KPU Kabupaten Sigi, Rahmat Saleh, membuka rapat pleno, Senin (4/11). Pada 2019, "
        "Anggota KPU Kabupaten Sigi Rahmat Saleh memimpin divisi teknis."
    ), "Rahmat Saleh")
    assert sorted(t.casefold() for t in titles) == ["anggota", "ketua"], titles


# -- a preposition written capitalised ends a name -----------------------------------------------


def test_a_capitalised_preposition_ends_the_name_before_it() -> None:
    doc = run(
        "Logistik Pilkada dilepas secara simbolis oleh Pj Bupati Sigi Drs. Raden Najmi Untuk "
        "Wilayah Kabupaten Sigi, Senin (4/11)."
    )
    assert "Raden Najmi" in persons(doc)
    assert not any("Untuk" in p for p in persons(doc))


# -- a headline's verb in -kan is no word of a name ----------------------------------------------


def test_a_related_headline_after_an_office_makes_no_person_of_its_verb() -> None:
    # A related article's headline between paragraphs: "Menteri" then capitals and a verb.
    doc = run(
        "DKPP membacakan putusan perkara KPU Kabupaten Sigi, Senin (4/11).\n"
        "Menteri Lingkungan Hidup Serahkan Lima Unit Pemilah Sampah Untuk Petani Sigi\n"
        "Ketua Majelis Heddy Lugito membacakan putusan itu di Jakarta."
    )
    assert not any("Serahkan" in p or "Lingkungan" in p for p in persons(doc)), persons(doc)
    assert "Heddy Lugito" in persons(doc)


def test_a_headline_verb_ends_the_name_of_the_official_before_it() -> None:
    doc = run(
        "Bantuan traktor diserahkan kepada kelompok tani di Sigi, Senin (4/11).\n"
        "Gubernur Sulteng Anwar Hafid Serahkan Dua Unit Traktor Untuk Petani Sigi\n"
        "Ketua KPU Kabupaten Sigi, Rahmat Saleh, hadir dalam acara itu."
    )
    assert "Anwar Hafid" in persons(doc)
    assert not any("Serahkan" in p for p in persons(doc)), persons(doc)


def test_a_name_ending_in_kan_that_is_no_verb_stays_a_name() -> None:
    doc = run("Ketua KPU Kabupaten Sigi, Mulkan Saleh, membuka rapat pleno, Senin (4/11).")
    assert "Mulkan Saleh" in persons(doc)


# -- the head of a body's place names no place alone ---------------------------------------------


def test_a_word_written_against_a_body_names_no_place_alone() -> None:
    got = labels(
        "Rapat digelar di Aula Tadulako, Komplek Pemda Sigi, Senin (4/11). Bupati terpilih akan "
        "dilantik di Istana Presiden, dan pasukan cadangan dari Satuan Brimob siaga.",
        EntityType.PLACE,
    )
    assert not {"Komplek", "Istana", "Satuan"} & got, got


def test_an_unknown_word_after_di_and_before_a_comma_is_still_a_place() -> None:
    got = labels("Rapat pleno KPU Kabupaten Sigi digelar di Kalukubula, Senin (4/11).",
                 EntityType.PLACE)
    assert "Kalukubula" in got, got


# -- a sitting held about a decision is that decision's event ------------------------------------


def test_a_sitting_terkait_a_draw_is_one_event_with_it() -> None:
    got = labels(
        "KPU Kabupaten Sigi menggelar rapat pleno terbuka terkait pengundian nomor urut "
        "pasangan calon bupati, Senin (23/9). Pengundian tersebut berlangsung di Gedung "
        "Nasional Sigi.",
        EntityType.EVENT,
    )
    assert len(got) == 1, got


# -- the state's foundations and a headline's things are no persons ------------------------------


def test_pancasila_and_the_state_motto_are_no_persons() -> None:
    doc = run(
        "Ketua Bawaslu Kabupaten Sigi, Rahmat Saleh, mengatakan persatuan terjaga dalam balutan "
        "Pancasila dan Bhinneka Tunggal Ika, Senin (4/11)."
    )
    assert persons(doc) == {"Rahmat Saleh"}, persons(doc)
