"""Patterns met in a batch of real articles from outlets the rules had never seen (seventh
session), each on sentences written for it. The helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, roles, run

from electgraph.extract import lexicon as lx
from electgraph.extract.render import to_facts
from electgraph.model import Extraction, FactKind


def persons(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.key.startswith("person:")}


def test_a_misspelt_level_word_is_still_the_level() -> None:
    r = run("Ketua KPU Kabuapten Sleman, Andi Wijaya dalam sambutannya mengatakan PPK yang "
            "dilantik sudah sah.")
    assert roles(r) == {("Andi Wijaya", "Ketua")}
    assert persons(r) == {"Andi Wijaya"}


def test_a_misspelt_office_is_still_the_office() -> None:
    r = run("Ketua KPU Garut didampingi Seketaris KPU Garut Dedi Supriadi menerima berkas.")
    assert {p for p, _ in roles(r)} == {"Dedi Supriadi"}


def test_only_long_structural_words_are_corrected() -> None:
    assert lx.CORRECTIONS["kabuapten"] == "kabupaten"
    assert lx.CORRECTIONS["sekertaris"] == "sekretaris"
    assert "pejabat" not in lx.CORRECTIONS  # a word of its own, one letter off "penjabat"
    assert all(len(word) >= 6 for word in lx.CORRECTIONS if word not in ("ll", "lll"))
    assert "mapolres" not in lx.CORRECTIONS  # a headquarters, one letter off "kapolres"


def test_nomor_urut_is_no_name() -> None:
    r = run("Debat publik menampilkan Pasangan Calon Nomor Urut 1 H. Budi Hartono – H. Slamet "
            "Riyadi dan Pasangan Calon Nomor Urut 2 Agus Salim – Rina Wati di Garut.")
    assert "Urut" not in persons(r)
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Hartono", "Slamet Riyadi", "Agus Salim", "Rina Wati"}


def test_a_short_form_the_article_gives_a_region_names_the_region() -> None:
    r = run("Komisi Pemilihan Umum (KPU) Kabupaten Minahasa Tenggara (Mitra) menggelar debat "
            "publik pertama, Sabtu (2/11/2024). Hadir dalam acara tersebut Ketua KPU Mitra, "
            "Yohanes Rori, Penjabat Bupati Mitra Stefanus Lumi, dan Ketua Bawaslu Mitra Marten "
            "Runtu.")
    assert persons(r) == {"Yohanes Rori", "Stefanus Lumi", "Marten Runtu"}
    bodies = {(p, o) for p, o in facts(r, FactKind.HOLDS_ROLE)}
    assert ("Marten Runtu", "Bawaslu Kabupaten Minahasa Tenggara") in bodies


def test_a_name_in_brackets_after_a_region_is_no_short_form_of_it() -> None:
    r = run("Pelantikan dipimpin Ketua KPU Sleman (Hamdan Wijaya). Hamdan Wijaya mengatakan "
            "PPK harus netral.")
    assert "Hamdan Wijaya" in persons(r)


def test_a_division_abbreviated_is_part_of_the_office() -> None:
    r = run("Ketua KPU Kabupaten Garut, Dani Ramdani yang didampingi Kadiv Sosdiklih dan Parmas "
            "Rina Marlina, mengatakan debat berjalan aman.")
    assert roles(r) == {("Dani Ramdani", "Ketua"), ("Rina Marlina", "Kadiv Sosdiklih dan Parmas")}


def test_a_degree_written_without_dots_is_no_name() -> None:
    r = run("Apel dihadiri Kordiv Hukum Bawaslu Kabupaten Seluma, Andi Saputra SSosI MM, dan "
            "Ketua Panwascam Talo, Budi Hartono, SPdI.")
    assert persons(r) == {"Andi Saputra", "Budi Hartono"}


def test_an_office_several_hold_before_a_list_of_three() -> None:
    r = run("Rapat paripurna dihadiri Wakil Ketua DPRD Sleman Budi Santoso, Agus Salim, dan "
            "Rina Wati, serta anggota dewan.")
    assert roles(r) == {(p, "Wakil Ketua") for p in ("Budi Santoso", "Agus Salim", "Rina Wati")}
    assert attendees(r) == {"Budi Santoso", "Agus Salim", "Rina Wati"}


def test_two_offices_joined_do_not_spread_over_a_list() -> None:
    r = run("Ia mengadukan Ketua dan Anggota KPU Kabupaten Sleman Asep, Budi Santoso, Rina Wati, "
            "dan Agus Salim sebagai Teradu I-IV.")
    assert ("Rina Wati", "Anggota") not in roles(r)


def test_members_listed_up_to_the_next_office_share_theirs() -> None:
    r = run("Hadir dalam acara tersebut antara lain Komisioner KPU Sleman, Budi Santoso, Rina "
            "Wati, Agus Salim, Penjabat Bupati Sleman Andi Wijaya, dan Kapolres Sleman.")
    assert roles(r) == {("Budi Santoso", "Komisioner"), ("Rina Wati", "Komisioner"),
                        ("Agus Salim", "Komisioner"), ("Andi Wijaya", "Pj Bupati")}


def test_a_name_after_a_list_member_with_an_office_of_its_own_is_not_a_member() -> None:
    r = run("Hadir Komisioner KPU Sleman, Budi Santoso, Rina Wati, Kepala Dinas Kominfo.")
    assert ("Rina Wati", "Komisioner") not in roles(r)


def test_offices_of_city_heads_police_units_and_territorial_officers() -> None:
    r = run("Deklarasi dihadiri Pj Wako Garut, H Elman ST MM, Kasat Pol PP Gianyar, I Made "
            "Sudarsana, dan Pasiter Kodim 1205 Sintang, Agus Salim.")
    assert roles(r) == {("Elman", "Pj Wako"), ("I Made Sudarsana", "Kasat Pol PP"),
                        ("Agus Salim", "Pasiter")}


def test_a_roman_numeral_typed_with_the_letter_l() -> None:
    r = run("Pj Bupati Gianyar diwakili Asisten ll Setda Gianyar, Made Sudarsana, membuka rapat.")
    assert roles(r) == {("Made Sudarsana", "Asisten ll")} or roles(r) == {
        ("Made Sudarsana", "Asisten II")}


def test_a_working_group_and_a_base_are_no_persons() -> None:
    r = run("Rapat dihadiri saksi pasangan calon serta anggota Pokja Pemilihan 2024. Turut hadir "
            "Komandan Pangkalan Udara (Danlanud) Sintang Letkol Pnb Rudi Santoso.")
    assert persons(r) == {"Rudi Santoso"}


def test_a_press_conference_is_an_event_its_speakers_attend() -> None:
    r = run("Dalam temu pers pihak KPU Langkat yang dipimpin Ketua KPU Langkat Dian Permana "
            "menjelaskan tahapan pendaftaran.", title="KPU Langkat Buka Pendaftaran")
    assert ("Dian Permana", "temu pers") in facts(r, FactKind.ATTENDS)


def test_the_sanctioned_numbered_with_digits() -> None:
    r = run("\"Menjatuhkan sanksi peringatan kepada teradu 9 Budi Santoso selaku ketua merangkap "
            "anggota KPU Provinsi Jawa Tengah, teradu 6 Rina Wati, teradu 8 Agus Salim dan teradu "
            "12 Dewi Lestari, masing-masing selaku anggota KPU Provinsi Jawa Tengah,\" kata Ketua "
            "DKPP Andi Saputra.")
    assert facts(r, FactKind.SANCTIONS) == {
        ("DKPP RI", p) for p in ("Budi Santoso", "Rina Wati", "Agus Salim", "Dewi Lestari")}


def test_a_speech_verb_typed_twice_and_one_cut_short() -> None:
    r = run("\"Putusan ini final,\" kata kata Anggota DKPP Andi Saputra saat membacakan putusan.\n"
            "\"Kita siap mengawasi masa tenang,\" sampai Ketua Bawaslu Seluma, Budi Hartono, SSos.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Andi Saputra", "Budi Hartono"}


def test_the_regional_commission_written_out_with_daerah_hosts_its_sitting() -> None:
    r = run("Nomor urut didapatkan masing-masing paslon dalam Rapat Pleno terbuka Komisi "
            "Pemilihan Umum Daerah (KPUD) Kabupaten Konawe Selatan yang digelar di Andoolo.")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Konawe Selatan", "Rapat Pleno terbuka")}


def test_distributing_the_ballots_is_an_event_its_body_holds() -> None:
    r = run("Komisi Pemilihan Umum (KPU) Kabupaten Sleman sudah merampungkan pendistribusian "
            "logistik Pilkada 2024 ke 17 kecamatan.")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Sleman", "pendistribusian logistik")}


def test_a_body_chaired_by_a_name() -> None:
    r = run("Dalam amar putusan, DKPP yang diketuai Heddy Santoso, didampingi anggota Rina Wati "
            "dan Agus Salim, menjatuhkan sanksi peringatan.")
    assert ("Heddy Santoso", "Ketua") in roles(r)


def test_members_numbered_as_parties_of_a_ruling() -> None:
    r = run("Sedangkan komisioner Bawaslu Kota Sorong, teradu 6 sampai 8 masing-masing Nirma "
            "Wati, Julia Santi dan Abdul Kadir terbukti melakukan pelanggaran.")
    assert roles(r) == {(p, "komisioner") for p in ("Nirma Wati", "Julia Santi", "Abdul Kadir")}


def test_an_office_without_its_region_takes_the_one_body_of_its_kind_named() -> None:
    r = run("Rapat koordinasi pengamanan berlangsung di ruang Vicon Polres Lampung Selatan, Senin."
            " Dalam pembukaannya, Kapolres Yusriadi menekankan pentingnya sinergi.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Yusriadi", "Polres Lampung Selatan")}


def test_an_office_without_its_region_among_two_bodies_of_its_kind_has_none() -> None:
    r = run("Polres Sleman dan Polres Bantul menggelar rapat koordinasi, Senin. Dalam "
            "pembukaannya, Kapolres Yusriadi menekankan pentingnya sinergi.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Yusriadi", "")}


def test_a_liaison_an_intelligence_officer_and_the_election_supervisors() -> None:
    r = run("Acara pelantikan dihadiri oleh Pabung Kodim 1652 Ngada dan Pasi Intel Kodim 0421/LS "
            "Kapten Inf Tatang Suryana. Ketua Bawaslu Sleman mengatakan anggota Pengawas Pemilu "
            "kecamatan adalah garda terdepan.")
    assert persons(r) == {"Tatang Suryana"}
    assert roles(r) == {("Tatang Suryana", "Pasi Intel")}


def test_a_name_ending_in_a_point_of_the_compass_is_a_district() -> None:
    r = run("Kampanye dihadiri Ketua KPU Sleman Budi Santoso, Camat Aesasa dan Aesesa Selatan, "
            "serta simpatisan yang datang dari Buli, Maba Tengah dan Maba Selatan.")
    assert not persons(r) & {"Aesesa Selatan", "Maba Tengah", "Maba Selatan"}
    assert "Budi Santoso" in persons(r)


def test_an_article_of_a_law_and_a_working_group_theme_are_no_persons() -> None:
    r = run("Penetapan didasari oleh Pasal 56 dan Pasal 57 Peraturan KPU. Kemudian Pokja "
            "Netralitas ASN dan Sentra Gakkumdu dibentuk, kata Ketua Bawaslu Sleman Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}


def test_an_event_in_a_named_room_of_a_body_is_held_by_it() -> None:
    r = run("Rapat koordinasi pengamanan berlangsung di ruang Vicon Polres Lampung Selatan, "
            "Senin.")
    assert {h for h, _ in facts(r, FactKind.HOSTS)} == {"Polres Lampung Selatan"}


def test_whom_a_ruling_is_about_is_not_shown_at_its_reading() -> None:
    r = run("DKPP membacakan putusan dalam sidang putusan di Jakarta, Senin (21/10/2024). Sidang "
            "dipimpin Ketua DKPP Heddy Santoso didampingi anggota Rina Wati, dan menjatuhkan "
            "sanksi peringatan keras kepada Budi Hartono sebagai teradu 1. Sedangkan komisioner "
            "Bawaslu Kota Sorong, teradu 6 sampai 8 masing-masing Nirma Wati, Julia Santi dan "
            "Abdul Kadir terbukti melanggar kode etik dan tidak cermat mengawasi pemilu.")
    assert "Rina Wati" in attendees(r)
    assert not attendees(r) & {"Budi Hartono", "Nirma Wati", "Julia Santi", "Abdul Kadir"}


def test_a_list_of_guests_opened_by_diantaranya_runs_over_two_sentences() -> None:
    r = run("Kampanye akbar pasangan calon nomor urut 3 berlangsung meriah di lapangan Denggung, "
            "Kamis (21/11/2024).\nKampanye akbar ini dihadiri oleh sejumlah tokoh penting.\n"
            "Diantaranya adalah ketua majelis koalisi, H Ridho Yahya; Ketua Tim Pemenangan, "
            "Ganjar Hasin;\nKetua DPW PPP Jateng, H Ahmad Palo SE; Ketua DPC Partai Demokrat, "
            "Deni Victoria; dan tokoh-tokoh lainnya.")
    assert {"Ridho Yahya", "Ganjar Hasin", "Ahmad Palo", "Deni Victoria"} <= attendees(r)


def test_two_initials_the_second_without_its_full_stop() -> None:
    r = run("Pendaftaran diterima langsung oleh Ketua KPU Provinsi Kalbar, M.S Budi, Kamis "
            "(29/8/2024). Hadir pula Ketua Bawaslu Kalbar, A.R Hamdani dan Kapolda Kalbar.")
    assert {p for p, _ in roles(r)} == {"M.S Budi", "A.R Hamdani"}


def test_the_elected_named_before_their_office_stood_as_candidates() -> None:
    r = run("KPU Jatim menggelar rapat pleno terbuka penetapan, Kamis (6/2/2025). Selain itu, "
            "Khofifah Indar Parawansa dan Emil Elestianto Dardak Gubernur dan Wakil Gubernur "
            "Jatim terpilih juga hadir secara langsung di lokasi.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Khofifah Indar Parawansa", "Emil Elestianto Dardak"}


def test_a_pair_before_an_office_they_do_not_win_is_no_candidacy() -> None:
    r = run("Rapat dihadiri Budi Santoso dan Agus Salim, Kapolres Sleman dan Dandim Sleman.")
    assert facts(r, FactKind.CANDIDATES) == set()


def test_pairs_numbered_in_a_list_after_a_colon() -> None:
    r = run("Acara debat publik kedua diikuti para paslon bupati dan wakil bupati kabupaten "
            "Sleman sesuai nomor urut: 1. Budi Santoso-Agus Salim, 2. Rina Wati-Dewi Lestari, "
            "dan 3. Hadi Wijaya-Rudi Hartono.")
    pairs = {"Budi Santoso", "Agus Salim", "Rina Wati", "Dewi Lestari", "Hadi Wijaya",
             "Rudi Hartono"}
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == pairs
    assert attendees(r) == pairs


def test_a_list_written_name_then_office_gives_each_office_to_the_name_before() -> None:
    r = run("Debat menghadirkan lima panelis. Diantaranya, Dr. Marjoni Rahman, Rektor "
            "Universitas Mulawarman, Prof. Dr. Hj. Darmawati, Guru Besar Ilmu Ekonomi UINSI "
            "Samarinda, Warkhatun Najidah, Akademisi Hukum Universitas Mulawarman.")
    assert ("Marjoni Rahman", "Rektor") in roles(r)
    assert ("Warkhatun Najidah", "Akademisi") in roles(r)
    assert ("Darmawati", "Rektor") not in roles(r)


def test_a_party_written_without_partai_is_labelled_as_written() -> None:
    r = run("Pasangan Budi Santoso dan Agus Salim diusung Gerindra, Perindo dan Partai Golkar.")
    assert set(to_facts(r)["entities"]["Organization"]) == {"Gerindra", "Perindo", "Partai Golkar"}
    # the graph's label is the party's one canonical label, whatever the article wrote
    labels = {e.label for e in r.entities if e.key.startswith("org:party:")}
    assert labels == {"Partai Gerindra", "Partai Perindo", "Partai Golkar"}


def test_officers_of_navy_and_air_bases_prosecutors_and_spokesmen() -> None:
    r = run("Wakapolda Papua, Brigjen Pol Budi Santoso, menghadiri kegiatan Coffee Morning "
            "Forkopimda dan anggota Desk Pilkada Papua tahun 2024, Senin (4/11/2024). Turut hadir "
            "Danlantamal X Jayapura Brigjen TNI (Mar) Agus Salim, M.Tr.Opsla, Danlanud Silas "
            "Papare Jayapura Marsma TNI Mokh. Mukhson, Wakajati Papua Rudi Hartono, dan "
            "Kakesbangpol Provinsi Papua Andi Saputra. Polri menyelenggarakan Operasi Mantap Praja "
            "Cartenz-2024. Jurubicara KPU Papua Yosef Boy menyebutkan tahapan berjalan baik.")
    assert roles(r) == {
        ("Budi Santoso", "Wakapolda"), ("Agus Salim", "Danlantamal"),
        ("Mokh. Mukhson", "Danlanud"), ("Rudi Hartono", "Wakajati"),
        ("Andi Saputra", "Kakesbangpol"), ("Yosef Boy", "Jurubicara")}
    assert not persons(r) & {"Opsla", "Mantap Praja", "Desk", "Mokh", "Mukhson"}
    assert {e for _, e in facts(r, FactKind.ATTENDS)} == {"Coffee Morning"}


def test_words_of_law_and_ad_hoc_bodies_name_no_one() -> None:
    r = run("Ketua KPU Sleman Budi Santoso mengatakan anggota Badan Ad Hoc menandatangani Pakta "
            "Integritas sesuai UU No 7 Tahun 2017, dihadiri Camat Kec. Socah dan Kelima Teradu. "
            "Kami bersyukur kepada Yang Maha Kuasa.")
    assert persons(r) == {"Budi Santoso"}


def test_who_never_came_and_whom_a_newcomer_replaces_did_not_attend() -> None:
    r = run("Pelantikan PPK digelar KPU Sleman di aula, Senin (2/9/2024). Pelantikan dihadiri "
            "Ketua KPU Sleman Budi Santoso. Pj Bupati Sleman Agus Salim belum pernah hadir "
            "memenuhi undangan KPU. Rina Wati dilantik menggantikan Dewi Lestari yang menjadi "
            "anggota KPU.")
    assert "Budi Santoso" in attendees(r)
    assert not attendees(r) & {"Agus Salim", "Dewi Lestari"}


def test_a_ministry_named_by_derived_words_is_no_person() -> None:
    r = run("Ketua Bawaslu Riau Budi Santoso menyampaikan surat edaran dari Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.")
    assert persons(r) == {"Budi Santoso"}


def test_two_capital_initials_that_spell_a_degree_still_start_a_name() -> None:
    r = run("Hadir juga Pj. Gubernur Bali SM Mahendra Jaya bersama pimpinan OPD.")
    assert roles(r) == {("SM Mahendra Jaya", "Pj Gubernur")}


def test_a_balinese_name_ending_in_nya_and_the_councils_secretary() -> None:
    r = run("Rapat paripurna dipimpin oleh Ketua DPRD Bali Dewa Made Mahayadnya didampingi tiga "
            "wakilnya dan Plt. Sekwan Gusti Ngurah Wiryanata.")
    assert roles(r) == {("Dewa Made Mahayadnya", "Ketua"), ("Gusti Ngurah Wiryanata", "Plt Sekwan")}


def test_teradu_after_a_name_ends_it() -> None:
    r = run("\"Menjatuhkan sanksi peringatan kepada Teradu I Khaerana selaku Ketua merangkap "
            "Anggota Bawaslu Kota Palopo, dan Widianto Hendra Teradu II selaku Anggota Bawaslu "
            "Kota Palopo,\" kata Ketua DKPP Heddy Lugito.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {"Khaerana", "Widianto Hendra"}


def test_a_name_two_regions_share_is_the_one_the_article_named_with_its_level() -> None:
    r = run("Komisi Pemilihan Umum (KPU) Kabupaten Banjar menggelar rapat pleno terbuka "
            "rekapitulasi, Senin. Ketua KPU Banjar Budi Santoso membuka rapat pleno.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Budi Santoso", "KPU Kabupaten Banjar")}


def test_a_village_body_ends_where_the_gazetteer_village_ends() -> None:
    r = run("KPU Kota Makassar memecat delapan anggota PPS. Diantaranya ialah Ketua PPS Tanjung "
            "Merdeka A Burhanuddin, Ketua PPS Balang Baru Ahmad SE, Anggota PPS Bongaya Budi "
            "Setiawan, Anggota PPS Parang Tambung Hardi.")
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("A Burhanuddin", "PPS Tanjung Merdeka"), ("Ahmad", "PPS Balang Baru"),
        ("Budi Setiawan", "PPS Bongaya"), ("Hardi", "PPS Parang Tambung")}


def test_district_offices_are_named_with_their_district() -> None:
    r = run("Rapat pleno terbuka tingkat PPK dihadiri Kapolsek Klojen dan Danramil Klojen. Hadir "
            "juga Camat Aesesa Selatan Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}
    assert roles(r) == {("Budi Santoso", "Camat Aesesa Selatan")}


def test_a_party_chair_of_a_province_then_the_name() -> None:
    r = run("Tampak hadir petinggi partai pengusung seperti, Ketua Demokrat Sumut, Lokot Nasution, "
            "Ketua Golkar Sumut, Musa Rajeckshah, dan tokoh lainnya.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Lokot Nasution", "Partai Demokrat"),
                                             ("Musa Rajeckshah", "Partai Golkar")}


def test_misspelt_offices_of_the_army_post_and_the_supervisors() -> None:
    r = run("Rapat pleno dihadiri Kapolres Sleman, Danramel Depok Kapten Inf Agus Salim, dan "
            "Ketua Bawalsu Sleman Budi Santoso.")
    assert ("Budi Santoso", "Ketua") in roles(r)
    assert "Danramel" not in persons(r)


def test_a_deputy_police_chief_written_apart_a_city_secretary_and_a_captain_abbreviated() -> None:
    r = run("Hadir pula Waka Polres Kepulauan Aru Kompol Johanis Horhoruw, Danramil 1503/03 Dobo "
            "Kpt. Dody Masaoy, dan Sekkot Palu Irmayanti Pettalolo.")
    assert {p for p, _ in roles(r)} == {"Johanis Horhoruw", "Dody Masaoy", "Irmayanti Pettalolo"}


def test_a_bare_body_in_a_report_on_one_body_of_its_kind_is_that_body() -> None:
    r = run("KPU Kabupaten Maluku Tengah menggelar debat publik pasangan calon, Sabtu. Ketua KPU "
            "Abdurrahim Lesnussa dalam sambutannya berharap debat jadi momentum. Masing-masing "
            "pasangan menyampaikan visi. Ketua Bawaslu Dian Juga mengatakan debat aman.")
    assert ("Abdurrahim Lesnussa", "KPU Kabupaten Maluku Tengah") in facts(r, FactKind.HOLDS_ROLE)
    assert persons(r) == {"Abdurrahim Lesnussa", "Dian"}


def test_a_village_named_after_desa_ends_where_the_gazetteer_village_ends() -> None:
    r = run("Pelantikan KPPS dihadiri Sekretaris Desa Jambudipa Riki Pradita dan warga.")
    assert {e.label for e in r.entities if e.key.startswith("place:")} >= {"Desa Jambudipa"}
