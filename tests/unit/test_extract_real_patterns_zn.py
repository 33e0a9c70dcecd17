"""Patterns of real news (fifty-sixth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, offices, run
from test_extract_real_patterns_b import persons
from test_extract_real_patterns_d import speakers

from electgraph.ingest import parse_text
from electgraph.model import FactKind

# -- the article's event ------------------------------------------------------------------------


def test_an_event_that_only_dates_the_reported_one_is_not_what_later_sentences_mean() -> None:
    r = run("KPU Kabupaten Sambas menggelar deklarasi kampanye damai. Deklarasi ini digelar di "
            "Gedung Serbaguna, usai penetapan nomor urut pasangan calon, Senin (23/9/2024). Acara "
            "tersebut dihadiri oleh Forkopimda Kabupaten Sambas.")
    assert facts(r, FactKind.ATTENDS) == {
        ("Forkopimda Kabupaten Sambas", "deklarasi kampanye damai")}


def test_an_event_after_setelah_dates_the_sitting() -> None:
    r = run("Rapat pleno digelar KPU Kota Batu setelah pengundian nomor urut, Senin. Kegiatan itu "
            "dihadiri Bawaslu Kota Batu.")
    assert facts(r, FactKind.ATTENDS) == {("Bawaslu Kota Batu", "Rapat pleno")}


# -- names and their degrees --------------------------------------------------------------------


def test_a_full_stop_right_after_a_comma_ends_no_sentence() -> None:
    r = run("Apel dihadiri Ketua KPU Halmahera Utara Abdul Jalil Jurumudi, S.E,. M.Ak, Kordiv "
            "Penanganan Pelanggaran Jefri Saleh.")
    assert persons(r) == {"Abdul Jalil Jurumudi", "Jefri Saleh"}


def test_a_pairs_nickname_may_follow_the_running_mates_degrees() -> None:
    r = run("Kader Jaelani berpasangan dengan H. Syahrul Parsan, ST,. MT, (AKJ-Syam), "
            "selanjutnya Syaifurrahman Salman berpasangan dengan Ika Rizky Veryani (SUKA). "
            "Pasangan AKJ-SYAM diusung Partai Gerindra dan Partai Hanura.")
    assert facts(r, FactKind.NOMINATES) == {
        (party, person) for party in ("Partai Gerindra", "Partai Hanura")
        for person in ("Kader Jaelani", "Syahrul Parsan")}


def test_a_slip_of_majelis_is_no_name() -> None:
    r = run("Hal itu disampaikan ketua Mejelis Sidang dalam sidang putusan di DKPP.")
    assert persons(r) == set()


# -- offices ------------------------------------------------------------------------------------


def test_a_village_the_gazetteer_lacks_may_have_two_words_before_its_heads_name() -> None:
    r = run("Sosialisasi dihadiri Camat Kalianda, Zaidan, Lurah Way Urang, Reza Fahlevi, dan "
            "Kades Kedaton, Junaidi.")
    assert persons(r) == {"Zaidan", "Reza Fahlevi", "Junaidi"}


def test_a_heads_name_after_a_one_word_district_is_kept() -> None:
    r = run("Rapat dihadiri Camat Tamalate Andi Rahman, Kapolsek Tamalate dan warga.")
    assert persons(r) == {"Andi Rahman"}


def test_korwil_is_an_office_of_the_body_after_it() -> None:
    r = run("Dalam pengarahannya, Korwil Bawaslu Prov.  Sulsel Amrayadi  mengatakan pengawas "
            "pemilu harus siap.")
    assert offices(r) == {("Amrayadi", "Korwil", "Bawaslu Provinsi Sulawesi Selatan")}


def test_tanjab_barat_is_a_regency() -> None:
    r = run("Ketua KPU Tanjab Barat Hairuddin, S.Sos mengatakan debat berjalan lancar.")
    assert persons(r) == {"Hairuddin"}


def test_a_secretariats_coordinator_is_followed_by_a_name_not_a_unit() -> None:
    r = run("Turut hadir Koordinator Sekretariat Ilman Jayadi beserta seluruh stafnya.")
    assert persons(r) == {"Ilman Jayadi"}


# -- names --------------------------------------------------------------------------------------


def test_a_regulation_broadcaster_or_stage_prefix_is_no_name() -> None:
    r = run("Karena di masa Elang-Rahim Permendagri 84 tidak diberlakukan, debat yang disiarkan "
            "langsung oleh Studio Kompas TV ramai. Warga bisa mendengarkan Radio Sonora. "
            "Temanya Kesiapan Pengawas Pemilu Pra Pungut Hitung Suara. Dua paslon menyorot "
            "penerapan syariat Islam di tengah pandemi Corona Virus Disease 2019. Pemilu harus "
            "Luber Jurdil, kata Kepala dinas Pemdes. Pleno digelar di Kapanewon Ngaglik bersama "
            "Mitra Kamtibmas dan Pegawai ASN, bahas Mitigasi Bencana.")
    assert persons(r) == set()


def test_a_slip_of_bupati_is_no_name() -> None:
    r = run("Dengan adanya debat publik kedua ini rakyat memilih Calon Bupati dan wakil Buputi "
            "Muara Enim.")
    assert persons(r) == set()


def test_a_committee_is_a_body_not_a_name() -> None:
    r = run("Sementara Ketua Komite Nasional Pemuda Indonesia (KNPI) Kecamatan Polong Bangkeng "
            "Selatan Hajil Sikki mengatakan, KNPI siap bekerja sama. Hadir pula Laskar Merah "
            "Putih.")
    assert persons(r) == {"Hajil Sikki"}


# -- candidates ---------------------------------------------------------------------------------


def test_a_pair_of_one_word_names_listed_after_a_pair_is_two_persons() -> None:
    r = run("Debat itu mempertemukan tiga pasangan calon: Ahmad Rizali-Shinta Paramitha Sari "
            "(Asri), Edison-Sumarni (Sonni) dan Ramlan Holdan-Ropi Alex Candra (RAPI).")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Ahmad Rizali", "Shinta Paramitha Sari", "Edison", "Sumarni", "Ramlan Holdan",
        "Ropi Alex Candra"}


def test_a_village_heads_office_takes_the_villages_whole_name() -> None:
    r = run("Hadir Sekretaris KPU Muaro Jambi Syamsudin, Kades Sumber Agung Hartanto, "
            "Babinkamtibmas Aiptu Ermansyah serta peserta.")
    assert persons(r) == {"Syamsudin", "Hartanto", "Ermansyah"}
    assert {(p, role) for p, role, _ in offices(r)} >= {
        ("Hartanto", "Kades Sumber Agung"), ("Ermansyah", "Babinkamtibmas")}


# -- the article's event and its text -----------------------------------------------------------


def test_the_event_a_letter_proposes_is_no_event_held() -> None:
    r = run("KPU Jawa Timur menggelar rapat pleno penetapan pasangan calon Gubernur terpilih, "
            "Kamis. Mekanismenya, KPU Jawa Timur segera mengirimkan surat pengusulan pelantikan "
            "kepada DPRD Jawa Timur. Hadir dalam acara itu Pj. Gubernur Jawa Timur Adhy Karyono.")
    assert facts(r, FactKind.ATTENDS) == {
        ("Adhy Karyono", "rapat pleno penetapan pasangan calon Gubernur terpilih")}


def test_a_first_line_that_long_is_the_lead_though_it_ends_with_its_date() -> None:
    lead = ("SURABAYA (Wartatransparansi.com) – Komisi Pemilihan Umum (KPU) Jawa Timur menggelar "
            "acara rapat pleno penetapan pasangan calon Gubernur dan Wakil Gubernur Jawa Timur "
            "terpilih hasil pemilu serentak, di Hotel Double Tree Surabaya, Kamis (6/2/2025)")
    article = parse_text(f"{lead}\nKetua KPU Jawa Timur Aang Kunaifi mengatakan penetapan ini "
                         "menyusul keputusan Mahkamah Konstitusi.\n")
    assert article.body_start == 0


# -- hosts --------------------------------------------------------------------------------------


def test_the_event_a_chair_leads_is_his_bodys() -> None:
    r = run("Ketua Panwaslu Sinjai, A. Muh. Rusmin memimpin Apel Siaga Pengawasan di depan "
            "Kantor Panwaslu.")
    assert facts(r, FactKind.HOSTS) == {("Panwaslu Kabupaten Sinjai", "Apel Siaga Pengawasan")}


def test_the_oath_a_courts_chair_leads_is_not_the_courts() -> None:
    r = run("Paripurna pelantikan anggota DPRD Sulut digelar Senin. Ketua Pengadilan Tinggi "
            "Manado Asli Ginting memimpin langsung pengucapan sumpah dan janji.")
    assert all(org != "Pengadilan Tinggi Manado" for org, _ in facts(r, FactKind.HOSTS))


def test_what_a_body_finished_holding_it_held() -> None:
    r = run("KPU Provinsi Sulawesi Barat telah selesai melaksanakan rekapitulasi hasil "
            "penghitungan suara tingkat provinsi.")
    assert facts(r, FactKind.HOSTS) == {
        ("KPU Provinsi Sulawesi Barat", "rekapitulasi hasil penghitungan suara tingkat provinsi")}


# -- sanctions ----------------------------------------------------------------------------------


def test_sanksi_juga_diberikan_is_the_sanction_named_before() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras terakhir kepada Ketua KPU RI Hasyim "
            "Asy'ari. Selain Hasyim, sanksi juga diberikan kepada anggota KPU RI lainnya, seperti "
            "Yulianto Sudrajat, August Mellaz dan Idham Holik.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Hasyim Asy'ari", "Yulianto Sudrajat", "August Mellaz", "Idham Holik"}


# -- quotes -------------------------------------------------------------------------------------


def test_a_quote_closing_its_paragraph_unattributed_is_the_paragraph_subjects() -> None:
    assert speakers(run(
        "Ketua KPU Muara Enim, Rohani Santoso, mengapresiasi jalannya debat yang lancar. “Terima "
        "kasih kepada semua pihak yang telah menjaga suasana kondusif,”\nDebat itu lancar.")) == {
        "Rohani Santoso"}


def test_a_quoted_theme_is_no_ones_words() -> None:
    assert speakers(run(
        "Ketua KPU Kalteng Sastriadi memaparkan, debat ketiga mengusung tema “Sinkronisasi "
        "Pembangunan Daerah dan Nasional yang Inklusif”\nDebat digelar di Palangka Raya.")) == set()


def test_assisten_misspelt_is_an_office() -> None:
    r = run("Pemkab Kotawaringin Timur melalui Assisten I Sekretariat Daerah Rihel menghadiri "
            "pelantikan 85 anggota PPK.")
    assert persons(r) == {"Rihel"}


def test_a_members_office_is_shared_by_a_pair_before_the_next_items_office() -> None:
    r = run("Sosialisasi dihadiri Ketua Bawaslu Muratara, Khairul Alamsyah, beserta Komisioner "
            "Vita Novalia Arifin dan Farlin Ardian, Kepala Kesbang Muratara Zulnova.")
    assert {(p, role) for p, role, _ in offices(r)} >= {
        ("Vita Novalia Arifin", "Komisioner"), ("Farlin Ardian", "Komisioner")}


def test_a_spelt_out_rank_and_office_with_their_short_forms_in_brackets() -> None:
    r = run("Hadir Komandan Distrik Militer (Dandim) 1307 Poso Letnan Kolonel Infanteri (Letkol "
            "Inf) Gusti Nyoman Mertayasa.")
    assert offices(r) == {("Gusti Nyoman Mertayasa", "Komandan Distrik Militer",
                           "Kodim 1307 Poso")}


def test_the_office_a_person_is_removed_from_is_the_office_held() -> None:
    r = run("DKPP resmi mencopot Muklis Ariyanto dari jabatannya sebagai Ketua KPU Kabupaten Kaur.")
    assert offices(r) == {("Muklis Ariyanto", "Ketua", "KPU Kabupaten Kaur")}


def test_the_chair_and_a_count_of_members_listed_together() -> None:
    r = run("Lalu, Ketua dan tiga Anggota Bawaslu Kabupaten Banggai yakni Bece Junaid, Adamsyah "
            "Usman, Nurjana Ahmad, dan Marwan Muid.")
    assert {(p, role) for p, role, _ in offices(r)} == {
        ("Bece Junaid", "Ketua"), ("Adamsyah Usman", "Anggota"), ("Nurjana Ahmad", "Anggota"),
        ("Marwan Muid", "Anggota")}


# -- attendance ---------------------------------------------------------------------------------


def test_the_parties_that_a_sitting_was_attended_by_attend() -> None:
    r = run("KPU Bulukumba menetapkan pasangan terpilih. Penetapan dilakukan melalui rapat pleno "
            "dengan dihadiri partai pengusung yakni partai Gerindra, PAN dan PKS.")
    assert facts(r, FactKind.ATTENDS) == {
        (p, "rapat pleno") for p in ("Partai Gerindra", "PAN", "PKS")}


def test_a_bodys_envoy_brings_the_body() -> None:
    r = run("Acara pelantikan PPK tersebut dihadiri Bupati Melawi Panji, utusan Polres Melawi, "
            "dan undangan lainnya.")
    assert ("Polres Melawi", "pelantikan PPK") in facts(r, FactKind.ATTENDS)


def test_a_vote_count_is_the_election_bodys() -> None:
    r = run("Rekapitulasi suara Pilbup Bogor berlangsung di Cibinong, Senin. PPK menyerahkan "
            "berkas kepada KPU Kabupaten Bogor.")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Bogor", "Rekapitulasi suara")}


def test_of_two_election_bodies_the_one_the_events_sentence_names_holds_it() -> None:
    r = run("Deklarasi Kampanye Damai digelar di Lapangan Arosuka, disaksikan Ketua KPU Kabupaten "
            "Solok Budi Santoso. Pedoman kampanye mengacu pada peraturan KPU RI.")
    assert {org for org, _ in facts(r, FactKind.HOSTS)} == {"KPU Kabupaten Solok"}


def test_a_process_to_be_watched_before_the_reported_event_is_a_topic() -> None:
    r = run("Penjabat Gubernur Ismail Pakaya meminta Bawaslu meningkatkan pengawasan.\n“Kita harus "
            "memastikan distribusi logistik tepat waktu, tepat sasaran dan tepat jumlah. Kerja "
            "Bawaslu tentu semakin berat,” ujar Ismail saat menghadiri Apel Siaga jelang masa "
            "tenang, Kamis.")
    assert facts(r, FactKind.ATTENDS) == {("Ismail Pakaya", "Apel Siaga")}


def test_hi_is_haji_before_a_name_and_a_word_of_it_inside() -> None:
    r = run("Rekomendasi diberikan kepada petahana Bupati dan Wakil Bupati Fifian Adeningsih Mus- "
            "Hi. M. Saleh Marasabessy. Pasangan Bahrain Kasuba dan Umar Hi Soleman juga hadir.")
    assert persons(r) == {"Fifian Adeningsih Mus", "M. Saleh Marasabessy", "Bahrain Kasuba",
                          "Umar Hi Soleman"}


def test_sekwil_is_a_partys_regional_secretary() -> None:
    r = run("Hadir Sekwil DPW NasDem Sultra Tahir Kimi dan kader.")
    assert offices(r) == {("Tahir Kimi", "Sekwil", "DPW Partai NasDem Sulawesi Tenggara")}


def test_who_confirms_a_backing_is_not_its_nominee() -> None:
    r = run("Tim pemenangan HDCU, Alfrenzi Panggarbesi membenarkan keluarnya dukungan dari PKS "
            "untuk pasangan Herman Deru dan Cik Ujang.")
    assert facts(r, FactKind.NOMINATES) == {("PKS", "Herman Deru"), ("PKS", "Cik Ujang")}
