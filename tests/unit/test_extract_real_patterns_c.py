"""Patterns met in real articles (eighth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, hosts, roles, run

from electgraph.model import Extraction, FactKind


def persons(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.key.startswith("person:")}


def sanctioned(text: str) -> set[str]:
    return {p for _, p in facts(run(text), FactKind.SANCTIONS)}


def test_a_chair_who_is_also_a_member_does_not_end_the_list_of_the_sanctioned() -> None:
    assert sanctioned(
        '"Menjatuhkan sanksi peringatan keras kepada Teradu I Budi Santoso selaku Ketua '
        "sekaligus anggota, Teradu II Rudi Hartono, Teradu IV Sri Lestari, dan Teradu V Joko "
        'Susilo, masing-masing sebagai anggota KPU Kabupaten Blora," ujar Ketua DKPP Heddy '
        "Lugito.") == {"Budi Santoso", "Rudi Hartono", "Sri Lestari", "Joko Susilo"}


def test_a_sentence_that_goes_on_numbering_the_parties_goes_on_with_the_sanction() -> None:
    assert sanctioned(
        '"Menjatuhkan sanksi pemberhentian tetap kepada teradu satu, Budi Santoso, sebagai '
        "ketua sekaligus anggota KPU Kabupaten Blora. Teradu dua, Rudi Hartono, dan teradu "
        'tiga, Joko Susilo, masing-masing sebagai anggota KPU Kabupaten Blora," ujar anggota '
        "DKPP Ratna Dewi.") == {"Budi Santoso", "Rudi Hartono", "Joko Susilo"}


def test_a_sentence_about_the_parties_that_names_no_one_first_is_no_list() -> None:
    found = sanctioned(
        "DKPP menjatuhkan sanksi teguran kepada teradu satu, Budi Santoso. Teradu I hingga VI "
        "dinyatakan melanggar sejumlah pasal dalam Peraturan DKPP tentang Kode Etik dan "
        "Pedoman Perilaku Penyelenggara Pemilu.")
    assert found == {"Budi Santoso"}


def test_a_negation_of_another_word_does_not_deny_the_sanction() -> None:
    assert sanctioned(
        "Sedangkan komisioner Bawaslu Kabupaten Blora, teradu 6 sampai 8 masing-masing Budi "
        "Santoso, Rudi Hartono dan Joko Susilo terbukti bekerja dengan tidak cermat sehingga "
        "dijatuhi sanksi peringatan oleh DKPP.") == {"Budi Santoso", "Rudi Hartono",
                                                     "Joko Susilo"}


def test_a_negation_of_the_breach_still_denies_it() -> None:
    assert sanctioned(
        "Ketua KPU Kabupaten Blora Budi Santoso tidak terbukti melanggar kode etik sehingga "
        "DKPP merehabilitasi namanya. Anggota KPU Kabupaten Blora Rudi Hartono dijatuhi sanksi "
        "peringatan.") == {"Rudi Hartono"}
    assert sanctioned("DKPP tidak menjatuhkan sanksi kepada Ketua KPU Kabupaten Blora Budi "
                      "Santoso.") == set()


def test_a_middle_initial_glued_to_the_surname_stays_in_the_name() -> None:
    r = run("Kepala Sekretariat Bawaslu Kabupaten Blora Roy M.Siagian membuka acara itu.")
    assert persons(r) == {"Roy M.Siagian"}
    assert roles(r) == {("Roy M.Siagian", "Kepala Sekretariat")}


def test_the_code_of_ethics_is_no_one() -> None:
    r = run("DKPP menyatakan Budi Santoso terbukti melanggar Kode Etik dan Pedoman Perilaku "
            "Penyelenggara Pemilu. Diantaranya Rudi Hartono juga diperiksa.")
    assert persons(r) == {"Budi Santoso", "Rudi Hartono"}


def test_a_hearing_in_a_room_named_in_lower_case_is_held_by_the_body() -> None:
    r = run("Sidang pembacaan putusan perkara itu digelar di ruang sidang utama DKPP, Jakarta, "
            "Rabu (3/9/2025).")
    assert hosts(r) == {"DKPP RI"}


def test_a_hearing_no_sentence_gives_a_host_is_held_by_the_tribunal_reported_on() -> None:
    r = run("DKPP memberhentikan tetap Ketua KPU Kabupaten Blora Budi Santoso. Dalam sidang "
            "pembacaan putusan, Budi Santoso terbukti melanggar kode etik.")
    assert hosts(r) == {"DKPP RI"}
    # two tribunals: which one sat is not said
    r = run("DKPP dan MK memeriksa perkara itu. Dalam sidang pembacaan putusan, Budi Santoso "
            "terbukti melanggar kode etik.")
    assert hosts(r) == set()


def test_pairs_followed_by_their_votes_stood_in_the_election() -> None:
    r = run("Perolehan suara Pilkada Blora di Distrik Jati adalah Budi Santoso-Rudi Hartono "
            "(BERES) 6.368 suara, dan Andi Wijaya-Joko Susilo meraih 3.555 suara.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Santoso", "Rudi Hartono", "Andi Wijaya", "Joko Susilo"}


def test_members_listed_after_seperti_hold_the_office() -> None:
    r = run("Tampak hadir para komisioner Bawaslu Kabupaten Blora seperti Budi Santoso, Rudi "
            "Hartono dan Sri Lestari.")
    assert roles(r) == {("Budi Santoso", "komisioner"), ("Rudi Hartono", "komisioner"),
                        ("Sri Lestari", "komisioner")}


def test_parties_numbered_in_words_share_the_office_after_the_last() -> None:
    r = run("Teradu pertama Budi Santoso, selaku ketua merangkap anggota KPU Blora, teradu kedua "
            "Rudi Hartono, teradu ketiga Sri Lestari, dan teradu kelima Joko Susilo, selaku "
            "anggota KPU Blora, terbukti melanggar.")
    assert roles(r) == {("Budi Santoso", "ketua"), ("Rudi Hartono", "anggota"),
                        ("Sri Lestari", "anggota"), ("Joko Susilo", "anggota")}


def test_a_chair_sekaligus_member_is_the_chair_of_that_body() -> None:
    r = run("DKPP memberhentikan Budi Santoso, sebagai ketua sekaligus anggota KPU Kabupaten "
            "Blora.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Budi Santoso", "KPU Kabupaten Blora")}


def test_whose_speech_someone_else_reads_out_was_not_there() -> None:
    r = run("KPU Kabupaten Blora melantik 80 anggota PPK, Senin (6/5/2024). Sementara itu Ketua "
            "KPU Provinsi Jawa Tengah Budi Santoso dalam sambutan tertulisnya yang dibacakan "
            "oleh Ketua KPU Kabupaten Blora Rudi Hartono menyebutkan PPK harus netral.")
    assert "Rudi Hartono" in {p for p, _ in facts(r, FactKind.ATTENDS)}
    assert "Budi Santoso" not in {p for p, _ in facts(r, FactKind.ATTENDS)}
    r = run("KPU Kabupaten Blora melantik 80 anggota PPK, Senin (6/5/2024). Sambutan Gubernur "
            "Jawa Tengah Budi Santoso dibacakan oleh Asisten I Rudi Hartono.")
    assert "Budi Santoso" not in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_sworn_in_by_a_chair_is_an_inauguration_of_the_body_sworn_in() -> None:
    r = run("Sebanyak 45 orang Panitia Pengawas Pemilihan Umum Kecamatan (Panwascam) untuk "
            "Pilkada Kabupaten Blora tahun 2024, resmi dilantik oleh Ketua Bawaslu Blora Budi "
            "Santoso, Sabtu (25/5/2024). Hadir dalam kesempatan itu, Ketua KPU Blora Rudi "
            "Hartono.")
    assert facts(r, FactKind.ATTENDS) == {("Budi Santoso", "pelantikan Panwascam"),
                                          ("Rudi Hartono", "pelantikan Panwascam")}
    assert hosts(r) == {"Bawaslu Kabupaten Blora"}
    r = run("KPU Kabupaten Blora melantik 80 anggota PPK, Senin (6/5/2024).")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Blora", "pelantikan PPK")}


def test_papuas_district_bodies_and_a_body_with_its_province_between() -> None:
    r = run("Bawaslu Kabupaten Deiyai, Papua Tengah melantik sekaligus mengambil sumpah janji 15 "
            "Panitia Pengawas Distrik (Panwasdis) pada Pilkada 2024.")
    assert hosts(r) == {"Bawaslu Kabupaten Deiyai"}
    assert not persons(r)


def test_a_swearing_in_no_sentence_gives_a_host_is_held_by_the_appointing_body() -> None:
    r = run("Pelantikan Panwascam se-Kabupaten Blora berlangsung di Hotel Mahkota, Senin "
            "(20/5/2024). Ketua Bawaslu Kabupaten Blora Budi Santoso meminta Panwascam bekerja "
            "jujur.")
    assert hosts(r) == {"Bawaslu Kabupaten Blora"}


def test_the_venue_after_bertempat_names_no_one_who_came() -> None:
    r = run("Sebanyak 45 anggota PPK resmi dilantik oleh Ketua KPU Blora Budi Santoso, bertempat "
            "di Gedung Serba Guna (GSG) Ratu Piekulun, RSUD Alimuddin Umar, Sabtu (25/5/2024).")
    assert {p for p, _ in facts(r, FactKind.ATTENDS)} == {"Budi Santoso"}


def test_professions_are_offices_not_parts_of_the_name() -> None:
    r = run("Panelis debat yakni Dosen Tetap Fakultas Hukum Universitas Pattimura, Budi Santoso. "
            "Hadir pula Advokat Irfan Pakaya.")
    assert persons(r) == {"Budi Santoso", "Irfan Pakaya"}
    assert ("Irfan Pakaya", "Advokat") in roles(r)


def test_a_room_named_after_its_head_word_in_lower_case_is_a_place() -> None:
    r = run("Pelantikan digelar di aula Kaboudabii Soskat, Deiyai. Rapat lanjutan di kantor "
            "Bupati Blora Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}
    assert "aula Kaboudabii Soskat" in {e.label for e in r.entities}


def test_two_offices_joined_by_sekaligus_in_two_bodies_are_both_held() -> None:
    r = run("Hadir Ketua Tim Pemenangan sekaligus Anggota DPR RI Budi Santoso di lapangan.")
    assert roles(r) == {("Budi Santoso", "Ketua Tim Pemenangan"), ("Budi Santoso", "Anggota")}


def test_sworn_in_and_taking_the_oath_by_a_body_is_its_inauguration() -> None:
    r = run("Sebanyak 90 anggota Panitia Pemilihan Kecamatan (PPK) dilantik dan diambil sumpah "
            "oleh KPU Kabupaten Blora, Kamis (16/5/2024).")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Blora", "pelantikan PPK")}


def test_a_public_dialogue_is_an_event_and_what_is_said_of_it_no_part_of_its_name() -> None:
    r = run("KPU Provinsi Sulawesi Tengah melaksanakan dialog publik di Palu. Kenapa dialog "
            "publik penting, karena pemilih perlu tahu regulasi yang sedang digodok oleh KPU RI.")
    assert facts(r, FactKind.HOSTS) == {("KPU Provinsi Sulawesi Tengah", "dialog publik")}
    assert not persons(r)


def test_a_verbs_event_takes_the_name_the_first_noun_gives_it() -> None:
    r = run("Sebanyak 75 anggota Panwascam dilantik oleh Bawaslu Kabupaten Blora, Sabtu "
            "(25/5/2024). Kegiatan pelantikan dan pengambilan sumpah anggota Panwaslu dari 16 "
            "kecamatan itu dihadiri Ketua KPU Blora Rudi Hartono.")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert len(events) == 1 and next(iter(events)).startswith("pelantikan dan pengambilan sumpah")
    r = run("KPU Kabupaten Blora melantik 80 anggota PPK, Senin (6/5/2024). Usai pelantikan dan "
            "penetapan hasil seleksi, Ketua KPU Blora Rudi Hartono memberi arahan.")
    assert "pelantikan PPK" in {e.label for e in r.entities if e.key.startswith("event:")}


def test_a_doctors_title_in_lower_case_keeps_a_candidate() -> None:
    r = run("Pasangan calon yang berpartisipasi dalam debat adalah Paslon Nomor Urut 1, dr. "
            "Budi Santoso dan Rudi Hartono; Paslon Nomor Urut 2, drg. Sri Lestari dan Joko "
            "Susilo.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Santoso", "Rudi Hartono", "Sri Lestari", "Joko Susilo"}


def test_a_list_of_guests_from_mulai_dari_to_hingga() -> None:
    r = run("Pelantikan Panwascam digelar Bawaslu Kota Cilegon. Acara pelantikan juga dihadiri "
            "sejumlah stakeholder terkait. Mulai dari Wali Kota Cilegon Budi Santoso, Wakil "
            "Ketua DPRD Kota Cilegon Rudi Hartono, hingga Camat se Kota Cilegon.")
    assert {"Budi Santoso", "Rudi Hartono"} <= {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_a_ceremony_named_by_its_event_is_that_event() -> None:
    r = run("Bawaslu Kota Blora menggelar Apel Siaga Pengawasan, Minggu (24/11/2024). Upacara "
            "Apel siaga tersebut dipimpin langsung oleh Ketua Bawaslu Kota Blora Budi Santoso.")
    assert facts(r, FactKind.ATTENDS) == {("Budi Santoso", "Apel Siaga Pengawasan")}


def test_a_regent_of_a_name_a_city_shares_governs_the_regency() -> None:
    r = run("Hadir Bupati Bima Indah Dhamayanti dan Walikota Bima Budi Santoso di lapangan.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Indah Dhamayanti", "Pemkab Bima"),
                                             ("Budi Santoso", "Pemkot Bima")}


def test_a_coordinating_minister_and_a_police_masters_degree() -> None:
    r = run("Hadir Kapolres Bima AKBP Eko Sutomo S.IK, M.IK. Narasumber utama Menteri Koordinator "
            "Bidang Politik, Hukum dan Keamanan Hadi Tjahjanto.")
    assert persons(r) == {"Eko Sutomo", "Hadi Tjahjanto"}
    assert ("Hadi Tjahjanto", "Menteri Koordinator Bidang Politik, Hukum dan Keamanan") in roles(r)


def test_an_office_of_a_body_ends_an_events_name() -> None:
    r = run("Hadir pula dalam Rapat Pleno Anggota KPU Banten Bapak. M. Ali Zaenal Abidin, Bapak "
            "Aas Satibi dan Bapak Akhmad Subagja.")
    assert roles(r) == {("M. Ali Zaenal Abidin", "Anggota"), ("Aas Satibi", "Anggota"),
                        ("Akhmad Subagja", "Anggota")}


def test_whose_speech_is_read_out_is_no_speaker_at_the_event_either() -> None:
    r = run("Bawaslu Maluku menggelar peluncuran pemetaan kerawanan pilkada, Senin (2/9/2024). Di "
            "kesempatan itu, Penjabat Gubernur Maluku Budi Santoso dalam sambutannya yang "
            "dibacakan Kepala Kesbangpol Rudi Hartono, mengatakan, peluncuran itu penting. "
            '"Kita dukung," ujar Budi Santoso.')
    assert "Budi Santoso" not in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_i_after_an_office_numbers_it_unless_a_balinese_name_follows() -> None:
    r = run("Rapat dipimpin Wakil Ketua I Sujono didampingi Wakil Ketua I Made Suardana.")
    assert persons(r) == {"Sujono", "I Made Suardana"}


def test_whose_decision_an_event_word_names_is_no_part_of_the_event() -> None:
    r = run("SK penetapan keduanya disampaikan dalam Rapat Pleno Terbuka penetapan hasil Pilkada "
            "serentak, digelar KPU Kabupaten Sumbawa. Rapat pleno ini dipimpin Ketua KPU "
            "Sumbawa Budi Santoso.")
    assert "penetapan keduanya" not in {e.label for e in r.entities}
    assert ("Budi Santoso", "Rapat Pleno Terbuka penetapan hasil") in facts(r, FactKind.ATTENDS)


def test_an_expose_a_training_of_trainers_and_a_misspelt_coffee_morning_are_events() -> None:
    for name in ("Expose hasil pengawasan", "training of trainer", "Coffe Morning"):
        r = run(f"Bawaslu Kabupaten Blora menggelar {name} di Hotel Mahkota, Senin (6/5/2024).")
        assert hosts(r) == {"Bawaslu Kabupaten Blora"}, name
        assert not persons(r), name


def test_a_speech_verb_written_capitalised_ends_the_name() -> None:
    r = run("Ketua KPU Kabupaten Blora Nurgalia Menjelaskan bahwa pihaknya telah melaksanakan "
            "penetapan pasangan calon.")
    assert roles(r) == {("Nurgalia", "Ketua")}


def test_the_speakers_of_a_meeting_took_part_in_it() -> None:
    r = run("Bawaslu Kabupaten Blora menggelar rapat koordinasi bersama stakeholder, Senin "
            "(6/5/2024). Budi Santoso, Komisioner Bawaslu Blora, dan Rudi Hartono, Kepala Dinas "
            "Kesbangpol Blora, menjadi pemateri dalam rapat tersebut.")
    assert {"Budi Santoso", "Rudi Hartono"} <= {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_speakers_of_a_second_event_the_sentence_names_attend_that_one() -> None:
    r = run("Bawaslu Kabupaten Badung menggelar Apel Siaga, Senin (6/5/2024). Apel siaga ini "
            "dirangkaikan dengan acara Sosialisasi Pengawasan Pilkada dan menghadirkan narasumber "
            "Budi Santoso. Rapat koordinasi dilanjutkan dengan diskusi yang menghadirkan pemateri "
            "Rudi Hartono.")
    attended = facts(r, FactKind.ATTENDS)
    assert ("Budi Santoso", "Sosialisasi Pengawasan") in attended
    assert ("Rudi Hartono", "Rapat koordinasi") in attended  # a discussion is part of the rakor


def test_pairs_numbered_without_urut_and_tallies_after_a_colon() -> None:
    r = run("Pasangan cagub yang akan berdebat yakni paslon nomor urut 1 Budi Santoso – Rudi "
            "Hartono, nomor 2 Sri Lestari – Joko Susilo.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Santoso", "Rudi Hartono", "Sri Lestari", "Joko Susilo"}
    r = run("Perolehan suara Pilkada Blora:\n1. Budi Santoso dan Rudi Hartono (Nomor Urut 1): "
            "3.666 suara.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {"Budi Santoso", "Rudi Hartono"}


def test_tetap_after_an_event_word_is_no_part_of_its_name() -> None:
    r = run("KPU Maluku menggelar debat pertama, Sabtu (26/10/2024). “Debat tetap di daerah, "
            "bukan di luar,” kata Ketua KPU Maluku Budi Santoso.")
    assert {e.label for e in r.entities if e.key.startswith("event:")} == {"debat pertama"}
