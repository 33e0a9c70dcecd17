"""Patterns met in real articles (thirty-fifth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import roles
from test_extract_real_patterns import facts, labels, run

from electgraph.model import EntityType, FactKind


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


def test_a_long_form_in_lower_case_is_the_body_its_acronym_names() -> None:
    """"melantik 60 orang panitia pemilihan kecamatan (PPK)": the press often writes a body's
    long form in lower case; the acronym in brackets confirms it, and the members sworn in
    took part in their inauguration."""
    r = run("Komisi Pemilihan Umum (KPU) Kota Batam melantik 60 orang panitia pemilihan "
            "kecamatan (PPK) Pilkada 2024 di Batam, Kamis.")
    attended = {a for a, e in facts(r, FactKind.ATTENDS) if e.startswith("pelantikan")}
    assert attended == {"PPK"}, facts(r, FactKind.ATTENDS)


def test_lower_case_words_without_their_acronym_name_no_body() -> None:
    orgs = labels("Ia pernah menjadi panitia pemungutan suara di desanya sebelum mendaftar ke "
                  "KPU Kota Batam.", EntityType.ORGANIZATION)
    assert orgs == {"KPU Kota Batam"}, orgs


def test_a_district_body_written_with_and_without_kecamatan_is_one_body() -> None:
    """"PPK Kecamatan Ceper" and "PPK Ceper"; "Panwaslu Kecamatan Ceper", "Panwaslu Ceper" and
    "Panwascam Ceper": one body each, not one node per spelling."""
    orgs = labels("Ketua PPK Kecamatan Ceper, Budi Santoso, membuka rapat. Anggota PPK Ceper, "
                  "Sri Lestari, mencatat hasilnya. Panwaslu Kecamatan Ceper mengawasi rapat. "
                  "Panwaslu Ceper juga menerima laporan, kata Ketua Panwascam Ceper, Joko Susilo.",
                  EntityType.ORGANIZATION)
    assert len(orgs) == 2, orgs


def test_a_village_watch_is_no_district_watch() -> None:
    # "Panwaslu Desa X" is the village's watch (a PKD), not the district's Panwascam.
    orgs = labels("Panwaslu Desa Sukamaju dan Panwaslu Kecamatan Ceper menggelar apel.",
                  EntityType.ORGANIZATION)
    assert len(orgs) == 2 and not any(o.startswith("Panwascam Sukamaju") for o in orgs), orgs


def test_a_long_form_whose_bracket_stays_open_at_the_line_end() -> None:
    # A headline may stop inside the bracket; the acronym is then no confirmation, and the
    # reading goes on without failing.
    orgs = labels("Bawaslu Kota Batam melantik panitia pengawas pemilu kecamatan (Panwaslu "
                  "Kecamatan", EntityType.ORGANIZATION)
    assert "Bawaslu Kota Batam" in orgs, orgs
