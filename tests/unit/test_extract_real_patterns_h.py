"""Patterns met in real articles (fourteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run
from test_extract_real_patterns_g import persons_of

from electgraph.model import Extraction, FactKind


def hosts_of(r: Extraction) -> set[tuple[str, str]]:
    return facts(r, FactKind.HOSTS)


# -- academics and their universities -------------------------------------------------------------


def test_a_university_named_by_its_acronym_is_an_organisation_not_a_person() -> None:
    r = run("Panelis debat terdiri dari Prof. Andi Farid, guru besar Unram, dan Rina Lestari "
            "(Dosen Fisip Untad).")
    assert persons_of(r) == {"Andi Farid", "Rina Lestari"}
    assert facts(r, FactKind.HOLDS_ROLE) == {("Andi Farid", "Unram"), ("Rina Lestari", "Untad")}


def test_a_ministry_named_by_its_acronym_is_an_organisation_not_a_person() -> None:
    r = run("Data pemilih itu akan dilayangkan oleh Kemenkumham kepada KPU Kabupaten Mamuju.")
    assert persons_of(r) == set()
    assert "Kemenkumham" in {e.label for e in r.entities if e.key.startswith("org:")}


def test_an_academic_office_reaches_its_university_past_a_field_and_a_faculty() -> None:
    r = run("Panelis debat adalah Rina Lestari (Dosen sosiologi Fisip Untad), Yusuf Amir (Dosen "
            "Pascasarjana Fakultas Pertanian Unismuh) dan Hanok Sapulette (Dosen Tetap Fakultas "
            "Teknik UNPATTI).")
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Rina Lestari", "Untad"), ("Yusuf Amir", "Unismuh"), ("Hanok Sapulette", "UNPATTI")}


def test_an_observer_named_after_the_field_and_university_before_the_name() -> None:
    r = run("Pengamat politik Universitas Hasanuddin, Citra Dewi, menilai debat berjalan lancar.")
    assert facts(r, FactKind.HOLDS_ROLE) == {("Citra Dewi", "Universitas Hasanuddin")}


def test_a_lower_case_word_after_an_academic_title_without_a_university_is_no_field() -> None:
    r = run("Dosen muda Rina Lestari hadir dalam debat itu.")
    assert "Rina Lestari" in persons_of(r)


# -- the page around the article ------------------------------------------------------------------


def test_the_teasers_after_a_recent_posts_heading_are_not_read() -> None:
    r = run("KPU Kabupaten Gorontalo menggelar rapat pleno terbuka rekapitulasi. Ketua KPU "
            "Kabupaten Gorontalo, Risman Taha, hadir dalam rapat pleno itu.\n\nRecent Posts\n\n"
            "Pasangan calon Bupati, Roni Hamzah, mendapat sambutan meriah dari warga.\n")
    assert "Roni Hamzah" not in persons_of(r)
    assert "Risman Taha" in persons_of(r)


# -- hosts ----------------------------------------------------------------------------------------


def test_a_body_hosts_the_event_a_framing_campaign_is_the_setting_of() -> None:
    r = run("Debat publik bagi tiga pasangan calon bupati sebagai bagian dari rangkaian kampanye "
            "terbuka sukses diselenggarakan KPU Kabupaten Deiyai.")
    assert hosts_of(r) == {("KPU Kabupaten Deiyai", "Debat publik")}


def test_success_is_said_of_an_event_not_part_of_its_name() -> None:
    r = run("Rapat pleno terbuka sukses digelar KPU Kabupaten Deiyai kemarin.")
    assert {e.label for e in r.entities if e.key.startswith("event:")} == {"Rapat pleno terbuka"}


def test_the_sworn_body_own_region_names_who_swears_it_in_past_a_national_body() -> None:
    r = run("Pj Bupati Muaro Jambi Budi Santoso menghadiri pelantikan Panitia Pemilihan Kecamatan "
            "(PPK) Kabupaten Muaro Jambi. Ketua KPU Muaro Jambi Rina Lestari berharap PPK bekerja "
            "sesuai aturan yang dibuat oleh KPU RI.")
    assert {org for org, _ in hosts_of(r)} == {"KPU Kabupaten Muaro Jambi"}


# -- the article's event --------------------------------------------------------------------------


def test_a_decision_set_down_in_a_quoted_sitting_is_that_sitting() -> None:
    r = run("Penetapan nomor urut pasangan calon bupati ini tertuang dalam “Rapat Pleno Terbuka "
            "Pengundian Nomor Urut Pasangan Calon Bupati”. Rapat pleno ini dihadiri oleh Ketua "
            "Bawaslu Malteng Budi Santoso.")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert not any(label.lower().startswith("penetapan") for label in events)
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Budi Santoso"}


def test_a_sitting_held_to_carry_out_a_draw_is_one_event() -> None:
    r = run("KPU Provinsi Kalimantan Timur mengadakan Rapat Pleno Terbuka untuk melakukan "
            "pengundian dan penetapan nomor urut pasangan calon gubernur. Dalam sambutannya, "
            "Ketua KPU Kaltim Budi Santoso menjelaskan mekanisme pengundian nomor urut.")
    assert {e.label for e in r.entities if e.key.startswith("event:")} == {"Rapat Pleno Terbuka"}


# -- pairs and their backers ----------------------------------------------------------------------


def test_a_pair_named_by_the_initials_of_its_members_is_that_pair() -> None:
    r = run("Para kandidat Timotius Kaidel-Mohamad Djumpa dan Temy Oersepuny-Haji Djumaidy Saleh "
            "hadir. Pasangan TK-MD diusung Partai Nasdem dan PKB.")
    assert {(p, party) for party, p in facts(r, FactKind.NOMINATES)} == {
        ("Timotius Kaidel", "Partai NasDem"), ("Mohamad Djumpa", "Partai NasDem"),
        ("Timotius Kaidel", "PKB"), ("Mohamad Djumpa", "PKB")}


def test_initials_that_match_no_pair_back_no_one() -> None:
    r = run("Para kandidat Timotius Kaidel-Mohamad Djumpa hadir. Pasangan TS-MR diusung Partai "
            "Nasdem dan PKB.")
    assert not facts(r, FactKind.NOMINATES)


def test_a_declaration_read_out_at_a_meeting_is_its_text_not_the_event() -> None:
    r = run("Penjabat Gubernur NTT Budi Santoso membacakan Deklarasi Menjaga Netralitas ASN pada "
            "Rapat Koordinasi Kesiapan di Jakarta.")
    assert facts(r, FactKind.ATTENDS) == {("Budi Santoso", "Rapat Koordinasi Kesiapan")}


def test_a_campaign_concert_is_an_event_its_performers_attend() -> None:
    r = run("Pasangan calon Budi Santoso menggelar Konser Bali Bahagia di Lapangan Renon. Konser "
            "itu dihadiri artis Rina Lestari dan Yusuf Amir.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} >= {"Rina Lestari", "Yusuf Amir"}
    assert {e.label for e in r.entities if e.key.startswith("event:")} == {"Konser Bali Bahagia"}


# -- quotes ---------------------------------------------------------------------------------------


def test_a_quote_whose_opening_mark_the_writer_left_out_is_read_up_to_its_speaker() -> None:
    r = run("Sidang digelar DKPP di Jakarta.\n\nMenjatuhkan sanksi peringatan kepada Teradu Budi "
            "Santoso selaku Anggota KPU Kabupaten Minahasa Utara,” tegas Ketua Majelis Rina "
            "Lestari saat membacakan putusan.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Rina Lestari"}


def test_an_unopened_quote_closed_by_ujarnya_names_no_speaker() -> None:
    r = run("Sidang digelar DKPP di Jakarta.\n\nKami meminta Budi Santoso selaku Anggota KPU "
            "Kabupaten Minahasa Utara hadir,” ujarnya.")
    assert not facts(r, FactKind.QUOTES)


def test_an_event_a_speaker_speaks_of_does_not_move_the_article_off_its_own() -> None:
    r = run("Bawaslu Kota Balikpapan menggelar Rapat Koordinasi Konsolidasi di Hotel Gran Senyiur. "
            "Dalam sambutannya, Ketua Bawaslu Kota Balikpapan Wasanti mengungkapkan bahwa "
            "sosialisasi Pilkada belum berakhir. Narasumber yang hadir dalam kegiatan ini, yakni "
            "Direktur Sindikasi Pemilu Erik Kurniawan.")
    assert {e for _, e in facts(r, FactKind.ATTENDS)} == {"Rapat Koordinasi Konsolidasi"}


def test_what_a_speaker_reports_before_any_event_is_the_article_event() -> None:
    r = run("Ketua KPU Sulteng, Budi Santoso, mengungkapkan bahwa penetapan DPT telah diselesaikan "
            "dalam rapat pleno yang berlangsung di Palu. Dalam acara tersebut, Rina Lestari selaku "
            "Koordinator Divisi Data KPU Sulteng memimpin rekapitulasi DPT.")
    assert ("Rina Lestari", "rapat pleno") in facts(r, FactKind.ATTENDS)


def test_an_organisation_name_runs_through_pimpinan() -> None:
    r = run("Rakor dihadiri oleh perwakilan Forum Koordinasi Pimpinan Daerah (Forkopimda) dan "
            "Kesbangpol.")
    assert {a for a, _ in facts(r, FactKind.ATTENDS)} == {"Forkopimda", "Kesbangpol"}
