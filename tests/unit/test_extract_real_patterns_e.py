"""Patterns met in real articles (tenth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run
from test_extract_real_patterns_c import persons
from test_extract_real_patterns_d import roles_in

from electgraph.extract.judge import judge
from electgraph.model import Entity, EntityType, Evidence, Extraction, Fact, FactKind, Span


def candidates(r: Extraction) -> dict[str, tuple[str | None, str | None]]:
    """Candidate label -> (ballot number, running mate's label)."""
    names = {e.key: e.label for e in r.entities}
    out: dict[str, tuple[str | None, str | None]] = {}
    for f in r.by_kind(FactKind.CANDIDATES):
        mate = f.quals.get("running_mate")
        number = f.quals.get("number")
        out[names[f.subject]] = (number if isinstance(number, str) else None,
                                 names.get(mate) if isinstance(mate, str) else None)
    return out


def nominees(r: Extraction) -> set[str]:
    return {p for _, p in facts(r, FactKind.NOMINATES)}


# -- units named after a town or a command ------------------------------------------------------

def test_a_unit_named_after_its_town_is_no_person() -> None:
    r = run("Apel itu dihadiri Kajari Sigli, Ketua DPRK, dan Dandim 1506 Namlea, serta "
            "Sekretaris KPU Pidie Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}


def test_a_command_or_a_police_area_is_no_person() -> None:
    r = run("Deklarasi dihadiri Pangdam II Sriwijaya, Kapolresta Barelang Kombes Pol Andi "
            "Saputra dan Wakil Ketua KPU Sumsel Rudi Hartono.")
    assert persons(r) == {"Andi Saputra", "Rudi Hartono"}
    assert ("Andi Saputra", "kapolresta", "Polresta Barelang") in roles_in(r)


def test_a_town_that_is_also_a_given_name_stays_the_holders_name() -> None:
    r = run("Rapat dihadiri Kapolres Bambang Sugiarto serta Kajari Agung Pramono.")
    assert persons(r) == {"Bambang Sugiarto", "Agung Pramono"}


def test_a_retired_rank_written_with_a_dot() -> None:
    r = run("Hadir Kabinda Papua Mayjen TNI (Purn.) Budi Santoso, Kabinda Papua Barat Mayjen TNI "
            "(Purn.) Andi Saputra, dan tamu undangan.")
    got = {(p, body) for p, role, body in roles_in(r) if role == "kabinda"}
    assert got == {("Budi Santoso", "Binda Papua"), ("Andi Saputra", "Binda Papua Barat")}


# -- names ---------------------------------------------------------------------------------------

def test_the_arabic_article_with_a_hyphen_stays_in_the_name() -> None:
    r = run("Rapat dihadiri Habib Idrus Al-Habsyi dan Ketua KPU Kalsel Andi Saputra.")
    assert any(p.endswith("Idrus Al-Habsyi") for p in persons(r))
    assert "Habsyi" not in persons(r)


def test_initials_before_a_dash_are_no_arabic_article() -> None:
    r = run("Pasangan calon nomor urut 1, Sabar AS-Sukardi, tampil dalam debat.")
    assert set(candidates(r)) == {"Sabar AS", "Sukardi"}


# -- pairs ---------------------------------------------------------------------------------------

def test_pairs_each_followed_by_their_number_in_brackets() -> None:
    r = run("Debat itu mempertemukan tiga paslon Bupati Donggala. Rudi Hartono dan Abd Rasyid "
            "(01), Idham Pagaluma dan Sri Lestari (02) dan Moh Yasin dan Dewi Anggraini (03).")
    got = candidates(r)
    assert got["Rudi Hartono"] == ("1", "Abd Rasyid")
    assert got["Dewi Anggraini"] == ("3", "Moh Yasin")
    assert len(got) == 6


def test_one_pair_with_a_bracketed_number_needs_words_of_pairs_near() -> None:
    r = run("Rapat dihadiri Rudi Hartono dan Sri Lestari (02) dari kantor camat.")
    assert not candidates(r)


def test_a_list_of_areas_each_with_its_pair() -> None:
    r = run("Adapun pasangan calon yang menerima dukungan Golkar adalah sebagai berikut:\n"
            "– Kota Gorontalo: Rudi Hartono – Budi Santoso\n"
            "– Kabupaten Boalemo: Andi Saputra – Sri Lestari\n")
    got = candidates(r)
    assert got["Rudi Hartono"][1] == "Budi Santoso"
    assert got["Sri Lestari"][1] == "Andi Saputra"


# -- nominations ---------------------------------------------------------------------------------

def test_who_signs_or_hands_over_the_letter_is_no_nominee() -> None:
    r = run("Form B1-KWK yang ditandatangani Ketua Umum Partai Golkar yang baru, Budi Santoso, "
            "diserahkan kepada pasangan yang diusung, Rudi Hartono – Andi Saputra.")
    assert nominees(r) == {"Rudi Hartono", "Andi Saputra"}
    assert "Form B1" not in persons(r)


def test_the_party_official_who_explains_the_backing_is_no_nominee() -> None:
    r = run("Ketua DPD I Partai Golkar Sultra Budi Santoso menerangkan bahwa dukungan partai "
            "yang berlaku adalah surat keputusan terbaru.")
    assert not nominees(r)
    assert ("Budi Santoso", "ketua", "DPD Partai Golkar Sulawesi Tenggara") in roles_in(r)


def test_a_pair_known_by_a_nickname_the_text_introduces() -> None:
    r = run("DPC PPP Bangka Barat memberikan rekomendasi kepada pasangan Rudi Hartono dan Sri "
            "Lestari, yang dikenal dengan sebutan pasangan Mandiri. Pasangan Mandiri juga "
            "didukung Golkar.")
    assert "Mandiri" not in persons(r)
    assert {"Rudi Hartono", "Sri Lestari"} <= nominees(r)


def test_the_names_of_god_in_a_prayer_are_no_persons() -> None:
    r = run("\"Kita serahkan semua pada Ida Bhatara, pada Ida Sang Hyang Widhi,\" kata Budi "
            "Santoso di Denpasar.")
    assert persons(r) == {"Budi Santoso"}


def test_a_titled_name_that_ends_in_a_regions_name() -> None:
    r = run("Hadir Asisten III, Drs. Rudi Buton, dan Wakil Ketua DPRD Buru, Andi Saputra, S.Kom.")
    assert "Rudi Buton" in persons(r)


def test_a_division_with_its_acronym_in_brackets_then_more_of_it() -> None:
    r = run("“Sangat penting,” tutur Komisioner KPU Banjarbaru Divisi Sosialisasi Pendidikan "
            "Pemilih, Partisipasi Masyarakat (Sosdiklih Parmas) dan SDM, Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Budi Santoso"}


def test_a_division_acronym_in_brackets_before_the_holders_name() -> None:
    r = run("Hadir Koordinator Divisi Hukum, Parmas, dan Humas (HP2H) Sri Lestari, Kepala "
            "Kesekretariatan Bawaslu Kabupaten Konawe, Budi Santoso.")
    assert {"Sri Lestari", "Budi Santoso"} <= persons(r)


def test_katanya_points_back_to_who_the_paragraph_says_announced() -> None:
    r = run("Ketua KPU Konsel Budi Santoso memimpin rapat pleno. Budi juga menyampaikan surat "
            "keputusan KPU. KPU menetapkan pasangan nomor urut 03, Rudi Hartono dan Andi "
            "Saputra. “Penyerahan akan dilakukan di rapat paripurna,” katanya.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Budi Santoso"}


def test_the_head_of_a_pairs_team_is_no_candidate() -> None:
    r = run("Ditemui seusai kegiatan, Ketua Tim nomor urut 03, Budi Santoso, menyampaikan "
            "terima kasih.")
    assert not candidates(r)


def test_a_pair_each_with_a_short_form_in_brackets_then_backed_by_this_pair() -> None:
    r = run("Pasangan calon nomor urut 3, Rudi Hartono (RH) dan Andi Saputra (AS), menggelar "
            "kampanye terakhir. Pasangan yang diusung oleh PDIP dan PPP ini mengajak pendukungnya "
            "untuk tidak menyombongkan diri.")
    assert {"Rudi Hartono", "Andi Saputra"} <= persons(r)
    assert nominees(r) == {"Rudi Hartono", "Andi Saputra"}


def test_a_denial_before_or_right_after_the_parties_still_blocks_the_backing() -> None:
    assert not nominees(run("Pasangan Rudi Hartono dan Andi Saputra belum diusung PDIP dan PPP "
                            "karena masih menunggu surat keputusan."))
    assert not nominees(run("Pasangan Rudi Hartono dan Andi Saputra diusung PDIP dan PPP namun "
                            "batal karena surat keputusan berubah."))


def test_a_plan_in_the_speakers_quote_leaves_the_event_he_spoke_at_in_the_past() -> None:
    r = run("\"Kami akan segera bersurat ke Kemendagri,\" kata Ketua DPRD Budi Santoso, saat "
            "Paripurna Pengumuman Bupati Terpilih di Kantor DPRD, Selasa (14/1/2025).")
    assert "Budi Santoso" in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_an_event_named_inside_a_quote_keeps_the_quotes_future() -> None:
    r = run("\"Sosialisasi akan kami gelar bersama Budi Santoso dan Rudi Hartono,\" kata Andi "
            "Saputra.")
    assert not facts(r, FactKind.ATTENDS)


def test_the_national_body_written_in_full_republik_indonesia() -> None:
    r = run("Putusan dibacakan oleh ketua DKPP Republik Indonesia, Budi Santoso melalui sidang "
            "terbuka, Senin (2/12/2024).")
    assert ("Budi Santoso", "ketua", "DKPP RI") in roles_in(r)


def test_a_ruling_to_carry_out_or_a_letter_acted_on_names_no_host() -> None:
    r = run("Apel siaga dilaksanakan berdasarkan Surat Edaran Bawaslu RI nomor 8 tahun 2024. "
            "Ketua DKPP meminta agar putusan segera dilaksanakan oleh KPU Jabar.")
    assert not facts(r, FactKind.HOSTS)


def test_a_centre_named_like_a_person_is_no_person() -> None:
    r = run("Sosialisasi dihadiri Prof. Dr. Budi Santoso, Ketua Indonesia Baru Center (IBC) Rudi "
            "Hartono, serta perwakilan ASN.")
    assert persons(r) == {"Budi Santoso", "Rudi Hartono"}


# -- sanctions -----------------------------------------------------------------------------------

def sanctioned(r: Extraction) -> set[tuple[str, str]]:
    """(body, person) of the sanctions facts."""
    return facts(r, FactKind.SANCTIONS)


def test_the_sanctioned_listed_after_antara_lain_and_the_next_group_after_mereka_adalah() -> None:
    r = run("DKPP menjatuhkan sanksi kepada jajaran KPU dan Bawaslu Kabupaten Pasaman. Adapun "
            "komisioner KPU Pasaman yang mendapat sanksi peringatan keras antara lain Ketua KPU "
            "Budi Santoso, serta anggota lainnya yaitu Rudi Hartono dan Sri Lestari. Tak hanya "
            "KPU, tiga anggota Bawaslu Pasaman juga turut dijatuhi sanksi serupa. Mereka adalah "
            "Ketua Bawaslu Andi Saputra serta anggota Dewi Anggraini.")
    assert sanctioned(r) == {("DKPP RI", p) for p in (
        "Budi Santoso", "Rudi Hartono", "Sri Lestari", "Andi Saputra", "Dewi Anggraini")}


def test_a_numbered_list_of_the_sanctioned_after_yakni() -> None:
    r = run("KPU Kota Pematangsiantar memberhentikan seorang anggota PPK yang melakukan pertemuan "
            "dengan Ketua Tim Pemenangan Joko Susilo.\nHasilnya, 1 orang diberhentikan tetap atas "
            "nama Budi Santoso, anggota PPK Siantar Utara.\nSedangkan 2 lainnya diberikan "
            "peringatan tertulis, yakni:\n1.\nRudi Hartono, anggota PPK Siantar Martoba.\n2.\n"
            "Sri Lestari, anggota PPK Siantar Utara.\n")
    got = sanctioned(r)
    assert {p for _, p in got} == {"Budi Santoso", "Rudi Hartono", "Sri Lestari"}


# -- names, bodies and events (batch 32) ---------------------------------------------------------

def test_an_acting_head_called_by_his_status_is_no_person_named_pj() -> None:
    r = run("\u201cSaya selalu berdiskusi dengan pak Pj (Pj Wali Kota Mojokerto),\u201d kata Ketua "
            "Bawaslu Kota Mojokerto Budi Santoso. Lebih jauh disampaikan oleh Pj.Rudi bahwa kota "
            "aman.")
    assert "Pj" not in persons(r)
    assert "Budi Santoso" in persons(r)


def test_an_agencys_acronym_then_its_heads_name() -> None:
    r = run("Hadir Kapolres Pessel AKBP Rudi Hartono, Kepala Diskominfo Wendi dan Ketua PWI "
            "Pessel Budi Santoso.")
    assert ("Wendi", "kepala diskominfo", "Diskominfo") in roles_in(r)


def test_a_name_after_an_event_in_lower_case_and_dan_is_no_part_of_its_name() -> None:
    r = run("Dr. Budi Santoso, S.Sos, MA selaku panelis debat dan Rudi Hartono, SE, S.Sos., M.Si "
            "sebagai moderator dalam debat.")
    assert persons(r) == {"Budi Santoso", "Rudi Hartono"}


def test_a_decision_announced_in_a_sitting_is_the_sittings_agenda() -> None:
    r = run("DPRD Kabupaten Karimun mengumumkan penetapan Bupati dan Wakil Bupati Karimun "
            "Terpilih periode 2025-2030 dalam rapat paripurna, Kamis (16/1/2025). Rapat "
            "paripurna ini dipimpin oleh Ketua DPRD Kabupaten Karimun Budi Santoso dan dihadiri "
            "Bupati Karimun Rudi Hartono.")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert events == {"rapat paripurna"}
    assert {p for p, _ in facts(r, FactKind.ATTENDS)} >= {"Budi Santoso", "Rudi Hartono"}


# -- attendance that did not happen, and focus (judged sample of the tenth session) --------------

def test_who_speaks_in_a_report_of_a_verdict_hearing_was_not_at_it() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras kepada Ketua KPU Lombok Timur Budi Santoso "
            "dalam sidang pembacaan putusan di Ruang Sidang DKPP, Jakarta, Senin (3/3). \"Kami "
            "menerima sanksi ini sebagai pengingat,\" kata Budi Santoso.")
    assert "Budi Santoso" not in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_an_inauguration_asked_for_or_to_attend_later_is_ahead() -> None:
    r = run("Ketua DPR Papua Selatan Budi Santoso menerima radiogram untuk menghadiri prosesi "
            "pelantikan Gubernur terpilih Rudi Hartono. Pelantikan digelar di Istana Presiden.",
            title="DPRD Usulkan Permohonan Pelantikan Gubernur Terpilih")
    assert not facts(r, FactKind.ATTENDS)


def focus_of(r: Extraction, kind: FactKind) -> dict[str, str]:
    """Subject label (object label for sanctions) -> the text of its fact's focus."""
    names = {e.key: e.label for e in r.entities}
    out = {}
    for f in r.by_kind(kind):
        a, b = f.evidence.focus
        who = f.object if kind is FactKind.SANCTIONS else f.subject
        out[names[who or ""]] = r.article.text[a:b]
    return out


def test_a_focus_names_the_person_not_only_the_pairs_nickname_in_brackets() -> None:
    text = ("Pasangan Budi Santoso dan Rudi Hartono (Mulia-Pas) mendapat nomor urut 1 dalam "
            "pengundian nomor urut.")
    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)
    person = Entity("person:budi santoso", EntityType.PERSON, "Budi Santoso",
                    mentions=(span("Budi Santoso"), span("Mulia-Pas")))
    event = Entity("event:pengundian", EntityType.EVENT, "pengundian nomor urut",
                   mentions=(span("pengundian nomor urut"),))
    fact = Fact(FactKind.ATTENDS, person.key, event.key,
                Evidence("a", 0, len(text), text), "electgraph.extract.attends.v1")
    (judged,) = judge([fact], [person, event], text)
    a, b = judged.evidence.focus
    assert "Budi Santoso" in text[a:b]


def test_a_sanctions_focus_reaches_back_for_the_body_that_read_the_verdict() -> None:
    r = run("DKPP membacakan putusan dalam sidang di Jakarta, Senin (4/11/2024).\n"
            "Perkara itu diadukan oleh warga setempat. Sidang berlangsung terbuka dan disiarkan "
            "langsung.\n"
            "\"Menjatuhkan sanksi peringatan kepada teradu Budi Santoso selaku ketua merangkap "
            "anggota KPU Halmahera Utara,\" bunyi putusan itu.\n")
    assert "DKPP" in focus_of(r, FactKind.SANCTIONS)["Budi Santoso"]


# -- batch 33 ------------------------------------------------------------------------------------

def test_dotted_initials_that_spell_a_degree_are_no_part_of_the_name() -> None:
    r = run("Hadir Wakapolda NTT Brigjen Pol. Awi S.I.K., M.Hum., dan Kapolda NTT Irjen Pol. "
            "Budi Tahi Santoso S.H., M.A. serta Rudi Hartono P. dari Kupang.")
    assert persons(r) == {"Awi", "Budi Tahi Santoso", "Rudi Hartono P."}


def test_a_commands_staff_officers() -> None:
    r = run("Turut hadir Irwasda Polda NTT Kombes Pol. Budi Santoso, M.H., Kasiops 161/WS Kolonel "
            "Inf Rudi Hartono, S.I.P, dan Kadisops Lanud El Tari Kolonel Pas Andi Saputra.")
    got = {(p, role) for p, role, _ in roles_in(r)}
    assert {("Budi Santoso", "irwasda"), ("Rudi Hartono", "kasiops 161/ws"),
            ("Andi Saputra", "kadisops")} <= got


def test_a_given_name_doubled_with_a_hyphen_but_not_a_pair_sharing_a_name() -> None:
    r = run("Pasangan calon Bupati Deli Serdang Asri Tambunan – Lom-Lom Suwondo menerima "
            "rekomendasi. Pasangan Dedi Irawan-Irawan Topani juga hadir.")
    assert {"Lom-Lom Suwondo", "Dedi Irawan", "Irawan Topani"} <= persons(r)


def test_a_numbered_list_of_areas_each_with_its_pair() -> None:
    r = run("Berikut daftar pasangan Bacakada yang menerima rekomendasi dukungan dari Partai "
            "Golkar:\n\n1. Deli Serdang: Rudi Hartono – Budi Santoso\n\n2. Tebing Tinggi: Andi "
            "Saputra – Sri Lestari\n\n3. Nias: Joko Susilo – Dewi Anggraini\n")
    got = candidates(r)
    assert got["Joko Susilo"][1] == "Dewi Anggraini"
    assert len(got) == 6


def test_the_parties_to_a_case_numbered_then_their_offices() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras kepada Teradu I Budi Santoso Ketua "
            "merangkap anggota Bawaslu Muba, Teradu II Rudi Hartono anggota Bawaslu Muba, dan "
            "Teradu III Teguh Prihatin masing-masing anggota Bawaslu Musi Banyuasin.")
    assert {p for _, p in sanctioned(r)} == {"Budi Santoso", "Rudi Hartono", "Teguh Prihatin"}
    assert ("Rudi Hartono", "anggota", "Bawaslu Kabupaten Muba") in roles_in(r)


def test_at_a_verdict_hearing_the_tribunals_chair_spoke_not_the_sanctioned() -> None:
    r = run("Ketua DKPP Budi Santoso membacakan putusan dalam sidang pembacaan putusan di Jakarta, "
            "Senin (4/11). \"Menjatuhkan sanksi peringatan kepada Rudi Hartono,\" kata Budi. "
            "\"Kami menerima putusan ini,\" kata Rudi Hartono.")
    attended = {p for p, _ in facts(r, FactKind.ATTENDS)}
    assert "Budi Santoso" in attended and "Rudi Hartono" not in attended


def test_members_listed_each_with_their_part_in_the_case() -> None:
    r = run("Perkara ini diajukan terhadap Ketua Panwaslih Banda Aceh, Budi Santoso (Teradu I), "
            "serta empat anggotanya: Rudi Hartono (Teradu II), Sri Lestari (Teradu III), dan "
            "Andi Saputra (Teradu IV).")
    members = {p for p, role, _ in roles_in(r) if role == "anggota"}
    assert members == {"Rudi Hartono", "Sri Lestari", "Andi Saputra"}


def test_a_chair_with_one_name_that_is_a_common_word() -> None:
    r = run("Ketua Bawaslu Bangka, Sugesti mengatakan apel siaga ini penting. Ketua Komisi "
            "Pemilihan Umum Kabupaten Bangka Tengah, Kepulauan Bangka Belitung, Supendi "
            "menyebutkan debat berjalan lancar.")
    assert {(p, body) for p, _, body in roles_in(r)} == {
        ("Sugesti", "Bawaslu Kabupaten Bangka"), ("Supendi", "KPU Kabupaten Bangka Tengah")}


def test_a_focus_names_the_person_not_the_pairs_initials() -> None:
    text = ("Pasangan Budi Santoso dan Rudi Hartono mendaftar ke KPU Maluku. Pasangan HL – AV "
            "hadir dalam pengundian nomor urut.")
    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)
    person = Entity("person:budi santoso", EntityType.PERSON, "Budi Santoso",
                    mentions=(span("Budi Santoso"), span("HL")))
    event = Entity("event:pengundian", EntityType.EVENT, "pengundian nomor urut",
                   mentions=(span("pengundian nomor urut"),))
    start = text.index("Pasangan HL")
    fact = Fact(FactKind.ATTENDS, person.key, event.key,
                Evidence("a", start, len(text), text[start:]), "electgraph.extract.attends.v1")
    (judged,) = judge([fact], [person, event], text)
    a, b = judged.evidence.focus
    assert "Budi Santoso" in text[a:b]


def test_a_regencys_short_form_in_capitals_stays_in_its_bodys_name() -> None:
    r = run("Ketua KPU Kabupaten SBD Budi Santoso membuka debat kedua calon bupati.")
    assert ("Budi Santoso", "ketua", "KPU Kabupaten SBD") in roles_in(r)


def test_pairs_on_lines_of_their_own_after_a_sentence_that_introduces_them() -> None:
    r = run("Debat publik ini diikuti oleh tiga pasangan calon Walikota Pekanbaru, yaitu:\n"
            "Rudi Hartono-Sri Lestari (Jargon \"Bertuah\") yang diusung oleh PAN dan Gerindra.\n"
            "Budi Santoso-Dewi Anggraini (Jargon \"Paten\") yang diusung oleh Nasdem dan PPP.\n"
            "Andi Saputra-Joko Susilo (Jargon \"Aman\") yang diusung oleh PKS dan Demokrat.\n")
    got = candidates(r)
    assert len(got) == 6 and got["Joko Susilo"][1] == "Andi Saputra"


def test_a_chair_whose_two_names_are_common_words_speaking() -> None:
    r = run("Ketua KPU Pekanbaru, Raga Perwira, mengapresiasi jalannya acara yang damai.")
    assert ("Raga Perwira", "ketua", "KPU Kota Pekanbaru") in roles_in(r)


def test_the_sanctioned_each_with_an_office_in_brackets() -> None:
    r = run("DKPP memberhentikan tetap tiga komisioner KPU Banjarbaru. Ketiga komisioner yang "
            "diberhentikan tetap tersebut adalah Budi Santoso (Ketua merangkap anggota KPU Kota "
            "Banjarbaru), Rudi Hartono, dan Sri Lestari (anggota KPU Kota Banjarbaru).")
    assert {p for _, p in sanctioned(r)} == {"Budi Santoso", "Rudi Hartono", "Sri Lestari"}


def test_an_event_named_again_in_a_sentence_on_its_plans_is_the_same_event() -> None:
    r = run("KPU Kabupaten Bima memastikan debat publik paslon bupati dan wakil bupati hanya "
            "berlangsung satu kali. \"Debat publik paslon bupati dan wakil bupati Bima akan "
            "digelar pada 16 November 2024,\" kata Ketua KPU Bima Budi Santoso.",
            title="Debat Paslon Pilbub Bima 2024 Hanya Sekali")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert len(events) == 1


def test_the_second_of_a_series_named_in_a_side_sentence_is_another_event() -> None:
    r = run("KPU Maluku menggelar debat pertama pasangan calon gubernur di Ambon, Senin (21/10). "
            "Debat publik kedua pasangan calon gubernur akan digelar pekan depan.")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert len(events) == 2


def test_the_holder_of_an_office_named_in_brackets_after_it() -> None:
    r = run("Keempat komisioner tersebut adalah Ketua Bawaslu Konawe (Abuldan), Komisioner "
            "Bawaslu Konawe (Restu) serta Anggota KPU Kabupaten Tabanan (Budi Santoso). Hadir "
            "pula Anggota KPU Kutai Kartanegara (Kukar) Rudi Hartono.")
    got = {(p, body) for p, _, body in roles_in(r)}
    assert got == {("Abuldan", "Bawaslu Kabupaten Konawe"), ("Restu", "Bawaslu Kabupaten Konawe"),
                   ("Budi Santoso", "KPU Kabupaten Tabanan"),
                   ("Rudi Hartono", "KPU Kabupaten Kutai Kartanegara")}


def test_a_corps_abbreviated_with_a_dot_and_a_command_code_spaced_from_its_name() -> None:
    r = run("Turut hadir Dandim 1612 Manggarai Letkol Arh. Budi Santoso, S.E., Pangdam IV/ "
            "Diponegoro Mayjen TNI Rudi Hartono; dan Kapolda Jawa Tengah Irjen Pol Andi Saputra.")
    got = {(p, role) for p, role, _ in roles_in(r)}
    assert got == {("Budi Santoso", "dandim"), ("Rudi Hartono", "pangdam"),
                   ("Andi Saputra", "kapolda")}


def test_the_hearing_of_a_verdict_is_the_tribunals_not_the_sanctioned_bodys() -> None:
    r = run("KPU Kota Banjarbaru menghadiri sidang pembacaan putusan yang digelar DKPP di "
            "Jakarta, Senin (3/3). Dalam sidang pembacaan putusan di Kantor KPU Kota Banjarbaru, "
            "Ketua KPU Budi Santoso diberhentikan.")
    assert {h for h, _ in facts(r, FactKind.HOSTS)} == {"DKPP RI"}


def test_a_campaign_rally_is_not_held_by_the_election_body() -> None:
    r = run("KPU Kabupaten Deiyai menggelar kampanye terbuka pasangan calon di Lapangan Waghete, "
            "Senin (4/11). Kampanye terbuka itu dihadiri ribuan warga.")
    assert not facts(r, FactKind.HOSTS)


def test_a_headline_verb_in_capitals_after_an_office_is_no_name() -> None:
    r = run("Ketua Komisi Pemilihan Umum (KPU) Resmi Melantik Sebanyak 90 Anggota PPK. Ketua KPU "
            "Malteng, Budi Santoso, mengatakan pelantikan berjalan lancar.")
    assert persons(r) == {"Budi Santoso"}


def test_a_backing_written_as_two_words() -> None:
    r = run("Pasangan Rudi Hartono - Sri Lestari di dukung oleh partai PDI Perjuangan dan Hanura.")
    assert {"Rudi Hartono", "Sri Lestari"} <= nominees(r)


def test_the_lecturer_of_a_college_of_political_science() -> None:
    r = run("Narasumber rapat adalah dosen STISIP Mbojo Bima, Dr. Budi Santoso, M.Si.")
    assert ("Budi Santoso", "dosen", "STISIP Mbojo Bima") in roles_in(r)


def test_a_bodys_short_form_given_in_brackets_names_it_later() -> None:
    r = run("Forum Masyarakat Peduli Gorontalo Utara (Formagu) menggelar uji publik bakal calon "
            "bupati. Ketua Formagu, Budi Santoso, menyayangkan ketidakhadiran seorang bakal calon.")
    assert persons(r) == {"Budi Santoso"}
    assert ("Budi Santoso", "ketua", "Formagu") in roles_in(r)


def test_the_backing_parties_named_in_the_next_sentence_after_mereka_adalah() -> None:
    r = run("Junarso akan segera bertemu dengan tujuh partai politik (parpol) pengusung Rudi "
            "Hartono-Sri Lestari. Mereka adalah Golkar, Demokrat, PAN, dan PKS.")
    parties = {p for p, _ in facts(r, FactKind.NOMINATES)}
    assert "PKS" in parties and any("Golkar" in p for p in parties)


def test_a_secretary_general_spelt_jendral() -> None:
    r = run("Surat ditandatangani oleh Sekretaris Jendral DPP PDI Perjuangan Budi Santoso.")
    assert persons(r) == {"Budi Santoso"}


def test_leading_and_being_followed_in_a_tally_is_no_attendance() -> None:
    r = run("Rapat pleno terbuka rekapitulasi digelar KPU Aceh Besar, Senin (2/12). Paslon 1, Budi "
            "Santoso-Rudi Hartono, memimpin dengan perolehan suara tertinggi sebesar 33,8 persen, "
            "diikuti oleh paslon 2, Andi Saputra-Joko Susilo.")
    assert not ({"Budi Santoso", "Andi Saputra"} & {p for p, _ in facts(r, FactKind.ATTENDS)})
