"""Patterns met in real articles (fiftieth session), each on sentences written for it. The
helpers live in test_extract_real_patterns and test_extract_focus."""

from __future__ import annotations

from test_extract_focus import focus_of
from test_extract_real_patterns import attendees, facts, hosts, labels, offices, run

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import EntityType, FactKind


def test_a_first_line_that_is_the_lead_is_read_as_news() -> None:
    """A page saved without its headline starts with the lead ("PONTIANAK – Serah terima
    jabatan ... resmi digelar ..., Senin (3/3/2025)."): its names, offices and places are the
    news's, not a headline's capitals."""
    text = ("SAMBAS – Pelantikan Bupati dan Wakil Bupati Sambas terpilih, Hendra Gunawan dan "
            "Rudi Hartono, resmi digelar di Aula Kantor Gubernur Kalimantan Barat, Senin "
            "(3/3/2025).\nAcara ini dihadiri Sekretaris Daerah Kalimantan Barat, Budi Santoso.\n")
    article = parse_text(text)
    assert article.body_start == 0 and article.headline == ""
    r = extract(article)
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert {"Hendra Gunawan", "Rudi Hartono", "Budi Santoso"} <= people
    # a headline stays one: short, no full stop
    assert parse_text("KPU Sambas Gelar Rapat Pleno\nKPU Sambas menggelar rapat.\n").headline


def test_ibu_kota_is_the_capital_not_a_woman() -> None:
    """'di Ibu Kota Provinsi X': "Ibu" (Mrs) before "Kota" is the capital; no place "Kota"."""
    body = ("Empat komisioner KPU Kota Banjarbaru dijatuhi sanksi oleh DKPP sebagai penyelenggara "
            "di Ibu Kota Provinsi Kalimantan Selatan itu.")
    places = labels(body, EntityType.PLACE)
    assert "Kota" not in places and "Provinsi Kalimantan Selatan" in places


def test_a_slogans_verb_and_people_end_a_candidates_name() -> None:
    """'akronim KHARISMA (Khairul-Ibnu Saud Sejahterahkan Masyarakat)': the acronym's expansion
    names the pair, then what they promise; the verb (however spelt) and "Masyarakat" are no
    part of the running mate's name."""
    body = ("Pasangan dengan akronim BERSINAR (Budi-Andi Saputra Sejahterahkan Rakyat) menjadi "
            "calon tunggal Pilkada Sambas 2024.")
    assert "Andi Saputra" in labels(body, EntityType.PERSON)
    assert not any("Rakyat" in p for p in labels(body, EntityType.PERSON))


def test_a_list_is_what_its_copula_says_and_the_sanctioner_is_no_body_of_theirs() -> None:
    """'Empat komisioner KPU X dijatuhi sanksi ... A, B, C, dan D adalah komisioner yang
    terkena sanksi peringatan dari DKPP RI': all four are commissioners of KPU X (named in the
    sentence before), not of the DKPP that sanctioned them."""
    r = run("Empat komisioner KPU Kota Sorong dijatuhi sanksi oleh DKPP RI. Rudi Hartono, Sri "
            "Lestari, Agus Salim, dan Budi Santoso adalah komisioner yang terkena sanksi "
            "peringatan dari DKPP RI.")
    got = offices(r)
    for name in ("Rudi Hartono", "Sri Lestari", "Agus Salim", "Budi Santoso"):
        assert (name, "komisioner", "KPU Kota Sorong") in got
    assert not any(body == "DKPP RI" for _, _, body in got)


def test_a_party_in_brackets_between_a_name_and_sebagai() -> None:
    """'A, SE (Golkar), sebagai Ketua DPRD X, B, SH (PDIP), sebagai Wakil Ketua dan C
    (Gerindra), Sebagai Wakil Ketua': each office is the name's before it, over the party."""
    r = run("Tiga pimpinan dilantik, yakni Hendra Gunawan, SE (Golkar), sebagai Ketua DPRD "
            "Kabupaten Sambas, Rudi Hartono, SH (PDIP), sebagai Wakil Ketua dan Agus Salim, S.Hi "
            "(Gerindra), Sebagai Wakil Ketua.")
    got = offices(r)
    assert ("Hendra Gunawan", "Ketua", "DPRD Kabupaten Sambas") in got
    assert ("Rudi Hartono", "Wakil Ketua", "DPRD Kabupaten Sambas") in got
    assert ("Agus Salim", "Wakil Ketua", "DPRD Kabupaten Sambas") in got
    assert ("Rudi Hartono", "Ketua", "DPRD Kabupaten Sambas") not in got


def test_an_oath_written_with_a_slash_stays_in_the_events_name() -> None:
    """'Rapat Paripurna pengucapan sumpah/janji Pimpinan DPRD X': the slash joins two words of
    the topic; the council holds its own sitting."""
    r = run("Tiga pimpinan tersebut dilantik pada Rapat Paripurna pengucapan sumpah/janji "
            "Pimpinan DPRD Kabupaten Sambas untuk masa jabatan 2024-2029, Kamis (21/11/2024).")
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert any("sumpah/janji" in e for e in events)
    assert "DPRD Kabupaten Sambas" in hosts(r)


def test_guests_told_in_a_reported_clause() -> None:
    """'Ketua KPU X, A, menjelaskan bahwa rekapitulasi ini dihadiri oleh ... Bawaslu': a
    weak event word pointed at and attended is the event; told after "bahwa", the guests are
    still there (unlike "diminta hadir")."""
    r = run("KPU Kabupaten Sambas menggelar rapat pleno rekapitulasi hasil perolehan suara. "
            "Ketua KPU Sambas, Budi Santoso, menjelaskan bahwa rekapitulasi ini dihadiri oleh "
            "saksi pasangan calon serta Bawaslu Kabupaten Sambas.")
    assert "Bawaslu Kabupaten Sambas" in attendees(r)


def test_a_firm_sanction_given_as_a_warning() -> None:
    """'DKPP menjatuhkan sanksi tegas kepada ROLE, A, berupa peringatan keras': "tegas" is
    firm, not "said"; the sanction is the warning, not its weight."""
    r = run("Dewan Kehormatan Penyelenggara Pemilu (DKPP) menjatuhkan sanksi tegas kepada "
            "Anggota Bawaslu Provinsi Kalimantan Barat, Sri Lestari, berupa peringatan keras.")
    sanctions = r.by_kind(FactKind.SANCTIONS)
    assert [f.quals["sanction"] for f in sanctions] == ["peringatan keras"]
    assert facts(r, FactKind.SANCTIONS) == {("DKPP RI", "Sri Lestari")}


def test_the_village_of_a_polling_station_is_no_person() -> None:
    """'di TPS 15 Lebung Gajah itu, kata dia': the words after a polling station's number
    name its village, not someone quoted."""
    body = ("Untuk pelanggaran di TPS 15 Talang Jaya itu, kata dia, pemilih mewakili orang "
            "lain. Ketua Bawaslu Sambas Budi Santoso menjelaskan hal itu.")
    assert labels(body, EntityType.PERSON) == {"Budi Santoso"}


def test_offices_listed_without_names_after_the_members() -> None:
    """'anggota KPU X lainnya, A dan B, Kabag, Kasubag dan Staf Sekretariat': both are members
    ("lainnya" says more than one), and "Kabag" is one more who came, not B's office."""
    r = run("Rakor dibuka Ketua KPU Kalbar Budi Santoso. Hadir pula dalam kegiatan tersebut, "
            "anggota KPU Kalbar lainnya, Sri Lestari dan Agus Salim, Kabag, Kasubag dan Staf "
            "Sekretariat KPU Provinsi Kalimantan Barat.")
    got = offices(r)
    assert ("Sri Lestari", "anggota", "KPU Provinsi Kalimantan Barat") in got
    assert ("Agus Salim", "anggota", "KPU Provinsi Kalimantan Barat") in got
    assert not any(role == "Kabag" for _, role, _ in got)


def test_a_candidates_focus_holds_the_running_mate_and_the_number_before() -> None:
    """A pair on its own line under "Nomor Urut 2 :" has the number in its focus; a candidate's
    focus does not stop inside the pair ("Pasangan Ridwan Kamil" of "...-Suswono")."""
    r = run("KPU Kota Sambas menetapkan nomor urut pasangan calon Wali Kota Sambas.\n"
            "Nomor Urut 1 :\nHendra Gunawan, S.E dan Rudi Hartono, S.Sos\nNomor Urut 2 :\n"
            "Agus Salim, S.E dan Budi Santoso, S.H\n")
    focus = focus_of(r, FactKind.CANDIDATES, "Agus Salim")
    assert focus.startswith("Nomor Urut 2") and "Budi Santoso" in focus
    r = run("Debat pertama Pilkada Sambas 2024 digelar KPU. Pasangan Hendra Gunawan-Rudi "
            "Hartono, dan Agus Salim-Budi Santoso telah memaparkan visi-misinya.")
    assert "Rudi Hartono" in focus_of(r, FactKind.CANDIDATES, "Hendra Gunawan")


def test_a_focus_reaches_back_over_short_paragraphs_to_its_event() -> None:
    """An event, three one-sentence paragraphs, then "Hadir pula A": the focus reaches back to
    the event over the blank lines between (it stopped at three line breaks)."""
    r = run("KPU Kabupaten Sambas menggelar Rapat Pleno Terbuka Rekapitulasi, Senin.\n\n"
            "Rekapitulasi berjalan lancar sejak pagi.\n\nSeluruh saksi menerima hasilnya.\n\n"
            "Hadir pula Kajari Sambas Hendra Gunawan.\n")
    focus = focus_of(r, FactKind.ATTENDS, "Hendra Gunawan")
    # from the start of the event's sentence: a fragment ("Rapat Pleno ... Senin.") says
    # less than the sentence that holds it
    assert focus.startswith("KPU Kabupaten Sambas menggelar Rapat Pleno")
    assert focus.endswith("Hendra Gunawan")


def test_the_unity_and_politics_agency_by_each_of_its_names() -> None:
    """'Kesatuan Bangsa dan Politik (Kesbangpol) X', 'Bakesbangpol X', 'Bankesbangpol X',
    'Kesbangpolinmas X': one kind of regional agency, written many ways; each is a body,
    labelled as the article writes it, and "Bakesbangpol X" is the "Kesbangpol X" named
    again."""
    r = run("Deklarasi dihadiri Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Sambas, "
            "Bankesbangpol Lampung Barat dan Kesbangpolinmas Pesisir Selatan. Kepala "
            "Bakesbangpol Bantul Budi Santoso juga hadir bersama staf Kesbangpol Bantul.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert {"Kesatuan Bangsa dan Politik Kabupaten Sambas", "Bankesbangpol Kabupaten Lampung "
            "Barat", "Kesbangpolinmas Kabupaten Pesisir Selatan"} <= orgs
    assert len([o for o in orgs if "Bantul" in o]) == 1
    assert not {e.label for e in r.entities if e.type is EntityType.PLACE} & {"Kesatuan Bangsa"}


def test_a_quotes_nya_points_back_to_the_name_before_it() -> None:
    """'Ketua KPU X, A, menjelaskan ... / “...,” ujarnya. / A menambahkan ...': the evidence
    (and focus) of the quote reaches back to the name "-nya" points to, not forward to the
    name opening the next paragraph, though that is nearer."""
    r = run("Ketua KPU Kota Sambas, Budi Santoso, menjelaskan bahwa debat ini bertujuan memberi "
            "informasi kepada masyarakat luas tentang program setiap pasangan calon.\n"
            "“Kami ingin pemilih punya rujukan yang cukup,” ujarnya.\n"
            "Budi menambahkan, debat merupakan salah satu metode kampanye.")
    quote = next(f for f in r.by_kind(FactKind.QUOTES) if f.quals["text"].startswith("Kami"))
    a, b = quote.evidence.focus
    focus = r.article.text[a:b]
    assert focus.startswith("Ketua KPU Kota Sambas, Budi Santoso") and focus.endswith("ujarnya")


def test_a_prospective_candidates_short_title_is_no_name() -> None:
    """'dihadiri kedua pasangan Bacabup-Cawabup': "Bacabup" (bakal calon bupati) is a title."""
    body = ("Penutupan dilakukan Ketua KPU Kabupaten Sambas Budi Santoso dihadiri kedua pasangan "
            "Bacabup-Cawabup yang telah memasukkan berkas.")
    assert labels(body, EntityType.PERSON) == {"Budi Santoso"}


def test_a_rank_and_a_court_misspelt_by_one_letter() -> None:
    """'Ajun Komisari Besar Polisi NAME', 'Mahkama Konstitusi': read as the words meant."""
    body = ("Kapolres Sambas, Ajun Komisari Besar Polisi Budi Santoso mengatakan pihaknya siap. "
            "Putusan Mahkama Konstitusi dibacakan kemarin.")
    assert labels(body, EntityType.PERSON) == {"Budi Santoso"}


def test_a_city_force_named_with_its_level_after_the_city() -> None:
    """'Kapolres Bima Kota, AKBP NAME', 'Polres Kediri Kota': the city's police, as written,
    not the regency's."""
    r = run("Kapolres Bima Kota, AKBP Budi Santoso hadir bersama Polres Kediri Kota.")
    assert ("Budi Santoso", "Kapolres", "Polres Bima Kota") in offices(r)
    orgs = {e.key: e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "Polres Kediri Kota" in orgs.values()
    assert any(k.startswith("org:polres:kota:") for k in orgs)


def test_a_title_no_name_holds_inside_starts_the_holders_name() -> None:
    """'Dekan Fakultas Hukum Undiksha Prof Dr NAME': the campus's short name after the office
    is no part of the dean's name, and he holds the office."""
    r = run("Narasumber Dekan Fakultas Hukum dan Ilmu Sosial Undiksha Prof Dr I Nengah "
            "Suastika hadir.")
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert people == {"I Nengah Suastika"}
    assert any(p == "I Nengah Suastika" and role.startswith("Dekan")
               for p, role, _ in offices(r))


def test_a_paragraph_that_only_lists_bodies_goes_on_with_who_came() -> None:
    """'... hadir pula jajaran KPU X dan Bawaslu X.' then 'Polres Y, Kemenag X, NU,
    organisasi kepemudaan, Camat, Danramil, dan undangan lain lain.': the bodies came too."""
    r = run("Polres Sambas menggelar Deklarasi Damai Pilkada Kabupaten Sambas 2024, Senin.\n"
            "Tentunya hadir pula jajaran KPU Kabupaten Sambas dan Bawaslu Kabupaten Sambas.\n"
            "Polres Singkawang, Kemenag Kabupaten Sambas, organisasi kepemudaan, Camat, "
            "Danramil, dan undangan lain lain.")
    assert "Kemenag Kabupaten Sambas" in attendees(r)


def test_two_names_of_one_role_are_one_office() -> None:
    """'Pj. Sekretaris Daerah Provinsi Lampung, Fredy' then 'Pj. Sekdaprov Lampung, Fredy': one
    office held, not two (a second label of one fact is a duplicate in the graph)."""
    r = run("Rapat dipimpin oleh Pj. Sekretaris Daerah Provinsi Lampung, Budi Santoso. Pj. "
            "Sekdaprov Lampung, Budi Santoso, menekankan pentingnya kerja sama.")
    assert len([o for o in offices(r) if o[0] == "Budi Santoso"]) == 1


def test_a_doctors_title_after_a_pairs_dash() -> None:
    """'pasangan nomor urut 1, M.Daniel Rigan-dr. Harjo Udanto Abukasim (Mandat)': the dash
    parts the pair before the physician's title written in lower case."""
    r = run("Pasangan nomor urut 1, Budi Santoso-dr. Harjo Udanto Abukasim (Mandat) yang diusung "
            "Partai Gerindra memperoleh 20.939 suara.")
    assert {("Partai Gerindra", "Budi Santoso"), ("Partai Gerindra", "Harjo Udanto Abukasim")
            } <= facts(r, FactKind.NOMINATES)


def test_a_running_mates_last_name_that_is_a_regency() -> None:
    """'pasangan nomor urut 4, Amustafa Besan-Hamza Buton (Amanah) yang diusung ...': "Buton"
    right before the pair's nickname is the mate's last name, not the regency."""
    r = run("Pasangan nomor urut 4, Budi Santoso-Hamza Buton (Amanah) yang diusung Partai "
            "Demokrat memperoleh suara terbanyak kedua.")
    assert ("Partai Demokrat", "Hamza Buton") in facts(r, FactKind.NOMINATES)


def test_an_election_bodys_official_stands_in_no_election() -> None:
    """'Lebih lanjut terkait paslon bupati/wabup, Ria menyatakan ...': the KPU's division head
    who speaks of the pairs organises the election; she is no candidate."""
    r = run("Ketua Divisi Perencanaan KPU Kabupaten Sambas, Sri Lestari, menjelaskan tahapan "
            "Pilkada Sambas 2024. Lebih lanjut terkait pasangan calon (paslon) bupati/wabup, "
            "Sri menyatakan KPU akan mengumumkan pendaftaran pada 24 Agustus.")
    assert not facts(r, FactKind.CANDIDATES)


def test_a_one_word_event_titled_with_its_election() -> None:
    """'dalam Sosialisasi Pilkada 2024': a head word in capitals alone says too little; the
    title goes on through the election it names."""
    r = run("Sri Lestari menyatakan hal itu dalam Sosialisasi Pilkada 2024 di Wates, Sabtu.")
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert "Sosialisasi Pilkada 2024" in events


def test_an_attendance_focus_takes_the_event_its_sentence_opens_on() -> None:
    """'Rapat pleno yang dipimpin Ketua KPU X, A dihadiri sejumlah peserta rapat ...': the
    focus of A's attendance is from the plenary the sentence opens on, not "A dihadiri ...
    peserta rapat", which garbles who was where."""
    r = run("KPU Kabupaten Sambas menggelar rapat pleno terbuka rekapitulasi, Senin.\n"
            "Rapat pleno yang dipimpin langsung Ketua KPU Sambas, Budi Santoso dihadiri "
            "sejumlah peserta rapat dan tamu undangan.")
    assert focus_of(r, FactKind.ATTENDS, "Budi Santoso").startswith("Rapat pleno yang dipimpin")


def test_parties_listed_after_their_leaders_are_counted() -> None:
    """'Sebanyak 10 pimpinan partai pengusung dan pendukung pasangan ..., A-B, ...' then
    'Partai-partai tersebut adalah P, Q, dan R.': the parties listed back the pair."""
    r = run("Sebanyak 10 pimpinan partai pengusung dan pendukung pasangan Calon Gubernur-Wakil "
            "Gubernur Kalbar, Budi Santoso-Sri Lestari, menandatangani naskah deklarasi.\n"
            "Partai-partai tersebut adalah Nasdem, Gerindra, dan Gelora.")
    backing = facts(r, FactKind.NOMINATES)
    assert {("Partai NasDem", "Budi Santoso"), ("Partai Gelora", "Sri Lestari")} <= backing


def test_pairs_numbered_in_one_sentence_each_with_its_own_number() -> None:
    """'A-B nomor urut 2, C-D mendapatkan nomor 3, serta E-F memperoleh nomor urut 4': each
    pair gets the number after it ("urut" may be left out after the verb), and a pair of
    one-word names is a pair of persons."""
    r = run("Pasangan calon Budi Santoso-Sri Lestari mendapatkan nomor urut 1. Kemudian Agus "
            "Salim-Rudi Hartono nomor urut 2, Hendra Gunawan-Naspi mendapatkan nomor 3, serta "
            "Hamdam-Basir memperoleh nomor urut 4.")
    numbers = {(e, f.quals.get("number")) for f in r.by_kind(FactKind.CANDIDATES)
               for e in [next(x.label for x in r.entities if x.key == f.subject)]}
    assert {("Hendra Gunawan", "3"), ("Naspi", "3"), ("Hamdam", "4"), ("Basir", "4")} <= numbers


def test_the_chair_and_members_named_together() -> None:
    """'Ketua dan Anggota Bawaslu X masing-masing A, B, C dan D': A chairs it, the others are
    its members."""
    r = run("Ketua dan Anggota Bawaslu Provinsi Gorontalo masing-masing Budi Santoso, Sri "
            "Lestari, Agus Salim, dan Rudi Hartono mendapat sanksi peringatan oleh DKPP.")
    got = offices(r)
    assert ("Budi Santoso", "Ketua", "Bawaslu Provinsi Gorontalo") in got
    assert {("Sri Lestari", "Anggota", "Bawaslu Provinsi Gorontalo"),
            ("Rudi Hartono", "Anggota", "Bawaslu Provinsi Gorontalo")} <= got


def test_a_comma_after_the_rank() -> None:
    """'Kapolres Tegal Kota, AKBP, Rully Thomas, Sekda ...': the rank, a comma, the name."""
    r = run("Hadir dalam rakor tersebut Kapolres Sambas, AKBP, Budi Santoso, dan Ketua KPU "
            "Kabupaten Sambas, Agus Salim.")
    assert ("Budi Santoso", "Kapolres", "Polres Sambas") in offices(r)


def test_headings_groups_addresses_and_forms_name_no_one() -> None:
    """'Dasar Hukum dan Tahapan PSU', 'selama Putaran Pilkades', 'Instansi Vertikal Nunukan',
    'Kantor KPU, Km 9 Nipah-Nipah', 'formulir D. Selisih': no person among them."""
    body = ("KPU Kabupaten Sambas menetapkan pasangan calon.\nDasar Hukum dan Tahapan PSU\n"
            "Keamanan terjaga selama Putaran Pilkades di Sambas. Rapat diikuti Instansi Vertikal "
            "Sambas di Kantor KPU, Km 9 Nipah-Nipah. Selisih suara ditemukan pada formulir D. "
            "Selisih ini. Ketua KPU Sambas Budi Santoso menjelaskan hal itu.")
    assert labels(body, EntityType.PERSON) == {"Budi Santoso"}


def test_two_offices_written_with_a_slash() -> None:
    """'Ketua Panitia/Sekretaris Bawaslu X, NAME': the slash parts two offices; the second,
    with its body, is the name's."""
    r = run("Kegiatan diawali laporan dari Ketua Panitia/Sekretaris Bawaslu Kabupaten Sambas, Sri "
            "Lestari, yang menyebutkan peserta sosialisasi.")
    assert ("Sri Lestari", "Sekretaris", "Bawaslu Kabupaten Sambas") in offices(r)


def test_a_slate_listed_area_by_area_with_pairs_in_brackets() -> None:
    """'... menyerahkan SK kepada 14 Paslon.' then 'Kabupaten X (A – B), Kabupaten Y (C –
    D).' and a paragraph more of such items: each pair in brackets after its regency is a pair
    of candidates."""
    r = run("Partai NasDem menyerahkan SK kepada 5 pasangan calon (paslon) se-NTT.\n"
            "Penyerahan dilakukan di Kantor DPW NasDem NTT, Senin.\n"
            "Yang menerima SK adalah Kabupaten Kupang (Budi Santoso – Sri Lestari, SH), "
            "Kabupaten Timor Tengah Selatan,(Drs. Agus Salim – Rudi Hartono).\n"
            "Kabupaten Alor (Hendra Gunawan – Joko Susilo), Kabupaten Belu (Dedi Kurnia – Yohanes "
            "Bria).")
    people = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Budi Santoso", "Sri Lestari", "Agus Salim", "Rudi Hartono", "Hendra Gunawan",
            "Joko Susilo", "Dedi Kurnia", "Yohanes Bria"} <= people


def test_a_candidates_focus_goes_on_over_the_pairs_item() -> None:
    """'Kemudian Risma-Gus Hans kedua', 'A-B (ZIAP) nomor urut 2': a candidate's focus that
    stops at his name goes on over his mate, the pair's nickname and its number."""
    from electgraph.extract.focusedges import pair_tail as _pair_tail

    text = "pasangan A-B (AB) nomor urut 1, Hendra Gunawan-Rudi Hartono (HERU) nomor urut 2 dan"
    b = text.index("Gunawan") + len("Gunawan")
    assert text[: _pair_tail(text, b, len(text))].endswith("Rudi Hartono (HERU) nomor urut 2")
    text = "Khofifah-Emil mendapat kesempatan pertama. Kemudian Risma-Gus Hans kedua, dan"
    b = text.index("Risma") + len("Risma")
    assert text[: _pair_tail(text, b, len(text))].endswith("Risma-Gus Hans kedua")


def test_a_focus_over_sentences_starts_where_its_clause_does() -> None:
    """'“... keputusan ini,” bunyi keputusan KPU X.' then 'Anggota PPK yang dipecat yakni A':
    a focus that starts at the body named at the end of a long quote starts with the clause
    that names the body's decision, not with "KPU X." alone."""
    from electgraph.extract.focusedges import whole_first_sentence as _whole_first_sentence

    quote = "Menetapkan Pemberhentian Tetap terhadap Anggota PPK dan PPS " * 5
    text = (f"“{quote.strip()},” bunyi keputusan KPU Makassar.\nAnggota PPK yang dipecat "
            "yakni Budi Santoso.")
    a, b = text.index("KPU Makassar"), text.index("Santoso") + len("Santoso")
    assert text[_whole_first_sentence(text, a, b) :].startswith("bunyi keputusan KPU Makassar")


def test_a_place_name_that_begins_a_persons_name() -> None:
    """'diwakili oleh Bima Arya Sugiarto selaku Wakil Menteri Dalam Negeri', 'Wakil Menteri
    Dalam Negeri Bima Arya Sugiarto': after "oleh" or a national office, "Bima" is his name."""
    for body in ("Kemendagri diwakili oleh Bima Arya Sugiarto selaku Wakil Menteri Dalam Negeri.",
                 "Rapat dihadiri Wakil Menteri Dalam Negeri Bima Arya Sugiarto."):
        assert labels(body, EntityType.PERSON) == {"Bima Arya Sugiarto"}


def test_the_backing_parties_of_the_one_pair() -> None:
    """'turut dihadiri para ketua partai pengusung dari Golkar, PKB dan Hanura': in an article
    of one pair, the backing parties named so back that pair."""
    r = run("Pasangan calon Bupati Sambas nomor urut 4, Budi Santoso dan Agus Salim, menggelar "
            "kampanye akbar. Kampanye ini turut dihadiri para ketua partai pengusung dari Golkar, "
            "PKB, dan Hanura.")
    backing = facts(r, FactKind.NOMINATES)
    assert {("Partai Golkar", "Budi Santoso"), ("Partai Hanura", "Agus Salim")} <= backing


def test_a_town_alone_before_the_dash_is_the_dateline() -> None:
    """'Sigli – KIP Pidie menggelar ...': a known town alone before the dash that opens the
    news is where it was written, a place; an outlet's name there is not ("Malang Post – ")."""
    article = parse_text("KIP Pidie Gelar Pleno\nSigli – KIP Pidie menggelar rapat pleno, Senin.\n")
    assert article.dateline == "Sigli"
    assert "Sigli" in {e.label for e in extract(article).entities if e.type is EntityType.PLACE}
    assert parse_text("Judul Berita\nMalang Post – KPU menggelar debat, Senin.\n").dateline is None


def test_a_pairs_nickname_before_the_pair_in_brackets() -> None:
    """'Paslon Nomor 1, Astaguna (Made Kasta-Ketut Gunaksa), mengaku ...': the nickname comes
    first; the candidates are the pair in brackets."""
    r = run("Paslon Nomor 1, Bersinar (Budi Santoso-Agus Salim), mengaku semakin mematangkan "
            "program. Paslon Nomor 2, Sejahtera (Rudi Hartono-Sri Lestari) yang diusung PDIP, "
            "tidak melakukan persiapan khusus.")
    people = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Budi Santoso", "Agus Salim", "Rudi Hartono", "Sri Lestari"} <= people
    assert not people & {"Bersinar", "Sejahtera"}
