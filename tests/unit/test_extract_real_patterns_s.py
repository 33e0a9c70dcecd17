"""Patterns met in real articles (thirty-fifth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import roles
from test_extract_real_patterns import run


def test_a_counted_list_makes_each_of_its_names_a_holder() -> None:
    """"tiga anggota lainnya yakni A, B dan C": the count matches the names, so C is a member
    even when every word of C's name is a common word ("Teguh Prihatin")."""
    r = run("Ketua Bawaslu Kabupaten Lahat Rudi Hartono menerima sanksi peringatan keras. "
            "Sementara tiga anggota lainnya yakni Dian Sartika, Supriadi dan Teguh Prihatin, "
            "dijatuhi sanksi peringatan.")
    members = {p for p, role, o in roles(r) if role == "anggota" and o == "Bawaslu Kabupaten Lahat"}
    assert members == {"Dian Sartika", "Supriadi", "Teguh Prihatin"}, roles(r)


def test_a_count_that_does_not_match_makes_no_common_words_a_person() -> None:
    # Without the count's check a run of common words after the list stays no person.
    r = run("Ketua Bawaslu Kabupaten Lahat Rudi Hartono menerima sanksi peringatan keras. "
            "Sementara empat anggota lainnya yakni Dian Sartika, Supriadi dan Teguh Prihatin, "
            "dijatuhi sanksi peringatan.")
    assert "Teguh Prihatin" not in {p for p, _, _ in roles(r)}, roles(r)


def test_the_other_members_of_a_chair_named_in_the_sentence() -> None:
    """"kata Mirzan yang didampingi dua anggota lainnya, A dan B": the article made Mirzan the
    chair of a body several sentences before; the other members are of that body, though the
    sentence right before (a quote's first half) names no chair."""
    r = run("Ketua Bawaslu Kabupaten Kepahiang, Mirzan Pranoto, mengatakan apel digelar pagi ini."
            "\n\n\"Waktunya tinggal hitungan hari. Kami siap mengawal,\" kata Mirzan yang "
            "didampingi dua anggota lainnya, Erwin Saputra, S.Kom dan Asri Wulandari, SP.")
    members = {(p, o) for p, role, o in roles(r) if role == "anggota"}
    assert members == {("Erwin Saputra", "Bawaslu Kabupaten Kepahiang"),
                       ("Asri Wulandari", "Bawaslu Kabupaten Kepahiang")}, roles(r)


def test_members_after_a_name_with_no_chair_get_no_body() -> None:
    # A person who chairs nothing in the article lends no body to "the other members".
    r = run("Anggota KPU Kabupaten Lahat, Rina Sari, hadir di aula."
            "\n\n\"Kami siap,\" kata Budi Santoso yang didampingi dua anggota lainnya, "
            "Erwin Saputra dan Asri Wulandari.")
    assert not {p for p, _, _ in roles(r)} & {"Erwin Saputra", "Asri Wulandari"}, roles(r)
