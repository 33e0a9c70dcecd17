"""Patterns met in real articles (thirty-seventh session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons, roles
from test_extract_real_patterns import run


def test_a_division_with_two_letters_swapped_still_ends_the_name() -> None:
    """"NAME Disivi Hukum": "Disivi" is "Divisi" typed with two letters swapped, so it starts the
    member's office and is no part of her name."""
    r = run("Peringatan keras diberikan kepada Rina Kartika Disivi Hukum PPK Tempursari dan "
            "Budi Santoso Divisi Teknis PPK Pronojiwo.")
    assert "Rina Kartika" in persons(r) and "Budi Santoso" in persons(r), persons(r)
    assert {p for p, _, _ in roles(r)} == {"Rina Kartika", "Budi Santoso"}, roles(r)


def test_every_office_in_brackets_after_a_name_is_that_name_s() -> None:
    """"Prof. NAME (Korwil X, Guru Besar UNIMA Tondano)": the second office in the brackets is
    the named panelist's too, and the word after its campus is the campus's town, no person."""
    r = run("Panelis debat yakni Prof. Arman Sujadi (Korwil Jaringan Peneliti Timur, Guru Besar "
            "UNIMA Tondano), dan Dr. Rina Wati (Peneliti BRIN).")
    assert "Tondano" not in persons(r), persons(r)
    assert ("Arman Sujadi", "Guru Besar", "UNIMA") in roles(r), roles(r)


def test_an_office_in_brackets_after_a_list_is_still_the_whole_list_s() -> None:
    # The first office in the brackets keeps the list rule: all four hold it.
    r = run("Mereka adalah Dahlan (Ketua KPU Kota Banjarbaru), Resti Sari, Normadina, dan "
            "Heriyanto (anggota KPU Kota Banjarbaru).")
    held = {p for p, _, _ in roles(r)}
    assert {"Resti Sari", "Normadina", "Heriyanto"} <= held, roles(r)


def test_a_clause_in_brackets_after_a_name_keeps_its_own_holder() -> None:
    # A verb in the brackets ends the affiliation: the office after it is the next name's.
    r = run("Rapat dipimpin Budi Santoso (Ketua KPU Garut, didampingi Sekretaris KPU Garut "
            "Dedi) di aula.")
    assert ("Dedi", "Sekretaris", "KPU Kabupaten Garut") in roles(r), roles(r)
    assert ("Budi Santoso", "Sekretaris", "KPU Kabupaten Garut") not in roles(r), roles(r)
