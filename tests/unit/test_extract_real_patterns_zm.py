"""Patterns of real news (fifty-fifth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, offices, run
from test_extract_real_patterns_b import persons

from electgraph.model import EntityType, FactKind

# -- attendance: bodies -----------------------------------------------------------------------


def test_a_body_that_is_the_subject_of_menghadiri_attends() -> None:
    r = run("Polres Seram Timur menghadiri Rapat Koordinasi Persiapan Penetapan DPT di Kantor KPU.")
    assert ("Polres Seram Timur", "Rapat Koordinasi Persiapan Penetapan") in facts(
        r, FactKind.ATTENDS)


def test_bodies_that_take_part_together_all_attend() -> None:
    r = run("Rapat koordinasi digelar KPU Maluku. Bawaslu Kota Ambon dan Polres Ambon turut hadir "
            "dalam rapat itu.")
    assert facts(r, FactKind.ATTENDS) == {("Bawaslu Kota Ambon", "Rapat koordinasi"),
                                          ("Polres Ambon", "Rapat koordinasi")}


def test_turut_serta_dalam_is_taking_part() -> None:
    r = run("Pemerintah Kabupaten Barito Timur turut serta dalam rapat koordinasi kesiapan "
            "Pilkada.")
    assert ("Pemkab Barito Timur", "rapat koordinasi kesiapan") in facts(r, FactKind.ATTENDS)


def test_a_body_that_opens_its_own_meeting_hosts_it_and_does_not_attend() -> None:
    r = run("KPU Kota Ambon mengikuti rapat koordinasi yang digelar KPU Kota Ambon.")
    assert facts(r, FactKind.ATTENDS) == set()


def test_an_unnamed_officer_of_the_police_or_the_government_brings_the_body() -> None:
    r = run("Apel Siaga Pengawasan digelar Bawaslu Halsel. Apel itu dihadiri Kabag Ops Polres "
            "Halsel dan Asisten II Setda Halsel.")
    att = facts(r, FactKind.ATTENDS)
    assert {("Polres Halsel", "Apel Siaga Pengawasan"),
            ("Setda Kabupaten Halsel", "Apel Siaga Pengawasan")} <= att


def test_an_unnamed_scholar_does_not_bring_the_campus() -> None:
    r = run("Debat perdana digelar KPU Kota Batu. Debat dihadiri akademisi Universitas "
            "Brawijaya sebagai panelis.")
    assert all(agent != "Universitas Brawijaya" for agent, _ in facts(r, FactKind.ATTENDS))


# -- offices: a list of the sworn in, each name with its party --------------------------------


def test_each_name_of_a_members_list_may_carry_its_party() -> None:
    r = run("Rapat paripurna pengambilan sumpah anggota DPRD Provinsi Lampung digelar Senin. "
            "Anggota DPRD Provinsi Lampung yang diambil sumpah janji diantaranya Marsha Dita "
            "Golkar, Miswan Rodi Nasdem dan Munir Abdul Haris PKB.")
    assert offices(r) == {(p, "Anggota", "DPRD Provinsi Lampung")
                          for p in ("Marsha Dita", "Miswan Rodi", "Munir Abdul Haris")}
    assert ("Miswan Rodi", "Rapat paripurna pengambilan sumpah") in facts(r, FactKind.ATTENDS)


# -- names --------------------------------------------------------------------------------------


def test_a_given_name_cut_to_two_letters_does_not_end_the_sentence() -> None:
    r = run("Hadir anggota KPU Rote Ndao Fadjar Th. M Henukh dan Yohanes Ch. Lamba dalam rapat "
            "pleno.")
    assert persons(r) == {"Fadjar Th. M Henukh", "Yohanes Ch. Lamba"}


def test_a_party_to_a_case_is_no_part_of_the_name() -> None:
    r = run("KIP Aceh Utara memberhentikan Terlapor Ridwansyah dari jabatan anggota PPK "
            "Matangkuli. Pelapor Zulkifli menerima putusan itu.")
    assert persons(r) == {"Ridwansyah", "Zulkifli"}


def test_forkopimda_misspelt_is_no_part_of_the_name() -> None:
    r = run("Rapat paripurna digelar Senin. Acara itu dihadiri Pj Gubernur Lampung Samsudin "
            "Forkompida Bupati dan Wali Kota se-Provinsi Lampung.")
    assert persons(r) == {"Samsudin"}


def test_nantinya_is_no_part_of_the_events_name() -> None:
    r = run("Para paslon akan beradu gagasan dalam debat nantinya di Hotel Aston.")
    assert {e.label for e in r.entities if e.type is EntityType.EVENT} == {"debat"}


# -- bodies named after their town --------------------------------------------------------------


def test_a_courts_town_before_a_name_of_two_words_is_the_courts() -> None:
    r = run("Sumpah dipandu Ketua Pengadilan Negeri Wamena Hirmawan Agun. Rapat dihadiri Kepala "
            "Pengadilan Negeri Sangatta Henu Sistha.")
    assert persons(r) == {"Hirmawan Agun", "Henu Sistha"}
    assert ("Hirmawan Agun", "Ketua", "Pengadilan Negeri Wamena") in offices(r)


# -- candidates ---------------------------------------------------------------------------------


def test_the_office_sought_after_a_name_is_no_part_of_it() -> None:
    r = run("Debat kedua diikuti pasangan Ratu Dewa Cawako dan Baharudin Hasan Cawawako.")
    assert persons(r) == {"Ratu Dewa", "Baharudin Hasan"}


def test_headings_of_places_inside_a_list_of_backed_pairs() -> None:
    r = run("Daftar pasangan calon kepala daerah di NTT yang diusung PAN pada Pilkada 2024 adalah "
            "sebagai berikut:\n1. Sumba Timur :\nKristofel Praing dan Frangky Ranggambani\n"
            "Kota Kupang :\nJefri Riwu Kore dan Lusia Adinda Nurak")
    backed = {"Kristofel Praing", "Frangky Ranggambani", "Jefri Riwu Kore", "Lusia Adinda Nurak"}
    assert facts(r, FactKind.NOMINATES) == {("PAN", p) for p in backed}
    assert {"Sumba Timur", "Kota Kupang"} <= {
        e.label for e in r.entities if e.type is EntityType.PLACE}


# -- places -------------------------------------------------------------------------------------


def test_a_list_of_known_districts_names_places_though_its_noun_came_before() -> None:
    r = run("Logistik didistribusikan ke tujuh kecamatan. Yaitu Sidikalang, Parbuluan, Sumbul, "
            "Sitinjo dan Siempat Nempu.")
    assert persons(r) == set()
    assert {"Sidikalang", "Sumbul", "Siempat Nempu"} <= {
        e.label for e in r.entities if e.type is EntityType.PLACE}


def test_a_list_of_persons_stays_persons() -> None:
    r = run("Rapat dihadiri Budi Santoso, Agus Salim, Slamet Riyadi dan Joko Susilo.")
    assert persons(r) == {"Budi Santoso", "Agus Salim", "Slamet Riyadi", "Joko Susilo"}


def test_an_operations_name_names_no_one() -> None:
    r = run("Rapat Koordinasi Lintas Sektoral dalam rangka Operasi Mantap Praja Musi 2024 "
            "dihadiri Kapolres PALI Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}


# -- bodies -------------------------------------------------------------------------------------


def test_the_public_broadcasters_are_bodies_that_broadcast_not_host() -> None:
    r = run("KPU Barito Utara menggelar debat publik kedua yang disiarkan secara langsung oleh "
            "TVRI Kalimantan Tengah dan RRI Palangka Raya.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert {"TVRI Kalimantan Tengah", "RRI Palangka Raya"} <= orgs
    assert {h for h, _ in facts(r, FactKind.HOSTS)} == {"KPU Kabupaten Barito Utara"}


def test_the_mass_organisations_named_alone() -> None:
    r = run("Deklarasi damai digelar Polres Banjar. Hadir perwakilan NU, Muhammadiyah dan ormas "
            "kepemudaan dalam deklarasi itu.")
    assert {"NU", "Muhammadiyah"} <= {a for a, _ in facts(r, FactKind.ATTENDS)}


def test_the_offices_sought_by_candidates_still_to_be_named() -> None:
    r = run("Rekomendasi PDIP diberikan kepada bakal calon kepala daerah. Mereka adalah "
            "Bacawali - Bacawawali Kota Surabaya Eri Cahyadi - Armuji dan Bacabup - Bacawabup "
            "Jombang Mundjidah Wahab - Sumrambah.")
    assert persons(r) == {"Eri Cahyadi", "Armuji", "Mundjidah Wahab", "Sumrambah"}


def test_diwakilkan_is_diwakili() -> None:
    r = run("Doa bersama digelar Polres Badung. Tampak hadir Kepala Kejaksaan Negeri Badung "
            "diwakilkan Kasi Intel Gede Ancana dan Ketua DPRD Badung Anom Gumanti.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Gede Ancana", "Anom Gumanti"}


# -- sanctions ----------------------------------------------------------------------------------


def test_the_official_who_speaks_of_the_sanctioned_is_not_them() -> None:
    r = run("KPU Konsel memberhentikan dua anggota PPS. Ketua KPU Konsel, Herman mengatakan, masa "
            "kerja dua anggota PPS tersebut baru dua bulan. “Dengan adanya pelanggaran oleh "
            "anggota PPS tersebut maka kami memberhentikan mereka,” kata Herman.")
    assert facts(r, FactKind.SANCTIONS) == set()


def test_dimana_begins_no_name() -> None:
    r = run("Yusuf Sawari digantikan oleh Erwin. Dimana Yusuf Sawari mengunggah foto salah satu "
            "calon gubernur.")
    assert persons(r) == {"Yusuf Sawari", "Erwin"}


# -- hosts --------------------------------------------------------------------------------------


def test_a_stage_opened_by_a_body_is_no_event_it_hosts_or_attends() -> None:
    r = run("Rapat Koordinasi digelar Polda Kalbar. Kita telah memasuki tahapan Pilkada serentak "
            "tahun 2024 yang secara resmi telah dibuka oleh KPU RI sejak tanggal 26 Januari 2024.")
    assert facts(r, FactKind.HOSTS) == {("Polda Kalimantan Barat", "Rapat Koordinasi")}
    assert facts(r, FactKind.ATTENDS) == set()


def test_a_guest_list_goes_on_in_a_sentence_opened_by_kemudian() -> None:
    r = run("Sosialisasi pengawasan partisipatif digelar Bawaslu Muratara. Sosialisasi dihadiri "
            "Ketua Bawaslu Muratara, Khairul Alamsyah.\nKemudian, Ketua PWI dan IWO Muratara, "
            "perwakilan organisasi NU, PSHT, GMNI, Muhamadiah Muratara, Icmi Muratara, serta "
            "seluruh Panwascam.")
    came = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"NU", "PSHT", "GMNI", "Icmi Muratara", "Khairul Alamsyah"} <= came
    assert persons(r) == {"Khairul Alamsyah"}


def test_kesbang_is_the_agency_its_head_is_named_after() -> None:
    r = run("Sosialisasi dihadiri Ketua Bawaslu Muratara, Khairul Alamsyah, Kepala Kesbang "
            "Muratara Zulnova dan Kasat Intel Polres Muratara.")
    assert ("Zulnova", "Kepala Kesbang", "Kesbang Kabupaten Muratara") in offices(r)


# -- offices ------------------------------------------------------------------------------------


def test_the_holder_after_a_speech_setting() -> None:
    r = run("Ketua KIP Kota Banda Aceh saat sambutan, Yusri Razali mengatakan saling "
            "berkomunikasi.")
    assert offices(r) == {("Yusri Razali", "Ketua", "KIP Kota Banda Aceh")}


def test_a_units_office_with_its_body_after_pada() -> None:
    r = run("Kordinator Divisi Pengawasan pada Bawaslu Pandeglang, Karsono mengatakan, pleno "
            "berjalan lancar.")
    assert offices(r) == {
        ("Karsono", "Kordinator Divisi Pengawasan", "Bawaslu Kabupaten Pandeglang")}


def test_badan_pengawasan_pemilu_is_bawaslu() -> None:
    r = run("Sebelumnya, Badan Pengawasan Pemilu (Bawaslu) Papua memetakan potensi kerawanan.")
    assert {e.label for e in r.entities if e.type is EntityType.ORGANIZATION} == {
        "Bawaslu Provinsi Papua"}


def test_a_list_of_holders_after_the_offices_term() -> None:
    r = run("Yang diambil sumpah janji Anggota Dewan Perwakilan Rakyat Daerah Provinsi Lampung "
            "Masa Jabatan 2024-2029 diantaranya Marsha Dita Golkar, Miswan Rodi Nasdem dan Munir "
            "Abdul Haris PKB.")
    assert {p for p, _, _ in offices(r)} == {"Marsha Dita", "Miswan Rodi", "Munir Abdul Haris"}


# -- local bodies -------------------------------------------------------------------------------


def test_a_district_body_is_not_named_after_a_one_word_village() -> None:
    r = run("Selain itu turut hadir ketua Panwaslu Aris Budiman, anggota Panwascam dan saksi.")
    assert offices(r) == {("Aris Budiman", "ketua", "Panwaslu")}


def test_a_districts_name_the_gazetteer_writes_as_one_word() -> None:
    r = run("Garisah melaporkan Anggota PPK Pondok Melati Hini Indrawati ke DKPP. Ketua "
            "Panwascam Tanjung Karang Barat Budi Santoso dicopot.")
    assert offices(r) == {("Hini Indrawati", "Anggota", "PPK Pondok Melati"),
                          ("Budi Santoso", "Ketua", "Panwascam Tanjung Karang Barat")}


def test_the_religious_court_keeps_its_written_name_and_a_degree_s_sit() -> None:
    r = run("Rapat dipimpin Pj Bupati Konawe Stanley, SE, S.SiT, MM dan dihadiri Ketua "
            "Pengadilan Agama Konawe Sudirman.")
    assert persons(r) == {"Stanley", "Sudirman"}
    assert ("Sudirman", "Ketua", "Pengadilan Agama Konawe") in offices(r)


def test_a_housing_estate_and_a_people_name_no_one() -> None:
    r = run("Deklarasi digelar di Kompleks Jatijati oleh Suku Marind bersama pasangan Apolo "
            "Safanpo.")
    assert persons(r) == {"Apolo Safanpo"}


def test_a_verdict_capitalised_names_no_one() -> None:
    r = run("Sidang dengan agenda pembacaan Putusan Perkara NO.71-PKE-DKPP/IV/2019 pengadu Amsar. "
            "DKPP memerintahkan Bawaslu RI melaksanakan Putusan ini.")
    assert persons(r) == {"Amsar"}


def test_pemilihan_misspelt_in_a_bodys_long_name() -> None:
    r = run("Anggota Komisi Pemiluhan Umum Daerah (KPUD) Kota Palopo Faisal diberhentikan.")
    assert offices(r) == {("Faisal", "Anggota", "KPU Kota Palopo")}


def test_a_plenary_named_in_a_documents_title_has_no_host_without_its_event() -> None:
    r = run("KPU Pandeglang memberhentikan empat anggota PPS. Hal itu berdasarkan hasil Rapat "
            "Pleno Terbuka Komisi Pemilihan Umum Kabupaten Pandeglang. Hasil klarifikasi tertuang "
            "pada Berita Acara Rapat Pleno Komisi Pemilihan Umum Kabupaten Pandeglang Nomor 158.")
    assert all(f.object for f in r.by_kind(FactKind.HOSTS))


def test_a_related_link_in_jambis_malay() -> None:
    r = run("KPU Muaro Jambi membuka pendaftaran PPK.\nBaco Jugo :   Najmi Buka Musrenbang "
            "Kecamatan Kumpeh Ulu\nPendaftaran dibuka hingga Senin.")
    assert {f.quals.get("title") or f.object for f in r.by_kind(FactKind.RELATES_TO)}
    assert persons(r) == set()


def test_applied_degrees_and_religious_leaders_name_no_one() -> None:
    r = run("Hadir Kasat Reskrim Polres Buru Iptu Aditya Bambang Sundawa, S.Tr.K, S.I.K, dan "
            "Pemuka Agama.")
    assert persons(r) == {"Aditya Bambang Sundawa"}


def test_the_regional_heads_contracted_imply_their_government() -> None:
    r = run("Hadir Wagub Jabar Deddy Mizwar, Wawalkot Bekasi Ahmad Syaikhu dan Wabup Garut "
            "Helmi Budiman.")
    assert {(p, o) for p, _, o in offices(r)} == {
        ("Deddy Mizwar", "Pemprov Jawa Barat"), ("Ahmad Syaikhu", "Pemkot Bekasi"),
        ("Helmi Budiman", "Pemkab Garut")}


def test_uu_is_a_given_name_unless_in_capitals() -> None:
    r = run("Hadir Bupati Tasikmalaya Uu Ruzhanul dalam rapat. Rapat membahas UU No 7 Tahun 2017.")
    assert persons(r) == {"Uu Ruzhanul"}


def test_the_running_mate_by_a_candidates_side() -> None:
    r = run("Ada tiga bakal pasangan calon gubernur Jawa Timur, yakni petahana Khofifah Indar "
            "Parawansa yang didampingi Emil Elestianto Dardak.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Khofifah Indar Parawansa", "Emil Elestianto Dardak"}


def test_the_campuses_the_panelists_come_from_do_not_attend() -> None:
    r = run("Debat perdana digelar KPU Kota Batu. Debat dihadiri lima panelis. Kelima panelis dari "
            "akademisi itu berasal dari Universitas Muhamadiyah Malang (UMM), Universitas Negeri "
            "Malang (UM) dan Universitas Brawijaya (UB).")
    assert facts(r, FactKind.ATTENDS) == set()


def test_a_body_hosts_through_its_agency() -> None:
    r = run("Pemkab Lampung Tengah melalui Kesatuan Bangsa dan Politik (Kesbangpol), menggelar "
            "rapat koordinasi persiapan Pemilu 2024, Senin.")
    assert {h for h, _ in facts(r, FactKind.HOSTS)} == {"Pemkab Lampung Tengah"}


def test_the_elected_pair_announced_holds_no_office_yet() -> None:
    r = run("Rapat paripurna mengumumkan pasangan terpilih, Robby Dondokambey sebagai Bupati "
            "Minahasa, dan Vanda Sarundajang sebagai Wakil Bupati Minahasa untuk periode "
            "2025-2030.")
    assert offices(r) == set()
