"""Patterns met in real articles (thirty-ninth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import roles
from test_extract_real_patterns import facts, labels, run

from electgraph.model import EntityType, FactKind


def test_a_headline_s_passive_verb_after_a_body_is_no_person() -> None:
    """"Komisioner KPU Garut Disanksi DKPP": di- before a dictionary word ("sanksi", "edukasi")
    is a passive verb in a headline's capitals, not the name of the office's holder."""
    text = ("Seluruh Komisioner KPU Garut Disanksi DKPP\n"
            "GARUT - DKPP menjatuhkan sanksi peringatan kepada Ketua KPU Garut, Budi Santoso.\n"
            "Pelajar Sekolah Garut Diedukasi Bawaslu Soal Pemilu\n")
    people = labels(text, EntityType.PERSON)
    assert "Budi Santoso" in people, people
    assert not {"Disanksi", "Diedukasi"} & set(people), people


def test_a_governor_s_office_contracted_with_its_province_is_no_name() -> None:
    """"Paslon Gubkalbar dan Wagubkalbar", "Cagubkalbar Budi Santoso": the office and its
    province in one word; the name after the candidate's form is the person."""
    text = ("PONTIANAK - KPU Kalimantan Barat mengundi nomor urut paslon Gubkalbar dan "
            "Wagubkalbar di Hotel Mercure Pontianak. Ketua KPU meminta Cagubkalbar Budi "
            "Santoso menenangkan pendukungnya.\n")
    people = labels(text, EntityType.PERSON)
    assert "Budi Santoso" in people, people
    assert not {"Gubkalbar", "Wagubkalbar", "Cagubkalbar Budi Santoso"} & set(people), people


def test_whom_a_tribunal_finds_against_did_not_attend_the_hearing() -> None:
    """"Ketua DKPP X membacakan putusan, yang menetapkan bahwa A, serta dua komisioner lainnya,
    yakni B dan C, terbukti melanggar": the list before "terbukti" is judged, not present; the
    chair who reads the verdict is."""
    r = run("DKPP menggelar sidang pembacaan putusan di Jakarta, Senin (3/3/2025). Ketua DKPP "
            "Heru Santoso membacakan putusan yang menetapkan bahwa Ketua KPU Garut Budi Hartono, "
            "serta dua komisioner lainnya, yakni Rina Marlina dan Dedi Kurnia, terbukti melanggar "
            "kode etik.")
    came = {s for s, _ in facts(r, FactKind.ATTENDS)}
    assert "Heru Santoso" in came, came
    assert not {"Budi Hartono", "Rina Marlina", "Dedi Kurnia"} & came, came


def test_the_leaders_forums_of_district_and_regency_are_bodies() -> None:
    """"Muspida Garut", "unsur Muspika", "Forkopinca" (the district's forum, misspelt): bodies
    that attend, not persons."""
    text = ("KPU Garut menggelar debat publik kedua di Hotel Harmoni. Hadir pula Muspida Garut, "
            "Bawaslu Garut dan tamu undangan. Turut hadir unsur Muspika dan Forkopinca Leles.")
    people = labels(text, EntityType.PERSON)
    bodies = labels(text, EntityType.ORGANIZATION)
    assert not {"Muspida", "Muspika", "Forkopinca"} & {p.split()[0] for p in people}, people
    assert {"Muspida", "Muspika", "Forkopimca"} <= {b.split()[0] for b in bodies}, bodies


def test_a_pair_introduced_after_its_office_s_region_and_province() -> None:
    """"Pasangan Calon Bupati dan Wakil Bupati Kabupaten Garut, Jawa Barat, A dan B": the province
    after a comma still describes the office, so the names after it are the candidates."""
    r = run("Pasangan Bakal Calon Bupati dan Wakil Bupati Kabupaten Garut, Jawa Barat, Budi "
            "Hartono dan Rina Marlina mendaftar ke Kantor KPU Garut, Kamis (29/8/2024).")
    running = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Budi Hartono", "Rina Marlina"} <= running, running


def test_an_office_and_its_holder_after_an_event_s_name_are_who_came() -> None:
    """"Hadir dalam Apel Wakil Bupati Garut, NAME, anggota Bawaslu ...": the office ends the
    event's name and is the name's, not the next office's; an office sought stays in it."""
    r = run("Hadir dalam Apel Wakil Bupati Garut, Rina Marlina, anggota Bawaslu serta perwakilan "
            "dari Polres Garut.")
    assert {(p, t) for p, t, _ in roles(r)} == {("Rina Marlina", "Wakil Bupati")}, roles(r)
    r = run("Kampanye Calon Bupati Garut, Budi Hartono, digelar di Lapangan Merdeka.")
    assert not roles(r), roles(r)


def test_an_office_after_an_event_s_name_is_its_holder_s_also_after_a_rank() -> None:
    """"Hadir dalam Apel Kapolres Garut, AKBP NAME": the rank opens the holder's name."""
    r = run("Hadir dalam Apel Kapolres Garut, AKBP Budi Santoso, dan Dandim 0611 Garut, Letkol "
            "Inf Asep Saepudin.")
    assert ("Budi Santoso", "Kapolres", "Polres Garut") in roles(r), roles(r)
