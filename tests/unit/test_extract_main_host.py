"""The host of an article's main event that no sentence names: the one body of the kind that
holds such events, at the event's level (`electgraph.extract.mainhost`)."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import FactKind


def hosts(text: str) -> set[str]:
    return {s for s, _ in facts(run(text), FactKind.HOSTS)}


def test_a_regencys_debate_is_held_by_the_regencys_election_body() -> None:
    found = hosts(
        "Debat Publik Pasangan Calon Bupati dan Wakil Bupati Sigi berlangsung lancar, Sabtu "
        "(2/11/2024).\n"
        "Ketua KPU Kabupaten Sigi, Andi Mursalim, mengatakan debat diikuti tiga pasangan.\n"
        "Anggota KPU Provinsi Sulawesi Tengah, Dewi Lestari, ikut memantau jalannya debat."
    )
    assert found == {"KPU Kabupaten Sigi"}


def test_a_count_at_a_regencys_level_is_held_by_its_election_body() -> None:
    found = hosts(
        "Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara tingkat Kabupaten Sigi "
        "berakhir Kamis (5/12/2024).\n"
        "Ketua KPU Sigi, Andi Mursalim, mengatakan seluruh saksi menerima hasilnya."
    )
    assert found == {"KPU Kabupaten Sigi"}


def test_a_count_at_the_provinces_level_is_not_the_regencys() -> None:
    found = hosts(
        "Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara tingkat Provinsi Sulawesi "
        "Tengah berakhir Kamis (12/12/2024).\n"
        "Ketua KPU Sigi, Andi Mursalim, mengatakan hasil Kabupaten Sigi diterima saksi."
    )
    assert "KPU Kabupaten Sigi" not in found


def test_a_plenary_sitting_is_the_councils() -> None:
    found = hosts(
        "Rapat Paripurna masa sidang pertama tahun 2025 berjalan lancar, Senin (6/1/2025).\n"
        "Ketua DPRD Kota Palu, Rahmat Hidayat, mengatakan usulan penetapan wali kota terpilih "
        "segera dikirim ke gubernur."
    )
    assert found == {"DPRD Kota Palu"}


def test_an_election_bodys_plenary_without_an_agenda_is_its_own() -> None:
    found = hosts(
        "Rapat pleno itu memutuskan pemberhentian dua anggota PPS, Selasa (3/9/2024).\n"
        "Ketua KPU Kota Palu, Andi Mursalim, mengatakan keduanya terbukti tidak netral."
    )
    assert found == {"KPU Kota Palu"}


def test_a_body_named_after_its_event_with_a_short_form_between_holds_it() -> None:
    found = hosts(
        "Rapat Badan Musyawarah (Bamus) DPRD Sigi berlangsung Selasa (7/1/2025).\n"
        "Rapat membahas jadwal pelantikan anggota pengganti antarwaktu."
    )
    assert found == {"DPRD Kabupaten Sigi"}


def test_a_councils_commission_named_after_its_visit_holds_it() -> None:
    found = hosts(
        "Kunjungan Kerja Spesifik Komisi II DPR RI ke Banten berlangsung Rabu (20/11/2024).\n"
        "Rombongan meninjau gudang logistik."
    )
    assert found == {"DPR"}


def test_a_verdict_hearing_is_the_supervisors_where_no_tribunal_is_named() -> None:
    found = hosts(
        "Sidang putusan Bawaslu Kota Bekasi digelar Senin (4/3/2024).\n"
        "Majelis menyatakan dua anggota PPK terbukti melanggar administrasi."
    )
    assert found == {"Bawaslu Kota Bekasi"}
    tribunal = hosts(
        "Sidang putusan Bawaslu Kota Bekasi digelar Senin (4/3/2024).\n"
        "Sebelumnya DKPP memeriksa dua anggota Bawaslu Kota Bekasi."
    )
    assert "Bawaslu Kota Bekasi" not in tribunal
