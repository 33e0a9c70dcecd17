"""Patterns met in real articles (sixteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns and test_extract_bodies_attendance."""

from __future__ import annotations

from test_extract_bodies_attendance import sanctioned
from test_extract_real_patterns import facts, roles, run

from electgraph.model import EntityType, FactKind

# -- offices in a list of guests ------------------------------------------------------------------


def test_a_division_name_ends_before_the_next_guests_degree_and_office() -> None:
    r = run(
        "Hadir pula Kadiv Hukum dan Pengawasan Kabupaten Sekadau Rudi Hartono SPd, Komisioner "
        "KPU Kalbar Sri Wahyuni, serta Kasat Intel Polres Sekadau Joko."
    )
    assert ("Sri Wahyuni", "Komisioner") in roles(r)
    assert "Rudi Hartono" in {e.label for e in r.entities}


def test_an_office_after_selaku_is_the_name_before_it_even_past_a_bare_degree() -> None:
    r = run(
        "Hadir anggota Bawaslu Kampar, Dewi Lestari SKom selaku Kordiv Pencegahan dan Humas, "
        "Bayu Saputra, SH selaku Kordiv Penanganan Pelanggaran dan Datin, serta Sekretariat."
    )
    held = roles(r)
    assert ("Dewi Lestari", "Kordiv Pencegahan dan Humas") in held
    assert ("Bayu Saputra", "Kordiv Penanganan Pelanggaran dan Datin") in held
    assert ("Bayu Saputra", "Kordiv Pencegahan dan Humas") not in held


def test_a_division_title_written_with_a_full_stop_keeps_its_division() -> None:
    r = run(
        "Rapat itu dipimpin Kordiv. Penanganan Pelanggaran Bawaslu Kampar Bayu Saputra di "
        "kantornya."
    )
    assert ("Bayu Saputra", "Kordiv. Penanganan Pelanggaran") in roles(r)


def test_the_second_office_in_a_list_of_guests_stays_the_next_guests() -> None:
    r = run("Hadir Ketua KPU Kampar Andi Wijaya, Ketua Bawaslu Kampar Dedi Kurniawan.")
    assert roles(r) == {("Andi Wijaya", "Ketua"), ("Dedi Kurniawan", "Ketua")}


# -- lists of the sanctioned ----------------------------------------------------------------------


def test_the_sanctioned_chair_beserta_his_members_named_after_yaitu() -> None:
    r = run(
        "DKPP menjatuhkan sanksi peringatan keras kepada Ketua Bawaslu Kabupaten Kampar, "
        "Andi Wijaya, beserta dua anggotanya, yaitu Rudi Hartono dan Joko Susilo."
    )
    assert sanctioned(r) == {"Andi Wijaya", "Rudi Hartono", "Joko Susilo"}


def test_the_chair_and_seorang_anggota_lainnya_named_before_the_verb() -> None:
    r = run(
        "DKPP membacakan putusan perkara itu. Ketua Bawaslu Kampar Andi Wijaya dan seorang "
        "anggota lainnya Rudi Hartono, menerima sanksi peringatan keras."
    )
    assert sanctioned(r) == {"Andi Wijaya", "Rudi Hartono"}


def test_a_name_of_common_words_ending_a_list_of_the_sanctioned_is_one_of_them() -> None:
    r = run(
        "DKPP membacakan putusan perkara itu. Tiga anggota lainnya yakni Andi Wijaya, Rudi "
        "Hartono dan Teguh Prihatin, dijatuhi sanksi berupa peringatan."
    )
    assert sanctioned(r) == {"Andi Wijaya", "Rudi Hartono", "Teguh Prihatin"}


# -- members named with their ad hoc body in brackets ---------------------------------------------


def test_a_name_with_its_district_body_in_brackets_is_a_member_of_it() -> None:
    r = run(
        "Bawaslu Kampar memeriksa penyelenggara ad hoc, di antaranya Teguh Santoso (PPK "
        "Bangkinang), Dewi Lestari (PPS Desa Kuok), dan Andi Wijaya (Partai Golkar)."
    )
    held = roles(r)
    assert ("Teguh Santoso", "Anggota") in held
    assert ("Dewi Lestari", "Anggota") in held
    assert not any(p == "Andi Wijaya" for p, _ in held)


def test_a_bodys_acronym_after_its_name_in_lower_case_names_no_member() -> None:
    r = run(
        "KPU Kabupaten Kampar melantik 543 panitia pemungutan Suara (PPS) Desa Kuok, Selasa "
        "(24/1/2023)."
    )
    assert roles(r) == set()
    assert "Suara" not in {e.label for e in r.entities}


def test_a_partys_secretary_general_named_after_its_chair_is_of_that_party() -> None:
    r = run(
        "Surat itu ditandatangani Ketua Umum Partai Golkar, Andi Wijaya, dan Sekretaris "
        "Jenderal (Sekjen) Rudi Hartono."
    )
    assert ("Rudi Hartono", "Partai Golkar") in facts(r, FactKind.HOLDS_ROLE)


# -- a registration the sentence looks back to ----------------------------------------------------


def test_a_registration_recalled_in_a_report_on_the_draw_is_not_the_sentences_event() -> None:
    r = run(
        "KPU Kabupaten Kampar menggelar rapat pleno pengundian nomor urut pasangan calon, "
        "Senin (23/9/2024). Urutan pengambilan nomor sesuai kehadiran pasangan saat mendaftar "
        "ke KPU Kampar. Pasangan Andi Wijaya-Rudi Hartono mengambil nomor urut lebih dulu."
    )
    events = {e.label for e in r.entities if e.type == EntityType.EVENT}
    assert not any(label.startswith("pendaftaran") for label in events)
    attended = {e for a, e in facts(r, FactKind.ATTENDS) if a == "Andi Wijaya"}
    assert attended and all("pengundian" in e for e in attended)


def test_a_registration_recalled_in_a_report_on_it_stays_its_event() -> None:
    r = run(
        "Pasangan Andi Wijaya-Rudi Hartono resmi mendaftar ke KPU Kabupaten Kampar, Kamis "
        "(29/8/2024). Saat mendaftar ke KPU Kampar, pasangan itu didampingi Ketua DPD Partai "
        "Golkar Kampar Joko Susilo."
    )
    assert ("Joko Susilo", "pendaftaran") in facts(r, FactKind.ATTENDS)


# -- events a body holds to get voters out --------------------------------------------------------


def test_a_walk_for_the_election_is_an_event_its_guests_attend() -> None:
    r = run(
        "Jalan sehat menuju Pilkada 2024 yang dipusatkan di Lapangan Merdeka itu dibuka "
        "langsung Sekda Kampar, Andi Wijaya.",
        title="Sosialisasi Pilkada, KPU Kampar Gelar Jalan Sehat",
    )
    attended = facts(r, FactKind.ATTENDS)
    assert any(a == "Andi Wijaya" and e.lower().startswith("jalan sehat") for a, e in attended)


def test_a_partys_handover_of_its_backing_document_is_an_event() -> None:
    r = run(
        "Usai penyerahan Form B1-KWK kepada bakal pasangan calon di Kantor DPD Partai Golkar "
        "Kampar, Ketua DPD Partai Golkar Kampar Andi Wijaya memberi keterangan kepada wartawan."
    )
    events = {e.label for e in r.entities if e.type == EntityType.EVENT}
    assert "penyerahan Form B1-KWK" in events
    assert ("DPD Partai Golkar Kampar", "penyerahan Form B1-KWK") in facts(r, FactKind.HOSTS)


def test_a_handover_of_anything_else_still_needs_a_sentence_about_an_event() -> None:
    r = run("Penyerahan berkas perbaikan paling lambat Senin pekan depan, kata Andi Wijaya.")
    assert not [e for e in r.entities if e.type == EntityType.EVENT]
