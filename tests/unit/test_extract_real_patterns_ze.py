"""Patterns met in real articles (forty-seventh session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, labels, run

from electgraph.model import EntityType, FactKind


def test_a_street_named_with_a_title_is_one_place_and_no_person() -> None:
    """'Jalan T. Ben Mahmud', 'Aula Jl. Dr. Sutomo', 'Lapangan Merdeka Jalan Jend. Sudirman':
    the title's full stop goes on with the street, and a venue ends where its street begins."""
    body = ("Apel siaga diikuti ratusan pengawas di Alun-Alun Kota Tapaktuan Jalan T. Ben Mahmud "
            "Tapaktuan, Ahad (24/11). Rapat digelar di Aula Jl. Dr. Sutomo, Senin. Apel digelar "
            "di Lapangan Merdeka Jalan Jend. Sudirman, Medan. Ketua Bawaslu Medan, Rudi Hartono, "
            "memimpin apel.")
    assert labels(body, EntityType.PERSON) == {"Rudi Hartono"}
    places = labels(body, EntityType.PLACE)
    assert {"Jalan T. Ben Mahmud Tapaktuan", "Jl. Dr. Sutomo", "Lapangan Merdeka",
            "Jalan Jend. Sudirman"} <= places


def test_a_name_with_a_constituency_in_brackets_is_a_person() -> None:
    """'A (Dapil 6), B (Dapil 5), dan C (Dapil 10)': brackets that do not shorten the name (no
    acronym, no body) leave it a person's."""
    body = ("Ketiga nama tersebut adalah M. Yusuf (Dapil 6), Muhammad Thaib (Dapil 5), dan Azhar "
            "Abdurrahman (Dapil 10). Sidang dipimpin oleh Badan Pengawas Pemilu (Bawaslu).")
    assert labels(body, EntityType.PERSON) == {"M. Yusuf", "Muhammad Thaib", "Azhar Abdurrahman"}


def test_selain_names_one_more_who_was_given_the_same_sanction() -> None:
    """'Selain A, sanksi serupa dijatuhkan kepada B, C dan D': A was given it too; 'Selain itu'
    names no one."""
    r = run("DKPP menjatuhkan sanksi peringatan kepada Ketua dan seluruh anggota KIP Aceh. "
            "Selain Agusni Hasan, sanksi serupa dijatuhkan kepada Iskandar Agani, Ahmad Mirza "
            "Safwandy, dan Muhammad Sayuni.\nDKPP juga menjatuhkan sanksi peringatan keras kepada "
            "Ketua KPU Bima, Rudi Hartono. Selain itu, sanksi serupa dijatuhkan kepada Rahmat "
            "Hidayat.")
    sanctioned = {person for _, person in facts(r, FactKind.SANCTIONS)}
    assert sanctioned == {"Agusni Hasan", "Iskandar Agani", "Ahmad Mirza Safwandy",
                          "Muhammad Sayuni", "Rudi Hartono", "Rahmat Hidayat"}
