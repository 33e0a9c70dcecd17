"""Patterns of real news (fifty-third session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_b."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, offices, run
from test_extract_real_patterns_b import persons

from electgraph.model import FactKind

# -- offices: a list of names, then "masing-masing sebagai Ketua dan Anggota X" ---------------


def test_names_each_as_chair_and_members_first_chairs() -> None:
    r = run("DKPP juga memberi peringatan keras kepada Rudi Hartono, Siti Aminah, Budi Lestari "
            "dan Yanto Sinaga, masing-masing sebagai Ketua dan Anggota Bawaslu Provinsi "
            "Jambi.")
    assert offices(r) == {
        ("Rudi Hartono", "Ketua", "Bawaslu Provinsi Jambi"),
        ("Siti Aminah", "Anggota", "Bawaslu Provinsi Jambi"),
        ("Budi Lestari", "Anggota", "Bawaslu Provinsi Jambi"),
        ("Yanto Sinaga", "Anggota", "Bawaslu Provinsi Jambi"),
    }


def test_names_who_each_serve_as_chair_and_members() -> None:
    r = run("Pengaduan itu ditujukan kepada Made Wirawan, Komang Sari, dan Ketut Arsana, yang "
            "masing-masing menjabat sebagai Ketua dan anggota KPU Kabupaten Gianyar.")
    assert offices(r) == {
        ("Made Wirawan", "Ketua", "KPU Kabupaten Gianyar"),
        ("Komang Sari", "anggota", "KPU Kabupaten Gianyar"),
        ("Ketut Arsana", "anggota", "KPU Kabupaten Gianyar"),
    }


def test_names_each_as_members_all_hold_the_one_office() -> None:
    """The office alone, with no chair before it, stays every name's."""
    r = run("Sanksi diberikan kepada Made Wirawan dan Komang Sari, masing-masing sebagai "
            "anggota KPU Kabupaten Gianyar.")
    assert offices(r) == {
        ("Made Wirawan", "anggota", "KPU Kabupaten Gianyar"),
        ("Komang Sari", "anggota", "KPU Kabupaten Gianyar"),
    }


# -- nominates: "N partai ... menyatakan dukungan. Ada P, Q dan R." ---------------------------


def test_parties_listed_after_a_counted_backing_back_the_pair_backed_before() -> None:
    r = run("Pasangan bakal calon bupati Bulungan, Hasan Basri dan Yusuf Malik, diusung "
            "Partai Gelora dan PSI. Sebelumnya tiga partai yang memiliki kursi di DPRD "
            "Bulungan telah menyatakan dukungan dengan menyerahkan surat B1KWK. Ada PKB, "
            "Demokrat dan PDIP Bulungan.")
    backing = {(p, c) for c, p in facts(r, FactKind.NOMINATES)}
    assert backing == {(p, c) for p in ("Hasan Basri", "Yusuf Malik") for c in (
        "Partai Gelora", "PSI", "PKB", "Partai Demokrat", "PDI Perjuangan")}


def test_parties_listed_after_a_sentence_that_backs_no_one_back_no_one() -> None:
    """Without a backing counted in the sentence before, a list of parties is only named."""
    r = run("Pasangan bakal calon bupati Bulungan, Hasan Basri dan Yusuf Malik, diusung "
            "Partai Gelora dan PSI. Rapat itu digelar di kantor DPRD Bulungan kemarin. Ada "
            "PKB, Demokrat dan PDIP.")
    assert {c for c, _ in facts(r, FactKind.NOMINATES)} == {"Partai Gelora", "PSI"}


# -- names: a term of office after an office; a division misspelt as a common noun ------------


def test_the_term_of_an_office_is_no_holder() -> None:
    """Said three times, the term after the office looked like a name seen often."""
    r = run("Agenda hari ini adalah Pengucapan Sumpah/Janji Anggota DPRD Kabupaten Rembang Masa "
            "Jabatan Tahun 2024-2029, katanya. Pengucapan Sumpah/Janji Anggota DPRD Kabupaten "
            "Rembang Masa Jabatan Tahun 2024-2029 dipandu Ketua Pengadilan Negeri Rembang Sri "
            "Wahyuni. Pengucapan Sumpah/Janji Anggota DPRD Kabupaten Rembang Masa Jabatan "
            "Tahun 2024-2029 berjalan tertib.")
    assert offices(r) == {("Sri Wahyuni", "Ketua", "Pengadilan Negeri Rembang")}


def test_a_division_misspelt_as_a_common_noun_is_no_name() -> None:
    r = run("Bimtek dibuka Koordinator Divisi Teknis (Kordiv Teknisi) KPU Provinsi Papua Tengah "
            "Yonas Wenda, didampingi Kordiv Teknisi. Kordiv Teknisi KPU Provinsi Papua Tengah "
            "Yonas Wenda lalu memberi sambutan.")
    assert "Teknisi" not in {e.label for e in r.entities}


def test_a_body_short_form_in_brackets_between_the_office_and_its_holder() -> None:
    r = run("Unggahan itu memuat foto seorang kader HMI bersama Ketua Partai Kebangkitan Bangsa "
            "(PKB), Ahmad Subagyo, di sebuah kafe.")
    assert {(p, role) for p, role, _ in offices(r)} == {("Ahmad Subagyo", "Ketua")}


def test_an_office_its_short_form_in_brackets_then_its_body_and_holder() -> None:
    r = run("Koordinator Divisi Sumber Daya Manusia (Kordiv SDM) Bawaslu Kabupaten Tuban Rini "
            "Astuti menjelaskan materi bimtek. Asisten Pemerintahan (Aspem) Sekretariat Daerah "
            "Kabupaten Tuban, Joko Prasetyo, membuka acara.")
    assert offices(r) == {
        ("Rini Astuti", "Koordinator Divisi Sumber Daya Manusia", "Bawaslu Kabupaten Tuban"),
        ("Joko Prasetyo", "Asisten Pemerintahan", "Setda Kabupaten Tuban"),
    }


def test_the_chair_listed_among_a_body_leaders_is_that_body_chair() -> None:
    r = run("Berikut susunan Pimpinan DPRD Jambi periode 2024-2029, Ketua Hafiz Fattah, Wakil "
            "Ketua Rahmat Hidayat dan Sri Lestari.")
    assert offices(r) == {
        ("Hafiz Fattah", "Ketua", "DPRD Provinsi Jambi"),
        ("Rahmat Hidayat", "Wakil Ketua", "DPRD Provinsi Jambi"),
        ("Sri Lestari", "Wakil Ketua", "DPRD Provinsi Jambi"),
    }


def test_a_bare_chair_after_another_body_is_not_that_body_chair() -> None:
    """Only the leaders of a body ("Pimpinan X") are listed as its own; a chair after a body
    named for another reason stays without one."""
    r = run("Rapat digelar di gedung DPRD Jambi, Ketua Hafiz Fattah membuka acara.")
    assert ("Hafiz Fattah", "Ketua", "DPRD Provinsi Jambi") not in offices(r)


def test_a_general_rank_typed_with_a_d_is_no_part_of_the_name() -> None:
    r = run("KPU menetapkan pasangan Andi Rahman dan Mayjend (Purn) TNI Hasan Basri sebagai "
            "pasangan calon gubernur.")
    assert "Hasan Basri" in persons(r)
    assert not any("Mayjend" in p for p in persons(r))


def test_honorary_titles_and_age_groups_are_no_persons() -> None:
    r = run("Wali kota juga mengukuhkan Bunda PAUD, Bunda Literasi dan Bunda Forum Anak. "
            "Sosialisasi itu menyasar Gen Z dan Generasi Milenial di Kota Palopo.")
    assert persons(r) == set()


# -- attendance: a ceremony's act done by those there ------------------------------------------


def test_who_cuts_the_ribbon_at_the_event_attends_it() -> None:
    r = run("KPU Provinsi Maluku menggelar pelepasan logistik Pilkada di gudang KPU, Senin "
            "(4/11/2024). Pelepasan ditandai dengan pengguntingan pita oleh Ketua KPU Maluku "
            "Samuel Latuny, Kepala Kesbangpol Maluku Johan Tuhumury, dan Ketua Bawaslu Maluku, "
            "Rahman Pattiasina.")
    assert {"Samuel Latuny", "Johan Tuhumury", "Rahman Pattiasina"} <= attendees(r)


def test_the_last_guest_cut_off_by_a_degree_full_stop_attends() -> None:
    r = run("Pelantikan PPS digelar KPU Kabupaten Kepahiang, Senin (20/5/2024). Pelantikan "
            "dihadiri Bupati Kepahiang, Hidayat Syah, dan Kepala Kesbangpol, Rudi Hartono, SH. "
            "Anggota KPU Provinsi Bengkulu, Dedi Saputra, SE.")
    assert {"Hidayat Syah", "Rudi Hartono", "Dedi Saputra"} <= attendees(r)


# -- quotes: a double quote typed as the two single ones '‘’' ---------------------------------


def test_a_quote_opened_by_two_single_marks_and_closed_by_demikian() -> None:
    r = run("Bupati Kepahiang, Hidayat Syah, hadir dalam pelantikan itu.\n‘’Jaga netralitas dan "
            "integritas dalam bertugas,’’ demikian bupati.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Hidayat Syah"}


def test_venues_and_programmes_in_title_case_are_no_persons() -> None:
    r = run("Rapat koordinasi digelar di Mentari Ballroom, lalu sosialisasi di Bintan Agro "
            "Resort bersama peneliti Nusantara Democracy Studies. Debat mengusung tema Good "
            "Governance dan ditutup penampilan Sinar Band.")
    assert persons(r) == set()


# -- one person whose name the writer spelt two ways ------------------------------------------


def test_a_name_with_a_letter_left_out_is_the_same_person() -> None:
    r = run("Ketua KPU Kabupaten Poso, Roni Mathindas, membuka rapat pleno. Menurut Roni "
            "Matindas, rapat berjalan lancar. Anggota KPU Heribertus Laju juga hadir; "
            "Herybertus Laju mengatakan logistik aman.")
    assert persons(r) == {"Roni Mathindas", "Heribertus Laju"}


def test_names_one_changed_letter_apart_stay_two_persons() -> None:
    """A letter changed, not left out, may be another name: "Wahyudi" and "Wahyuni"."""
    r = run("Ketua KPU Kabupaten Poso, Budi Wahyudi, membuka rapat pleno. Anggota KPU Kabupaten "
            "Poso, Budi Wahyuni, membacakan hasil rekapitulasi.")
    assert persons(r) == {"Budi Wahyudi", "Budi Wahyuni"}


def test_counted_pairs_listed_on_in_the_sentences_after_their_backing() -> None:
    r = run("Empat pasangan bakal calon mendapatkan formulir B1 KWK PDIP untuk Pilkada 2024. "
            "Keempat pasangan yang menerima dokumen adalah Joko Santoso-Budi Hartono di Tapin, "
            "kemudian Rina Marlina-Agus Salim di Banjar. Selanjutnya pasangan Hendra Gunawan-"
            "Yusuf Ramli di Tabalong, serta pasangan Dedi Mulyadi-Anwar Hamid di Kotabaru.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {
        "Joko Santoso", "Budi Hartono", "Rina Marlina", "Agus Salim", "Hendra Gunawan",
        "Yusuf Ramli", "Dedi Mulyadi", "Anwar Hamid"}


def test_pairs_after_a_backing_that_counts_none_are_not_backed() -> None:
    r = run("Pasangan Joko Santoso-Budi Hartono mendapatkan formulir B1 KWK PDIP. Selanjutnya "
            "pasangan Hendra Gunawan-Yusuf Ramli mendaftar ke KPU Tabalong.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Joko Santoso", "Budi Hartono"}


def test_a_party_officer_before_whom_the_party_short_form_stands_is_no_nominee() -> None:
    r = run("Ketua Dewan Pimpinan Pusat (DPP) Partai Gerakan Indonesia Raya (Gerindra), Rudi "
            "Hartono, menyerahkan SK B1 KWK kepada pasangan Andi Baso-Syarif Nurdin.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Andi Baso", "Syarif Nurdin"}
    assert ("Rudi Hartono", "Ketua", "DPP Partai Gerindra") in offices(r)


def test_a_ballot_number_in_words_after_the_office_introduces_the_pair() -> None:
    r = run("Di posisi kedua, paslon Bupati dan Wakil Bupati Tabalong nomor urut satu, Marlan "
            "dan Murjani, dengan 40.020 suara atau 26,71 persen.")
    numbers = {e.label: f.quals.get("number") for f in r.by_kind(FactKind.CANDIDATES)
               for e in r.entities if e.key == f.subject}
    assert numbers == {"Marlan": "1", "Murjani": "1"}


def test_panwaslucam_run_together_is_the_district_supervisors_body() -> None:
    r = run("Bawaslu Trenggalek menggelar Apel Siaga bersama Panwaslucam dan PKD se-Kabupaten "
            "Trenggalek, Senin (25/11/2024).")
    assert "Apel Siaga" in {e.label for e in r.entities}


def test_a_service_word_alone_after_an_office_is_no_name() -> None:
    r = run("Pelepasan logistik disaksikan Dandim 1401 Majene, Kapolres Majene, Kadis Kesbang "
            "Pol, Kadis Satpol PP dan Bawaslu.")
    assert "Pol" not in persons(r)


def test_a_corps_in_brackets_after_the_rank_and_a_balinese_name_in_nya() -> None:
    r = run("Apel disaksikan Dandim 1404/Pinrang Letkol (Inf) Abdullah Mahuwa dan Pabung "
            "Kodim 1611/Badung Mayor (Arm) Dewa Putu Yadnya.")
    assert {"Abdullah Mahuwa", "Dewa Putu Yadnya"} <= persons(r)


def test_a_candidate_whose_office_is_said_before_berpasangan() -> None:
    r = run("Hendra Saputra yang saat ini menjabat Wali Kota Bukittinggi berpasangan dengan "
            "Rudi Aura, pasangan ini diusung Gerindra dan Nasdem. Selanjutnya, Marzuki yang saat "
            "ini sebagai Wakil Wali Kota Bukittinggi berpasangan dengan Fauzan Hafiz.")
    standing = {p for p, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Hendra Saputra", "Rudi Aura", "Marzuki", "Fauzan Hafiz"} <= standing
    assert {(p, role) for p, role, _ in offices(r)} == {
        ("Hendra Saputra", "Wali Kota"), ("Marzuki", "Wakil Wali Kota")}


def test_a_division_word_one_letter_off_is_the_division() -> None:
    r = run("Sosialisasi dibuka Kordiv Sosdiqlih, Parmas, dan SDM KPU Kabupaten Lebak, Siti "
            "Rahmawati, di aula KPU.")
    assert "Sosdiqlih" not in persons(r)
    assert "Siti Rahmawati" in persons(r)


def test_officials_who_gave_directions_at_the_meeting_took_part() -> None:
    r = run("Sebanyak 700 orang mengikuti Rapat Koordinasi Cegah Dini Potensi Konflik di Pendopo "
            "Caruban, Jumat (19/1). Dalam rakor itu, Kapolres Madiun AKBP Andi Wijaya dan Dandim "
            "0803/Madiun Letkol Inf. Budi Santosa menyampaikan arahan seputar pengamanan Pemilu.")
    assert {"Andi Wijaya", "Budi Santosa"} <= attendees(r)


def test_a_party_board_with_its_level_spelt_out() -> None:
    r = run("Ketua DPD Tingkat I Partai Golkar Kaltara, Syarwani, menegaskan seluruh kader wajib "
            "memenangkan calon yang diusung.")
    assert offices(r) == {("Syarwani", "Ketua", "DPD Partai Golkar Kalimantan Utara")}


def test_a_ballot_number_with_its_digits_in_brackets_or_inside_the_event_name() -> None:
    r = run("Kampanye akbar pasangan calon Bupati dan Wakil Bupati Bolsel nomor urut dua (2), "
            "Iskandar Kamaru dan Deddy Hamid menjadi magnet ribuan warga. Kampanye akbar "
            "pasangan calon nomor urut 1, Hasan Mokoginta dan Rudi Lasabuda digelar kemarin.")
    standing = {p for p, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Iskandar Kamaru", "Deddy Hamid", "Hasan Mokoginta", "Rudi Lasabuda"} <= standing


def test_pasangan_ini_backed_after_the_singers_is_the_candidate_pair() -> None:
    r = run("Kampanye akbar pasangan calon nomor urut 2, Iskandar Kamaru dan Deddy Hamid, "
            "digelar di Molibagu. Penampilan artis Coco Lense, Roadkustik dan Isal Gorapu menambah "
            "kemeriahan. Pimpinan partai koalisi seperti PDI Perjuangan dan PKS turut hadir, "
            "mempertegas dukungan terhadap pasangan ini.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Iskandar Kamaru", "Deddy Hamid"}


def test_a_capitalised_ballot_number_and_a_division_short_name_are_no_names() -> None:
    r = run("Debat diikuti pasangan calon nomor urut Satu Zumi Laza - Aris Munandar. DKPP "
            "memberhentikan Luky Yuliasari, komisioner Divisi Sosialisasi dan Partisipasi "
            "Masyarakat (Sosdiklih Parmas) KPU Kabupaten Madiun.")
    assert "Zumi Laza" in persons(r)
    assert not {"Satu Zumi Laza", "Sosdiklih Parmas"} & persons(r)


def test_a_headline_backing_verb_and_a_party_unit_are_no_names() -> None:
    r = run("Surat rekomendasi itu diserahkan oleh Irjenpol (Purn) Drs. Syafrizal Ahiar S.H., "
            "M.M., Ketua TPPp Partai Hannura, bersama Ir Bahran Andang, MT. Sekretaris TPPP "
            "Partai Hanura kepada pasangan Hasan Basri dan Yusuf Malik.\nGolkar Tak Usung Kader "
            "Sendiri\nGolkar mendukung pasangan Hasan Basri dan Yusuf Malik di Pilkada Kampar.")
    assert not {"TPPp Partai Hannura", "Usung Kader Sendiri"} & persons(r)


def test_an_office_declared_won_is_not_yet_held() -> None:
    r = run("KPU Kabupaten Muna Barat menetapkan La Ode Darwin dan Ali Basa Sebagai Bupati "
            "Terpilih pada Pilkada Serentak tahun 2024.")
    assert offices(r) == set()


def test_a_photo_credit_in_brackets_names_no_one_at_the_event() -> None:
    r = run("Apel Siaga\nSebanyak 5.900 pengawas Pemilu se-Kabupaten Tasikmalaya mengikuti apel "
            "siaga kesiapan mengawasi Pemilu 2024. (Foto: kapol.id/Amin R. Iskandar)\n\nKAPOL.ID "
            "— Bawaslu Kabupaten Tasikmalaya menggelar Apel Siaga Pengawas Pemilu, Rabu "
            "(7/2/2024). Apel dihadiri Ketua Bawaslu Kabupaten Tasikmalaya, Dodi Juanda.",
            title="Apel Siaga 5.900 Pengawas, Tanda Kesiapan Awasi Pemilu 2024")
    assert not {"R. Iskandar", "Amin R. Iskandar"} & persons(r)
    assert "Dodi Juanda" in attendees(r)


def test_a_list_opened_by_a_capitalised_adalah_names_the_sanctioned() -> None:
    r = run("Bawaslu RI memberikan sanksi peringatan kepada lima komisioner Bawaslu Lebak. "
            "Adalah Odang Hudaya anggota merangkap Ketua Bawaslu, Ade Jurkani, Deni Wahyu, "
            "Asep Saepul dan Deden Adnan.")
    assert "Odang Hudaya" in persons(r) and "Adalah Odang Hudaya" not in persons(r)


def test_pasangan_ini_after_a_pair_named_with_dan_is_that_pair() -> None:
    """The guard of the rule above: a pair named since, with no candidate's word, is it."""
    r = run("Keesokan harinya, pasangan Desmon Sormin dan Naspi Arsyad mendaftar dengan membawa "
            "surat pencalonan dari PKS. Pendaftar terakhir, Andi Harahap dan Dayang Faroek, "
            "tiba pukul 14.30 WITA. Pasangan ini datang dengan surat usungan dari Golkar.")
    assert {(c, p) for c, p in facts(r, FactKind.NOMINATES) if c == "Partai Golkar"} == {
        ("Partai Golkar", "Andi Harahap"), ("Partai Golkar", "Dayang Faroek")}


def test_officials_at_a_handover_of_backing_are_not_the_pairs_backed() -> None:
    r = run("Partai Golkar menyerahkan SK B1 KWK kepada tiga pasangan calon kepala daerah. Acara "
            "itu dihadiri Bupati Kampar Yusri Hadi dan Wakil Bupati Kampar Dedi Saputra.")
    assert facts(r, FactKind.NOMINATES) == set()
