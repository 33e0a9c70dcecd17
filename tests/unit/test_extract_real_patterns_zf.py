"""Patterns met in real articles (forty-eighth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, hosts, labels, offices, run

from electgraph.model import EntityType, FactKind


def test_a_degree_typed_with_a_comma_is_no_name() -> None:
    """'NAME S,Hut M,Si (PJ Sekda ...)', 'AKBP NAME S,IK.,M.I.K': a comma typed for a degree's
    full stop, with no space, leaves the name whole and makes no person of the degree."""
    body = ("Rapat dipimpin oleh Markus Dimara S,Hut M,Si (Pj Sekda Kabupaten Sorong), Senin. "
            "Hadir pula Kolonel Inf Arif Santoso S,Sos (Dandim 1802/Sorong) dan AKBP Erik "
            "Simanjuntak S,IK.,M.I.K (Kapolres Sorong).")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Markus Dimara", "Arif Santoso", "Erik Simanjuntak"}
    assert {("Markus Dimara", "Pj Sekda", "Pemkab Sorong"),
            ("Arif Santoso", "Dandim", "Kodim 1802/Sorong"),
            ("Erik Simanjuntak", "Kapolres", "Polres Sorong")} <= offices(r)


def test_the_navys_corps_after_a_rank_is_no_part_of_the_name() -> None:
    """'Letkol Mar NAME' (the marines), 'Letkol Pom NAME' (air force police), 'Kolonel Laut (P)
    NAME': the corps stands between the rank and the name."""
    body = ("Apel digelar di Kota Sorong, Senin. Hadir Letkol Mar Dedi Kurnia, Kolonel Laut (P) "
            "Arif Budiman dan Letkol Pom Eka Ramendra.")
    assert labels(body, EntityType.PERSON) == {"Dedi Kurnia", "Arif Budiman", "Eka Ramendra"}


def test_the_navys_and_air_forces_units_are_bodies() -> None:
    """'Asops Lantamal XIV Sorong', 'Danlanal Sorong', 'Dandenpom Sorong', 'Kadisops Lanud El
    Tari', 'Dan Satpom Lanud ATS': a base or unit named by its number, town or hero is a body,
    and its officer's office is held there."""
    r = run("Apel siaga digelar di Kota Sorong, Senin (9/9/2024). Hadir Letkol Mar Dedi Kurnia "
            "selaku Asops Lantamal XIV Sorong, Kolonel Laut (P) Arif Budiman selaku Danlanal "
            "Sorong, Mayor Cpm Rudi Hartono (Dandenpom Sorong), Kadisops Lanud El Tari Kolonel "
            "Pas Fajar Kriswanto, dan Dan Satpom Lanud ATS Letkol Pom Eka Ramendra.")
    assert {("Dedi Kurnia", "Asops", "Lantamal XIV Sorong"),
            ("Arif Budiman", "Danlanal", "Lanal Sorong"),
            ("Rudi Hartono", "Dandenpom", "Denpom Sorong"),
            ("Fajar Kriswanto", "Kadisops", "Lanud El Tari"),
            ("Eka Ramendra", "Dan Satpom", "Lanud ATS")} <= offices(r)
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Dedi Kurnia", "Arif Budiman", "Rudi Hartono", "Fajar Kriswanto",
                       "Eka Ramendra"}


def test_a_line_ending_in_a_comma_goes_on_on_the_next() -> None:
    """'... lima panelis, diantaranya A, Peneliti X,\\nB, Dosen Y, C, Dosen Z': a long line
    broken after a comma is one sentence, so the list reads each office after its holder."""
    r = run("Dalam debat publik perdana ini KPU Kabupaten Kediri menghadirkan lima panelis, "
            "diantaranya Rudi Hartono, Peneliti Universitas Brawijaya,\nAni Lestari, Dosen "
            "Universitas Negeri Jember, Budi Santoso, Dosen Universitas Airlangga.")
    assert {("Ani Lestari", "Dosen", "Universitas Negeri Jember"),
            ("Budi Santoso", "Dosen", "Universitas Airlangga")} <= offices(r)
    assert ("Budi Santoso", "Dosen", "Universitas Negeri Jember") not in offices(r)


def test_mass_organisations_that_take_part_are_bodies_there() -> None:
    """'sejumlah organisasi kemasyarakatan juga turut serta, antara lain KMHDI, PERGUNU, Pemuda
    Pancasila, Fatayat NU': the ormas are bodies, and "turut serta" says they took part."""
    r = run("KPU Kota Palu menggelar sosialisasi peraturan kampanye di Palu, Sabtu (12/10/2024). "
            "Sejumlah organisasi kemasyarakatan juga turut serta, antara lain KMHDI, PERGUNU, "
            "Pemuda Pancasila, Fatayat NU, dan Banaat Alkhairaat.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert {"PERGUNU", "Pemuda Pancasila", "Fatayat NU", "Banaat Alkhairaat"} <= orgs
    assert not {e.label for e in r.entities if e.type is EntityType.PERSON}
    came = attendees(r)
    assert {"Pemuda Pancasila", "Fatayat NU"} <= came


def test_turut_alone_says_no_one_came() -> None:
    """'Bawaslu meminta semua pihak turut menjaga kondusifitas': a wish, no attendance."""
    r = run("KPU Kota Palu menggelar rapat pleno di Palu, Sabtu (12/10/2024). Bawaslu Kota Palu "
            "meminta semua pihak turut menjaga kondusifitas.")
    assert "Bawaslu Kota Palu" not in attendees(r)


def test_a_hotel_chain_glued_to_hotel_is_a_venue() -> None:
    """'ballroom Swiss-Belhotel Silae Palu': no person 'Belhotel Silae'."""
    body = "Acara berlangsung di ballroom Swiss-Belhotel Silae Palu. Ketua KPU Palu, Idrus, hadir."
    assert labels(body, EntityType.PERSON) == {"Idrus"}


def test_the_election_commission_of_the_special_region_in_full() -> None:
    """'Komisi Pemilihan Umum Daerah Istimewa Yogyakarta': the province's KPU, whose 'Daerah'
    begins the province's name; no person 'Istimewa'."""
    r = run("Sosialisasi digelar Komisi Pemilihan Umum Daerah Istimewa Yogyakarta di Taman "
            "Pintar, Kamis (26/9/2024).")
    orgs = {e.key for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "org:kpu:provinsi:34" in orgs
    assert not {e.label for e in r.entities if e.type is EntityType.PERSON}


def test_places_a_place_noun_announces_with_seperti() -> None:
    """'wilayah terpencil seperti Tanjung Mangkalihat dan Busang': villages, not persons."""
    body = ("Pjs Bupati Kutim, Agus Hari Kesuma, menyoroti distribusi logistik ke wilayah "
            "terpencil seperti Tanjung Mangkalihat dan Busang.")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Agus Hari Kesuma"}
    assert {"Tanjung Mangkalihat", "Busang"} <= {
        e.label for e in r.entities if e.type is EntityType.PLACE}


def test_the_district_court_is_a_body_named_after_its_town() -> None:
    """'Kepala PN Lasusua, Arsyad', 'Ketua Pengadilan Negeri Denpasar I Nyoman Wiguna': the
    court ends at its town, and its head is the name after it."""
    r = run("Pelantikan dihadiri Kepala PN Lasusua, Arsyad, dan Ketua Pengadilan Negeri Denpasar "
            "I Nyoman Wiguna.")
    names = {e.key: e.label for e in r.entities}
    courts = {(names[f.subject], f.object) for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert {("Arsyad", "org:pn::lasusua"), ("I Nyoman Wiguna", "org:pn:kota:51.71")} <= courts


def test_who_came_to_an_occasion_of_two_events_came_to_the_first() -> None:
    """'diadakan Rapat Konsolidasi Pemilu 2024 dan Deklarasi Pemilu Damai ... Turut hadir dalam
    kegiatan ini A, B': the occasion is named by its first event, not the last one named."""
    r = run("Bertempat di Gedung Aithousa, Kabupaten Jayawijaya, diadakan Rapat Konsolidasi "
            "Pelaksanaan Pemilu Tahun 2024 dan Deklarasi Pemilu Damai, Rabu (7/2/2024).\n"
            "Turut hadir dalam kegiatan ini adalah Wamendagri Jhon Wempi Wetipo dan Ketua "
            "Bawaslu Provinsi Papua Pegunungan Fredi Wamo.")
    came = facts(r, FactKind.ATTENDS)
    events = {e for _, e in came if "Konsolidasi" in e}
    assert events and {(p, e) for p in ("Jhon Wempi Wetipo", "Fredi Wamo")
                       for e in events} <= came
    assert ("Jhon Wempi Wetipo", "Wamendagri", "Kemendagri") in offices(r)


def test_a_regency_keeps_the_short_name_it_is_written_with() -> None:
    """'Kabupaten Oku Selatan': the place is labelled as written; the official name stays in
    its attributes."""
    r = run("Pengundian nomor urut digelar di gedung kesenian di Kabupaten Oku Selatan, Senin.")
    places = [e for e in r.entities if e.type is EntityType.PLACE]
    assert [e.label for e in places] == ["Kabupaten Oku Selatan"]
    assert places[0].attrs["region_label"] == "Kabupaten Ogan Komering Ulu Selatan"


def test_a_quote_in_a_text_wrapped_by_hand() -> None:
    """A text whose lines were cut at a fixed width: a quote runs over the breaks, and its
    speaker may begin the next line ('... kata\\nKapolda.')."""
    lines = [
        "Sementara, Kapolda Lampung, Irjen Pol Helmy Santika dalam sambutannya",
        "berharap proses demokrasi bisa lancar dan damai di seluruh Lampung.",
        "\"Kita berkomitmen membuat pilkada damai. Saya minta semua pihak bisa",
        "menjaga kampanye sesuai dengan prinsip jujur saling menghargai,\" kata",
        "Kapolda. Ketua Bawaslu Provinsi Lampung, Iskardo Panggar, juga hadir",
        "bersama jajaran pengawas dari lima belas kabupaten dan kota di Lampung.",
        "\"Dengan falsafah itu mari kita wujudkan pilkada damai bersama,\" ucap",
        "Iskardo. Ia berharap pilkada nanti melahirkan pemimpin yang amanah dan",
        "benar-benar dapat mensejahterakan masyarakat di Provinsi Lampung kelak.",
    ]
    r = run("\n".join(lines))
    assert {person for person, _ in facts(r, FactKind.QUOTES)} == {
        "Helmy Santika", "Iskardo Panggar"}


def test_an_event_first_named_with_a_demonstrative_points_back() -> None:
    """'A-B resmi mendaftarkan diri ... hadir bersama pengurus PDI Perjuangan dan PAN. Proses ini
    disaksikan oleh Bawaslu X ... prosesi pendaftaran ini ...': the registration named with
    "ini" is what the sentences before told, so who came there came to it."""
    r = run("Pasangan Hamzah Isa dan Abdurahman Bahmid resmi mendaftarkan diri sebagai calon "
            "Gubernur dan Wakil Gubernur, Senin (26/8/2024). Pasangan itu hadir bersama "
            "jajaran pengurus dari partai pengusung, yaitu PDI Perjuangan dan Partai Amanat "
            "Nasional (PAN). Proses ini juga disaksikan oleh Badan Pengawas Pemilu Provinsi "
            "Gorontalo. Dalam suasana adat, prosesi pendaftaran ini menjadi sakral setelah KPU "
            "Provinsi Gorontalo menerima berkas pendaftaran.")
    came = attendees(r)
    assert {"Hamzah Isa", "Abdurahman Bahmid", "PDI Perjuangan", "PAN",
            "Bawaslu Provinsi Gorontalo"} <= came


def test_who_complained_is_not_sanctioned() -> None:
    """'menjatuhkan sanksi peringatan kepada komisioner KPU Jabar terkait penanganan aduan dari
    anggota DPR RI NAME': the complainant is no party sanctioned."""
    r = run("DKPP menjatuhkan sanksi peringatan kepada sejumlah komisioner Komisi Pemilihan Umum "
            "Jawa Barat (KPU Jabar) terkait pelanggaran dalam penanganan aduan dari anggota DPR "
            "RI Ribka Tjiptaning.")
    assert "Ribka Tjiptaning" in {e.label for e in r.entities}
    assert not facts(r, FactKind.SANCTIONS)


def test_what_a_meeting_discusses_is_a_topic_not_an_event() -> None:
    """'Pembahasan berfokus pada distribusi logistik', 'koordinasi dengan KPU terkait
    pendistribusian logistik': the process discussed is no event of the report."""
    r = run("Forkopimda Kutai Timur menggelar rapat koordinasi di Sangatta, Senin (18/11/2024). "
            "Pembahasan berfokus pada distribusi logistik ke daerah terpencil. Kapolres Kutim, "
            "AKBP Chandra Hermawan, mengatakan pihaknya berkoordinasi dengan KPU terkait "
            "pendistribusian logistik.")
    events = {e.label.lower() for e in r.entities if e.type is EntityType.EVENT}
    assert events and not any("logistik" in e for e in events)


def test_jakartas_administrative_cities() -> None:
    """'KPU Kota Administrasi Jakarta Timur', 'Wali Kota Administrasi Jakarta Timur': DKI's
    cities, with no person 'Administrasi'."""
    r = run("Komisi Pemilihan Umum (KPU) Kota Administrasi Jakarta Timur menjatuhkan sanksi. Wali "
            "Kota Administrasi Jakarta Timur, M. Anwar, hadir.")
    assert ("M. Anwar", "Wali Kota", "Pemkot Jakarta Timur") in offices(r)
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "KPU Kota Jakarta Timur" in orgs
    assert {e.label for e in r.entities if e.type is EntityType.PERSON} == {"M. Anwar"}


def test_a_list_of_names_in_capitals() -> None:
    """'yakni :\\n1. HERMAWAN PPK CAKUNG\\n2. ANDI M. ZAFRULLAH PPS CAKUNG BARAT ...': names typed
    in capitals, each with its body, are persons, and the sanction names them all."""
    r = run("KPU Jakarta Timur menjatuhkan sanksi kepada penyelenggara, yakni :\n"
            "1. HERMAWAN PPK CAKUNG\n2. ANDI M. ZAFRULLAH PPS CAKUNG BARAT\n"
            "3. ARI SISWANTO PPS PULOGEBANG\n4. RITA PPS RAWAMANGUN\n"
            "Seluruhnya dijatuhkan sanksi berupa peringatan keras.")
    sanctioned = {person for _, person in facts(r, FactKind.SANCTIONS)}
    assert sanctioned == {"HERMAWAN", "ANDI M. ZAFRULLAH", "ARI SISWANTO", "RITA"}


def test_an_acronym_in_capitals_after_an_office_is_no_name() -> None:
    """'Kasubbag Parmas KPU Provinsi Lampung Mohd. ADE CANDRA' is a name in capitals; 'Ketua TAPD
    (Tim Anggaran ...)' and the pair 'PHS- ENNY' are not."""
    body = ("Hadir Kasubbag Parmas KPU Provinsi Lampung Mohd. ADE CANDRA dan Kepala SMAN 1 Bandar "
            "Lampung Drs. H. NGIMRON ROSADI. Sekda Sukoharjo, Widodo, selaku Ketua TAPD (Tim "
            "Anggaran Pemerintah Daerah) memaparkan anggaran. Pasangan nomor urut 4 PHS- ENNY "
            "berjumlah 111.980 suara.")
    assert labels(body, EntityType.PERSON) == {"Mohd. ADE CANDRA", "NGIMRON ROSADI", "Widodo"}


def test_a_video_meeting_and_who_gives_directions_there() -> None:
    """'mengikuti kegiatan Vicon Arahan ... bersama Kapolri Jenderal Polisi Drs. NAME ... Dalam
    vicon tersebut, Kasum TNI Letjen A dan Ketua KPU RI B memberikan arahan': the video meeting
    is the event, "Polisi" is the rank's corps, and who gives directions took part."""
    r = run("Kapolda Papua Irjen Pol. Patrige Renwarin mengikuti kegiatan Vicon Arahan Kesiapan "
            "Pilkada bersama Kapolri Jenderal Polisi Drs. Listyo Sigit Prabowo, Senin (25/11/2024)."
            "\nDalam vicon tersebut, Kasum TNI Letjen Richard Tampubolon dan Ketua KPU RI "
            "Mochammad Afifuddin memberikan arahan.")
    came = attendees(r)
    assert {"Patrige Renwarin", "Listyo Sigit Prabowo", "Richard Tampubolon",
            "Mochammad Afifuddin"} <= came
    assert ("Richard Tampubolon", "Kasum", "") in offices(r)


def test_a_pair_named_then_called_a_pair_and_backed_by_its_acronym() -> None:
    """'Hidayat dan Andi Nur Bangsawan “Anca” Lamakarate (HANDAL) menjadi bakal pasangan calon
    pertama yang mendaftar ... Empat partai pengusung pasangan HANDAL di antaranya Gerindra dan
    PAN': the pair is a pair of candidates, the nickname inside the name is no part of it, and
    the acronym after the pair is the pair's, backed by every party named."""
    r = run("Hidayat dan Andi Nur Bangsawan “Anca” Lamakarate (HANDAL) menjadi bakal pasangan "
            "calon pertama yang mendaftar ke KPU Palu, Rabu (28/8/2024). Hidayat-Anca tiba di "
            "Kantor KPU Palu. Empat partai pengusung pasangan HANDAL di antaranya Gerindra dan "
            "PAN.")
    pair = {"Hidayat", "Andi Nur Bangsawan Lamakarate"}
    assert {person for person, _ in facts(r, FactKind.CANDIDATES)} == pair
    backed = facts(r, FactKind.NOMINATES)
    assert {person for _, person in backed} == pair
    assert {party for party, _ in backed} == {"Partai Gerindra", "PAN"}
    assert "Anca" not in {e.label for e in r.entities if e.type is EntityType.PERSON}


def test_who_will_take_part_later_did_not_come() -> None:
    """'pasangan calon yang telah ditetapkan akan mengikuti tahapan kampanye ... yaitu A
    berpasangan dengan B': a stage to come; 'dihadiri oleh perwakilan instansi, termasuk
    Bawaslu': the body came."""
    r = run("Ketua KPU Kabupaten Indragiri Hilir, Samsul Masjan, dalam konferensi pers "
            "menyampaikan apresiasi, Minggu (22/9/2024). Adapun pasangan calon yang telah "
            "ditetapkan akan mengikuti tahapan kampanye, yaitu Suhaidi berpasangan dengan "
            "Syamsuddin Uti. Acara ini juga dihadiri oleh perwakilan dari berbagai instansi "
            "terkait, termasuk Badan Pengawas Pemilu (Bawaslu).")
    came = attendees(r)
    assert "Bawaslu" in came
    assert not {"Suhaidi", "Syamsuddin Uti"} & came


def test_a_thing_named_after_its_kind_is_no_person() -> None:
    """'sebagai lembaga Pengawal Demokrasi', 'semboyan Sang Bumi Ruwa Jurai': names of things
    after the lower-case noun of their kind; the ormas 'Nahdlatul Ulama (NU)' and 'PPDI' are
    bodies."""
    body = ("Bawaslu diamanahkan Undang-Undang sebagai lembaga Pengawal Demokrasi. Lampung punya "
            "semboyan Sang Bumi Ruwa Jurai. Hadir pula Nahdlatul Ulama (NU), KNPI dan PPDI. "
            "Ketua Bawaslu Sidrap, Asmawati Salam, memimpin apel.")
    assert labels(body, EntityType.PERSON) == {"Asmawati Salam"}
    assert {"NU", "KNPI", "PPDI"} <= labels(body, EntityType.ORGANIZATION)


def test_what_is_done_with_an_inauguration_is_part_of_it() -> None:
    """'KPU X melantik 85 anggota PPK ... Ketua KPU X, A, didampingi B melantik sekaligus
    pengambilan sumpah dan pembacaan pakta integritas': the oath is the inauguration's, and
    who swore them in came to the inauguration."""
    r = run("KPU Kabupaten Padang Lawas melantik 85 anggota PPK di Aula Hotel Syamsiah Sibuhuan, "
            "Rabu (4/1/2023). Selanjutnya Ketua KPU Kabupaten Padang Lawas, Indra Nasution "
            "didampingi Komisioner KPU Divisi Teknis, Rahmat Daulay, melantik sekaligus "
            "pengambilan sumpah dan pembacaan pakta integritas yang diikuti seluruh anggota PPK.")
    events = [e for e in r.entities if e.type is EntityType.EVENT]
    assert len(events) == 1
    came = attendees(r)
    assert {"Indra Nasution", "Rahmat Daulay"} <= came


def test_a_prosecutors_office_may_hold_a_socialisation_with_the_kpu() -> None:
    """'KPU Prov. Lampung bersama Kejati Lampung menyelenggarakan Sosialisasi ...', 'KPU X
    bersama Kepala Seksi Intelijen Kejati X menyelenggarakan ...': both hold it; a prosecutor's
    office is no court, which holds hearings only."""
    r = run("KPU Prov. Lampung bersama Kejati Lampung menyelenggarakan Sosialisasi Pilkada 2024 "
            "di SMAN 1 Bandar Lampung, Rabu (11/9/2024). KPU Kota Metro bersama Kepala Seksi "
            "Intelijen Kejari Metro menyelenggarakan Simulasi Pemungutan Suara, Kamis.")
    held = hosts(r)
    assert {"KPU Provinsi Lampung", "Kejati Lampung", "KPU Kota Metro"} <= held


def test_an_event_held_at_a_headquarters_is_held_by_its_command() -> None:
    """'Kegiatan ini digelar secara virtual dari Aula Cenderawasih, Mapolda Papua': the
    headquarters after the hall hosts the meeting."""
    r = run("Kapolda Papua mengikuti Vicon Arahan Kesiapan Pilkada, Senin (25/11/2024). Kegiatan "
            "ini digelar secara virtual dari Aula Cenderawasih, Mapolda Papua, Kota Jayapura.")
    assert "Polda Papua" in hosts(r)


def test_a_bare_office_in_a_report_on_one_election_body() -> None:
    """'KPU Kabupaten Halmahera Selatan melaksanakan Rapat Koordinasi ... Rapat dibuka Ketua,
    A. ... disampaikan Anggota, B': the chair and the member of the one election body the
    report names."""
    r = run("KPU Kabupaten Halmahera Selatan melaksanakan Rapat Koordinasi bersama stakeholder, "
            "Selasa (19/9/2023). Rapat dibuka Ketua, Muhammad Agus Umar. Sosialisasi kampanye "
            "disampaikan Anggota, Yaret Colling.")
    assert {("Muhammad Agus Umar", "Ketua", "KPU Kabupaten Halmahera Selatan"),
            ("Yaret Colling", "Anggota", "KPU Kabupaten Halmahera Selatan")} <= offices(r)


def test_staff_offices_of_police_and_prosecutors() -> None:
    """'Kabagbinops Roops Polda Kalteng AKBP A', 'Asintel Kejati Kalteng B', 'Hakim PN Sidrap,
    C': their offices; "Hakim" alone is a name's word ("Lukman Hakim")."""
    r = run("Rakor dihadiri oleh Kabagbinops Roops Polda Kalteng AKBP Murtiyanto, Asintel "
            "Kejati Kalteng Edy Sumarman, Hakim PN Sidrap, Masdianah, dan Lukman Hakim.")
    roles = {(p, role) for p, role, _ in offices(r)}
    assert {("Murtiyanto", "Kabagbinops Roops"), ("Edy Sumarman", "Asintel")} <= roles
    assert ("Masdianah", "PN Sidrap") in {(p, o) for p, _, o in offices(r)}
    assert "Lukman Hakim" in {e.label for e in r.entities if e.type is EntityType.PERSON}


def test_the_holders_an_office_lists_after_a_clause() -> None:
    """'Komisioner KIP Aceh yang dilantik terdiri dari A, B dan C', 'para Panelis yang hadir
    Prof. D, Dr. E dan F', 'beberapa anggota DPRD Padang seperti G, H, dan I': every name of
    the list holds the office."""
    r = run("Komisioner KIP Aceh yang dilantik terdiri dari Muhammad Sayuni, Hendra Darmawan dan "
            "Agusni. Hadir para Panelis yang hadir Prof. Ani Cahyadi, Dr. Yunandar dan Alfisah. "
            "Juga hadir beberapa anggota DPRD Padang seperti Zulhardi Latif, Mastilizal Aye, dan "
            "Iswanto Kwara.")
    roles = {(p, role.lower()) for p, role, _ in offices(r)}
    assert {(p, "komisioner") for p in ("Muhammad Sayuni", "Hendra Darmawan", "Agusni")} <= roles
    assert {(p, "panelis") for p in ("Ani Cahyadi", "Yunandar", "Alfisah")} <= roles
    assert {(p, "anggota") for p in ("Zulhardi Latif", "Mastilizal Aye", "Iswanto Kwara")} <= roles


def test_a_chairs_name_after_a_local_body_is_no_district() -> None:
    """'dilakukan oleh Ketua PPK Nanang Sulistiyo': the chair's name, not the district's; 'Ketua
    PPS Desa Padahayu, A' keeps its village."""
    r = run("PPK Selat Penuguan menggelar sosialisasi pemilih pemula, Senin. Kegiatan dilakukan "
            "oleh Ketua PPK Nanang Sulistiyo. Ketua PPS Desa Padahayu, Deni Hendriayana, hadir.")
    roles = {(p, o) for p, _, o in offices(r)}
    assert any(p == "Nanang Sulistiyo" for p, _ in roles)
    assert ("Deni Hendriayana", "PPS Desa Padahayu") in roles


def test_a_pair_by_its_place_in_the_ballot_and_a_joint_commander() -> None:
    """'Di urutan dua, A-B dari Golkar dan Hanura': the pair second on the ballot are
    candidates; 'Letjen TNI A, Pangkogabwilhan III': a joint defence region's commander."""
    r = run("Debat publik kedua Pilwakot Kupang digelar KPU Kota Kupang, Rabu. Di urutan dua, "
            "Jonas Salen-Aloysius Sukardan dari Golkar dan Hanura membawa pengalaman Jonas. Hadir "
            "pula Letjen TNI Richard Tampubolon, Pangkogabwilhan III.")
    names = {e.key: e.label for e in r.entities}
    numbered = {(names[f.subject], f.quals.get("number")) for f in r.by_kind(FactKind.CANDIDATES)}
    assert {("Jonas Salen", "2"), ("Aloysius Sukardan", "2")} <= numbered
    assert "Pangkogabwilhan" in {role for p, role, _ in offices(r) if p == "Richard Tampubolon"}


def test_di_dampingi_written_apart_says_who_came() -> None:
    """'Ketua KPU X A di dampingi Komisioner KPU lainnya, B, C serta Sekretaris KPU X D': the
    passive written apart from its prefix names who came with the chair."""
    r = run("KPU Kabupaten Banjar menggelar Debat Publik Kedua di Balroom Qin Hotel, Jumat "
            "(22/11/2024). Ketua KPU Kabupaten Banjar Abdul Muthalib di dampingi Komisioner KPU "
            "lainnya, Muhammad Ridha, Rusmilawati serta Sekretaris KPU Kabupaten Banjar "
            "Mashuriansyah.")
    came = attendees(r)
    assert {"Abdul Muthalib", "Muhammad Ridha", "Rusmilawati", "Mashuriansyah"} <= came


def test_a_last_name_typed_in_lower_case_before_degrees() -> None:
    """'Kapolres Badung AKBP Teguh Priyo wasono, S.I.K., menggelar ...': the degrees close the
    name its last word, typed in lower case, ends."""
    r = run("Polres Badung yang dipimpin langsung Kapolres Badung AKBP Teguh Priyo wasono, S.I.K., "
            "menggelar acara doa bersama dan deklarasi damai.")
    assert ("Teguh Priyo wasono", "Kapolres", "Polres Badung") in offices(r)


def test_an_ad_hoc_body_written_out_with_its_acronym_is_named() -> None:
    """'Apel siaga diikuti seluruh Panitia Pengawas Kecamatan (Panwascam) dan Pengawas
    Kelurahan/Desa (PKD) di 106 desa': bodies of no one district, written out in full, are
    bodies the article names, and they came."""
    r = run("Bawaslu Kabupaten Sidrap gelar apel siaga pengawasan, Selasa (14/2/2023). Apel "
            "siaga diikuti seluruh Panitia Pengawas Kecamatan (Panwascam) dan Pengawas "
            "Kelurahan/Desa (PKD) di 106 desa/kelurahan.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert {"Panitia Pengawas Kecamatan", "Pengawas Kelurahan/Desa"} <= orgs
    assert "Pengawas Kelurahan/Desa" in attendees(r)
