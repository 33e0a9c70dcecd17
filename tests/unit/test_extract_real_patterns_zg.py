"""Patterns met in real articles (forty-ninth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, hosts, labels, offices, run

from electgraph.model import EntityType, FactKind


def test_a_rank_written_out_is_no_name() -> None:
    """'Komisaris Besar (Kombes) NAME', 'Ajun Komisaris Besar Polisi NAME', 'Letnan Kolonel
    NAME': a police or military rank spelt out in words, its short form in brackets, stands
    before the name as 'Kombes' does."""
    body = ("Apel digelar di Kota Metro, Senin. Kapolres Metro, Ajun Komisaris Besar Polisi "
            "Hendra Wijaya, hadir bersama Dandim 0411/Lampung Tengah Letnan Kolonel Inf Rudi "
            "Santoso. Kapolresta Bandar Lampung, Komisaris Besar (Kombes) Budi Prasetyo, "
            "juga hadir.")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Hendra Wijaya", "Rudi Santoso", "Budi Prasetyo"}
    assert {("Hendra Wijaya", "Kapolres", "Polres Metro"),
            ("Budi Prasetyo", "Kapolresta", "Polresta Bandar Lampung")} <= offices(r)


def test_a_university_acronym_after_a_rank_is_a_given_name() -> None:
    """'Kabid Humas Polda Lampung, Kombes Pol Umi Fadilah': after a rank, 'Umi' (a university's
    acronym too) starts the officer's name."""
    body = ("Apel digelar di Kota Metro, Senin. Kabid Humas Polda Lampung, Kombes Pol Umi "
            "Fadilah, menyatakan pengamanan siap. \"Kami siap,\" ujar Umi.")
    r = run(body)
    assert "Umi Fadilah" in labels(body, EntityType.PERSON)
    assert not labels(body, EntityType.ORGANIZATION) & {"Umi", "UMI"}
    assert ("Umi Fadilah", "Kabid Humas", "Polda Lampung") in offices(r)


def test_a_hearings_panel_named_with_degrees_and_a_shared_office() -> None:
    """'dipimpin A, S.Pd selaku Ketua Majelis Pemeriksa, dan B S.S dan C, S.E.I, M.E sebagai
    Anggota Majelis': the panel's chair, and a member's office said once for the two names
    before it; 'S.S' and 'S.E.I' are degrees, no part of a name."""
    body = ("Sidang putusan digelar Bawaslu Kabupaten Gowa, Selasa. Sidang dipimpin Rina "
            "Wulandari, S.Pd, M.Si selaku Ketua Majelis Pemeriksa, dan Muhtar Salim S.S dan "
            "Hadi Kurniawan, S.E.I, M.E sebagai Anggota Majelis.")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Rina Wulandari", "Muhtar Salim", "Hadi Kurniawan"}
    roles = {(p, t) for p, t, _ in offices(r)}
    assert {("Rina Wulandari", "Ketua Majelis Pemeriksa"), ("Muhtar Salim", "Anggota Majelis"),
            ("Hadi Kurniawan", "Anggota Majelis")} <= roles


def test_a_name_playing_a_part_only_a_person_plays_is_a_person() -> None:
    """'A sebagai pelapor di Bawaslu X menerangkan ...': a complainant, a witness or a speaker
    is a person even where the sentence starts with the name."""
    body = ("Sidang digelar Bawaslu Kabupaten Gowa, Selasa.\nArmil Ferdiansyah sebagai pelapor "
            "di Bawaslu Gowa menerangkan bahwa rekapitulasi tidak kredibel.")
    assert "Armil Ferdiansyah" in labels(body, EntityType.PERSON)


def test_bold_marks_of_a_page_saved_as_markdown_are_no_words() -> None:
    """'1. **A – B** (Nomor urut 1)': the pairs of a list in bold are candidates, as they are
    without the marks."""
    r = run("Debat digelar KPU Provinsi Papua Selatan, Rabu. Keempat pasangan calon yang turut "
            "serta adalah:\n1. **Darius Geliwon – Yusak Yaluwo** (Nomor urut 1)\n"
            "2. **Nikolaus Kondomo – Haji Baidin Kurita, S.Sos.** (Nomor urut 2)\n")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Darius Geliwon", "Yusak Yaluwo", "Nikolaus Kondomo", "Baidin Kurita"}


def test_a_relative_clause_keeps_the_speech_with_its_subject() -> None:
    """'Ketua KPU X NAME yang menerima dokumen pasangan A menjelaskan, ...' then a quote with
    'jelasnya': NAME speaks, not A named inside the clause."""
    r = run("Pendaftaran digelar KPU Kota Kendari, Kamis. Ketua KPU Kota Kendari Jumwal Saleh "
            "yang menerima dokumen pasangan Siska Karina menjelaskan, dokumen akan diperiksa.\n"
            "“Kami periksa dulu,” jelasnya.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Jumwal Saleh"}


def test_a_contracted_candidates_office_before_its_region() -> None:
    """'Pasangan Cagub Cawagub NTT A dan B': the offices sought, contracted, and their province
    introduce the pair; the province is no place the names stand in."""
    r = run("Deklarasi digelar di Kota Kupang, Selasa. Pasangan Cagub Cawagub NTT Emanuel "
            "Melkiades Laka Lena dan Johni Asadoma menghadiri kegiatan itu.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Emanuel Melkiades Laka Lena", "Johni Asadoma"}


def test_a_pledge_typed_in_capitals_names_no_one() -> None:
    """'MENOLAK SEGALA BENTUK UJARAN KEBENCIAN, HOAX, ISU SARA, PECAH BELAH': prose in capitals
    is a banner's or a pledge's; its words are no names."""
    body = ("Deklarasi digelar di Kota Kupang, Selasa.\nMENOLAK SEGALA BENTUK UJARAN KEBENCIAN , "
            "HOAX, ISU SARA, PECAH BELAH, POLITISASI AGAMA DAN POLITIK IDENTITAS\n"
            "Kapolda NTT Irjen Daniel Silitonga hadir.")
    assert labels(body, EntityType.PERSON) == {"Daniel Silitonga"}


def test_an_office_said_to_be_held_by() -> None:
    """'Ketua DPRD X sementara dijabat oleh NAME': the office first, then its holder; 'Ketua
    DPRD X Defenitif' is a status word, no name."""
    body = ("Pelantikan digelar di Kota Pekanbaru, Jumat. Sebelum ditetapkannya Ketua DPRD "
            "Pekanbaru Defenitif, Ketua DPRD Pekanbaru sementara dijabat oleh Muhammad Isa "
            "Lahamid dari Fraksi PKS.")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Muhammad Isa Lahamid"}
    assert ("Muhammad Isa Lahamid", "Ketua", "DPRD Kota Pekanbaru") in offices(r)


def test_bodies_keep_the_name_the_article_writes() -> None:
    """'Ketua Pengadilan Negeri Pekanbaru NAME', 'Asisten II Setdaprov Riau, NAME': a court
    written out and a secretariat whose short form holds its level keep those names."""
    r = run("Pelantikan digelar di Kota Pekanbaru, Jumat. Pelantikan dipimpin Ketua Pengadilan "
            "Negeri Pekanbaru Raden Heru Kuntodewo, disaksikan Asisten II Setdaprov Riau, M Job "
            "Kurniawan.")
    assert {("Raden Heru Kuntodewo", "Ketua", "Pengadilan Negeri Pekanbaru"),
            ("M Job Kurniawan", "Asisten II", "Setdaprov Riau")} <= offices(r)


def test_pairs_joined_by_bersama_and_by_berpasangan_in_one_list() -> None:
    """'pasangan calon yang ditetapkan adalah A, bersama B, serta C yang berpasangan dengan D':
    two pairs, joined two ways."""
    r = run("Pleno digelar KPU Provinsi Kepri, Minggu. Adapun pasangan calon yang ditetapkan "
            "adalah H. Ansar Ahmad, SE, MM, bersama Nyanyang Haris Pratamura, serta H. Muhammad "
            "Rudi yang berpasangan dengan Dr. H. Aunur Rafiq, S.Sos, M.Si.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Ansar Ahmad", "Nyanyang Haris Pratamura", "Muhammad Rudi", "Aunur Rafiq"}


def test_a_dated_election_in_lower_case_ends_an_events_topic() -> None:
    """'apel siaga dan patroli pengawasan pemilu 2024': the election is one the article names,
    as 'Pemilu 2024' in capitals is; and 'Ketua Komisi IX DPR RI NAME' holds a commission's
    chair in the DPR."""
    body = ("Bawaslu Provinsi Maluku Utara melaksanakan apel siaga dan patroli pengawasan "
            "pemilu 2024 di Kota Ternate, Jumat. Hadir Ketua Komisi IX DPR RI Felly Estelita "
            "Runtuwene.")
    r = run(body)
    assert "pemilu 2024" in {e.label for e in r.entities if e.type is EntityType.ELECTION}
    assert ("Felly Estelita Runtuwene", "Ketua Komisi IX", "DPR") in offices(r)


def test_a_name_with_its_party_in_brackets_is_a_person() -> None:
    """'Keduanya adalah Melky Jakhin Pangemanan (PSI), dan Yusra Alhabsyi (PKB)': council
    members named with their parties."""
    body = ("Pelantikan digelar di Kota Manado, Senin. Dua nama memilih tidak dilantik. Keduanya "
            "adalah Melky Jakhin Pangemanan (PSI), dan Yusra Alhabsyi (PKB).")
    assert {"Melky Jakhin Pangemanan", "Yusra Alhabsyi"} <= labels(body, EntityType.PERSON)


def test_haji_and_an_initial_written_together_end_no_sentence() -> None:
    """'Pj Bupati Lombok Timur, HM. Juaini Taofik, ...': 'HM.' is a title, no sentence's end."""
    r = run("Pengukuhan PPK digelar di Selong, Senin. Pj Bupati Lombok Timur, HM. Juaini Taofik, "
            "yang juga hadir dalam acara tersebut, menekankan tanggung jawab PPK.")
    assert ("Juaini Taofik", "Pj Bupati", "Pemkab Lombok Timur") in offices(r)


def test_a_double_quote_typed_as_two_single_ones_closes_a_quote() -> None:
    """'“Kita menjelaskan pendaftaran secara rinci,’’kata NAME': the closing quote is two
    right single quotes; and 'Perwira Penghubung Mayor Inf. NAME, ketua Bawaslu' is the
    liaison officer's office, not the next one's."""
    r = run("Rakor digelar KPU Kabupaten Muaro Jambi, Senin. Hadir Dandim 0415 Jambi yang "
            "diwakili Perwira Penghubung Mayor Inf. Beni, ketua Bawaslu, dan sejumlah OPD.\n"
            "“Kita menjelaskan pendaftaran pasangan calon secara rinci,’’kata Almuttaqin.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Almuttaqin"}
    assert {(p, t) for p, t, _ in offices(r)} == {("Beni", "Perwira Penghubung")}


def test_a_meeting_said_to_take_place_is_an_event() -> None:
    """'Pertemuan yang berlangsung di X itu dihadiri NAME': a weak head ('pertemuan') said to
    take place is the event; 'tahap kampanye yang berlangsung selama 58 hari' is a period."""
    r = run("Pertemuan yang berlangsung di Grand Mahkota Hotel Pontianak itu dihadiri Budi "
            "Santoso. Tahap kampanye yang berlangsung selama 58 hari diawasi Bawaslu.")
    assert attendees(r) == {"Budi Santoso"}
    assert {e.label for e in r.entities if e.type is EntityType.EVENT} == {"Pertemuan"}


def test_degrees_one_after_another_old_month_names_and_ad_hoc_are_no_names() -> None:
    """'Rondonuwu S.Sos M.Si', '27 Nopember 2024', 'anggota Adhoc PPS', and 'Direskrimum' (one
    r) for the police's crime director."""
    body = ("Pj Bupati Maybrat, Dr. Bernhard Eduard Rondonuwu S.Sos M.Si, menghadiri rapat itu. "
            "Pilkada digelar 27 Nopember 2024. Sebanyak 339 anggota Adhoc Panitia Pemungutan "
            "Suara (PPS) dilantik. Hadir Direskrimum Polda Sulut Kombespol. Gani Siahaan.")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Bernhard Eduard Rondonuwu", "Gani Siahaan"}
    assert ("Gani Siahaan", "Direskrimum", "Polda Sulawesi Utara") in offices(r)


def test_a_pair_written_with_no_joiner_is_two_persons() -> None:
    """'pasangan Siska Karina Imran Sudirman', 'pasangan Khofifah Emil': a pair whose dash the
    outlet dropped is two candidates, when its parts are named apart elsewhere or the article
    writes its other pairs with a joiner; 'pasangan Andi Sumangerukka (ASR)' is one name."""
    r = run("Pasangan Siska Karina Imran Sudirman mendaftar ke KPU Kota Kendari, Kamis. Pasangan "
            "itu diusung Partai NasDem. Warga memilih dr Siska Karina Imran dan Sudirman.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {"Siska Karina Imran", "Sudirman"}
    r = run("Pleno digelar KPU Jatim, Minggu. Pasangan Luluk dan Lukman mendapat nomor urut 1. "
            "Sementara itu, pasangan Khofifah Emil yang didukung Gerindra meraih nomor urut 2. "
            "Pleno menetapkan pasangan Andi Sumangerukka (ASR) sebagai peraih suara terbanyak.")
    assert {"Khofifah", "Emil", "Andi Sumangerukka"} <= {
        e.label for e in r.entities if e.type is EntityType.PERSON}
    assert {("Gerindra", "Khofifah"), ("Gerindra", "Emil")} <= {
        (p.removeprefix("Partai "), c) for p, c in facts(r, FactKind.NOMINATES)}


def test_a_rerun_vote_held_and_villages_named_kampung() -> None:
    """'KPU Kabupaten Jayapura menggelar pemungutan suara ulang di Kampung Aib, Kampung
    Maribu': the re-run vote a body holds is its event (not the one a ruling orders,
    'berakibat pemungutan suara ulang'), a 'Kampung' is a village and 'formulir D Hasil' a
    form; the headline's 'KPU Jayapura' is the regency's the article names."""
    r = run("Komisi Pemilihan Umum Kabupaten Jayapura, Jumat, menggelar pemungutan suara ulang "
            "di Kampung Aib dan Kampung Maribu. Petugas membacakan formulir D Hasil.",
            title="KPU Jayapura Gelar PSU Pilkada")
    assert hosts(r) == {"KPU Kabupaten Jayapura"}
    places = {e.label for e in r.entities if e.type is EntityType.PLACE}
    assert {"Kampung Aib", "Kampung Maribu"} <= places
    assert not {e.label for e in r.entities if e.type is EntityType.PERSON}
    r = run("DKPP menyatakan teradu lalai, yang berakibat pemungutan suara ulang di Dapil 6.")
    assert not {e.label for e in r.entities if e.type is EntityType.EVENT}


def test_a_handover_and_a_regional_government_written_out() -> None:
    """'Serah terima jabatan (Sertijab) Bupati' is an event; 'Pemerintah Daerah Kabupaten X'
    keeps the name the article writes."""
    r = run("Pemerintah Daerah Kabupaten Kayong Utara menggelar serah terima jabatan Bupati di "
            "Balai Petitih, Senin. Acara dihadiri Romi Wijaya.")
    assert attendees(r) == {"Romi Wijaya"}
    assert hosts(r) == {"Pemerintah Daerah Kabupaten Kayong Utara"}


def test_panelists_listed_after_the_event_or_a_demonstrative() -> None:
    """'Panelis tersebut meliputi A dari X, B dari Y, serta C dari Z. Panelis lainnya termasuk
    D dari W': each is a panelist; 'Ketiga Ketua Panwaslu itu adalah A sebagai ...' lists no
    holders of a generic office."""
    r = run("Debat digelar KPU Jatim, Jumat. Panelis tersebut meliputi Prof. Achmad Zuhri dari "
            "UIN Sunan Ampel Surabaya, serta Adhitya Wardhono dari Universitas Jember. Panelis "
            "lainnya termasuk Dr. Sasongko Budi dari Universitas Brawijaya.")
    assert {p for p, t, _ in offices(r) if t == "Panelis"} == {
        "Achmad Zuhri", "Adhitya Wardhono", "Sasongko Budi"}


def test_a_courts_town_before_its_chairs_initial() -> None:
    """'Ketua Pengadilan Negeri Sei Rampah M. Sacral Ritonga': the town the court sits in ends
    where an initial begins the chair's name."""
    r = run("Paripurna digelar DPRD Serdang Bedagai, Senin. Hadir Ketua Pengadilan Negeri Sei "
            "Rampah M. Sacral Ritonga, SH, MH, serta jajaran Forkopimda.")
    assert ("M. Sacral Ritonga", "Ketua", "Pengadilan Negeri Sei Rampah") in offices(r)


def test_a_paragraph_opened_by_a_phrase_pointing_back_speaks_through_its_subject() -> None:
    """'Dalam rapat pleno tersebut Ketua KPU X NAME menetapkan pasangan A dan B ...' then
    '“...,” ucapnya': the chair speaks, not B named last."""
    r = run("KPU Provinsi Bali menggelar rapat pleno terbuka, Kamis.\nDalam rapat pleno tersebut "
            "Ketua KPU Provinsi Bali I Dewa Agung Gede Lidartawan menetapkan pasangan I Wayan "
            "Koster dan I Nyoman Giri Prasta sebagai Gubernur dan Wakil Gubernur Bali.\n"
            "” Kami menetapkan pada hari ini, “ ucapnya.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"I Dewa Agung Gede Lidartawan"}


def test_an_event_that_bakal_be_held_has_no_attendants_yet() -> None:
    """'Debat publik pertama ... bakal digelar Selasa': 'bakal' before a verb puts the event
    ahead, as 'akan' does, so the pairs listed for it attend nothing yet; 'bakal calon' is a
    prospective candidate, no future."""
    r = run("Debat publik pertama untuk Paslon Gubernur Maluku Utara bakal digelar Selasa.\n"
            "Para kontestan yang bakal beradu gagasan pada debat perdana itu yakni, Paslon Nomor "
            "Urut 1, Husain Alting Sjah-Asrul Rasid Ichsan, serta Paslon Nomor Urut 2 Aliong Mus "
            "dan Sahril Taher.")
    assert not attendees(r)
    r = run("Bakal calon Bupati Sleman Budi Santoso menghadiri rapat pleno KPU Sleman, Senin.")
    assert attendees(r) == {"Budi Santoso"}


def test_a_name_given_both_a_provinces_and_a_citys_level_stays_as_written() -> None:
    """An article naming 'Bawaslu Provinsi Jambi' and 'Bawaslu Kota Jambi' reads its headline's
    'Bawaslu Jambi' as the province's (the name alone), not as the city's."""
    r = run("Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Jambi menggelar Apel Siaga di "
            "halaman kantornya, Sabtu. Apel dihadiri Bawaslu Kota Jambi.",
            title="Bawaslu Jambi Gelar Apel Siaga")
    assert hosts(r) == {"Bawaslu Provinsi Jambi"}


def test_parties_counted_then_listed_with_their_count_back_the_pair() -> None:
    """'A-B didampingi pengurus 16 partai politik pengusul yang mendukungnya. Keenam belas
    partai politik tersebut antara lain Partai Golkar, PDI Perjuangan, ... non parlemen Partai
    Perindo': the list sentence, count and all, names the backers."""
    r = run("Pasangan Calon Wali Kota Tangsel Benyamin Davnie-Pilar Saga resmi mendaftar ke KPU "
            "Tangsel, Kamis. Keduanya juga didampingi pengurus 16 partai politik pengusul "
            "yang mendukungnya maju di Pilkada Tangsel. Keenam belas partai politik tersebut "
            "antara lain Partai Golkar, PDI Perjuangan, dan non parlemen Partai Perindo.")
    backed = facts(r, FactKind.NOMINATES)
    assert {p for p, _ in backed} == {"Partai Golkar", "PDI Perjuangan", "Partai Perindo"}
    assert {c for _, c in backed} == {"Benyamin Davnie", "Pilar Saga"}


def test_an_agencys_unnamed_head_brings_the_agency() -> None:
    """'Hadir dalam Rakor tersebut ..., Kepala Kejaksaan Negeri Landak, Kepala Rutan Landak,
    Kepala BPS Landak': the head of a named agency, unnamed, is the agency there."""
    r = run("KPU Landak menggelar Rakor Coklit, Senin. Hadir dalam Rakor tersebut Kepala "
            "Kejaksaan Negeri Landak, Kepala Rutan Landak, Ketua Bawaslu Landak, Kepala BPS "
            "Landak.")
    assert {"Kejaksaan Negeri Landak", "Rutan Landak", "BPS Landak"} <= attendees(r)


def test_who_came_without_someone_ends_at_the_next_arrival() -> None:
    """'... calon nomor urut 3 A yang datang tanpa didampingi wakilnya B setelah itu, calon
    nomor urut 4 C dan D': C and D came; a headline's verb ('Berlangsung') ends an event's name."""
    r = run("Debat perdana digelar KPU Buru, Sabtu. Pasangan yang tiba pertama di lokasi debat "
            "yakni calon nomor urut 3 Aziz Hentihu yang datang tanpa didampingi pasangan "
            "wakilnya Gadis Umasugi setelah itu, calon nomor urut 4 Amos Besan dan Rudi Hartono.",
            title="Debat Perdana Calon Bupati Buru Berlangsung Aman")
    assert {"Amos Besan", "Rudi Hartono"} <= attendees(r)
    assert "Gadis Umasugi" not in attendees(r)
    assert "Berlangsung" not in " ".join(
        e.label for e in r.entities if e.type is EntityType.EVENT)


def test_a_bodys_short_form_in_brackets_after_an_office_holds_nothing() -> None:
    """'Rektor Universitas Pohuwato (Unipo)': the university's own short form, no rector's
    name; 'Ketua Bawaslu Konawe (Abuldan)' still names its chair."""
    body = ("Debat digelar KPU Pohuwato, Senin. Hadir Rektor Universitas Pohuwato (Unipo) dan "
            "Ketua Bawaslu Konawe (Abuldan).")
    assert labels(body, EntityType.PERSON) == {"Abuldan"}


def test_a_pair_proposed_by_parties_is_backed_not_hosted() -> None:
    """'Pasangan A-B diusul oleh partai Nasdem, Hanura dan PKB': 'diusul' backs the pair as
    'diusulkan' does; the parties hold no plenary."""
    r = run("KPU Kabupaten Sikka menggelar rapat pleno terbuka pengundian nomor urut, Senin. "
            "Pasangan Suitbertus Amandus-Robertus Ray diusul oleh partai Nasdem, Hanura dan PKB.")
    assert {p.removeprefix("Partai ") for p, _ in facts(r, FactKind.NOMINATES)} >= {"Hanura", "PKB"}
    assert hosts(r) == {"KPU Kabupaten Sikka"}


def test_more_layouts_of_a_related_articles_line() -> None:
    """'BACA LAINNYA  <title>'; 'Baca Juga:', a blank line, then the title with its address
    glued on: both are links to other articles, no sentences of this one."""
    from electgraph.ingest import parse_text

    art = parse_text("Judul\nApel digelar di Muaro Jambi, Minggu.\n\nBACA LAINNYA  Tokoh Jambi Ini "
                     "Dukung Caleg DPR RI dari PKB\n\nPleno digelar.\n\nBaca Juga:\n\nSuku Nuaulu "
                     "Kepung KPU Malteng, Minta Pindah TPShttps://sentralpolitik.com/suku-nuaulu/\n")
    assert [link.title.text for link in art.related] == [
        "Tokoh Jambi Ini Dukung Caleg DPR RI dari PKB",
        "Suku Nuaulu Kepung KPU Malteng, Minta Pindah TPS"]


def test_a_section_heads_name_after_its_unit_and_an_agencys_acronym() -> None:
    """'Kajari diwakili Kasi Intelijen Joni Eko Waluyo, dan Kapolres diwakili ...': the section
    head's name follows its unit, and 'dan Kapolres' starts another office; 'Kepala DP3A Abdul
    Syahid', 'Kasi Intel Gede Ancana': the name after an acronym or before a Balinese name."""
    body = ("Rakor digelar Bawaslu Dompu, Senin. Kajari diwakili Kasi Intelijen Joni Eko Waluyo, "
            "dan Kapolres diwakili Kabag Ops AKP Syamsul Rizal. Hadir pula Kepala DP3A Abdul "
            "Syahid, Kepala DPMPD Agus Salim dan Kasi Intel Gede Ancana.")
    r = run(body)
    assert {"Joni Eko Waluyo", "Abdul Syahid", "Agus Salim", "Gede Ancana"} <= labels(
        body, EntityType.PERSON)
    assert {("Joni Eko Waluyo", "Kasi Intelijen"), ("Abdul Syahid", "Kepala DP3A")} <= {
        (p, t) for p, t, _ in offices(r)}


def test_clearing_campaign_props_held_by_a_body_is_an_event() -> None:
    """'KPU X menggelar penertiban alat peraga kampanye (APK) ... Penertiban juga dihadiri oleh
    Ketua Bawaslu X, NAME': the clearing is the event, attended and hosted."""
    r = run("Komisi Pemilihan Umum (KPU) Kabupaten Gorontalo menggelar penertiban alat peraga "
            "kampanye (APK) dini hari. Penertiban juga dihadiri oleh Ketua Bawaslu Kabupaten "
            "Gorontalo, Alexander Kaaba.")
    assert hosts(r) == {"KPU Kabupaten Gorontalo"}
    assert attendees(r) == {"Alexander Kaaba"}


def test_a_school_in_a_town_after_an_acronym_is_no_name() -> None:
    """'Kepala SDN Inpres Nabire Ani Lestari, Kepala KUA ...': 'Inpres' is the school's, not a
    person; and the office after the comma is not Ani's, whose own office and its town come
    before her name."""
    body = ("Rapat digelar di Nabire, Senin. Hadir Kepala SDN Inpres Nabire Ani Lestari, Kepala "
            "KUA Kecamatan Rantau Rudi Hartono.")
    r = run(body)
    assert "Inpres" not in labels(body, EntityType.PERSON)
    assert not {(p, t) for p, t, _ in offices(r)} & {("Inpres", "Kepala SDN"),
                                                       ("Ani Lestari", "Kepala KUA")}
