"""Patterns met in real articles (thirty-eighth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons, roles
from test_extract_real_patterns import facts, labels, run

from electgraph.model import EntityType, FactKind


def test_a_team_that_consists_of_names_then_offices_gives_each_office_to_the_name_before() -> None:
    """"Tim panelis terdiri dari A, Dosen X, B, Direktur Y": the list starts with a name, so each
    office follows its holder and is not the next name's."""
    r = run("Tim panelis terdiri dari Rudi Hartono, Dosen Universitas Andalas, Siti Rahma, "
            "Direktur Lembaga Kajian Demokrasi, dan Yusuf Amir, Dosen Universitas Riau.")
    held = {(p, o) for p, _, o in roles(r)}
    assert ("Rudi Hartono", "Universitas Andalas") in held, roles(r)
    assert ("Siti Rahma", "Universitas Andalas") not in held, roles(r)
    assert ("Yusuf Amir", "Universitas Riau") in held, roles(r)


def test_the_head_of_a_campus_unit_holds_an_office_of_the_campus() -> None:
    """"Ketua Jurusan Ilmu Politik FISIP Universitas X": the unit is part of the office and the
    campus is its body, also after a comma ("Sekretaris Pusat Kajian Hukum, Universitas Y")."""
    r = run("Panelis debat adalah Dr. Rudi Hartono, Ketua Jurusan Ilmu Politik FISIP Universitas "
            "Andalas. Panelis lain, Dr. Siti Rahma, Sekretaris Pusat Kajian Hukum, Universitas "
            "Hasanuddin.")
    got = {p: (t, o) for p, t, o in roles(r)}
    assert got.get("Rudi Hartono", ("", ""))[1] == "Universitas Andalas", roles(r)
    assert got["Rudi Hartono"][0].startswith("Ketua Jurusan"), roles(r)
    assert got.get("Siti Rahma") == ("Sekretaris Pusat Kajian Hukum", "Universitas Hasanuddin"), (
        roles(r))


def test_a_regency_s_name_after_an_initial_is_part_of_the_person_s_name() -> None:
    """"Reni S.A. Banjar", "N.Lingga Kusuma": after an initial and its full stop comes a name,
    though a regency (Banjar, Lingga) is called the same; it is no place of the article."""
    text = ("Kadiv Teknis KPU Provinsi Maluku Utara, Reni S.A. Banjar, mengatakan itu. Hadir "
            "pula pasangan N.Lingga Kusuma-Erlina.")
    found = persons(run(text))
    assert {"Reni S.A. Banjar", "N.Lingga Kusuma", "Erlina"} <= found, found
    places = labels(text, EntityType.PLACE)
    assert not {"Banjar", "Lingga"} & places, places


def test_a_restaurant_or_cafe_is_a_venue_and_the_town_after_it_no_person() -> None:
    """Meetings are held "di Resto X, TOWN" or "di Royal Resto Ternate": the restaurant is a
    place, and the word after its comma is its town, not a person."""
    text = ("KPU Kabupaten Gorontalo menggelar rapat koordinasi di Resto Orasawa, Limboto, Selasa "
            "15/10/2024. Bawaslu menggelar coffee morning di Royal Resto Ternate.")
    places = labels(text, EntityType.PLACE)
    assert {"Resto Orasawa", "Royal Resto Ternate"} <= places, places
    assert not {"Limboto", "Resto Orasawa"} & persons(run(text)), persons(run(text))


def test_whom_a_tribunal_dismisses_did_not_attend_its_hearing() -> None:
    """"DKPP memberhentikan secara tetap para teradu, yaitu A (Ketua KPU X), B, dan C": those
    dismissed are the verdict's objects; the report does not put them at the hearing. The judge
    who read it out does attend."""
    r = run("Putusan dibacakan dalam sidang putusan perkara Nomor 74-PKE-DKPP/II/2024 di Gedung "
            "DKPP, Jakarta. DKPP memutuskan untuk memberhentikan secara tetap para teradu, yaitu "
            "Martapina Anggai (Ketua KPU merangkap anggota), Ance Wally, dan Benny Karubaba "
            "(masing-masing sebagai anggota KPU Kota Jayapura), terhitung sejak putusan "
            "dibacakan. “Memerintahkan Bawaslu mengawasi putusan ini,” ucap Ketua Majelis Heddy "
            "Lugito dalam sidang.")
    came = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert "Heddy Lugito" in came, came
    assert not {"Martapina Anggai", "Ance Wally", "Benny Karubaba"} & came, came


def test_a_boarding_school_is_a_body_named_after_its_short_form() -> None:
    """"Pondok Pesantren (Ponpes) Ibnu Syam": the brackets shorten the kind of body, and its
    name follows them; no person "Ibnu Syam"."""
    text = ("KPU Kota Cilegon menyambangi Pondok Pesantren (Ponpes) Ibnu Syam Cilegon, Banten, "
            "Rabu (22/11/2023).")
    assert "Ponpes Ibnu Syam" in labels(text, EntityType.ORGANIZATION), labels(
        text, EntityType.ORGANIZATION)
    assert "Ibnu Syam" not in persons(run(text)), persons(run(text))


def test_a_convention_centre_named_after_a_town_is_a_venue() -> None:
    text = ("Debat publik kedua digelar di Aimas Convention Center, Kabupaten Sorong, Rabu "
            "(30/10/2024).")
    assert "Aimas Convention Center" in labels(text, EntityType.PLACE), labels(
        text, EntityType.PLACE)
    assert "Aimas" not in persons(run(text)), persons(run(text))


def test_who_came_to_the_hearing_is_not_ruled_on_by_a_dismissal_before() -> None:
    # The dismissal's objects end where the sentence says who came.
    r = run("Sidang putusan digelar DKPP di Jakarta. DKPP memberhentikan Ketua KPU Garut, Budi "
            "Santoso, dan sidang itu juga dihadiri Ketua Bawaslu Garut, Dedi Mulyadi.")
    came = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert came == {"Dedi Mulyadi"}, came


def test_a_programme_s_head_is_no_campus_office() -> None:
    # "Ketua Program Keluarga Harapan Kabupaten X": no campus follows the unit, so the campus
    # rule leaves the office as the older rules read it.
    r = run("Rapat koordinasi digelar Pemkab Garut. Hadir Ketua Program Keluarga Harapan "
            "Kabupaten Garut, Asep Saepudin.")
    assert not any(t.startswith("Ketua Program") for _, t, _ in roles(r)), roles(r)
