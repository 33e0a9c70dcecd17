"""Patterns of real news (fifty-fourth session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_b."""

from __future__ import annotations

from test_extract_real_patterns import offices, run
from test_extract_real_patterns_b import persons

# -- names: a nickname in brackets that speaks before its full name is linked ---------------


def test_a_nickname_in_brackets_is_the_full_names_person_though_it_speaks_later() -> None:
    """The bracketed mention of the full name is linked after the nickname, which a later verb
    of saying confirms first: the nickname still goes to the person named in full."""
    r = run("Ketua DPRD Bali Dewa Made Suardika dilantik. Pada kesempatan itu Dewa Made "
            "Suardika (Dewa Keris) menyampaikan rasa syukur. Dewa Keris mengucapkan terima "
            "kasih kepada partai.")
    assert persons(r) == {"Dewa Made Suardika"}


# -- names: degrees, ranks and offices taken for names ----------------------------------------


def test_a_second_degree_after_a_bare_degrees_full_stop_and_a_comma() -> None:
    r = run("Bupati Bima Indah Dhamayanti Putri SE., M.IP bersama jajaran Forkopimda menghadiri "
            "rapat koordinasi.")
    assert persons(r) == {"Indah Dhamayanti Putri"}


def test_retired_written_without_brackets_is_part_of_the_rank() -> None:
    r = run("Hadir Ketua DPD Partai Gerindra Sulawesi Utara, Mayjen Purn. TNI, Julius Sefanus "
            "Komaling.")
    assert offices(r) == {
        ("Julius Sefanus Komaling", "Ketua", "DPD Partai Gerindra Sulawesi Utara")}


def test_the_regency_secretary_and_a_deputy_police_chief_are_offices() -> None:
    r = run("Hadir Pj Sekkab Banggai Rudi Hartono dan Waka Polsek Luwuk Ipda Bobby Dethan.")
    assert persons(r) == {"Rudi Hartono", "Bobby Dethan"}
    assert ("Rudi Hartono", "Pj Sekkab", "Pemkab Banggai") in offices(r)


def test_an_offices_short_form_alone_in_a_guest_list_is_no_person() -> None:
    r = run("Acara dihadiri unsur Forkopimda, Pj Sekkab Banggai, Komisioner Bawaslu Banggai dan "
            "tokoh masyarakat.")
    assert persons(r) == set()


def test_a_police_stations_area_ends_at_its_heads_rank() -> None:
    r = run("Hadir Kanit Intelkam Polsek KPYS Ambon Aipda Eko Prahanoto dan perwakilan Bawaslu "
            "Provinsi Maluku.")
    assert offices(r) == {("Eko Prahanoto", "Kanit Intelkam", "Polsek KPYS Ambon")}


def test_a_candidates_contraction_spelt_with_p_and_an_outlet_are_no_persons() -> None:
    r = run("Calon Gubernur dan Cawagup akan kami umumkan segera, kata Rudi Hartono kepada Media "
            "Lensa Nusa Kenari.")
    assert persons(r) == {"Rudi Hartono"}
