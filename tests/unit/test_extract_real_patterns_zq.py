"""Patterns of real news (fifty-ninth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import run
from test_extract_real_patterns_b import persons, roles

# -- names --------------------------------------------------------------------------------------


def test_a_name_mistyped_once_in_one_of_its_words_is_one_person() -> None:
    r = run("Ketua KPU Kabupaten Lebak, Abdul Hafiz, membuka rapat pleno pengundian nomor urut. "
            "Rapat itu berjalan lancar, kata Abdul Hafizh. Anggota Bawaslu Lebak, Ujan Maman, "
            "hadir. Menurut Ujang Maman, pengawasan berjalan baik.")
    assert persons(r) == {"Abdul Hafiz", "Ujan Maman"}
    assert ("Abdul Hafiz", "Ketua") in roles(r)


def test_names_differing_in_two_words_or_of_one_word_stay_two_persons() -> None:
    r = run("Ketua Bawaslu Mimika, Achmad Zaeni, dan anggota Bawaslu Mimika, Akhmad Zaini, hadir. "
            "Ketua KPU Kota Blitar, Suharto, dan anggota KPU Kota Blitar, Suharti, hadir.")
    assert {"Achmad Zaeni", "Akhmad Zaini", "Suharto", "Suharti"} <= persons(r)


# -- roles --------------------------------------------------------------------------------------


def test_the_province_between_an_office_and_its_holder_is_passed_over() -> None:
    r = run("Ketua KPU Kabupaten Katingan, Kalimantan Tengah (Kalteng) Wahyuni mengatakan pleno "
            "lancar. Penjabat (Pj) Bupati Parigi Moutong (Parimo), Sulawesi Tengah Richard "
            "Arnaldo, saat ditemui mengatakan hal yang sama.")
    assert roles(r) == {("Wahyuni", "Ketua"), ("Richard Arnaldo", "Pj Bupati")}


def test_a_town_without_a_comma_before_a_name_is_not_passed_over() -> None:
    r = run("Ketua KPU Kabupaten Katingan, Kasongan Wahyuni mengatakan pleno lancar.")
    assert ("Wahyuni", "Ketua") not in roles(r)


def test_a_name_after_an_agency_s_field_is_its_head_s() -> None:
    r = run("Adapun dua pejabat, yakni Kepala Dinas Sosial Abdul Wahab Hasan Sulur sebagai Pjs "
            "Bupati Mamuju, dan Kepala Dinas Kominfo Matius Jon, hadir. Kepala Dinas Komunikasi "
            "Informatika Persandian dan Statistik Budi Santoso juga hadir.")
    assert {("Abdul Wahab Hasan Sulur", "Kepala Dinas Sosial"), ("Abdul Wahab Hasan Sulur",
            "Pjs Bupati"), ("Matius Jon", "Kepala Dinas Kominfo")} <= roles(r)
    assert persons(r) == {"Abdul Wahab Hasan Sulur", "Matius Jon", "Budi Santoso"}
