"""Patterns met in real articles (eleventh session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run
from test_extract_real_patterns_c import persons
from test_extract_real_patterns_d import roles_in
from test_extract_real_patterns_e import candidates

from electgraph.ingest.text import parse_text
from electgraph.model import FactKind

# -- parties of an ethics case numbered in words -------------------------------------------------

VERDICT = (
    "Ketua Majelis DKPP, Andi Saputra membacakan putusan perkara itu. \"Menjatuhkan sanksi "
    "peringatan kepada teradu Budi Santoso, selaku ketua merangkap anggota KPU Kabupaten Tapin, "
    "teradu kedua Rudi Hartono, teradu ketiga Dedi Kurniawan, dan teradu keempat Sulastri, "
    "selaku anggota KPU Kabupaten Tapin,\" ujar Andi Saputra."
)


def test_the_parties_numbered_in_words_are_all_sanctioned() -> None:
    r = run(VERDICT)
    got = {p for _, p in facts(r, FactKind.SANCTIONS)}
    assert got == {"Budi Santoso", "Rudi Hartono", "Dedi Kurniawan", "Sulastri"}


def test_a_one_word_name_numbered_as_a_party_is_a_person_with_the_office_after_it() -> None:
    r = run(VERDICT)
    assert "Sulastri" in persons(r)
    assert ("Sulastri", "anggota", "KPU Kabupaten Tapin") in roles_in(r)


def test_a_witness_numbered_before_a_common_word_is_no_person() -> None:
    r = run("Ketua KPU Lampung Budi Santoso membacakan surat mandat dari saksi ketiga Capres "
            "di Lampung.")
    assert persons(r) == {"Budi Santoso"}


def test_the_parties_counted_point_back_over_a_sentence_on_the_hearing() -> None:
    r = run("\"Teradu pertama Budi Santoso, selaku ketua merangkap anggota KPU Tapin, teradu "
            "kedua Rudi Hartono, dan teradu ketiga Sulastri, selaku anggota KPU Tapin, terbukti "
            "melanggar kode etik,\" ujar Ketua Majelis DKPP Andi Saputra. Majelis menilai "
            "jawaban teradu tidak meyakinkan. DKPP memberikan sanksi peringatan kepada ketiga "
            "teradu.")
    got = {p for _, p in facts(r, FactKind.SANCTIONS)}
    assert got == {"Budi Santoso", "Rudi Hartono", "Sulastri"}


def test_mereka_still_points_only_to_the_sentence_before() -> None:
    r = run("KPU Kota Medan memecat seorang anggota PPK yang bertemu Ketua Tim Pemenangan Budi "
            "Santoso. Selain itu, 13 anggota PPK lainnya tidak diberhentikan. Mereka hanya "
            "mendapatkan sanksi berupa peringatan tertulis.")
    assert facts(r, FactKind.SANCTIONS) == set()


# -- pairs joined by a dash ----------------------------------------------------------------------

def test_pairs_with_dashes_in_a_list_keep_their_own_mates() -> None:
    r = run("KPU Kabupaten Katingan menetapkan tiga pasangan calon. Pasangan Saiful – Firdaus, "
            "Sakariyas – Endang Susilawatie dan Suhaemi – Nikodemus dinyatakan memenuhi syarat.")
    got = {name: mate for name, (_, mate) in candidates(r).items()}
    assert got == {
        "Saiful": "Firdaus", "Firdaus": "Saiful",
        "Sakariyas": "Endang Susilawatie", "Endang Susilawatie": "Sakariyas",
        "Suhaemi": "Nikodemus", "Nikodemus": "Suhaemi",
    }


def test_a_pair_nickname_whose_half_the_article_writes_as_a_word_is_no_person() -> None:
    r = run("Ribuan simpatisan pasangan calon Budi Santoso-Rudi Hartono hadir. Kampanye paslon "
            "Budi-Jadi berlangsung tertib. Jadi semua partai koalisi hadir.")
    assert "Jadi" not in persons(r)


# -- bodies --------------------------------------------------------------------------------------

def test_panwas_kecamatan_is_the_district_supervisory_committee() -> None:
    r = run("Sementara Budi Santoso selaku ketua Panwas Kecamatan Raya menghimbau siswa "
            "untuk memilih.")
    assert persons(r) == {"Budi Santoso"}
    assert {(p, role) for p, role, _ in roles_in(r)} == {("Budi Santoso", "ketua")}
    # the district's committee, named as written (its key says which body it is)
    body = next(body for _, _, body in roles_in(r))
    assert body == "Panwas Kecamatan Raya"
    assert any(e.key.startswith("org:panwascam:") for e in r.entities if e.label == body)


# -- links ---------------------------------------------------------------------------------------

def test_a_link_line_s_address_is_no_part_of_its_title() -> None:
    a = parse_text("Judul Berita\nKPU menggelar rapat.\nBaca juga Asah Kemampuan Guru, PGRI "
                   "Gelar Porseni https://contoh.id/2024/10/24/asah/\nRapat selesai.\n")
    assert [link.title.text for link in a.related] == ["Asah Kemampuan Guru, PGRI Gelar Porseni"]


# -- events --------------------------------------------------------------------------------------

def test_a_registration_in_a_relative_clause_before_a_passive_verb_is_no_event() -> None:
    r = run("KPU Kabupaten Tapin menetapkan tiga pasangan calon. Berkas pasangan calon yang "
            "mendaftar di KPU Tapin dinyatakan valid.")
    assert not any(e.attrs.get("kind") == "pendaftaran" for e in r.entities)


def test_a_pair_registering_at_the_office_is_still_a_registration() -> None:
    r = run("Pasangan Budi Santoso-Rudi Hartono mendaftar ke KPU Kabupaten Tapin, Rabu "
            "(28/8/2024).")
    assert any(e.attrs.get("kind") == "pendaftaran" for e in r.entities)


# -- offices -------------------------------------------------------------------------------------

def test_pjs_with_a_dot_is_the_acting_status_not_a_sentence_end() -> None:
    r = run("Debat dibuka oleh Pjs. Bupati Donggala, Budi Santoso di Palu.")
    assert ("Budi Santoso", "pjs bupati", "Pemkab Donggala") in roles_in(r)


def test_one_word_after_a_seated_unit_that_no_name_goes_on_from_is_its_town() -> None:
    r = run("Rapat dihadiri Kepala Kejaksaan Negeri Sampit, Kapolres Kotim, dan Ketua KPU "
            "Kotim Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}


def test_a_holder_with_a_rank_after_a_seated_unit_is_still_a_person() -> None:
    r = run("Rapat dihadiri Kapolres AKBP Donni Saputra, dan Kajari Rudi Hartono.")
    assert persons(r) == {"Donni Saputra", "Rudi Hartono"}


# -- batch 38 ------------------------------------------------------------------------------------

VERDICT_ITEMS = (
    "Ketua KPU Kabupaten Tapin, Budi Santoso dijatuhi sanksi peringatan keras oleh DKPP. "
    "\"Memutuskan: 1. mengabulkan pengaduan untuk sebagian. 2. menjatuhkan sanksi peringatan "
    "keras kepada teradu 1 Budi Santoso selaku ketua merangkap anggota KPU Kabupaten Tapin "
    "terhitung sejak putusan ini dibacakan. 3. menjatuhkan sanksi peringatan kepada teradu 2 "
    "Rudi Hartono, teradu 3 Dedi Kurniawan terhitung sejak putusan ini dibacakan. 4. "
    "memerintahkan KPU untuk melaksanakan putusan ini,\" bunyi putusan itu."
)


def test_the_body_after_an_active_sanction_verb_is_the_sanctioned_s() -> None:
    r = run(VERDICT_ITEMS)
    assert {body for body, _ in facts(r, FactKind.SANCTIONS)} == {"DKPP RI"}
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Budi Santoso", "Rudi Hartono", "Dedi Kurniawan"}


def test_an_office_read_twice_in_two_cases_is_one_fact() -> None:
    r = run(VERDICT_ITEMS)
    names = {e.key: e.label for e in r.entities}
    held = [f for f in r.by_kind(FactKind.HOLDS_ROLE) if names[f.subject] == "Budi Santoso"]
    assert len(held) == 1  # "Ketua" and "ketua" would be two facts, one a duplicate node


def test_a_counted_group_is_named_by_the_list_after_it_not_by_a_judge_named_before() -> None:
    r = run("Sidang dipimpin Ketua Majelis Andi Saputra bersama Anggota Majelis Rudi Hartono dan "
            "Dedi Kurniawan. Majelis menjatuhkan sanksi peringatan keras kepada tiga orang Teradu "
            "dari KPU Kabupaten Tapin. Mereka adalah:\n- Budi Santoso (Ketua merangkap Anggota)\n"
            "- Joko Widodo (Anggota)\n- Sulastri Wulandari (Anggota)")
    got = {p for _, p in facts(r, FactKind.SANCTIONS)}
    assert got == {"Budi Santoso", "Joko Widodo", "Sulastri Wulandari"}


def test_bullet_items_each_ending_with_a_dot_stay_one_list() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan kepada dua penyelenggara di KPU Kabupaten Tapin, "
            "yaitu:\n- Budi Santoso (Ketua merangkap Anggota) selaku Teradu I.\n- Rudi Hartono "
            "(Anggota) selaku Teradu V.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {"Budi Santoso", "Rudi Hartono"}


def test_the_ballot_number_right_after_a_pair_is_its_own() -> None:
    r = run("Pasangan Abdul Rahman–Muhammad Yasran (AMAN) mendapatkan nomor urut 1, sedangkan Andi "
            "Lutfi–Muhammad Rijal (ASADULA) mendapatkan nomor urut 2, Wa Ode Nurhayati–Yacub "
            "Rachman mendapatkan nomor urut 3.")
    got = {name: number for name, (number, _) in candidates(r).items()}
    assert got["Andi Lutfi"] == "2" and got["Wa Ode Nurhayati"] == "3"
    assert got["Abdul Rahman"] == "1"


def test_an_election_ahead_does_not_put_the_event_reported_ahead() -> None:
    r = run("KPU Kota Batam melantik 60 anggota PPK untuk Pilkada 2024 mendatang, Senin "
            "(6/5/2024). Pelantikan dihadiri Ketua Bawaslu Batam Budi Santoso.")
    assert "Budi Santoso" in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_an_event_itself_ahead_is_still_ahead() -> None:
    r = run("KPU Kota Batam akan melantik 60 anggota PPK pekan depan. Pelantikan mendatang "
            "dihadiri Ketua Bawaslu Batam Budi Santoso.")
    assert "Budi Santoso" not in {p for p, _ in facts(r, FactKind.ATTENDS)}


# -- twelfth session ------------------------------------------------------------------------------

def test_a_counselling_session_held_by_a_body_is_an_event() -> None:
    r = run("KPU Kabupaten Minahasa Utara menggelar penyuluhan produk hukum pemilihan di "
            "Airmadidi, Selasa (10/9/2024). Kegiatan itu dihadiri Ketua Bawaslu Minahasa Utara "
            "Budi Santoso.")
    assert ("Budi Santoso", "penyuluhan produk hukum pemilihan") in facts(r, FactKind.ATTENDS)
    assert ("KPU Kabupaten Minahasa Utara", "penyuluhan produk hukum pemilihan") in facts(
        r, FactKind.HOSTS)


def test_counselling_only_hoped_for_is_no_event() -> None:
    r = run("Ketua Bawaslu Minahasa Utara Budi Santoso berharap penyuluhan hukum kepada "
            "masyarakat terus ditingkatkan.")
    assert not facts(r, FactKind.ATTENDS) and not facts(r, FactKind.HOSTS)
