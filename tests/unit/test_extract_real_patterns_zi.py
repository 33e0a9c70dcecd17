"""Patterns met in real articles (fifty-first session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, offices, run

from electgraph.extract import extract
from electgraph.extract.render import to_facts
from electgraph.ingest import parse_text
from electgraph.model import FactKind
from electgraph.resolve import resolve

_REGENT = ("Debat Publik Pilkada Kaur\nKAUR - Debat publik pertama calon bupati Kaur digelar KPU "
           "Kabupaten Kaur, Sabtu (2/11/2024). Acara itu dihadiri Bupati Kaur H. Lismidianto.\n")


def test_a_body_only_a_title_implies_is_no_name_the_article_writes() -> None:
    """'Bupati Kaur H. Lismidianto': the office's body (Pemkab Kaur) is the role fact's, but the
    article writes no name of it. The `facts` format lists the names an article writes, so the
    body is not among its organisations, and "Kaur" (the place) is no surface form of it."""
    result = extract(parse_text(_REGENT, "kaur.txt"))
    rows = to_facts(result)
    assert {"person": "Lismidianto", "org": "Pemkab Kaur", "role": "Bupati"} in [
        {k: r[k] for k in ("person", "org", "role")} for r in rows["holds_role"]]
    assert "Pemkab Kaur" not in rows["entities"]["Organization"]
    assert "KPU Kabupaten Kaur" in rows["entities"]["Organization"]
    body = next(e for e in result.entities if e.label == "Pemkab Kaur")
    assert body.mentions == () and body.aliases == ()


def test_the_graph_holds_an_implied_body_unnamed() -> None:
    """The article holds the implied body in its part of the graph (its role fact needs it),
    as it holds the province of a body it names: not mentioned, with no surface form."""
    graph = resolve([extract(parse_text(_REGENT, "kaur.txt"))])
    nodes = {n.label: n for n in graph.nodes}
    assert [s.mentioned for s in nodes["Pemkab Kaur"].seen] == [False]
    assert all(not s.aliases for s in nodes["Pemkab Kaur"].seen)
    assert [s.mentioned for s in nodes["KPU Kabupaten Kaur"].seen] == [True]
    # written once, implied by a title elsewhere: mentioned
    both = _REGENT.replace("Acara itu", "Pemkab Kaur mendukung debat itu. Acara itu")
    nodes = {n.label: n for n in resolve([extract(parse_text(both, "kaur.txt"))]).nodes}
    assert [s.mentioned for s in nodes["Pemkab Kaur"].seen] == [True]


def test_pemko_is_the_city_government() -> None:
    """'di lingkungan Pemko Padang': Sumatra's press writes the city government "Pemko"."""
    body = ("Wali Kota Padang, Andree Algamar, mengingatkan ASN di lingkungan Pemko Padang untuk "
            "menjaga netralitas.")
    result = extract(parse_text(f"Netralitas ASN\nPADANG - {body}\n", "padang.txt"))
    city = next(e for e in result.entities if e.label == "Pemkot Padang")
    assert [m.text for m in city.mentions] == ["Pemko Padang"]
    assert "Pemkot Padang" in to_facts(result)["entities"]["Organization"]
    assert ("Andree Algamar", "Wali Kota", "Pemkot Padang") in offices(result)


def test_a_debate_taken_part_in_with_spirit_and_then_dated_was_held() -> None:
    """'semangat pasangan calon ... untuk mengikuti debat publik' reads the debate as ahead, but
    'Debat tersebut diselenggarakan KPU ... pada Selasa malam' dates it with no cue of the
    future: it was held, and the pairs who took part in it attended."""
    r = run("Meski diguyur hujan, tidak menyurutkan semangat pasangan calon untuk mengikuti debat "
            "publik tahap pertama Pilkada Kota Sleman.\nDebat tersebut diselenggarakan KPU "
            "setempat di ballroom Hotel Merapi pada Selasa malam 12 November 2024.\nDebat "
            "publik yang diikuti pasangan calon Budi Santoso-Ahmad Yani dan Joko Susilo-Andi "
            "Saputra berlangsung semarak.", "Debat Perdana Pilkada Sleman Berlangsung Seru")
    assert {"Budi Santoso", "Ahmad Yani", "Joko Susilo", "Andi Saputra"} <= attendees(r)
    # a debate still planned stays ahead, dated or not
    r = run("KPU Sleman mendorong pasangan calon untuk mengikuti debat publik tahap pertama. "
            "Debat tersebut akan diselenggarakan pada Selasa malam 12 November 2024 dan "
            "diikuti pasangan calon Budi Santoso-Ahmad Yani.", "KPU Siapkan Debat Pilkada Sleman")
    assert not attendees(r) & {"Budi Santoso", "Ahmad Yani"}


def test_an_office_is_theirs_whom_the_copula_names() -> None:
    """'Empat Wakil Ketua DPRD Sumut yang telah definitif adalah A dari Partai X (PX), B dari
    Partai Y, ...': the clause ends in "adalah", each name with the party it comes from."""
    r = run("Empat Wakil Ketua DPRD Sumut yang telah definitif adalah Sutarto dari Partai "
            "Demokrasi Indonesia Perjuangan (PDI-P), Ihwan Ritonga dari Partai Gerindra, Ricky "
            "Anthony dari Partai Nasdem, dan Salman Alfarisi dari Partai Keadilan Sejahtera (PKS).")
    held = {(p, role) for p, role, _ in offices(r)}
    assert {("Sutarto", "Wakil Ketua"), ("Ihwan Ritonga", "Wakil Ketua"),
            ("Ricky Anthony", "Wakil Ketua"), ("Salman Alfarisi", "Wakil Ketua")} <= held
    assert ("Budi Santoso", "Ketua", "KPU Kabupaten Sleman") in offices(
        run("Ketua KPU Sleman adalah Budi Santoso."))


def test_whom_a_governor_inaugurates_as_regent_holds_the_office() -> None:
    """'melantik A dan B sebagai Bupati dan Wakil Bupati X, serta C dan D sebagai Bupati dan
    Wakil Bupati Y': each holds the office sworn into, in turn, in the government the second
    office names; 'A resmi dilantik sebagai ...' too; 'akan melantik' is no office yet."""
    r = run("Gubernur Sulawesi Tengah Anwar Hafid secara resmi melantik Erwin Burase dan Abdul "
            "Sahid sebagai Bupati dan Wakil Bupati Parigi Moutong (Parimo), serta Amiruddin "
            "Tamoreka dan Furqanuddin Masulili sebagai Bupati dan Wakil Bupati Banggai.")
    assert {("Erwin Burase", "Bupati", "Pemkab Parigi Moutong"),
            ("Abdul Sahid", "Wakil Bupati", "Pemkab Parigi Moutong"),
            ("Amiruddin Tamoreka", "Bupati", "Pemkab Banggai"),
            ("Furqanuddin Masulili", "Wakil Bupati", "Pemkab Banggai")} <= offices(r)
    assert ("Budi Santoso", "anggota", "PPK Kota Depok") in offices(run(
        "Budi Santoso dan Ahmad Yani resmi dilantik sebagai anggota PPK Depok."))
    assert not offices(run("Gubernur akan melantik Budi Santoso sebagai Bupati Sleman."))
    assert not offices(run("Budi Santoso akan dilantik sebagai Bupati Sleman."))


def test_holders_in_brackets_and_the_body_after_a_bracketed_list() -> None:
    """'Kakan Kesbangpol X Hudri' (the head of an office), 'Komisioner Bawaslu X (A, B)' (the
    holders in brackets), 'yaitu A (Ketua), B, C, dan D (masing-masing Anggota) Bawaslu X'
    (each office of the list in the body written after it, not in the DKPP named before)."""
    held = offices(run("Turut hadir Kakan Kesbangpol Sarolangun Hudri, Komisioner Bawaslu "
                       "Sarolangun (Aspriadi, Johan Iswadi) serta tamu undangan lainnya."))
    assert {("Aspriadi", "Komisioner", "Bawaslu Kabupaten Sarolangun"),
            ("Johan Iswadi", "Komisioner", "Bawaslu Kabupaten Sarolangun")} <= held
    assert any(p == "Hudri" and role.startswith("Kakan") for p, role, _ in held)
    r = run("Dalam putusan tersebut, DKPP merehabilitasi nama baik para Teradu, yaitu Lailatul "
            "Khoiriyah (Ketua), Hendri Widiono, Syahroni, dan Rizka Septia (masing-masing "
            "Anggota) Bawaslu Kabupaten Lampung Timur.")
    body = "Bawaslu Kabupaten Lampung Timur"
    assert {("Lailatul Khoiriyah", "Ketua", body), ("Hendri Widiono", "Anggota", body),
            ("Syahroni", "Anggota", body), ("Rizka Septia", "Anggota", body)} <= offices(r)
    # the division's short names in brackets are no holders
    r = run("Ketua Divisi SDM, Sosialisasi Pendidikan Pemilih, dan Partisipasi Masyarakat "
            "(Sosdiklih dan Parmas) KPU Bolsel, Marlia Lumali, menyampaikan terima kasih.")
    assert not {p for p, _, _ in offices(r)} & {"Sosdiklih", "Parmas"}


def test_letters_of_the_one_party_to_pairs_named_by_their_race() -> None:
    """'Ketua Umum Partai Demokrat A (AHY) kembali merilis surat rekomendasi ... Kedua,
    rekomendasi diberikan kepada B-C untuk Pilkada Kabupaten X': a dashed pair put in a named
    election stands in it, and the letter is the one party's the article names; the party's
    chair (by his alias too) is no nominee."""
    r = run("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) kembali merilis surat "
            "rekomendasi pasangan calon untuk berlaga di Pilkada.\nPenyerahan dilakukan di "
            "Kantor DPP Demokrat, Kamis (8/8/2024). AHY tampak ditemani pengurus DPP.\nKedua, "
            "rekomendasi diberikan kepada Iyos Somantri-Zainul untuk Pilkada Kabupaten "
            "Sukabumi.\nKetiga, rekomendasi diberikan untuk Dikdik Suratno-Bagja Setiawan yang "
            "akan berlaga di Pilkada Kota Cimahi.", "AHY Rilis Surat Rekomendasi")
    standing = facts(r, FactKind.CANDIDATES)
    assert {("Iyos Somantri", "Pilkada Kabupaten Sukabumi"), ("Zainul", "Pilkada Kabupaten "
            "Sukabumi"), ("Dikdik Suratno", "Pilkada Kota Cimahi")} <= standing
    backed = facts(r, FactKind.NOMINATES)
    assert {(party, p) for party, p in backed} >= {
        ("Partai Demokrat", "Iyos Somantri"), ("Partai Demokrat", "Zainul"),
        ("Partai Demokrat", "Dikdik Suratno"), ("Partai Demokrat", "Bagja Setiawan")}
    assert "Agus Harimurti Yudhoyono" not in {p for _, p in backed}
    # two parties named: whose letter it is, the clause must say
    r = run("Partai Demokrat dan Partai Golkar merilis surat rekomendasi.\nKedua, rekomendasi "
            "diberikan kepada Iyos Somantri-Zainul untuk Pilkada Kabupaten Sukabumi.")
    assert not facts(r, FactKind.NOMINATES)


def test_a_pairs_nickname_blended_from_their_names() -> None:
    """'Pasangan BesTi' (Bebas and Siti), also named without the pair word ("BesTi mendapat
    dukungan enam partai"): the pair's nickname, made of their names in their order; not a
    candidate of its own, and the parties back the two persons."""
    r = run("Bebas Manggazali dan Siti Rahmawati secara resmi mendeklarasikan diri sebagai "
            "pasangan calon bupati dan wakil bupati dalam kontestasi pemilihan kepala daerah "
            "Kabupaten Polewali Mandar. Pasangan BesTi didukung "
            "enam partai.\nUntuk memenangkan Pilkada Polman, BesTi mendapat dukungan enam partai "
            "politik. Keenam parpol tersebut, yakni Gerindra, PAN, PDIP, PPP, Hanura dan Golkar.",
            "Pasangan BesTi Dideklarasikan")
    standing = {p for p, _ in facts(r, FactKind.CANDIDATES)}
    assert standing == {"Bebas Manggazali", "Siti Rahmawati"}
    backed = facts(r, FactKind.NOMINATES)
    assert any("Gerindra" in party and p == "Siti Rahmawati" for party, p in backed)
    assert {p for _, p in backed} == standing


def test_who_speaks_of_an_earlier_meeting_did_not_attend_it() -> None:
    """'A dan B telah melakukan pertemuan beberapa kali ... "Apalagi pertemuan tersebut
    dimaksudkan untuk ...," ungkap Anggota Majelis, C': the judge speaks of the meetings the
    two held; he was not at them."""
    r = run("DKPP menjatuhkan sanksi kepada Anggota Bawaslu Kota Ternate Asrul Tampilang, "
            "Selasa (9/12/2025).\nDalam sidang pemeriksaan yang dilaksanakan di Kota Ternate "
            "pada 3 Desember 2025, terungkap nama calegnya.\nBerdasar persidangan terungkap "
            "bahwa Asrul Tampilang dan "
            "Ponsen Sarfa telah melakukan pertemuan beberapa kali pada Desember 2023.\n"
            "“Apalagi pertemuan tersebut dimaksudkan untuk berkoordinasi dengan peserta pemilu,” "
            "ungkap Anggota Majelis, I Dewa Kade Raka Sandi.", "DKPP Berhentikan Anggota Bawaslu")
    met = {(p, e) for p, e in facts(r, FactKind.ATTENDS)}
    assert ("Asrul Tampilang", "pertemuan") in met
    assert ("I Dewa Kade Raka Sandi", "pertemuan") not in met


def test_the_counted_commissioners_sworn_in_attend_their_inauguration() -> None:
    """'Lima Komisioner KPU X resmi dilantik oleh Ketua KPU RI ... Kelima komisioner KPU X itu
    yakni A, B, C, D, dan E ... pengambilan sumpah jabatan disaksikan ...': the five named
    attend in person, and the oath (a part of it) does not rename the inauguration."""
    r = run("Lima Komisioner KPU Provinsi Sulawesi Tenggara resmi dilantik oleh Ketua KPU RI "
            "Hasyim Asy'ari di Jakarta, Rabu (24/5/2023).\nKelima komisioner KPU Sultra itu "
            "yakni Amirudin, Azril, Hazamuddin, Muhammad Fahimuddin, dan Suprihaty Nengtias.\n"
            "Sebab kata dia, pengambilan sumpah jabatan disaksikan seluruh masyarakat.\n"
            "Pelantikan ini dilangsungkan di Kantor KPU RI.", "KPU RI Lantik Komisioner KPU Sultra")
    met = facts(r, FactKind.ATTENDS)
    assert {("Amirudin", "Pelantikan"), ("Azril", "Pelantikan"),
            ("Suprihaty Nengtias", "Pelantikan")} <= met
    assert not {e for _, e in met} & {"pengambilan sumpah jabatan"}


def test_a_councils_leaders_listed_sentence_by_sentence() -> None:
    """'Amanat sebagai Ketua DPRD X 2024-2029 dipegang oleh A dari PPP. Lalu B dari PDI
    Perjuangan sebagai Wakil Ketua I. Kemudian C dari Partai Gerindra sebagai Wakil Ketua II':
    the chair is whom the office is held by (not "Amanat"), and each deputy, named with his
    party, is a deputy of the council whose chair was named just before."""
    r = run("Amanat sebagai Ketua DPRD Jepara 2024-2029 dipegang oleh Dr. H. Agus Sutisna, SH, "
            "MH dari Partai Persatuan Pembangunan (PPP).\nLalu Drs. H. Junarso dari PDI "
            "Perjuangan sebagai Wakil Ketua I.\nKemudian Arizal Wahyu Hidayat dari Partai "
            "Gerindra sebagai Wakil Ketua II dan H. Pratikno dari Partai NasDem sebagai Wakil "
            "Ketua III.")
    council = "DPRD Kabupaten Jepara"
    assert {("Agus Sutisna", "Ketua", council), ("Junarso", "Wakil Ketua", council),
            ("Arizal Wahyu Hidayat", "Wakil Ketua", council),
            ("Pratikno", "Wakil Ketua", council)} <= offices(r)
    assert "Amanat" not in {p for p, _, _ in offices(r)}


def test_a_long_guest_list_of_offices_and_stand_ins() -> None:
    """'... dilanjutkan dengan apel siaga. Hadir dalam kegiatan Kapolres yang diwakili oleh
    Kabag Ren AKP H. Jufri. T, Ketua Pengadilan Negeri yang diwakili Hakim Muda A, Kepala
    Kejaksaan Negeri yang diwakili oleh B, Kadis Infokom Arif Pallo, ...': "kegiatan" is the
    inauguration (the apel only followed it), "Jufri. T" ends no sentence, a stand-in holds
    not the next item's office, and an agency head's name follows its one-word unit."""
    r = run("KPU Kabupaten Luwu Utara melakukan pelantikan PPS se-Kabupaten Luwu Utara, Selasa "
            "(24/1/2023).\nPelaksanaan pelantikan dilakukan oleh Ketua KPU Syamsul Bachri, "
            "berlangsung khidmat dan dilanjutkan dengan apel siaga sukseskan Pemilu.\nHadir "
            "dalam kegiatan Kapolres yang diwakili oleh Kabag Ren AKP H. Jufri. T, Ketua "
            "Pengadilan Negeri yang diwakili Hakim Muda Arlingga Wardana, Kepala Kejaksaan Negeri "
            "yang diwakili oleh Andi Siryan, Kadis Infokom Arif Pallo, dan Komisioner Bawaslu "
            "Muhajirin.", "KPU Lantik PPS se-Kabupaten Luwu Utara")
    met = facts(r, FactKind.ATTENDS)
    events = {e for _, e in met}
    assert len(events) == 1 and next(iter(events)).lower().startswith("pelantikan")
    assert {"Arif Pallo", "Muhajirin", "Andi Siryan"} <= {p for p, _ in met}
    held = offices(r)
    assert ("Arif Pallo", "Kadis Infokom", "") in held
    assert not any(role.startswith("Kepala Kejaksaan") and "Arlingga" in p for p, role, _ in held)


def test_an_abbreviated_head_and_certificates_are_no_persons() -> None:
    """'Ka. Sekretariat Bawaslu X Dodi Sartono' (Kepala, abbreviated), 'NAME, S.H., M.M.,
    CGCAE', 'NAME, STTP', 'NAME SE, MM, CRMP': no person "Ka", "CGCAE", "STTP" or "CRMP"."""
    people = {e.label for e in run(
        "Turut hadir Ka. Sekretariat Bawaslu Sarolangun Dodi Sartono, Plt Sekretaris Daerah "
        "Kota Tebing Tinggi, H. Kamlan Mursyid, S.H., M.M., CGCAE, Sekretaris DPRD Tomohon "
        "Steven Waworuntu, STTP dan panelis Budi Santoso SE, MM, CRMP.").entities
        if e.key.startswith("person:")}
    assert {"Dodi Sartono", "Kamlan Mursyid", "Steven Waworuntu"} <= people
    assert not people & {"Ka", "CGCAE", "STTP", "CRMP"}


def test_officers_listed_with_their_offices_in_brackets() -> None:
    """'ditemani pengurus utama DPP Partai Demokrat, antara lain, A (Sekjen) dan B (Bendahara
    Umum)', 'Dari pengurus DPD Partai X, hadir C (ketua Wantim)': each office is the name's
    before the brackets, in the body whose officers the sentence lists; the word after the
    office inside the brackets ("Wantim", "Umum") is no holder."""
    r = run("AHY tampak ditemani pengurus utama DPP Partai Demokrat, antara lain, Teuku Rifky "
            "Harsya (Sekjen) dan Renville Antonio (Bendahara Umum).\nDari pengurus DPD Partai "
            "Demokrat Jabar, hadir Dede Yusuf Macan Effendi (ketua Wantim).")
    held = offices(r)
    assert {("Teuku Rifky Harsya", "Sekjen", "DPP Partai Demokrat"),
            ("Renville Antonio", "Bendahara Umum", "DPP Partai Demokrat")} <= held
    assert any(p == "Dede Yusuf Macan Effendi" and role == "ketua Wantim" and "Demokrat" in body
               for p, role, body in held)
    assert not {p for p, _, _ in held} & {"Wantim", "Umum"}


def test_the_occasion_pointed_at_before_the_event_is_named() -> None:
    """'Kali ini, PPS Desa X ... melantik ... petugas KPPS. Kegiatan tersebut terfokus di Aula
    ... Hadir pada kesempatan itu, Kades X, A, ..., Bhabinkamtibmas Desa X, Aiptu B ...
    Pelantikan KPPS Desa X dilaksanakan ...': the occasion is the article's event, named only
    later; a village's police officer is an office, not a name."""
    r = run("Kali ini, Panitia Pemungutan Suara (PPS) Desa Mulyosari, Kecamatan Tanjung Sari, "
            "melantik dan mengambil sumpah jabatan petugas KPPS desa setempat.\nKegiatan "
            "tersebut terfokus di Aula Balai Desa Mulyosari, pada Kamis (7/11/2024). Hadir pada "
            "kesempatan itu, Kepala Desa Mulyosari, Tri Kiswono, Ketua PPK Tanjung Sari, "
            "Nurcholis Rifai, dan Bhabinkamtibmas Desa Mulyosari, Aiptu Saliman.\nPelantikan "
            "KPPS Desa Mulyosari dilaksanakan berdasarkan Surat Keputusan KPU.",
            "Petugas KPPS Desa Mulyosari Dilantik")
    assert {"Tri Kiswono", "Nurcholis Rifai", "Saliman"} <= {p for p, _ in facts(
        r, FactKind.ATTENDS)}
    assert "Bhabinkamtibmas" not in {e.label for e in r.entities if e.key.startswith("person:")}


def test_party_leaders_and_a_coalitions_name_are_no_nominees() -> None:
    """'mengukuhkan tim koalisi "Rokan Hulu Bahagia Lahir Batin" ... Koalisi ini terdiri dari
    lima partai politik, yakni P, Q ... dihadiri sejumlah ketua partai, termasuk A dari PKS, B
    dari PPP': the parties back the pair, not their leaders listed at the event, nor the
    coalition's name."""
    r = run("Pasangan Calon Bupati dan Wakil Bupati Rokan Hulu, Kelmi Amri dan Asparaini "
            "Aidarus, secara resmi mengukuhkan tim koalisi \"Rokan Hulu Bahagia Lahir Batin\", "
            "Sabtu (24/8). Pasangan ini diusung lima partai politik, yakni Partai Demokrat, "
            "PKS, PSI, PPP, dan Partai Gelora.\nAcara pengukuhan dihadiri ratusan kader partai "
            "koalisi serta sejumlah ketua partai, termasuk Depredi Kurniawan dari PKS, Imron "
            "Soleh dari PPP dan Andi Sidomulyo dari Partai Gelora.", "Kelmi Kukuhkan Tim Koalisi")
    backed = {p for _, p in facts(r, FactKind.NOMINATES)}
    assert {"Kelmi Amri", "Asparaini Aidarus"} <= backed
    assert not backed & {"Depredi Kurniawan", "Imron Soleh", "Andi Sidomulyo",
                         "Bahagia Lahir Batin"}


def test_pairs_listed_after_their_packages_nicknames() -> None:
    """'yakni Paket Lembata Jaya, Dokter Jimmy Sunur-Lukas Witak, Paket Kerakyatan, Thomas Ola
    Langoday-Gans Huar Noning ... ke enam pasangan Cabub dan Cawabub': each pair after its
    package's nickname (a place in it, a doctor's title written out) stands; the nickname and
    the contracted offices ("Cabub") stand for no one."""
    r = run("KPU Lembata menggelar debat kandidat perdana, Sabtu (26/10/2024). Diantaranya; calon "
            "Bupati dan Calon Wakil Bupati Lembata yakni Paket Lembata Jaya, Dokter Jimmy "
            "Sunur-Lukas Witak, Paket Kerakyatan, Thomas Ola Langoday-Gans Huar Noning, dan "
            "Paket Salam, Simeon Lake-Marsianus Uak.\nPada acara debat tersebut masing-masing "
            "paslon menghadirkan masa simpatisan untuk mendengarkan ke enam pasangan Cabub dan "
            "Cawabub.", "Debat Perdana Pilkada Lembata")
    standing = {p for p, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Jimmy Sunur", "Lukas Witak", "Thomas Ola Langoday", "Gans Huar Noning",
            "Simeon Lake", "Marsianus Uak"} <= standing
    assert not standing & {"Jaya", "Cabub", "Cawabub", "Dokter Jimmy Sunur"}


def test_eleven_parties_listed_after_adapun() -> None:
    """'Sebelas parpol peraih kursi DPRD X memastikan mengusung A-B ... Adapun sebelas partai
    politik yakni P, Q, R ...': the parties counted, then listed, back the pair."""
    r = run("Sebelas parpol peraih kursi DPRD Bangka Selatan memastikan mengusung Riza "
            "Herdavid-Debby Vita Dewi pada Pilkada serentak tahun 2024.\nAdapun sebelas partai "
            "politik yakni Partai PDIP, Gerindra, Demokrat, Nasdem, PKS, Golkar, PBB, PPP, "
            "Perindo, PKB dan PAN.", "Seluruh Parpol Kompak Usung Petahana")
    backers = {party for party, p in facts(r, FactKind.NOMINATES) if p == "Debby Vita Dewi"}
    assert len(backers) == 11


def test_the_verbs_of_attending_and_holding_misspelt() -> None:
    """'Rapat itu dihadri Ketua Bawaslu X, A', 'Bawaslu X mengelar coffee morning': one letter
    off a verb that says who came or who held it is that verb."""
    r = run("KPU Kabupaten Sleman menggelar rapat pleno terbuka, Senin (2/12/2024). Rapat itu "
            "dihadri Ketua Bawaslu Sleman, Budi Santoso.", "KPU Sleman Gelar Rapat Pleno")
    assert "Budi Santoso" in {p for p, _ in facts(r, FactKind.ATTENDS)}
    r = run("Bawaslu Kabupaten Pelalawan mengelar coffee morning bersama awak media, Rabu "
            "(20/11/2024).", "Bawaslu Pelalawan Gelar Coffee Morning")
    assert "Bawaslu Kabupaten Pelalawan" in {o for o, _ in facts(r, FactKind.HOSTS)}
