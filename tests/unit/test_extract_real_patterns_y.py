"""Patterns met in real articles (forty-first session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import EntityType, FactKind


def test_each_numbered_pair_with_its_parties_on_the_next_line_is_a_candidate() -> None:
    """"1. A dan B / Diusung oleh: P, Q / 2. C dan D": the reader joins the lines into one
    sentence; "Diusung" opening a line is a verb, not a name, so the second pair still follows
    the first in the list."""
    r = run("KPU Kota Bima menetapkan dua pasangan calon pada Pilkada 2024 sebagai berikut:\n\n"
            "1. Ahmad Yani dan Budi Santoso\n"
            "Diusung oleh: PDI Perjuangan, Partai Golkar\n"
            "2. Citra Lestari dan Dedi Kurnia\n"
            "Didukung oleh: Partai Gerindra, PKS\n")
    standing = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert standing == {"Ahmad Yani", "Budi Santoso", "Citra Lestari", "Dedi Kurnia"}, standing
    backed = facts(r, FactKind.NOMINATES)
    assert ("PKS", "Dedi Kurnia") in backed and ("PKS", "Budi Santoso") not in backed, backed


def test_a_pair_s_ballot_number_in_brackets_is_no_nickname() -> None:
    """"A – B (Nomor Urut 1), didukung oleh P": the bracket holds the number; read as the pair's
    nickname, "Nomor" in the next line's "(Nomor Urut 2)" gave the first pair the second
    pair's parties too."""
    r = run("Berikut adalah pasangan calon beserta nomor urutnya:\n"
            "1. Eni Kartika – Ridwan Saleh (Nomor Urut 1), didukung oleh Partai Golkar dan PKS.\n"
            "2. Dony Munir – Fajar Aldi (Nomor Urut 2), didukung oleh PPP, PAN, Garuda, Prima "
            "dan PKB.\n")
    backed = facts(r, FactKind.NOMINATES)
    assert {p for p, c in backed if c == "Eni Kartika"} == {"Partai Golkar", "PKS"}, backed
    assert {p for p, c in backed if c == "Fajar Aldi"} == {
        "PPP", "PAN", "Partai Garuda", "Partai Prima", "PKB"}, backed


def test_a_sanctioned_member_s_office_in_brackets_keeps_the_list_whole() -> None:
    """"A (Ketua Bawaslu X), B, dan C dijatuhi sanksi": the office in brackets after the first
    name does not end the list; "mendapat sanksi berupa pemberhentian dari jabatannya" is a
    sanction, carried as written."""
    r = run("DKPP membacakan putusan perkara itu di Jakarta. Budi Santoso (Ketua Bawaslu "
            "Kalteng), Rina Marlina, dan Dedi Kurnia dijatuhi sanksi peringatan keras. Sementara "
            "itu, Sri Wahyuni, Koordinator Divisi Hukum, mendapat sanksi paling berat berupa "
            "pemberhentian dari jabatannya.")
    hit = {p for _, p in facts(r, FactKind.SANCTIONS)}
    assert hit == {"Budi Santoso", "Rina Marlina", "Dedi Kurnia", "Sri Wahyuni"}, hit


def test_a_name_after_a_comma_that_goes_on_with_a_verb_is_no_member_of_the_list() -> None:
    """"Bersama anggota Bawaslu X A, B dinyatakan ...": the office goes with the subject and no
    "dan" closes a list, so B is the clause's subject, not a second member; "Anggota KPU X A, B
    dan C hadir" stays a list."""
    r = run("Bersama anggota Bawaslu Kalteng Siti Wahidah, Adam Saputra dinyatakan tidak terbukti "
            "melanggar kode etik. Anggota KPU Kalteng Rina Marlina, Dedi Kurnia dan Budi Santoso "
            "hadir dalam sidang.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert ("Siti Wahidah", "Bawaslu Provinsi Kalimantan Tengah") in held, held
    assert not any(p == "Adam Saputra" for p, _ in held), held
    assert {p for p, o in held if o == "KPU Provinsi Kalimantan Tengah"} == {
        "Rina Marlina", "Dedi Kurnia", "Budi Santoso"}, held


def test_a_prison_s_class_written_apart_stays_in_its_name() -> None:
    """"Lapas Kelas II B Selong": the class's letter apart from its numeral is still the class,
    and the town after it no person; "Lapas Kelas IIB Selong" is the same prison."""
    r = run("KPU menggelar sosialisasi bertempat di Lapas Kelas II B Selong, Kamis (14/11/2024). "
            "Sebanyak 446 warga binaan Lapas Kelas IIB Selong ikut serta.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "Lapas Kelas II B Selong" in orgs, orgs
    assert not [e for e in r.entities if e.type is EntityType.PERSON], r.entities


def test_a_ministry_s_deputy_is_an_office_named_by_its_field() -> None:
    """"Sekretaris Deputi Bidang Koordinasi Politik Luar Negeri Kemenko Polhukam, NAME", "Plt
    Deputi SDM Aparatur Kemenpan-RB NAME": "Deputi" opens an office, not a name, and the
    ministry's acronym keeps its hyphenated part."""
    r = run("Rapat dipimpin oleh Sekretaris Deputi Bidang Koordinasi Politik Luar Negeri Kemenko "
            "Polhukam, Agus Pandu Purnama. Hadir pula Plt Deputi SDM Aparatur Kemenpan-RB Aba "
            "Subagja.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert ("Agus Pandu Purnama", "Kemenko Polhukam") in held, held
    assert ("Aba Subagja", "Kemenpan-RB") in held, held
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert people == {"Agus Pandu Purnama", "Aba Subagja"}, people


def test_a_number_written_out_inside_a_university_s_name_stays_in_it() -> None:
    """"Universitas Tujuh Belas Agustus Surabaya": the number words go on to more of the name,
    so they are part of it and no person is made of them."""
    r = run("Panelis debat adalah Dosen Fakultas Teknik Universitas Tujuh Belas Agustus Surabaya, "
            "Jarot Hermawan.")
    assert ("Jarot Hermawan", "Universitas Tujuh Belas Agustus Surabaya") in facts(
        r, FactKind.HOLDS_ROLE)
    assert {e.label for e in r.entities if e.type is EntityType.PERSON} == {"Jarot Hermawan"}
