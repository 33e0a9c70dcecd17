"""Patterns met in real articles (data/real dev half), each on sentences written for it."""

from __future__ import annotations

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import Extraction, FactKind


def run(body: str, title: str = "Judul Berita Pilkada") -> Extraction:
    return extract(parse_text(f"{title}\n{body}\n"))


def facts(r: Extraction, kind: FactKind) -> set[tuple[str, str]]:
    """(subject label, object label or key) of the facts of one kind."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], names.get(f.object or "", f.object or "")) for f in r.by_kind(kind)}


def hosts(r: Extraction) -> set[str]:
    return {s for s, _ in facts(r, FactKind.HOSTS)}


def test_a_sitting_in_the_councils_own_room_is_held_by_it() -> None:
    r = run("Putusan itu dibacakan dalam sidang pembacaan putusan di Ruang Sidang DKPP, "
            "Jakarta, Rabu (6/11).")
    assert any(h.startswith("DKPP") for h in hosts(r))


def test_a_meeting_at_a_force_headquarters_is_held_by_the_force() -> None:
    r = run("Rapat koordinasi pengamanan dilaksanakan di Aula Mapolres Sleman, Senin (2/9).")
    assert hosts(r) == {"Polres Sleman"}


def test_a_hotel_room_is_no_body_office() -> None:
    r = run("Rapat koordinasi digelar di Ruang Melati Hotel Santika, Senin (2/9).")
    assert hosts(r) == set()


def test_sumatra_is_spelt_both_ways() -> None:
    r = run("Komisi Pemilihan Umum (KPU) Provinsi Sumatra Utara (Sumut) menggelar rapat pleno "
            "rekapitulasi di Medan, Sabtu (7/12/2024).")
    assert hosts(r) == {"KPU Provinsi Sumatera Utara"}


def test_a_preposition_written_onto_the_office_word() -> None:
    r = run("Para pengawas mengikuti apel siaga pengawasan masa tenang dikantor Badan Pengawas "
            "Pemilu (Bawaslu) Kabupaten Sleman.")
    assert hosts(r) == {"Bawaslu Kabupaten Sleman"}


def test_who_completes_an_event_held_it() -> None:
    r = run("KPU Kabupaten Bantul telah menyelesaikan pengundian nomor urut pasangan calon.")
    assert hosts(r) == {"KPU Kabupaten Bantul"}


def test_an_event_done_by_a_body_without_oleh() -> None:
    r = run("Penetapan nomor urut pasangan calon itu dilakukan KPU Kota Magelang melalui rapat "
            "pleno terbuka, Senin (23/9/2024).")
    assert "KPU Kota Magelang" in hosts(r)


def roles(r: Extraction) -> set[tuple[str, str]]:
    """(person, role) of the holds_role facts."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], dict(f.qualifiers).get("role", "")) for f in
            r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_division_listed_with_commas_is_part_of_the_office() -> None:
    r = run("Hal itu disampaikan Ketua Divisi Sosdiklih, Parmas dan SDM KPU Kabupaten Sleman, "
            "Rizal Mukhlis, kepada wartawan.")
    assert roles(r) == {("Rizal Mukhlis", "Ketua Divisi Sosdiklih, Parmas dan SDM")}


def test_the_last_field_of_a_unit_ends_before_the_name() -> None:
    r = run("Hadir dalam acara itu Staf Ahli Bupati Bidang Ekonomi, Keuangan, dan Pembangunan "
            "Willem Andre da Costa.")
    persons = {p for p, _ in roles(r)}
    assert persons == {"Willem Andre da Costa"}


def test_a_faculty_after_dosen_is_no_person() -> None:
    r = run("Panelis debat antara lain Yohan (Dosen Ilmu Ekonomi Bidang Pembangunan) dan "
            "Nurhayati Mardin (Dosen Fakultas Hukum UGM).")
    assert roles(r) == {("Yohan", "Dosen"), ("Nurhayati Mardin", "Dosen")}


def test_an_ordinal_numbers_the_office_not_the_name() -> None:
    r = run("Rapat dipimpin Ketua DPRD Sleman Budi Santoso didampingi Wakil Ketua II Joko "
            "Susilo dan Wakil Ketua I Ir. Andi Saputra.")
    assert {p for p, _ in roles(r)} == {"Budi Santoso", "Joko Susilo", "Andi Saputra"}


def test_a_balinese_name_keeps_its_i() -> None:
    r = run("Rapat dipimpin Wakil Ketua DPRD Bangli I Made Suardana.")
    assert {p for p, _ in roles(r)} == {"I Made Suardana"}


def test_a_place_after_van_is_part_of_the_name() -> None:
    r = run("Ketua DPC Partai Demokrat Manado Nortje Van Bone hadir di KPU.")
    assert {p for p, _ in roles(r)} == {"Nortje Van Bone"}
