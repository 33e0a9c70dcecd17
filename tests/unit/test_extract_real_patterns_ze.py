"""Patterns met in real articles (forty-seventh session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, hosts, labels, offices, run

from electgraph import roles
from electgraph.model import EntityType, Extraction, FactKind


def test_a_street_named_with_a_title_is_one_place_and_no_person() -> None:
    """'Jalan T. Ben Mahmud', 'Aula Jl. Dr. Sutomo', 'Lapangan Merdeka Jalan Jend. Sudirman':
    the title's full stop goes on with the street, and a venue ends where its street begins."""
    body = ("Apel siaga diikuti ratusan pengawas di Alun-Alun Kota Tapaktuan Jalan T. Ben Mahmud "
            "Tapaktuan, Ahad (24/11). Rapat digelar di Aula Jl. Dr. Sutomo, Senin. Apel digelar "
            "di Lapangan Merdeka Jalan Jend. Sudirman, Medan. Ketua Bawaslu Medan, Rudi Hartono, "
            "memimpin apel.")
    assert labels(body, EntityType.PERSON) == {"Rudi Hartono"}
    places = labels(body, EntityType.PLACE)
    assert {"Jalan T. Ben Mahmud Tapaktuan", "Jl. Dr. Sutomo", "Lapangan Merdeka",
            "Jalan Jend. Sudirman"} <= places


def test_a_name_with_a_constituency_in_brackets_is_a_person() -> None:
    """'A (Dapil 6), B (Dapil 5), dan C (Dapil 10)': brackets that do not shorten the name (no
    acronym, no body) leave it a person's."""
    body = ("Ketiga nama tersebut adalah M. Yusuf (Dapil 6), Muhammad Thaib (Dapil 5), dan Azhar "
            "Abdurrahman (Dapil 10). Sidang dipimpin oleh Badan Pengawas Pemilu (Bawaslu).")
    assert labels(body, EntityType.PERSON) == {"M. Yusuf", "Muhammad Thaib", "Azhar Abdurrahman"}


def test_selain_names_one_more_who_was_given_the_same_sanction() -> None:
    """'Selain A, sanksi serupa dijatuhkan kepada B, C dan D': A was given it too; 'Selain itu'
    names no one."""
    r = run("DKPP menjatuhkan sanksi peringatan kepada Ketua dan seluruh anggota KIP Aceh. "
            "Selain Agusni Hasan, sanksi serupa dijatuhkan kepada Iskandar Agani, Ahmad Mirza "
            "Safwandy, dan Muhammad Sayuni.\nDKPP juga menjatuhkan sanksi peringatan keras kepada "
            "Ketua KPU Bima, Rudi Hartono. Selain itu, sanksi serupa dijatuhkan kepada Rahmat "
            "Hidayat.")
    sanctioned = {person for _, person in facts(r, FactKind.SANCTIONS)}
    assert sanctioned == {"Agusni Hasan", "Iskandar Agani", "Ahmad Mirza Safwandy",
                          "Muhammad Sayuni", "Rudi Hartono", "Rahmat Hidayat"}


def labels_of(r: Extraction, type_: EntityType) -> set[str]:
    return {e.label for e in r.entities if e.type is type_}


def test_kecuali_names_who_did_not_come() -> None:
    """'dihadiri oleh para paslon, kecuali pasangan nomor urut 2, yaitu A dan B': A and B were
    the ones away."""
    r = run("KPU Kota Gorontalo menggelar debat terbuka paslon Walikota pada Rabu (23/10/2024). "
            "Debat ini dihadiri oleh para paslon dan Ketua Bawaslu Kota Gorontalo, Sukrin Taib, "
            "kecuali pasangan nomor urut 2, yaitu Ramli Anwar dan Ana Supriyana.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Sukrin Taib"}


def test_who_responds_to_an_event_by_oleh_does_not_hold_it() -> None:
    """'ketidakhadiran A dalam debat tersebut ditanggapi oleh Bawaslu X': Bawaslu answered
    for it; KPU held the debate."""
    r = run("KPU Kota Gorontalo menggelar debat terbuka paslon Walikota pada Rabu (23/10/2024).\n"
            "Sementara itu, ketidakhadiran pasangan Ramli-Ana dalam debat tersebut juga "
            "ditanggapi oleh Bawaslu Kota Gorontalo.")
    assert hosts(r) == {"KPU Kota Gorontalo"}


def test_a_pair_pointed_at_does_not_make_the_next_name_a_candidate() -> None:
    """'Ditanya soal alasan ketidakhadiran pasangan tersebut, A menyebut ...': A speaks of the
    pair; he is not one of it."""
    r = run("Ketua KPU Kota Gorontalo, Mario Nurkamiden, membuka debat. Ditanya soal alasan "
            "ketidakhadiran pasangan tersebut, Mario menyebut pihaknya belum menerima "
            "pemberitahuan.")
    assert not facts(r, FactKind.CANDIDATES)


def test_members_counted_then_named_are_the_bodys_members() -> None:
    """'... kepada tiga Anggota KPU X. ... Ketiga anggota yang diberhentikan adalah A (Ketua
    merangkap Anggota), B, dan C', '... tiga komisioner KIP Y terbukti melanggar. Selain D,
    sanksi serupa dijatuhkan kepada E dan F': the names are the members, an office in brackets
    the member's own; a count the names do not match makes no one a member."""
    r = run("DKPP menjatuhkan sanksi Pemberhentian Tetap kepada tiga Anggota KPU Kabupaten "
            "Jayawijaya. Mereka terbukti melanggar kode etik. Putusan dibacakan di Jakarta. "
            "Ketiga anggota yang diberhentikan adalah Silas Huby (Ketua merangkap Anggota), "
            "Alminus Wuka, dan Maikel Walilo.\nDKPP juga menyatakan tiga komisioner KIP Aceh "
            "terbukti melanggar. Selain Agusni Hasan, sanksi serupa dijatuhkan kepada Iskandar "
            "Agani dan Saiful Bahri.\nDKPP menyatakan empat komisioner KIP Aceh Besar terbukti "
            "melanggar. Sanksi serupa dijatuhkan kepada Rudi Hartono dan Rahmat Hidayat.")
    roles = offices(r)
    assert {("Silas Huby", "Ketua", "KPU Kabupaten Jayawijaya"),
            ("Alminus Wuka", "Anggota", "KPU Kabupaten Jayawijaya"),
            ("Maikel Walilo", "Anggota", "KPU Kabupaten Jayawijaya")} <= roles
    assert {p for p, _, org in roles if org.startswith("KIP")} == {
        "Agusni Hasan", "Iskandar Agani", "Saiful Bahri"}


def test_dialog_dan_diskusi_is_one_event() -> None:
    """'KPU Provinsi Papua gelar Dialog dan Diskusi': one event, the discussion so named."""
    r = run("Komisi Pemilihan Umum (KPU) Provinsi Papua gelar Dialog dan Diskusi. Dialog dan "
            "Diskusi yang digelar hari ini dihadiri langsung Ketua KPU RI, Mochammad Afifuddin.")
    assert facts(r, FactKind.ATTENDS) == {("Mochammad Afifuddin", "Dialog dan Diskusi")}
    assert hosts(r) == {"KPU Provinsi Papua"}


def test_an_office_whose_holder_is_named_elsewhere_brings_the_person_not_the_body() -> None:
    """'... dihadiri Ketua KPU RI, A.' then 'dalam sambutannya Ketua KPU RI mengapresiasi ...':
    A spoke, in person; the KPU RI did not attend through him."""
    r = run("KPU Provinsi Papua menggelar rapat koordinasi. Rapat itu dihadiri langsung Ketua KPU "
            "RI, Mochammad Afifuddin. Sementara itu, dalam sambutannya Ketua KPU RI mengapresiasi "
            "kinerja KPU Papua.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Mochammad Afifuddin"}


def test_an_event_named_by_a_title_in_quotes() -> None:
    """'KPU X menggelar acara “Ngopi” ngobrolin Pilkada', 'kegiatan bertajuk “Pemilu Ceria”':
    the quoted title names the event; its hosts and who came are read as for any other."""
    r = run("KPU Kabupaten Badung menggelar acara “Ngopi” ngobrolin Pilkada Serentak 2024 di "
            "Kantor KPU Badung, Rabu (29/5/2024). Acara ini dihadiri oleh Ketua KPU Badung, "
            "Yusa Arsana Putra.\nSebelumnya, KPU Badung juga menggelar kegiatan bertajuk "
            "“Pemilu Ceria” di Kuta.")
    assert labels_of(r, EntityType.EVENT) >= {"Ngopi", "Pemilu Ceria"}
    assert ("Yusa Arsana Putra", "Ngopi") in facts(r, FactKind.ATTENDS)
    assert ("KPU Kabupaten Badung", "Ngopi") in facts(r, FactKind.HOSTS)



def test_an_office_of_a_councils_organ_is_held_in_the_council() -> None:
    """'Ketua Bapemperda DPRD X, A', 'Ketua Komisi I DPRD Y, B': the organ is part of the
    office, the council its body; the organ is no person."""
    r = run("Ketua Bapemperda DPRD Provinsi Bengkulu, Usin Sembiring, hadir dalam rapat itu. "
            "Ketua Komisi I DPRD Kota Bima, Rudi Hartono, dan Wakil Ketua Badan Anggaran DPRD "
            "Kota Bima, Rahmat Hidayat, juga hadir.")
    assert offices(r) == {("Usin Sembiring", "Ketua Bapemperda", "DPRD Provinsi Bengkulu"),
                         ("Rudi Hartono", "Ketua Komisi I", "DPRD Kota Bima"),
                         ("Rahmat Hidayat", "Wakil Ketua Badan Anggaran", "DPRD Kota Bima")}


def test_an_office_pointed_at_after_a_quote_is_the_speakers() -> None:
    """'“...,” kata A.' then '“...,” jelas Ketua Bapemperda DPRD X ini': the same speaker goes
    on, and holds that office."""
    r = run("Ketua DPD Partai Hanura Bengkulu Usin Sembiring hadir di Jakarta.\n“Insyaallah berkah "
            "dan bermanfaat bagi kita semua,” kata Usin.\nDengan penyerahan itu Hanura bergabung "
            "dengan koalisi pendukung Rohidin Mersyah dan Meriani.\n“Beliau berkomitmen "
            "membangun daerah bersama partai,” jelas Ketua Bapemperda DPRD Provinsi Bengkulu ini.")
    assert ("Usin Sembiring", "Ketua Bapemperda", "DPRD Provinsi Bengkulu") in offices(r)
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Usin Sembiring"}


def test_an_office_pointed_at_is_held_by_the_paragraphs_subject() -> None:
    """'Agus juga mengajak ... melalui fasilitas yang tersedia.\\n“...,” tutur Ketua KPU X itu':
    the paragraph's subject speaks ("melalui" a means names no deputy), not the speaker
    before."""
    r = run("Anggota KPU RI Idham Holik memberi pengarahan.\n“Partisipasi pemilih tidak hanya "
            "diukur dari kuantitas,” kata Idham.\nAgus Baroya mengapresiasi sekolah itu.\nAgus "
            "juga mengajak pemilih pemula belajar soal kepemiluan melalui fasilitas yang "
            "tersedia.\n“Agar bisa berdiskusi langsung dengan lembaga penyelenggara,” tutur Ketua "
            "KPU Kabupaten Bandung itu.")
    assert ("Agus Baroya", "Ketua", "KPU Kabupaten Bandung") in offices(r)
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Idham Holik", "Agus Baroya"}


def test_elected_to_an_office_is_not_holding_it_yet() -> None:
    """'Kemenangan ini menjadikan A sebagai Wali Kota', 'KPU menetapkan B sebagai Bupati
    terpilih': elected, not yet in office; 'C sebagai Wali Kota X membuka acara' holds it."""
    r = run("Kemenangan ini menjadikan Siska Karina Imran sebagai Wali Kota perempuan pertama di "
            "Kendari. KPU menetapkan Rudi Hartono sebagai Bupati Bima terpilih. Rahmat Hidayat "
            "sebagai Wali Kota Bima membuka acara itu.")
    assert {p for p, _, _ in offices(r)} == {"Rahmat Hidayat"}


def test_a_campaign_team_named_by_its_pair_or_number_is_a_body() -> None:
    """'Ketua Tim Pemenangan Bobby - Surya, A', 'Ketua Tim Koalisi Pemenangan nomor urut 1 B',
    'Ketua Tim Kampanye Daerah (TKD) Prabowo-Gibran Sumbar, C': the chair of the team; 'Ketua
    Tim Pemenangan Paslon Nomor 2, D-E' names the pair, not the chair; the parties whose
    officials came with the team's chair back its pair."""
    r = run("Kampanye akbar pasangan calon Gubernur nomor urut 1 Bobby Nasution - Surya digelar "
            "di Lapangan Astaka. Tampak hadir petinggi partai pengusung seperti Ketua Golkar "
            "Sumut, Musa Rajeckshah, dan Ketua Tim Pemenangan Bobby - Surya, Hinca Panjaitan.\n"
            "Pakta itu ditandatangani oleh Ketua Tim Koalisi Pemenangan nomor urut 1 Mawardi "
            "Nur.\nKetua Tim Kampanye Daerah (TKD) Prabowo-Gibran Sumbar, Andre Rosiade, hadir. "
            "Zainul Siregar yang merupakan Ketua Tim Pemenangan Paslon Nomor 2, Mangatas "
            "Silalahi-Ade Purba, juga hadir.")
    roles = offices(r)
    assert {("Hinca Panjaitan", "Ketua", "Tim Pemenangan Bobby - Surya"),
            ("Mawardi Nur", "Ketua", "Tim Koalisi Pemenangan nomor urut 1"),
            ("Andre Rosiade", "Ketua", "Tim Kampanye Daerah (TKD) Prabowo-Gibran Sumbar"),
            } <= roles
    assert not {p for p, _, _ in roles} & {"Mangatas Silalahi", "Ade Purba"}
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Bobby Nasution", "Surya"}


def test_an_office_read_without_its_team_is_the_teams() -> None:
    """'Ketua Tim Pemenangan, A' and 'Ketua Tim Pemenangan Dandan – Arif, A': one office."""
    r = run("Ketua Tim Pemenangan, Nico Siahaan, membuka acara.\nDalam kesempatan itu, Ketua Tim "
            "Pemenangan Dandan – Arif, Nico Siahaan, menyatakan Bandung perlu pemimpin baru.")
    assert offices(r) == {("Nico Siahaan", "Ketua", "Tim Pemenangan Dandan – Arif")}


def test_a_technical_meeting_and_a_training_are_events() -> None:
    """'tutur A, usai melakukan technical meeting di KPUD Jakarta', 'diawali dengan kegiatan
    pelatihan pengawasan': events the speaker and the trainees took part in; 'peraturan yang
    diberikan oleh KPU RI' names who gave a rule, not who holds an event."""
    r = run("“Debat pertama itu tanggal 6 Oktober,” tutur Ketua Divisi Sosialisasi KPU Jakarta, "
            "Astri Megatari, usai melakukan technical meeting di KPUD Jakarta, Senin (23/9/2024)."
            "\nKetua KPU Bulungan, Mahdi Paokuma mengatakan berdasarkan peraturan yang diberikan "
            "oleh KPU RI, penetapan perolehan suara akan dilakukan dini hari.")
    assert {e for p, e in facts(r, FactKind.ATTENDS) if p == "Astri Megatari"} == {
        "technical meeting"}
    assert "KPU RI" not in hosts(r)
    assert "pelatihan pengawasan tahapan pemilihan" in labels_of(run(
        "Sebelum apel, diawali dengan kegiatan pelatihan pengawasan tahapan pemilihan di Hotel "
        "Vivere. Ketua Bawaslu Kabupaten Tangerang, Muslik, membuka pelatihan itu."),
        EntityType.EVENT)


def test_an_office_whose_holder_is_named_before_it_brings_no_body() -> None:
    """'... kepada teradu I, A selaku Ketua merangkap Anggota Bawaslu X', 'Narasumber pada rakor
    ini termasuk B, anggota KPU Y': the persons were there; their bodies did not come through
    them."""
    r = run("Bawaslu Kota Bima menggelar rapat koordinasi pengawasan, Senin. Rapat itu dihadiri "
            "Rudi Hartono selaku Ketua merangkap Anggota Bawaslu Kabupaten Bima dan Rahmat "
            "Hidayat, anggota KPU Kabupaten Dompu.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Rudi Hartono", "Rahmat Hidayat"}


def test_each_office_before_its_holder_in_a_list_of_the_dismissed() -> None:
    """'yakni A, anggota PPS Kelurahan Maloku B, anggota PPS Kelurahan Lae-lae C, dan ...': the
    village after its level word ends before the holder's name, and each office is the next
    name's, not the one before it."""
    r = run("KPU Makassar memecat anggota badan adhoc. Anggota PPK Ujung Pandang yang dipecat "
            "yakni Abd Gafur, anggota PPS Kelurahan Maloku Annisa Nurul Aulia, anggota PPS "
            "Kelurahan Lae-lae Risma Dewi Anugerah Wati, dan anggota PPS Kelurahan Sawerigading "
            "Rahmat Hidayat.")
    assert offices(r) == {
        ("Abd Gafur", "Anggota", "PPK Ujung Pandang"),
        ("Annisa Nurul Aulia", "anggota", "PPS Kelurahan Maloku"),
        ("Risma Dewi Anugerah Wati", "anggota", "PPS Kelurahan Lae-lae"),
        ("Rahmat Hidayat", "anggota", "PPS Kelurahan Sawerigading")}


def test_pairs_listed_after_the_event_they_came_to_are_candidates() -> None:
    """'Tiga pasangan calon hadir di debat perdana, A – B, C – D dan E – F': the pairs are the
    candidates, though the event stands between their word and their names."""
    r = run("KPU Kota Batu menggelar debat perdana, Senin. Tiga pasangan calon hadir di debat "
            "perdana, Nurochman – Heli Suyanto, Firhando Gumelar – Rudi Santoso dan Kris Dayanti "
            "– Kresna Dewanata.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Nurochman", "Heli Suyanto", "Firhando Gumelar", "Rudi Santoso", "Kris Dayanti",
        "Kresna Dewanata"}


def test_an_officer_standing_in_for_a_body_holds_his_office_there() -> None:
    """'Polres X yang diwakili Kasat Intel Iptu A': the rank ends the unit's name and the
    officer's office is in the body he stands in for; 'B yang juga selaku Wakil Kordiv
    Pencegahan' is B's second office; 'Sekretaris Kominfo, Kadishub, Kepala Badan Kesbangpol'
    are offices and bodies, no persons."""
    r = run("Penandatanganan deklarasi dilakukan bersama Polres Parigi Moutong yang diwakili Kasat "
            "Intel Iptu Moh. Fikri, tokoh pemuda dan tokoh masyarakat. Anggota Bawaslu Parigi "
            "Moutong Mohammad Jafar yang juga selaku Wakil Kordiv Pencegahan mengatakan deklarasi "
            "berjalan lancar. Pleno dihadiri Sekretaris Kominfo, Kadishub, Kepala Badan "
            "Kesbangpol dan tim sukses.")
    assert offices(r) >= {("Moh. Fikri", "Kasat Intel", "Polres Parigi Moutong"),
                         ("Mohammad Jafar", "Wakil Kordiv Pencegahan",
                          "Bawaslu Kabupaten Parigi Moutong")}
    assert labels_of(r, EntityType.PERSON) == {"Moh. Fikri", "Mohammad Jafar"}


def test_an_office_written_short_and_long_is_one() -> None:
    """'Kepala Badan Intelejen Daerah' and 'Kabinda' are one role concept, so one fact per
    person and body keeps one of them."""
    assert roles.concept("Kepala Badan Intelejen Daerah") == roles.concept("Kabinda")
    assert roles.concept("Wakil Kordiv Pencegahan").id.startswith("wakil-koordinator-divisi/")


def test_the_act_done_at_an_event_named_bare_later_is_that_event() -> None:
    """'Bawaslu X mengundang stakeholder untuk melakukan penandatanganan Deklarasi Kampanye
    Damai ... Penandatanganan dilakukan bersama perwakilan KPU X, Polres X ...': one event,
    which the inviting body holds and the bodies signing attend."""
    r = run("Bawaslu Parigi Moutong mengundang sejumlah stakeholder untuk melakukan "
            "penandatanganan Deklarasi Kampanye Damai, Kamis (23/11/2023).\nPenandatanganan "
            "dilakukan bersama "
            "perwakilan Kesbangpol, KPU Parigi Moutong, Polres Parigi Moutong dan tokoh pemuda.")
    assert labels_of(r, EntityType.EVENT) == {"Deklarasi Kampanye Damai"}
    assert hosts(r) == {"Bawaslu Kabupaten Parigi Moutong"}
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} >= {
        "KPU Kabupaten Parigi Moutong", "Polres Parigi Moutong"}


def test_a_party_board_written_out_and_a_team_named_by_its_pairs_acronym() -> None:
    """'Sekretaris Dewan Pimpinan Daerah (DPD) PDI Perjuangan Sulut sekaligus Sekretaris Tim
    Kampanye SKDT': the board's DPD and the pair's team; 'Sekretaris Dewan Kota Bima' stays
    the council's secretary."""
    r = run("Ini disampaikan Reza Rumambi selaku Sekretaris Dewan Pimpinan Daerah (DPD) PDI "
            "Perjuangan Sulut sekaligus Sekretaris Tim Kampanye SKDT. Ketua Dewan Pimpinan "
            "Cabang (DPC) Partai Gerindra Kota Bima, Rudi Hartono, hadir. Sekretaris Dewan Kota "
            "Bima, Rahmat Hidayat, membuka rapat paripurna.")
    assert offices(r) == {
        ("Reza Rumambi", "Sekretaris", "DPD PDI Perjuangan Sulawesi Utara"),
        ("Reza Rumambi", "Sekretaris", "Tim Kampanye SKDT"),
        ("Rudi Hartono", "Ketua", "DPC Partai Gerindra Bima"),
        ("Rahmat Hidayat", "Sekretaris Dewan", "DPRD Bima")}


def test_two_initials_inside_a_name_and_a_divisions_acronym_in_brackets() -> None:
    """'calon Heryberus GL. Nabit dan Faby Abu': two initials and a full stop inside a name end
    no sentence; 'Anggota KPU Divisi Perencanaan Data dan Informasi (Rendatin), A': the
    division's acronym is part of the office, no person."""
    r = run("Hasil pleno menempatkan calon Heryberus GL. Nabit dan Faby Abu di posisi pertama. "
            "Narasumber dari KPU Fakfak yaitu Anggota KPU Divisi Perencanaan Data dan Informasi "
            "(Rendatin), Idris Rumata.")
    assert labels_of(r, EntityType.PERSON) == {"Heryberus GL. Nabit", "Faby Abu", "Idris Rumata"}


def test_an_outlet_spoken_to_is_no_person() -> None:
    """'ungkap A kepada New Guinea Kurir, Senin': the outlet the speaker talked to."""
    r = run("“Kami hanya punya lima kursi,” ungkap Sekretaris DPD PDIP Papua Tengah, Mathias Refra "
            "kepada New Guinea Kurir, Senin (27/11).")
    assert labels_of(r, EntityType.PERSON) == {"Mathias Refra"}


def test_a_denied_passive_of_presence_names_who_stayed_away() -> None:
    """'Meski tak dihadiri langsung pasangan calon nomor urut 2 A dan B, konser ...': A and B
    were not there."""
    r = run("Partai Gerindra menggelar Konser Roadshow di Agam, Sabtu. Meski tak dihadiri langsung "
            "pasangan calon nomor urut 2 Prabowo Subianto dan Gibran Rakabuming, konser itu "
            "dihadiri Ketua DPD Gerindra Sumbar, Andre Rosiade.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Andre Rosiade"}


def test_a_declaration_of_a_peaceful_election_is_named_whole() -> None:
    """'Polda X menggelar Deklarasi Pilkada Damai Tahun 2024': the event is the "Deklarasi
    Pilkada Damai", not a bare "Deklarasi" beside an election; 'deklarasi Pilkada 2024' keeps
    its election apart."""
    r = run("Polda Kalsel menggelar Deklarasi Pilkada Damai Tahun 2024 untuk wilayah Provinsi "
            "Kalimantan Selatan. Deklarasi itu dihadiri Kapolda Kalsel Irjen Pol Winarto.")
    assert labels_of(r, EntityType.EVENT) == {"Deklarasi Pilkada Damai"}
    assert ("Winarto", "Deklarasi Pilkada Damai") in facts(r, FactKind.ATTENDS)


def test_an_event_said_not_to_have_happened_has_no_one_at_it() -> None:
    """'Pengukuhan tim pemenangan di Batanghari belum dilaksanakan. Dalam kegiatan itu, A
    menyampaikan sambutan': the induction has not happened; no one attended it."""
    r = run("Pengukuhan tim pemenangan di Batanghari belum dilaksanakan.\nDalam kegiatan itu, "
            "Ketua Tim Pemenangan, Hasan Mabruri, menyampaikan sambutan.")
    assert not facts(r, FactKind.ATTENDS)


def test_a_tally_between_two_quotes_keeps_the_first_speaker() -> None:
    """'“...,” katanya.\\nA-B meraup 357.738 suara.\\nSuara sah ...\\n“...,” ujarnya': the
    paragraphs between read out the count; the pair did not speak."""
    r = run("Ketua KIP Aceh Utara, Hidayatul Akbar mengatakan rekapitulasi berlangsung sejak pagi."
            "\n“Dari hasil rekapitulasi, pasangan kami umumkan unggul,” katanya.\nIsmail Jalil-"
            "Tarmizi Panyang meraup 357.738 suara.\nSuara sah pada Pilkada 2024 sebanyak 368.902."
            "\n“Jumlah pengguna hak pilih sebanyak 265.452 orang,” ujarnya.")
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Hidayatul Akbar"}


def test_a_partys_election_board_is_a_body_of_its_own() -> None:
    """'Sekretaris Bappilu DPP Partai NasDem, A', 'Ketua Badan Pemenangan Pemilu (Bapilu)
    Partai Golkar Sangihe, B': the board's officers, who back no one as its members do not
    stand."""
    r = run("Rekomendasi itu diserahkan Sekretaris Bappilu DPP Partai NasDem, Willy Aditya, di "
            "Jakarta. Ketua Badan Pemenangan Pemilu (Bapilu) Partai Golkar Sangihe, Benny Pilat, "
            "hadir dalam kampanye dialogis itu.")
    assert offices(r) == {("Willy Aditya", "Sekretaris", "Bappilu DPP Partai NasDem"),
                         ("Benny Pilat", "Ketua", "Bapilu Partai Golkar Sangihe")}
    assert not facts(r, FactKind.CANDIDATES)


def test_an_event_named_in_what_is_pledged_is_not_the_reports() -> None:
    """An article opening with the pledge's words ('“Melaksanakan kampanye pemilihan yang aman
    ...,”') and '... berjanji: melaksanakan kampanye ...': the report is of the declaration,
    which those who signed attended."""
    r = run("“Melaksanakan kampanye pemilihan yang aman, tertib dan damai,”\nWaisai - Enam "
            "pasangan calon membacakan ikrar. Komitmen itu ditandai penandatanganan deklarasi "
            "kampanye damai di Pantai Waisai, Selasa (24/9/2024). Kami berjanji melaksanakan "
            "kampanye pemilihan yang damai. Deklarasi itu dihadiri Ketua Bawaslu Raja Ampat, "
            "Markus Rumsowek.")
    assert labels_of(r, EntityType.EVENT) == {"deklarasi kampanye damai"}
    assert ("Markus Rumsowek", "deklarasi kampanye damai") in facts(r, FactKind.ATTENDS)


def test_a_deputy_named_wakil_alone_and_a_mistyped_rank() -> None:
    """'Wakil DPRD Bangli A' is the council's deputy chair (not 'Wakil Kepala Sekolah B'); 'AKPB'
    is the AKBP rank as some outlets type it."""
    r = run("Hadir Wakil DPRD Bangli I Komang Carles dan Kapolres Bima Kota AKPB Yudha Pranata. "
            "Armalis selaku Wakil Kepala Sekolah Bidang Kesiswaan menyambut baik kegiatan itu.")
    roles_ = offices(r)
    assert ("I Komang Carles", "Wakil", "DPRD Kabupaten Bangli") in roles_
    assert "Yudha Pranata" in {p for p, _, _ in roles_}
    assert roles.concept("Wakil") == roles.concept("Wakil Ketua")
    assert not {role for p, role, _ in roles_ if p == "Armalis"} & {"Wakil"}
