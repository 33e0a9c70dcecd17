"""Patterns met in real articles (data/real dev half), each on sentences written for it."""

from __future__ import annotations

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import EntityType, Extraction, FactKind


def run(body: str, title: str = "Judul Berita Pilkada") -> Extraction:
    return extract(parse_text(f"{title}\n{body}\n"))


def facts(r: Extraction, kind: FactKind) -> set[tuple[str, str]]:
    """(subject label, object label or key) of the facts of one kind."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], names.get(f.object or "", f.object or "")) for f in r.by_kind(kind)}


def labels(body: str, type_: EntityType) -> set[str]:
    """The labels of the entities of one type read from a body."""
    return {e.label for e in run(body).entities if e.type is type_}


def offices(r: Extraction) -> set[tuple[str, str, str]]:
    """(person, role, body label or "") of the holds_role facts."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], f.quals["role"], names.get(f.object or "", ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def hosts(r: Extraction) -> set[str]:
    return {s for s, _ in facts(r, FactKind.HOSTS)}


def test_a_sitting_in_the_councils_own_room_is_held_by_it() -> None:
    r = run("Putusan itu dibacakan dalam sidang pembacaan putusan di Ruang Sidang DKPP, "
            "Jakarta, Rabu (6/11).")
    assert any(h.startswith("DKPP") for h in hosts(r))


def test_a_meeting_at_a_force_headquarters_is_held_by_the_force() -> None:
    r = run("Rapat koordinasi pengamanan dilaksanakan di Aula Mapolres Sleman, Senin (2/9).")
    assert hosts(r) == {"Polres Sleman"}


def test_a_hotel_room_is_no_body_office() -> None:
    r = run("Rapat koordinasi digelar di Ruang Melati Hotel Santika, Senin (2/9).")
    assert hosts(r) == set()


def test_sumatra_is_spelt_both_ways() -> None:
    r = run("Komisi Pemilihan Umum (KPU) Provinsi Sumatra Utara (Sumut) menggelar rapat pleno "
            "rekapitulasi di Medan, Sabtu (7/12/2024).")
    assert hosts(r) == {"KPU Provinsi Sumatera Utara"}


def test_a_preposition_written_onto_the_office_word() -> None:
    r = run("Para pengawas mengikuti apel siaga pengawasan masa tenang dikantor Badan Pengawas "
            "Pemilu (Bawaslu) Kabupaten Sleman.")
    assert hosts(r) == {"Bawaslu Kabupaten Sleman"}


def test_who_completes_an_event_held_it() -> None:
    r = run("KPU Kabupaten Bantul telah menyelesaikan pengundian nomor urut pasangan calon.")
    assert hosts(r) == {"KPU Kabupaten Bantul"}


def test_an_event_done_by_a_body_without_oleh() -> None:
    r = run("Penetapan nomor urut pasangan calon itu dilakukan KPU Kota Magelang melalui rapat "
            "pleno terbuka, Senin (23/9/2024).")
    assert "KPU Kota Magelang" in hosts(r)


def roles(r: Extraction) -> set[tuple[str, str]]:
    """(person, role) of the holds_role facts."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], dict(f.qualifiers).get("role", "")) for f in
            r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_division_listed_with_commas_is_part_of_the_office() -> None:
    r = run("Hal itu disampaikan Ketua Divisi Sosdiklih, Parmas dan SDM KPU Kabupaten Sleman, "
            "Rizal Mukhlis, kepada wartawan.")
    assert roles(r) == {("Rizal Mukhlis", "Ketua Divisi Sosdiklih, Parmas dan SDM")}


def test_the_last_field_of_a_unit_ends_before_the_name() -> None:
    r = run("Hadir dalam acara itu Staf Ahli Bupati Bidang Ekonomi, Keuangan, dan Pembangunan "
            "Willem Andre da Costa.")
    persons = {p for p, _ in roles(r)}
    assert persons == {"Willem Andre da Costa"}


def test_a_faculty_after_dosen_is_no_person() -> None:
    r = run("Panelis debat antara lain Yohan (Dosen Ilmu Ekonomi Bidang Pembangunan) dan "
            "Nurhayati Mardin (Dosen Fakultas Hukum UGM).")
    assert roles(r) == {("Yohan", "Dosen"), ("Nurhayati Mardin", "Dosen")}


def test_an_ordinal_numbers_the_office_not_the_name() -> None:
    r = run("Rapat dipimpin Ketua DPRD Sleman Budi Santoso didampingi Wakil Ketua II Joko "
            "Susilo dan Wakil Ketua I Ir. Andi Saputra.")
    assert {p for p, _ in roles(r)} == {"Budi Santoso", "Joko Susilo", "Andi Saputra"}


def test_a_balinese_name_keeps_its_i() -> None:
    r = run("Rapat dipimpin Wakil Ketua DPRD Bangli I Made Suardana.")
    assert {p for p, _ in roles(r)} == {"I Made Suardana"}


def test_a_place_after_van_is_part_of_the_name() -> None:
    r = run("Ketua DPC Partai Demokrat Manado Nortje Van Bone hadir di KPU.")
    assert {p for p, _ in roles(r)} == {"Nortje Van Bone"}


def attendees(r: Extraction) -> set[str]:
    return {s for s, _ in facts(r, FactKind.ATTENDS)}


def test_a_list_standing_alone_after_turut_hadir() -> None:
    r = run("Pasangan Budi Santoso dan Andi Saputra mendaftar ke KPU Sleman, Kamis (29/8). Turut "
            "hadir mendampingi pasangan calon, pengurus DPC Partai Demokrat Sleman. Ketua DPC "
            "Partai Demokrat Sleman Joko Susilo, Lilly Walanda dan Cicilia Longdong.")
    assert {"Joko Susilo", "Lilly Walanda", "Cicilia Longdong"} <= attendees(r)


def test_a_list_after_a_sentence_without_attendance_is_not_read_as_one() -> None:
    r = run("Pasangan Budi Santoso dan Andi Saputra mendaftar ke KPU Sleman, Kamis (29/8). "
            "Mereka didukung pengurus partai. Ketua DPC Partai Demokrat Sleman Joko Susilo, "
            "Lilly Walanda dan Cicilia Longdong.")
    assert not {"Joko Susilo", "Lilly Walanda"} & attendees(r)


def test_bulleted_pairs_after_yakni_comma() -> None:
    r = run("KPU Kabupaten Sleman menggelar debat publik pertama, Sabtu (2/11/2024). Dalam debat "
            "tersebut, dua pasangan calon yakni,\n• Nomor 1: Rizal Intjenae – Samuel Pongi\n"
            "• Nomor 2: Agus Rahmat – Samuel Riga\nDebat dibagi beberapa segmen.")
    assert {"Rizal Intjenae", "Samuel Pongi", "Agus Rahmat", "Samuel Riga"} <= attendees(r)
    assert {"Rizal Intjenae", "Samuel Riga"} <= {s for s, _ in facts(r, FactKind.CANDIDATES)}


def test_se_before_a_region_is_no_name() -> None:
    r = run("Deklarasi diikuti Paslon Bupati dan Wakil Bupati Se Provinsi Riau.")
    assert "Se" not in {e.label for e in r.entities}


def test_a_superscript_digit_is_no_count() -> None:
    # str.isdigit() holds for "¹", which int() refuses (found by the property test)
    r = run("Rapat dihadiri ¹ anggota KPU Kabupaten Sleman, Budi Santoso.")
    assert "Budi Santoso" in attendees(r)


def test_the_sanctioned_named_after_a_relative_clause() -> None:
    r = run("KPU Kabupaten Sleman menjatuhkan sanksi peringatan keras terakhir kepada dua anggota "
            "PPK. PPK yang diberi sanksi adalah Tri Murdiyanto dari Divisi Teknis PPK Gamping dan "
            "Triyah Febriyanti dari Divisi Hukum PPK Depok.")
    assert facts(r, FactKind.SANCTIONS) == {
        ("KPU Kabupaten Sleman", "Tri Murdiyanto"), ("KPU Kabupaten Sleman", "Triyah Febriyanti")}


def test_the_sanctioned_listed_with_their_offices() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras kepada ketua dan anggota KPU Provinsi Jambi. "
            "Mereka yang dijatuhi sanksi peringatan keras adalah Ketua KPU Jambi, Budi Santoso, "
            "serta dua anggota lainnya yakni Andi Saputra dan Joko Susilo.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Budi Santoso", "Andi Saputra", "Joko Susilo"}


def test_pairs_of_an_election_named_with_pada() -> None:
    r = run("Kedua pasangan calon Wali Kota dan Wakil Wali Kota pada Pilkada Manado 2024 adalah "
            "Andrei Angouw-Richard Sualang dan Jimmy Rogi-Kristo Lumentut.")
    assert {s for s, _ in facts(r, FactKind.CANDIDATES)} == {
        "Andrei Angouw", "Richard Sualang", "Jimmy Rogi", "Kristo Lumentut"}


def test_a_pair_at_a_place_is_still_no_candidate_list() -> None:
    r = run("Pasangan calon berkumpul di Hotel Santika Kendari, Senin (23/9).")
    assert facts(r, FactKind.CANDIDATES) == set()


def test_a_sitting_of_another_kind_is_another_event() -> None:
    r = run("Ketua DPRD Sleman Budi Santoso menerima undangan pelantikan Bupati terpilih Sleman. "
            "Rapat paripurna yang dipimpin oleh Ketua DPRD Sleman, Budi Santoso, turut dihadiri "
            "Wakil Ketua II Joko Susilo pada Jumat (7/2).")
    assert ("Joko Susilo", "Rapat paripurna") in facts(r, FactKind.ATTENDS)


def test_an_honorific_ends_an_events_name() -> None:
    r = run("Ketua DPRD Sleman Budi Santoso menghadiri pelantikan Bupati terpilih Sleman Prof. "
            "Apolo Safanpo di Jakarta, Kamis (20/2/2025).")
    assert "Apolo Safanpo" in {e.label for e in r.entities}


def test_a_ruling_list_cut_by_semicolons_shares_its_office_and_sanction() -> None:
    r = run("DKPP menjatuhkan sanksi Peringatan Keras kepada Teradu I, Budi Santoso selaku Ketua "
            "merangkap Anggota Bawaslu Kabupaten Sleman; Teradu II, Andi Saputra; dan Teradu III, "
            "Joko Susilo, masing-masing selaku Anggota Bawaslu Sleman.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Budi Santoso", "Andi Saputra", "Joko Susilo"}
    assert {("Andi Saputra", "Anggota"), ("Joko Susilo", "Anggota")} <= roles(r)


def test_a_rank_written_with_full_stops() -> None:
    r = run("Di tempat yang sama, Kapolda Riau Irjen. Pol. Mohammad Iqbal tegas mengatakan bahwa "
            "situasi aman.")
    assert roles(r) == {("Mohammad Iqbal", "Kapolda")}


def test_an_outlet_is_no_person() -> None:
    r = run("Bengkulu, Word Pers Indonesia – Ketua KPU Bengkulu Rusman Sudarsono membuka rapat. "
            "Hal itu disampaikan Rusman kepada Salam Pena News, Senin (2/9).")
    persons = {e.label for e in r.entities if e.type.value == "Person"}
    assert persons == {"Rusman Sudarsono"}


def test_more_degrees_after_a_name() -> None:
    r = run("Panelis debat yakni Dr. Yohanes Kogoya, S.Pd, M.Ak dan DR. Ferry Sitorus, A.KS, "
            "M.SI. Moderator acara adalah Meriolens Sawaki.")
    persons = {e.label for e in r.entities if e.type.value == "Person"}
    assert not persons & {"M.Ak", "M.SI"}


def test_parties_of_the_pair_named_before() -> None:
    r = run("Pasangan calon Wali Kota Jambi H Abdul Rahman dan H Andi Muhammad Guntur mendaftar ke "
            "KPU Kota Jambi. Dengan partai pengusul PDIP, NasDem dan Gerindra yang dinyatakan "
            "diterima.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Abdul Rahman", "Andi Muhammad Guntur"}
    assert len(facts(r, FactKind.NOMINATES)) == 6


def test_a_coalition_list_backs_the_pair_not_their_campaign_chief() -> None:
    r = run("Sebanyak 12 partai mendeklarasikan dukungan kepada pasangan Bakal Calon Wali Kota "
            "Batam Amsakar Ahmad dan Li Claudia Candra di Pilkada 2024. Ketua Tim Pemenangan "
            "paslon Amsakar Ahmad dan Li Claudia Candra, Iman Sutiawan yang merupakan Ketua DPD "
            "Gerindra Kepri memimpin deklarasi. Deklarasi ini diikuti oleh partai koalisi "
            "pengusung dan pendukung, yakni Partai NasDem, Gerindra dan Golkar.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Amsakar Ahmad", "Li Claudia Candra"}


def test_a_registration_of_candidates_is_an_event() -> None:
    r = run("KPU Kota Sibolga menutup pendaftaran pasangan calon wali kota pada Kamis (29/8). "
            "Dalam pendaftaran paslon tersebut, Rudi Hartono dan Joko Susilo mendaftar pada "
            "sisa waktu terakhir.", title="Pendaftaran Paslon di Sibolga Ditutup")
    events = {e.label for e in r.entities if e.type.value == "Event"}
    assert any(e.lower().startswith("pendaftaran pasangan calon") for e in events)
    assert hosts(r) == {"KPU Kota Sibolga"}


def test_fixing_the_ballot_numbers_is_the_draw() -> None:
    # Obtaining a number does not say one was there: "seluruh pasangan calon hadir" does.
    r = run("Penetapan nomor urut pasangan calon bupati Tapin dilakukan KPU Tapin, Senin (23/9). "
            "Seluruh pasangan calon hadir. Pasangan calon Rudi Hartono-Joko Susilo mendapatkan "
            "nomor urut 1, sementara pasangan calon Budi Santoso-Ahmad Yani mendapatkan "
            "nomor urut 2.")
    attendees = {s for s, _ in facts(r, FactKind.ATTENDS)}
    assert {"Rudi Hartono", "Joko Susilo", "Budi Santoso", "Ahmad Yani"} <= attendees


def test_pairs_that_a_group_consists_of_are_candidates() -> None:
    r = run("Adapun paslon yang mendeklarasikan diri di antaranya tiga paslon bupati Tapin "
            "terdiri dari Rudi Hartono-Joko Susilo, Budi Santoso-Ahmad Yani dan Andi Saputra-"
            "Dedi Kurnia.")
    assert {s for s, _ in facts(r, FactKind.CANDIDATES)} == {
        "Rudi Hartono", "Joko Susilo", "Budi Santoso", "Ahmad Yani", "Andi Saputra",
        "Dedi Kurnia"}


def roles_of(r: Extraction) -> set[tuple[str, str, str]]:
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], f.quals["role"], names.get(f.object or "", ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_an_office_several_hold_before_two_names() -> None:
    r = run("Rapat dipimpin Wakil Ketua DPRD Kabupaten Tapin, Rudi Hartono dan Joko Susilo. "
            "Hadir Anggota Bawaslu Tapin Budi dan Andi Saputra serta Kepala Sekretariat Bawaslu "
            "Tapin Dedi Kurnia. Ketua KPU Tapin Ahmad Yani dan Kapolres Tapin Hendra juga hadir.")
    held = {(p, role) for p, role, _ in roles_of(r)}
    assert {("Rudi Hartono", "Wakil Ketua"), ("Joko Susilo", "Wakil Ketua"),
            ("Budi", "Anggota"), ("Andi Saputra", "Anggota"),
            ("Dedi Kurnia", "Kepala Sekretariat"), ("Ahmad Yani", "Ketua")} <= held
    assert ("Hendra", "Ketua") not in held  # a chair is one person


def test_every_numbered_party_of_a_list_holds_the_office_after_it() -> None:
    r = run("DKPP menjatuhkan peringatan kepada Teradu V, Rudi Hartono; Teradu VI, Joko Susilo; "
            "dan Teradu VII, Budi, masing-masing selaku Anggota KPU Kabupaten Tapin. Teguran "
            "untuk Teradu II Andi, Teradu III Dedi, dan Teradu IV Ahmad Yani sebagai anggota "
            "Bawaslu Kabupaten Tapin.")
    held = {(p, org) for p, _, org in roles_of(r)}
    assert {("Rudi Hartono", "KPU Kabupaten Tapin"), ("Joko Susilo", "KPU Kabupaten Tapin"),
            ("Budi", "KPU Kabupaten Tapin"), ("Andi", "Bawaslu Kabupaten Tapin"),
            ("Dedi", "Bawaslu Kabupaten Tapin"), ("Ahmad Yani", "Bawaslu Kabupaten Tapin")} <= held


def test_the_words_of_a_theme_name_no_one() -> None:
    r = run("Debat pertama ini bertemakan Tata Kelola Pemerintahan Kepemimpinan dan Reformasi "
            "Birokrasi Menuju Jawa Tengah. Kampanye bertajuk \"Pesta Rakyat Bersatu\" digelar.")
    assert not {e.label for e in r.entities if e.type.value == "Person"}
    assert not facts(r, FactKind.CANDIDATES)


def test_pairs_after_a_group_described_by_its_event() -> None:
    r = run("Ada dua pasangan calon yang mengikuti debat Pilgub Jateng 2024 di Semarang, yakni "
            "Rudi Hartono-Joko Susilo dan Budi Santoso-Ahmad Yani.")
    assert {s for s, _ in facts(r, FactKind.CANDIDATES)} == {
        "Rudi Hartono", "Joko Susilo", "Budi Santoso", "Ahmad Yani"}


def test_the_focus_of_a_shared_office_runs_from_the_name_to_the_office() -> None:
    r = run("DKPP menjatuhkan peringatan kepada Teradu V, Rudi Hartono; Teradu VI, Joko Susilo; "
            "dan Teradu VII, Budi, masing-masing selaku Anggota KPU Kabupaten Tapin.")
    names = {e.key: e.label for e in r.entities}
    for f in r.by_kind(FactKind.HOLDS_ROLE):
        focus = r.article.text[f.evidence.focus_start : f.evidence.focus_end]
        assert focus.startswith(names[f.subject]), focus
        assert focus.endswith("selaku Anggota KPU Kabupaten Tapin"), focus


def test_the_members_of_a_body_named_before_keep_it() -> None:
    r = run("DKPP menjatuhkan sanksi terhadap tiga komisioner KPU Kota Palu. Ketiga komisioner "
            "tersebut, yakni Rudi Hartono selaku ketua, serta dua anggota, Joko Susilo dan "
            "Budi Santoso, dinyatakan melanggar kode etik.")
    assert {(p, org) for p, _, org in roles_of(r)} == {
        ("Rudi Hartono", "KPU Kota Palu"), ("Joko Susilo", "KPU Kota Palu"),
        ("Budi Santoso", "KPU Kota Palu")}


def test_pairs_each_followed_by_their_ballot_number() -> None:
    r = run("Debat menghadirkan tiga pasangan calon. Mereka adalah Rudi Hartono-Joko Susilo "
            "(paslon nomor urut satu), Budi Santoso-Ahmad Yani (paslon nomor urut dua), dan "
            "Andi Saputra-Dedi Kurnia (paslon dengan nomor urut tiga).")
    assert len({s for s, _ in facts(r, FactKind.CANDIDATES)}) == 6


def test_the_panel_that_questions_the_pairs_is_not_a_pair() -> None:
    r = run("Ketiga paslon itu diuji oleh enam orang panelis yakni Dr. Rudi Hartono, SH.MH "
            "(Dosen Fakultas Hukum Universitas Pattimura), Dr. Joko Susilo (Dosen IAIN Ambon).")
    assert not facts(r, FactKind.CANDIDATES)


def test_a_chair_who_closes_the_event_in_a_clause_hosts_it() -> None:
    r = run("Ketua KPU Kota Medan, Rudi Hartono menangis saat hendak menutup rapat pleno terbuka "
            "rekapitulasi hasil penghitungan suara di Hotel Grand Kanaya, Minggu (8/12/2024).")
    assert hosts(r) == {"KPU Kota Medan"}


def test_a_sanction_named_by_its_weight() -> None:
    r = run("DKPP menjatuhkan sanksi berat kepada ketua dan anggota KPU Kota Palu. Mereka yang "
            "dijatuhi sanksi berat adalah Ketua KPU Palu, Rudi Hartono, serta dua anggota "
            "lainnya yakni Joko Susilo dan Budi Santoso. Tiga anggota Bawaslu lainnya, yakni "
            "Andi Saputra, Dedi Kurnia, dan Ahmad Yani, menerima sanksi tegas.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Rudi Hartono", "Joko Susilo", "Budi Santoso", "Andi Saputra", "Dedi Kurnia",
        "Ahmad Yani"}


def test_more_speech_verbs() -> None:
    r = run("“Tindakan Teradu I tidak berdasarkan rapat pleno,” beber Anggota Majelis, Rudi "
            "Hartono. “Kami siap,” timpal Joko Susilo.")
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Rudi Hartono", "Joko Susilo"}


def test_the_leaders_forum_misspelt_is_no_person() -> None:
    r = run("Hadir dalam kegiatan itu unsur Forkompinda Sumsel dan Forkominda Tapin.")
    assert not {e.label for e in r.entities if e.type.value == "Person"}


def test_a_debates_panel_and_moderators_took_part() -> None:
    r = run("Debat publik pertama pasangan calon bupati Tapin digelar KPU Tapin, Rabu (30/10). "
            "Ketiga paslon itu diuji oleh enam orang panelis yakni Dr. Rudi Hartono, SH.MH dan "
            "Dr. Joko Susilo. Acara di moderatori oleh Budi Santoso dan Ahmad Yani.")
    attendees = {s for s, _ in facts(r, FactKind.ATTENDS)}
    assert {"Rudi Hartono", "Joko Susilo", "Budi Santoso", "Ahmad Yani"} <= attendees


def test_a_member_of_no_named_body_holds_no_role() -> None:
    r = run("Anggota Tim Panelis, Rudi Hartono, menyampaikan pertanyaan. Anggota tim pemenangan "
            "Budi, Joko Susilo, menilai debat berjalan baik.")
    assert not list(r.by_kind(FactKind.HOLDS_ROLE))


def test_the_focus_keeps_a_partys_whole_name_in_a_list() -> None:
    r = run("Rudi Hartono dan Joko Susilo diusulkan oleh koalisi Partai Demokrat, Gerindra dan "
            "PAN dengan total suara sah 1.257.880.")
    focus = {r.article.text[f.evidence.focus_start : f.evidence.focus_end]
             for f in r.by_kind(FactKind.NOMINATES)}
    assert "Rudi Hartono dan Joko Susilo diusulkan oleh koalisi Partai Demokrat" in focus


def test_a_prospective_candidate_holds_no_office() -> None:
    r = run("Selain itu, untuk balon Bupati Tapin H Yamani berpasangan dengan Rahmat Hidayat.")
    assert not list(r.by_kind(FactKind.HOLDS_ROLE))
    assert "Yamani" in {s for s, _ in facts(r, FactKind.CANDIDATES)}
