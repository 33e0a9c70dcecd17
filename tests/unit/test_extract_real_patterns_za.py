"""Patterns met in real articles (forty-third session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import EntityType, FactKind


def test_a_plenary_that_counts_or_decides_is_held_by_the_election_body_named() -> None:
    """"KPU X menetapkan hasil ...; Penetapan dilakukan dalam rapat pleno ...": no sentence says
    who holds the plenary, but a plenary that counts the votes, decides or draws is the election
    body's. Not one of another level ("Tingkat Provinsi", which a regency's KPU attends), nor
    a count of voters (a PPS's)."""
    r = run("Komisi Pemilihan Umum (KPU) Kabupaten Sijunjung resmi menetapkan hasil perolehan "
            "suara Pilkada 2024. Penetapan itu dilakukan dalam rapat pleno terbuka rekapitulasi "
            "hasil penghitungan suara di Aula Hotel Sijunjung, Kamis. Rapat pleno itu diikuti "
            "Bawaslu Sijunjung dan para saksi.")
    assert facts(r, FactKind.HOSTS) == {
        ("KPU Kabupaten Sijunjung", "rapat pleno terbuka rekapitulasi hasil penghitungan suara")}
    other_level = run("Ketua KPU Kabupaten Sijunjung, Rahmat Fauzi, memaparkan keberatan saksi "
                      "dalam Rapat Pleno Rekapitulasi Suara Tingkat Provinsi Sumatera Barat.")
    assert facts(other_level, FactKind.HOSTS) == set()
    voters = run("Ketua KPU Kabupaten Sijunjung, Rahmat Fauzi, meminta PPS teliti menjelang "
                 "rapat pleno terbuka rekapitulasi daftar pemilih hasil pemutakhiran.")
    assert facts(voters, FactKind.HOSTS) == set()


def test_one_word_set_off_after_an_office_and_its_body_is_its_holder() -> None:
    """"Turut hadir Komisioner KIP Aceh Utara, Zulfikar.": a given name the word list also has
    (an Arabic loan) is the holder when the office names a known body and the name closes there;
    a list going on after the comma is not ("Kepala Dinas Pariwisata X, Olahraga, dan ...")."""
    r = run("KIP Aceh Utara melantik anggota KPPS di Lhoksukon. Turut hadir Komisioner KIP Aceh "
            "Utara, Zulfikar. Ketua KIP Aceh Utara, Hambali, mengatakan pelantikan lancar.")
    assert {("Zulfikar", "KIP Kabupaten Aceh Utara"), ("Hambali", "KIP Kabupaten Aceh Utara")} <= (
        facts(r, FactKind.HOLDS_ROLE))
    assert ("Zulfikar", "pelantikan") in facts(r, FactKind.ATTENDS)
    for office in ("Kepala Dinas Pariwisata", "Ketua Bawaslu"):
        listed = run(f"Rapat itu dihadiri {office} Aceh Utara, Olahraga, dan Camat Lhoksukon.")
        assert not any(p == "Olahraga" for p, _ in facts(listed, FactKind.HOLDS_ROLE)), office


def test_bodies_named_right_after_where_they_were_present_attend() -> None:
    """"Hadir dalam rapat pleno tersebut Polres X, Kodim Y ...", "Hadir pada kesempatan itu
    Bawaslu X": the list of bodies starts right after the words that say where they were."""
    for where in ("dalam rapat pleno tersebut", "dalam kegiatan tersebut", "pada kesempatan itu"):
        r = run(f"KPU Situbondo menggelar rapat pleno terbuka. Hadir {where} Polres Situbondo, "
                "Bawaslu Situbondo dan para saksi.")
        assert {s for s, _ in facts(r, FactKind.ATTENDS)} == {
            "Polres Situbondo", "Bawaslu Kabupaten Situbondo"}, where


def test_an_event_a_verb_implies_takes_the_name_the_text_then_writes() -> None:
    """"KPU X melantik 327 anggota PPS. Pelantikan dilaksanakan di ...": the event is named as
    written ("Pelantikan"), and a part of it named later ("pengambilan sumpah") does not become
    its name."""
    r = run("KPU Pinrang resmi melantik 327 anggota Panitia Pemungutan Suara (PPS) untuk Pemilu "
            "2024. Pelantikan dilaksanakan di Gedung Dharma Wanita Pinrang, Selasa (24/1). "
            "Kemudian dilanjutkan pengambilan sumpah serta penandatanganan pakta integritas "
            "anggota PPS. Pelantikan itu dihadiri Kapolres Pinrang AKBP Santiaji Kartasasmita.")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Pinrang", "Pelantikan")}
    assert ("Santiaji Kartasasmita", "Pelantikan") in facts(r, FactKind.ATTENDS)


def test_whoever_acts_through_an_official_is_not_there() -> None:
    """"Gubernur X, NAME melalui Kepala Kesbangpol Y, NAME2 mengungkapkan ...": the governor
    speaks through the official, who is the one at the event; a body that hands something over
    through its official acts, and attends nothing."""
    r = run("Pemprov Kalsel bersinergi dengan Bawaslu menjaga Pilkada 2024 tetap damai, salah "
            "satunya dengan menyelenggarakan apel siaga pengawasan pilkada kalsel 2024.\n"
            "Gubernur Kalimantan Selatan, Sahbirin Noor melalui Kepala Badan Kesbangpol Provinsi "
            "Kalsel, Heriansyah mengungkapkan pilkada adalah momentum memilih pemimpin yang akan "
            "memimpin daerah lima tahun ke depan.\n“Ini bentuk komitmen kita bersama,” ucapnya, "
            "Banjarmasin, Selasa.")
    assert {s for s, _ in facts(r, FactKind.ATTENDS)} == {"Heriansyah"}
    handed = run("Dokumen B1-KWK diserahkan DPP PDIP melalui Kabid Pariwisata DPP PDIP, Wiryanti "
                 "Sukamdani, di Jakarta, Jumat (16/8).")
    assert not any(s.startswith("DPP") for s, _ in facts(handed, FactKind.ATTENDS))


def test_a_room_named_after_a_sitting_holds_no_event() -> None:
    """"kata Wahyuni, di ruang rapat Paripurna DPRD X": the room where the council sits is the
    venue of the plenary, no paripurna of the council."""
    r = run("KPU Katingan menggelar rapat pleno terbuka rekapitulasi. “Kita sudah melaksanakan "
            "rapat pleno dari pagi,” kata Wahyuni, di ruang rapat Paripurna DPRD Katingan.")
    assert {e for _, e in facts(r, FactKind.HOSTS)} == {"rapat pleno terbuka rekapitulasi"}


def test_a_weekday_with_a_typographic_apostrophe_is_no_name() -> None:
    """"di aula kantor Bupati Pasaman Barat, Jum’at (8/11/2024)": the day, not the regent."""
    r = run("Debat itu dilaksanakan di aula kantor Bupati Pasaman Barat, Jum’at (8/11/2024).")
    assert facts(r, FactKind.HOLDS_ROLE) == set()


def test_a_sanction_with_no_body_in_its_sentence_is_given_by_the_one_that_dismissed() -> None:
    """"Dua ketua Panwascam dipecat Bawaslu X. Kedua Panwascam itu yakni A dan B. Selain itu,
    Ketua Panwascam Y, C dijatuhi sanksi peringatan keras.": the passive "dipecat" names the
    sanctioning body for the sentences after it, and the group counted is named next."""
    r = run("Dua ketua Panwascam di Bandar Lampung dipecat Bawaslu Kota Bandar Lampung secara "
            "tidak hormat. Kedua Panwascam itu yakni Erwin Aruan dan Septoni. Selain itu, Ketua "
            "Panwascam Tanjungkarang Barat, Mahmud Afrizani dijatuhi sanksi peringatan keras.")
    assert facts(r, FactKind.SANCTIONS) == {
        ("Bawaslu Kota Bandar Lampung", "Erwin Aruan"), ("Bawaslu Kota Bandar Lampung", "Septoni"),
        ("Bawaslu Kota Bandar Lampung", "Mahmud Afrizani")}


def test_they_are_lists_whom_the_sentence_before_says_came() -> None:
    """"Tiga narasumber dihadirkan dalam sosialisasi ini. Mereka adalah A, B dan C.": the list
    of those the sentence before brought; not of a panel it only names ("Tim panelis debat itu
    memiliki latar belakang beragam. Mereka adalah ...")."""
    r = run("Bawaslu Madina mengadakan sosialisasi pengawasan partisipatif di aula Hotel Rindang, "
            "Rabu (30/10/2024). Tiga orang narasumber dihadirkan Bawaslu dalam sosialisasi ini. "
            "Mereka adalah Direktur JaDI Sumut, Nazir Salim Manik, Kepala Dinas PMD Madina, "
            "Irsal Pariadi, dan Kepala Satpol PP Madina, Yuri Andri.")
    assert {s for s, _ in facts(r, FactKind.ATTENDS)} == {
        "Nazir Salim Manik", "Irsal Pariadi", "Yuri Andri"}
    panel = run("KPU Jambi menggelar debat kedua di Jambi, Minggu (10/11). Tim panelis debat itu "
                "memiliki latar belakang beragam. Mereka adalah Syamsir Abdullah dan Rafidah "
                "Hanum.")
    assert not {s for s, _ in facts(panel, FactKind.ATTENDS)} & {"Syamsir Abdullah",
                                                                 "Rafidah Hanum"}


def test_a_body_that_an_event_is_attended_by_does_not_host_it() -> None:
    """"Kegiatan tersebut turut dihadiri oleh Bawaslu X, Forkopimda ...": the agent of a passive
    of presence came; "digelar oleh" still names the host."""
    r = run("KPU Gorontalo menggelar debat kedua pasangan calon di Gorontalo, Sabtu. Kegiatan "
            "tersebut turut dihadiri oleh Bawaslu Provinsi Gorontalo, Forkopimda, serta tim "
            "pemenangan.")
    assert {s for s, _ in facts(r, FactKind.HOSTS)} == {"KPU Provinsi Gorontalo"}
    assert ("Bawaslu Provinsi Gorontalo", "debat kedua") in facts(r, FactKind.ATTENDS)
    held = run("Debat kedua pasangan calon digelar oleh KPU Provinsi Gorontalo, Sabtu.")
    assert {s for s, _ in facts(held, FactKind.HOSTS)} == {"KPU Provinsi Gorontalo"}


def test_persons_who_hold_an_event_attend_it() -> None:
    """"Pasangan calon nomor urut 2, A dan B menggelar kampanye di ...": a body that holds an
    event hosts it; persons who hold one were there."""
    r = run("Pasangan calon Gubernur Sulawesi Tenggara nomor urut 2, Andi Sumangerukka (ASR) dan "
            "Hugua menggelar kampanye di Kabupaten Kolaka Timur pada Rabu (23/10/2024).")
    assert {s for s, _ in facts(r, FactKind.ATTENDS)} == {"Andi Sumangerukka", "Hugua"}
    ahead = run("Pasangan calon nomor urut 2, Andi Sumangerukka dan Hugua akan menggelar "
                "kampanye akbar di Kolaka Timur pekan depan.")
    assert facts(ahead, FactKind.ATTENDS) == set()


def test_a_master_s_or_bachelor_s_degree_the_list_lacks_is_no_name() -> None:
    """"Nazir Salim Manik, M.SP, Kepala Dinas ...": M. or S. glued to the field's capitals is a
    degree, no second person in the list."""
    r = run("Sosialisasi itu dihadiri Direktur JaDI Sumut, Nazir Salim Manik, M.SP, dan Kepala "
            "Dinas PMD Madina, Irsal Pariadi, SSTP.")
    assert {s for s, _ in facts(r, FactKind.ATTENDS)} == {"Nazir Salim Manik", "Irsal Pariadi"}


def test_an_event_s_long_name_keeps_the_whole_region_it_ends_in() -> None:
    """"debat publik pertama pasangan calon Bupati dan wakil Bupati Pasaman Barat 2024": the
    length limit on an event's name no longer cuts the region, leaving "Barat" as a person; a
    level word inside an office ("Wakil Wali Kota") starts no region."""
    r = run("Empat pasangan calon mengikuti debat publik pertama pasangan calon Bupati dan wakil "
            "Bupati Pasaman Barat 2024 di Simpang Empat, Jumat (8/11/2024).")
    assert {e.label for e in r.entities if e.type is EntityType.PERSON} == set()
    assert {e.label for e in r.entities if e.type is EntityType.EVENT} == {
        "debat publik pertama pasangan calon Bupati dan wakil Bupati Pasaman Barat"}
    team = run("Perkara ini bermula dari laporan politik uang yang dilakukan tim kampanye pasangan "
               "calon Wali Kota dan Wakil Wali Kota Banda Aceh Nomor Urut 1, Illiza-Afdhal, pada "
               "Pilkada 2024 lalu.")
    assert {p for p, _ in facts(team, FactKind.CANDIDATES)} == {"Illiza", "Afdhal"}
