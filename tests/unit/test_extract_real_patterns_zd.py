"""Patterns met in real articles (forty-sixth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, hosts, labels, run

from electgraph.model import EntityType, Extraction, FactKind


def _quoted(r: Extraction, words: str) -> str:
    """Who the quote holding `words` is attributed to."""
    names = {e.key: e.label for e in r.entities}
    return next(names[f.subject] for f in r.facts
                if f.kind is FactKind.QUOTES and words in f.quals["text"])


def test_nya_means_the_paragraphs_subject_not_the_pair_it_names_later() -> None:
    """"Ketua DPD X, A dalam orasinya mengajak warga memenangkan B - C. “...,” ungkapnya": the
    pronoun points back to the paragraph's subject, not to the last name written."""
    r = run("Ketua DPD Partai Demokrat Jambi, Lukman Hakim dalam orasi politiknya mengajak warga "
            "memenangkan pasangan Rudi Hartono - Sofyan Ali pada Pilkada Jambi. “Mari kita "
            "menangkan pasangan nomor dua,” ungkapnya.")
    assert _quoted(r, "Mari kita") == "Lukman Hakim"


def test_nya_after_a_pronoun_subject_goes_on_with_the_speaker_before() -> None:
    """"“...,” ungkapnya. Untuk itu dirinya mengajak ... memenangkan A - B. “...,” tambahnya":
    a paragraph whose subject is a pronoun goes on with the quote before."""
    r = run("Ketua DPD Partai Demokrat Jambi, Lukman Hakim dalam orasi politiknya menyapa "
            "warga. “Terima kasih sudah datang,” ungkapnya.\nUntuk mewujudkan itu dirinya "
            "mengajak warga memilih pasangan Rudi Hartono - Sofyan Ali. “Jangan lupa datang ke "
            "TPS,” tambahnya.")
    assert _quoted(r, "Jangan lupa") == "Lukman Hakim"


def test_a_speech_verb_before_a_name_makes_the_speaker() -> None:
    """"Berdasarkan data, kata A, pasangan B dan C unggul. “...,” sebutnya", "Hal senada
    disampaikan A": the name after "kata" or a passive of saying speaks, not the candidate."""
    r = run("Ketua KPU Jambi, Hedi Saputra, memimpin rapat pleno, Senin. Berdasarkan perhitungan "
            "sementara, kata Hedi, pasangan Dedi Kurnia dan Erwin Syah memiliki suara tertinggi."
            "\n“Berdasarkan data yang masuk, unggul paslon nomor dua,” sebutnya.\nHal senada "
            "juga disampaikan Musa Rahman. Dalam orasinya Musa mengajak warga memilih pasangan "
            "Dedi Kurnia - Erwin Syah. “Jangan golput,” ungkapnya.")
    assert _quoted(r, "Berdasarkan data") == "Hedi Saputra"
    assert _quoted(r, "Jangan golput") == "Musa Rahman"


def test_the_subject_speaking_through_a_deputy_is_not_the_speaker() -> None:
    """"Pj Wali Kota A melalui Asisten II, B mengucapkan selamat. “...,” pesannya": B speaks
    for A, and A was not the one quoted."""
    r = run("Sementara itu Pj Wali Kota Prabumulih, Elman Sudirman melalui Asisten II, Ali "
            "Mahmud mengucapkan selamat atas pelantikan PPK.\n“Bekerjalah secara baik dan "
            "amanah,” pesannya.")
    assert _quoted(r, "Bekerjalah") == "Ali Mahmud"


def test_who_closes_or_read_out_a_quoted_verdict_said_it() -> None:
    """'“...,” demikian A membacakan putusan', '“...,” bunyi putusan yang dibacakan oleh B':
    the quote is the reader's."""
    r = run("DKPP menjatuhkan sanksi kepada Ketua KPU Maybrat, Isak Yumame, Senin.\n“Menjatuhkan "
            "sanksi peringatan keras kepada Teradu I,” demikian Hendra Lugas membacakan "
            "putusan.\n“Mengabulkan pengaduan pengadu untuk sebagian,” bunyi putusan yang "
            "dibacakan oleh Anggota DKPP Ratna Pettalolo.")
    assert _quoted(r, "Menjatuhkan sanksi") == "Hendra Lugas"
    assert _quoted(r, "Mengabulkan") == "Ratna Pettalolo"


def test_an_ad_hoc_body_named_alone_twice_is_a_body_of_the_article() -> None:
    """"Pelantikan PPK se-Kabupaten X ... PPK diminta bekerja": the district committees named
    alone twice are one body to the reader; named once as a stage's object ("telah membentuk
    PPK, PPS dan KPPS") they are not."""
    org = EntityType.ORGANIZATION
    orgs = labels("Sebanyak 35 anggota PPK dilantik di Aula KPU Garut, Senin. Ketua KPU Garut, "
                  "Dian Hasanudin, meminta PPK bekerja profesional.", org)
    assert "PPK" in orgs
    orgs = labels("Ketua KPU Sumbawa, Rafi Hidayat, mengatakan pihaknya telah membentuk PPK, PPS "
                  "dan KPPS. Tahapan meliputi pembentukan PPK, PPS dan KPPS.", org)
    assert not orgs & {"PPK", "PPS", "KPPS"}


def test_peoples_after_khas_or_adat_are_no_persons_nor_candidates() -> None:
    """"disambut tarian khas Sasak, Samawa dan Mbojo", "pakaian adat Madya Bali": the names of
    peoples and their customs are not persons, so not candidates either."""
    r = run("Pasangan Rudi Hartono dan Sofyan Ali tiba di kantor KPU NTB, Senin. Seluruh paslon "
            "disambut tarian khas Sasak, Samawa, Mbojo. Acara mengusung pakaian adat Madya "
            "Bali.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Rudi Hartono", "Sofyan Ali"}


def test_a_ballot_number_ends_a_pairs_name_and_a_repeated_headline_makes_no_one() -> None:
    """"Rohmi-Firin Nomor Urut 1, Zul-Uhel 2": "Nomor Urut" ends the name; the headline printed
    again in the body names no new person."""
    r = run("Pasangan Sitti Rohmi dan Musyafirin (Rohmi-Firin) mendapat nomor urut 1 dalam "
            "pengundian di KPU NTB.\nPilgub NTB: Rohmi-Firin Nomor Urut 1, Zul-Uhel 2\n"
            "Pengundian berlangsung lancar.",
            title="Pilgub NTB: Rohmi-Firin Nomor Urut 1, Zul-Uhel 2")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert not any("Nomor" in p for p in persons)
    assert "Uhel" not in persons and "Zul" not in persons


def test_a_picture_credit_is_no_person() -> None:
    """"(Helmy Akbar / detikBali)Getty Images": an agency's credit."""
    persons = labels("Ketua KPU NTB, Khuwailid, memimpin pengundian. (Foto: detikBali)Getty "
                     "Images", EntityType.PERSON)
    assert "Getty Images" not in persons


def test_the_next_stage_named_after_a_decision_is_still_ahead() -> None:
    """"Setelah penetapan ini, agenda selanjutnya yakni pengundian nomor urut": the draw is
    the next stage, so the pairs named in the report did not attend it."""
    r = run("KPU Purwakarta menetapkan empat pasangan calon, Minggu. Pasangan yang ditetapkan "
            "adalah Anne Mustika-Budi Hermawan dan Zainal Arifin-Sona Maulida. Setelah penetapan "
            "ini, lanjut Binos, agenda selanjutnya yakni pengundian nomor urut di Kantor KPU "
            "Purwakarta.")
    assert not facts(r, FactKind.ATTENDS)


def test_a_numbered_list_of_name_dash_office_gives_each_its_own_office() -> None:
    """"1. A – Anggota Bawaslu X / 2. B – Ketua Bawaslu X": the office after the dash is the
    name's before it, not the next item's; a one-word name of a common word ("Restu") set off
    so is a person."""
    r = run("Perkara ini melibatkan Teradu I hingga III:\n  1. Restu – Anggota Bawaslu Kabupaten "
            "Konawe\n  2. Abuldan – Ketua Bawaslu Kabupaten Konawe\n  3. Ijang Asbar – Anggota "
            "KPU Konawe\n")
    held = {(p, o) for p, o in facts(r, FactKind.HOLDS_ROLE)}
    assert held == {("Restu", "Bawaslu Kabupaten Konawe"), ("Abuldan", "Bawaslu Kabupaten Konawe"),
                    ("Ijang Asbar", "KPU Kabupaten Konawe")}
    roles = {(f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE
             and f.subject == "person:abuldan"}
    assert roles == {"Ketua"}


def test_a_bullet_under_a_named_heading_sanctions_that_person() -> None:
    """"1. A (Ketua Bawaslu X):" then "• Dijatuhi sanksi peringatan keras ...": the passive
    with no subject of its own speaks of the heading's person."""
    r = run("DKPP menjatuhkan sanksi kepada empat teradu. Berikut poin-poin sanksinya:\n  1. "
            "Abuldan (Ketua Bawaslu Konawe):\n    • Dijatuhi sanksi peringatan keras terakhir.\n"
            "  2. Restu (Anggota Bawaslu Konawe):\n    • Dijatuhi sanksi peringatan keras.\n")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {"Abuldan", "Restu"}


def test_air_force_ranks_a_ministry_acronym_and_a_cleric_are_read_as_such() -> None:
    """"Pangkogabwilhan II Marsdya TNI A": a rank starts the name; "Kemenpolhukam" is a
    ministry and "Menpolhukam A" its minister; "didampingi oleh Rohaniawan" names no one."""
    r = run("Rapat koordinasi yang diinisiasi oleh Kemenpolhukam ini dihadiri Panglima TNI yang "
            "diwakili Pangkogabwilhan II Marsdya TNI Khairil Lubis. Menpolhukam Hadi Tjahyanto "
            "membuka rapat. Pengambilan sumpah dipimpin oleh Ketua KPU Lebong Salahudin "
            "didampingi oleh Rohaniawan.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Khairil Lubis", "Hadi Tjahyanto", "Salahudin"}
    assert "Kemenpolhukam" in {e.label for e in r.entities
                               if e.type is EntityType.ORGANIZATION}
    roles = {(f.subject, f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert ("person:hadi tjahyanto", "Menpolhukam") in roles


def test_an_assistants_arabic_seat_number_keeps_the_field_after_it() -> None:
    """"Pj Gubernur X melalui Asisten 1 Bidang Pemerintahan dan Kesra Setda X NAME
    menambahkan": the office runs on through its field to the secretariat, whose holder
    speaks."""
    r = run("Sementara itu, Pj Gubernur Sumsel Elen Setiadi melalui Asisten 1 Bidang "
            "Pemerintahan dan Kesra Setda Sumsel Sunarto menambahkan pelaksanaan Pilkada "
            "serentak akan berlangsung pada 27 November 2024.")
    roles = {(f.subject, f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert ("person:sunarto", "Asisten 1 Bidang Pemerintahan dan Kesra") in roles


def test_a_registration_no_sentence_gives_a_host_is_the_election_bodys() -> None:
    """"Ketua KPU X menyatakan pendaftaran pasangan calon berlangsung tiga hari": pairs
    register at the election body, the one the article names."""
    r = run("Ketua KPU Kabupaten Penajam Paser Utara, Ali Yamin, menyatakan bahwa pendaftaran "
            "pasangan calon bupati dan wakil bupati berlangsung selama tiga hari. Pasangan Mudyat "
            "Noor-Abdul Waris mendaftar sekitar pukul 13.30 WITA.")
    assert hosts(r) == {"KPU Kabupaten Penajam Paser Utara"}


def test_a_campaign_declaration_no_sentence_gives_a_host_is_the_election_bodys() -> None:
    """"Deklarasi Kampanye Damai digelar di Lapangan X ... Ketua KPU X mengatakan": the
    campaign's opening is a stage of the election body the article names; another kind of
    declaration ("deklarasi pasangan A-B") is not."""
    r = run("Deklarasi Kampanye Damai Pilkada Bulukumba berlangsung di Lapangan Pemuda, Senin. "
            "Ketua KPU Bulukumba, Andi Sirajuddin, mengatakan seluruh paslon hadir.")
    assert hosts(r) == {"KPU Kabupaten Bulukumba"}
    r = run("Deklarasi pasangan Andi Utta dan Edy Manaf berlangsung di Lapangan Pemuda, Senin. "
            "Ketua KPU Bulukumba, Andi Sirajuddin, mengatakan pendaftaran dibuka pekan depan.")
    assert not hosts(r)


def test_a_supervisors_rally_no_sentence_gives_a_host_is_the_supervisors() -> None:
    """"usai pelaksanaan apel siaga pengawasan masa tenang" in a report on Bawaslu X: the
    supervisors' rally is the supervisor's, the one the article names."""
    r = run("Bawaslu Kabupaten Pesisir Selatan membuka posko pengaduan selama masa tenang. Hal itu "
            "disampaikan Ketua Bawaslu Pessel, Afriki Musmaidi, usai pelaksanaan apel siaga "
            "pengawasan masa tenang di Painan, Minggu.")
    assert hosts(r) == {"Bawaslu Kabupaten Pesisir Selatan"}


def test_a_decree_of_dishonourable_removal_sanctions_those_it_names() -> None:
    """"SK tentang Pemberhentian Tidak Dengan Hormat A sebagai Sekretaris PPS X, B sebagai ...":
    the decree's persons are sanctioned; "foto bareng Cabup C, empat orang PPS diberhentikan.
    Mereka ...": the four, not the candidate named before them."""
    r = run("Terbukti foto bareng Calon Bupati Pandeglang Fitron Ikhsan, empat orang PPS di "
            "Kecamatan Cikedal diberhentikan tidak hormat oleh KPU Pandeglang. Mereka "
            "diberhentikan dengan tidak hormat karena melanggar kode etik. KPU Pandeglang "
            "mengeluarkan Surat Keputusan Nomor 2940 tentang Pemberhentian Tidak Dengan Hormat "
            "Zaenal Apipin sebagai Sekretaris PPS Desa Dahu dan Deni Hendriayana sebagai Ketua "
            "PPS Desa Padahayu.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {"Zaenal Apipin", "Deni Hendriayana"}
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert "Zaenal Apipin" in persons and not any(p.startswith("Hormat") for p in persons)


def test_taking_the_oath_of_an_ad_hoc_body_is_its_swearing_in() -> None:
    """"Ketua KPU X NAME mengambil Sumpah dan janji PPS se-Kabupaten X": the swearing-in the
    article reports, named as written; the minutes of a plenary cited by their number
    ("berdasarkan berita acara rapat pleno KPU X Nomor 22") are no event; "Jony" is "Joni"."""
    r = run("Ketua KPU Kabupaten Mamasa Joni Rambulangi mengambil Sumpah dan janji Panitia "
            "Pemungutan Suara (PPS) se-Kabupaten Mamasa, Selasa. Pelaksanaan tersebut "
            "berdasarkan berita acara rapat pleno KPU Kabupaten Mamasa Nomor 22 tanggal 23 "
            "Januari 2023. Ketua KPU Mamasa Jony Rambulangi menyampaikan harapannya. Kegiatan "
            "dihadiri Kapolres Mamasa AKBP Dedi Yulianto.")
    attended = facts(r, FactKind.ATTENDS)
    assert {e for _, e in attended} == {"Sumpah dan janji PPS"}
    assert {a for a, _ in attended} >= {"Joni Rambulangi", "Dedi Yulianto"}
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert "Jony Rambulangi" not in persons


def test_a_university_acronym_in_title_case_after_a_number_or_region_is_a_given_name() -> None:
    """"Teradu III Upi Hastati", "anggota KPU Sulsel Upi Hastati": "Upi" opens the holder's
    name there, not the university UPI."""
    r = run("DKPP menjatuhkan sanksi Peringatan Keras kepada anggota KPU Sulsel Upi Hastati. "
            "Sanksi juga dijatuhkan kepada Teradu III Upi Hastati selaku anggota KPU Provinsi "
            "Sulawesi Selatan.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "Upi Hastati" in persons and "Hastati" not in persons and "Upi" not in orgs


def test_a_headlines_verb_ends_a_name_and_tetap_ends_an_events() -> None:
    """"Paslon Ratu – Angga Hadir Tak Tepat Waktu": "Hadir" ends the name; "pelaksanaan debat
    tetap molor" names the debate, not a "debat tetap molor"."""
    r = run("Paslon Ratu – Angga Hadir Tak Tepat Waktu, pasalnya Debat kedua calon Bupati "
            "digelar di Aula Fortuna. Namun, pelaksanaan debat tetap molor karena paslon "
            "Ratu-Angga baru tiba pukul 16.22 WITA.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert "Angga" in persons and not any("Hadir" in p for p in persons)
    assert not any("molor" in e for e in events)


def test_a_police_directorates_deputy_holds_the_unit_before_its_force() -> None:
    """"AKBP Irham Halid, Wadir Intelkam Polda Sulut": the unit's name is part of the office,
    not a person."""
    r = run("Narasumber yang hadir yaitu AKBP Irham Halid, Wadir Intelkam Polda Sulut; Morais "
            "Barakati, dari Kejati Sulut.")
    roles = {(f.subject, f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert ("person:irham halid", "Wadir Intelkam") in roles
    assert "Intelkam" not in {e.label for e in r.entities if e.type is EntityType.PERSON}


def test_parties_counted_then_listed_by_parpol_parpol_itu_back_the_pair() -> None:
    """"A - B diusung oleh 9 partai politik. Parpol-parpol itu adalah P, Q dan R.": the next
    sentence lists the parties counted."""
    r = run("Pasangan Edi Kamtono - Bahasan diusung oleh tiga partai politik.\n\nParpol-parpol itu "
            "adalah NasDem, Hanura dan PKS.")
    assert {p for p, _ in facts(r, FactKind.NOMINATES)} == {"Partai NasDem", "Partai Hanura",
                                                           "PKS"}


def test_jelang_opening_a_sentence_is_no_name_and_puts_the_event_ahead() -> None:
    """"Jelang H-1 pendaftaran bakal calon gubernur, PDI Perjuangan belum mengumumkan ...": the
    registration is still to come, and "Jelang H-1" is nobody."""
    r = run("Ternate, Fakta – Jelang H-1 pendaftaran bakal calon gubernur dan wakil gubernur, PDI "
            "Perjuangan belum juga mengumumkan kandidatnya. Pasangan Benny Laos dan Sarbin Sehe "
            "telah mengantongi rekomendasi Partai Perindo.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert not any("Jelang" in p for p in persons)
    assert not facts(r, FactKind.ATTENDS)


def test_a_body_that_watches_over_an_event_attends_it_and_does_not_hold_it() -> None:
    """"Bawaslu X melaksanakan pengawasan ketat terhadap deklarasi pasangan A-B": the declaration
    is the pair's; the supervisor was there watching. "siap membantu Polres X melakukan
    pengamanan": the helped body is no subject."""
    r = run("Bawaslu Provinsi Gorontalo melaksanakan pengawasan ketat terhadap deklarasi pasangan "
            "bakal calon gubernur di Limboto, Minggu. Dandim siap membantu Polres Gorontalo "
            "melakukan pengamanan.")
    assert not hosts(r)
    assert ("Bawaslu Provinsi Gorontalo", "deklarasi pasangan bakal calon gubernur") in facts(
        r, FactKind.ATTENDS)
    assert "Polres Gorontalo" not in {a for a, _ in facts(r, FactKind.ATTENDS)}


def test_who_signs_at_an_event_attends_it_and_an_office_alone_means_its_holder() -> None:
    """"... dilanjutkan dengan penandatanganan deklarasi kampanye damai oleh kedua paslon,
    Ketua KPU X A, ketua Bawaslu X, dan Forkopimda": the signers were there, the office named
    alone by the person the article names holding it; "kedua pasangan calon melakukan
    pencabutan nomor urut" says the pairs came to the draw."""
    r = run("KPU Kutim menggelar rapat pleno pengundian nomor urut, Senin. Ketua Bawaslu Kutim, "
            "Andi Mappasiling, turut hadir. Pasangan Kasmidi Bulang – Kinsu mendapat nomor urut "
            "1. Setelah kedua pasangan calon melakukan pencabutan nomor urut, dilanjutkan dengan "
            "penandatangan deklarasi kampanye damai oleh ketua Bawaslu Kutim, Ketua KPU Kutim "
            "Siti Akhlis Muafin dan Forkopimda.")
    attended = facts(r, FactKind.ATTENDS)
    assert ("Kasmidi Bulang", "rapat pleno pengundian nomor urut") in attended
    assert {("Siti Akhlis Muafin", "deklarasi kampanye damai"),
            ("Andi Mappasiling", "deklarasi kampanye damai")} <= attended


def test_an_event_is_named_by_its_fullest_mention_outside_quotes() -> None:
    """"Debat Molor 2.5 jam" in the lead, then "Debat kedua calon Bupati dan Wakil Bupati
    Kabupaten X yang digelar ...": the event is named in full; "apel siaga bukanlah kegiatan
    seremonial" names no more than "apel siaga"."""
    r = run("Paslon terlambat, Debat Molor 2.5 jam. Pasalnya Debat kedua calon Bupati dan Wakil "
            "Bupati Kabupaten Sumba Barat Daya yang digelar di Aula Fortuna, Rabu, terlambat.")
    assert {e.label for e in r.entities if e.type is EntityType.EVENT} == {
        "Debat kedua calon Bupati dan Wakil Bupati Kabupaten Sumba Barat Daya"}
    r = run("Bawaslu Muna menggelar apel siaga pengawasan, Rabu. Ketua Bawaslu Muna, Abraham, "
            "mengatakan apel siaga bukanlah kegiatan seremonial belaka.")
    assert {e.label for e in r.entities if e.type is EntityType.EVENT} == {
        "apel siaga pengawasan"}


def test_a_party_boards_field_after_its_body_keeps_the_official_from_the_nominees() -> None:
    """"setelah Ketua DPP Nasdem Bidang OK, Rusdi Masse menyerahkan SK B1KWK": the field is part
    of the office, so the official handing the backing over is no nominee."""
    r = run("Pasangan Tasming Hamid dan Hermanto resmi diusung Partai Nasdem. Hal itu, setelah "
            "Ketua DPP Nasdem Bidang OK, Rusdi Masse menyerahkan SK B1KWK di Jakarta.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Tasming Hamid", "Hermanto"}
    roles = {(f.subject, f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert ("person:rusdi masse", "Ketua") in roles


def test_police_unit_heads_glued_ranks_and_an_elder_brothers_address() -> None:
    """"Dir Intelkam Polda Malut Kombespol A", "Kanit Sabhara Polsek X, B", "Kanda C": offices,
    a rank and an honorific, none part of a name."""
    r = run("Hadir Dir Intelkam Polda Malut Kombespol Yuhsfi Munif Nasution dan Kanit Sabhara "
            "Polsek Tinambung, Muh Saleh. Rakorda dibuka oleh Kanda Abdul Karim Aljufri.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Yuhsfi Munif Nasution", "Muh Saleh", "Abdul Karim Aljufri"}
    roles = {f.quals["role"] for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert roles == {"Dir Intelkam", "Kanit Sabhara"}


def test_village_and_polling_station_supervisors_are_bodies_named_as_written() -> None:
    """"Panwaslu Kelurahan/Desa (PKD)", "Pengawas TPS (PTPS)", "Panwaslu Kecamatan X": the
    supervisors' bodies below the regency, named as the article writes them."""
    orgs = labels("Apel siaga diikuti Panwaslu Kecamatan Nubatukan, Panwaslu Kelurahan/Desa (PKD) "
                  "dan Pengawas TPS (PTPS). Seluruh PKD dan PTPS siap bertugas.",
                  EntityType.ORGANIZATION)
    assert {"Panwaslu Kecamatan Nubatukan", "Panwaslu Kelurahan/Desa", "Pengawas TPS"} <= orgs
    assert not orgs & {"Panwascam Nubatukan", "PKD", "PTPS"}


def test_a_pair_registering_at_the_bodys_office_and_the_host_not_attending() -> None:
    """"A-B mendaftarkan diri sebagai peserta Pilkada X di Kantor KPU X": a registration the body
    holds; "menerima tanda bukti pendaftaran dari KPU X" does not make the host a guest."""
    r = run("Pasangan bakal calon Andika Perkasa-Hendrar Prihadi mendaftarkan diri sebagai peserta "
            "Pilkada Jawa Tengah di Kantor KPU Jawa Tengah pada Selasa. Andika juga mengucap "
            "syukur telah menerima tanda bukti pendaftaran dari KPU Jawa Tengah.")
    assert hosts(r) == {"KPU Provinsi Jawa Tengah"}
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"Andika Perkasa", "Hendrar Prihadi"} <= attended
    assert "KPU Provinsi Jawa Tengah" not in attended


def test_a_quote_posted_is_its_writers() -> None:
    """'“Mari kita menangkan pasangan A,” tulis Rico dalam unggahannya': written, said."""
    r = run("Sekretaris DPD Gerindra Sulteng, Rico Djanggola, menekankan pentingnya persatuan. "
            "“Mari kita bersama memenangkan pasangan Ahmad Ali,” tulis Rico dalam unggahannya.")
    assert _quoted(r, "Mari kita") == "Rico Djanggola"


def test_ad_hoc_bodies_the_article_speaks_of_as_one_attend() -> None:
    """"Apel siaga diikuti Panwascam, PKD dan PTPS ... seluruh Panwascam": bodies the article
    names twice are its entities, and a list of who came names them; a supervision led by the
    chair ("Kegiatan pengawasan ini dipimpin oleh Ketua Bawaslu X") does not make the body the
    event's host."""
    r = run("Bawaslu Konawe Selatan menggelar apel siaga, Senin. Apel diikuti oleh Panwascam, PKD "
            "dan Pengawas TPS. Seluruh Panwascam dan PKD diminta waspada.")
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"Panwascam", "PKD"} <= attended
    r = run("Bawaslu Provinsi Gorontalo melaksanakan pengawasan terhadap deklarasi pasangan bakal "
            "calon gubernur, Kamis. Kegiatan pengawasan ini dipimpin langsung oleh Ketua Bawaslu "
            "Provinsi Gorontalo Idris Usuli.")
    assert not hosts(r)


def test_capitalised_common_heads_name_no_person() -> None:
    """"Pengurus DPP", "Bapilu DPP", "Koperasi RW", "Alat Peraga", "Fakta Integritas", "Lampu
    Merah Ciceri", "Event Organizer", "Langkah Gusnar Ismail": a board, a unit, a thing or a
    headline's noun before a name is no person's name."""
    persons = labels("Rekomendasi diserahkan Pengurus DPP dan Bapilu DPP kepada Langkah Gusnar "
                     "Ismail. Massa berkumpul di Lampu Merah Ciceri membawa Alat Peraga, lalu "
                     "menandatangani Fakta Integritas bersama Event Organizer dan Koperasi RW.",
                     EntityType.PERSON)
    assert persons <= {"Gusnar Ismail"}


def test_a_democracy_camp_a_prosecutor_and_an_online_channel() -> None:
    """"KPU X menggelar Kemah Demokrasi ... dihadiri Jaksa A ... disiarkan di Youtube Tribun
    Jabar": a voters' camp is an event, "Jaksa" an office, a channel no place."""
    r = run("KPU Pangkep menggelar Kemah Demokrasi Pilkada serentak 2024 di lapangan Citramas, "
            "Sabtu. Kegiatan dihadiri Jaksa Putu Adi. Acara disiarkan di Youtube Tribun Jabar.")
    assert ("Putu Adi", "Kemah Demokrasi") in facts(r, FactKind.ATTENDS)
    roles = {(f.subject, f.quals["role"]) for f in r.facts if f.kind is FactKind.HOLDS_ROLE}
    assert ("person:putu adi", "Jaksa") in roles
    assert not any("Youtube" in e.label for e in r.entities)


def test_an_event_first_named_in_a_general_statement_takes_its_next_name() -> None:
    """"Debat calon kepala daerah merupakan ajang edukasi politik. ... seusai debat perdana
    Pilkada Kutim": the lead speaks of debates in general; the event is the first debate."""
    r = run("Debat calon kepala daerah merupakan ajang edukasi politik. Hal tersebut diungkapkan "
            "Ketua KPU Kutim, Siti Akhlis, seusai debat perdana Pilkada Kutim, Sabtu. Hadir dalam "
            "debat itu paslon Kasmidi Bulang – Kinsu.")
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert events == {"debat perdana"}


def test_bpk_is_an_honorific() -> None:
    """"Ketua KPU Kota Batam Bpk. Martius": "Bpk." is "Bapak", not part of the name."""
    assert labels("Pelantikan dibuka oleh Ketua KPU Kota Batam Bpk. Martius, Rabu.",
                  EntityType.PERSON) == {"Martius"}


def test_an_em_dash_sets_off_the_holders_of_a_shared_office() -> None:
    """"Ketua dan Anggota Bawaslu Lampung—A, B, C, dan D—turun langsung": each is a holder."""
    r = run("Rapat pleno digelar KPU Lampung, Sabtu. Ketua dan Anggota Bawaslu Lampung—Iskardo "
            "Panggar, Suheri, Imam Bukhori, Tamri, dan Gistiawan—turun langsung memastikan "
            "pelaksanaan rapat pleno berjalan sesuai prosedur.")
    held = {p for p, _ in facts(r, FactKind.HOLDS_ROLE)}
    assert {"Suheri", "Imam Bukhori", "Tamri", "Gistiawan"} <= held
    # "turun langsung": they went there in person
    assert {"Suheri", "Tamri"} <= {a for a, _ in facts(r, FactKind.ATTENDS)}


def test_penjabat_sementara_with_its_abbreviation_in_brackets_is_an_acting_office() -> None:
    """"Penjabat Sementara (Pjs.) Gubernur Kaltara, A": an acting governor."""
    r = run("Rapat dibuka oleh Penjabat Sementara (Pjs.) Gubernur Kaltara, Togap Simangunsong, "
            "Kamis.")
    roles = {(f.quals["role"], f.quals["status"]) for f in r.facts
             if f.kind is FactKind.HOLDS_ROLE}
    assert roles == {("Pjs Gubernur", "acting")}


def test_a_bare_head_pointed_at_before_the_event_is_named_names_it() -> None:
    """"Ketua Bawaslu X juga hadir di tempat pendaftaran tersebut. ... A-B mendaftar ke KPU X":
    the registration pointed at is the one the article reports."""
    r = run("Ketua Bawaslu Kota Palu, Agussalim Wahid, juga hadir di tempat pendaftaran tersebut. "
            "Pasangan Wartabone dan Rizal mendaftar ke KPU Kota Palu, Kamis.")
    assert ("Agussalim Wahid", "pendaftaran") in facts(r, FactKind.ATTENDS)


def test_a_copula_gives_its_subject_the_office() -> None:
    """"A merupakan Wakil Ketua DPRD X dan Ketua DPW Y", "B saat ini menjabat sebagai Ketua KPU
    X": the subject holds the offices; "Pada periode sebelumnya, C menjabat sebagai bupati"
    held one before."""
    r = run("“Kami siap,” kata Agung Nugroho. Agung Nugroho merupakan Wakil Ketua DPRD Provinsi "
            "Riau dan Ketua DPW Partai Demokrat Provinsi Riau. “Kami siap,” kata Rudi Hartono. "
            "Rudi Hartono saat ini menjabat sebagai Ketua KPU Kota Palu. “Kami siap,” kata "
            "Ardiansyah. Pada periode sebelumnya, Ardiansyah menjabat sebagai bupati.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert {("Agung Nugroho", "DPRD Provinsi Riau"), ("Agung Nugroho", "DPW Partai Demokrat Riau"),
            ("Rudi Hartono", "KPU Kota Palu")} <= held
    assert "Ardiansyah" not in {p for p, _ in held}
