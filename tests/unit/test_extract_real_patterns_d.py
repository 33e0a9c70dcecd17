"""Patterns met in real articles (ninth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import attendees, facts, hosts, run
from test_extract_real_patterns_c import persons

from electgraph.model import Extraction, FactKind


def roles_in(r: Extraction) -> set[tuple[str, str, str]]:
    """(person, role folded to lower case, body label or "") of the holds_role facts."""
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], f.quals["role"].lower(), names.get(f.object or "", ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_hospital_or_a_street_named_after_a_person_is_no_person() -> None:
    r = run("Kedua pasangan menjalani pemeriksaan kesehatan di RSUD dr. Sutomo, Surabaya, kata "
            "Ketua KPU Jatim Budi Santoso. Kantor KPU pindah ke Jalan Dr. Wahidin Sudiro nomor "
            "5, dekat Rumah Sakit Umum Daerah dr. Zainal Arifin.")
    assert persons(r) == {"Budi Santoso"}


def test_the_press_short_forms_for_would_be_candidates_are_no_names() -> None:
    r = run("Ketua KPU Jatim, Budi Santoso, menyebut ada tiga pasangan bakal calon (Bacalon) "
            "yang mendaftar. Bapaslon Rudi-Andi datang paling akhir.")
    assert not {"Bacalon", "Bapaslon Rudi"} & persons(r)


def test_members_confirmed_in_office_by_a_chair_is_an_inauguration_the_body_holds() -> None:
    r = run("Sebanyak 115 anggota PPK se Kabupaten Pidie dikukuhkan oleh Ketua KIP Pidie Budi "
            "Santoso di Aula Hotel Safira, Rabu (4/1/2023).")
    events = {e.label for e in r.entities if e.key.startswith("event:")}
    assert events == {"pelantikan PPK"}
    assert any(h.startswith("KIP") for h in hosts(r))


def test_the_deputies_listed_after_the_chair_sit_in_his_body() -> None:
    r = run("Rapat paripurna dipimpin Ketua DPRD Jateng Joko Susilo. Hadir lengkap empat wakil "
            "ketua, yakni Rudi Hartono, Sri Lestari, Andi Saputra, dan Dewi Anggraini.")
    got = {(p, body) for p, role, body in roles_in(r) if role == "wakil ketua"}
    assert got == {(p, "DPRD Provinsi Jawa Tengah") for p in
                   ("Rudi Hartono", "Sri Lestari", "Andi Saputra", "Dewi Anggraini")}


def test_a_deputy_chair_named_without_a_chair_before_has_no_body() -> None:
    r = run("Budi Santoso mengatakan debat berjalan lancar. Hadir dua wakil ketua, yakni Rudi "
            "Hartono dan Sri Lestari.")
    assert all(body == "" for _, _, body in roles_in(r))


def test_the_members_of_a_tribunals_panel_in_lower_case() -> None:
    r = run("Sidang dipimpin oleh Ketua Majelis Budi Santoso dengan anggota majelis Rudi "
            "Hartono, Sri Lestari, dan Andi Saputra.")
    assert {p for p, role, _ in roles_in(r) if role == "anggota majelis"} == {
        "Rudi Hartono", "Sri Lestari", "Andi Saputra"}
    assert facts(r, FactKind.HOLDS_ROLE)


def test_an_office_read_again_without_its_body_is_the_one_with_the_body() -> None:
    r = run("Ketua KPU Halmahera Tengah, Budi Santoso, menyampaikan hasil pemeriksaan. Berita "
            "acara itu ditandatangani Komisi Pemilihan Umum Kabupaten Halmahera Tengah, Ketua "
            "Budi Santoso.")
    assert roles_in(r) == {("Budi Santoso", "ketua", "KPU Kabupaten Halmahera Tengah")}


def test_a_name_then_its_office_without_a_comma_before_a_verb() -> None:
    r = run("Pada kesempatan itu Budi Santoso Ketua KPU NTT membacakan naskah deklarasi. Acara "
            "dihadiri Bupati Kupang Rudi Hartono Ketua DPRD NTT Andi Saputra.")
    assert roles_in(r) == {("Budi Santoso", "ketua", "KPU Provinsi Nusa Tenggara Timur"),
                           ("Rudi Hartono", "bupati", "Pemkab Kupang"),
                           ("Andi Saputra", "ketua", "DPRD Provinsi Nusa Tenggara Timur")}


def test_a_nickname_that_clips_a_middle_name_is_that_person() -> None:
    r = run("Pasangan calon Melki-Johni hadir bersama pendukung. Ketua KPU NTT Budi Santoso "
            "membacakan naskah deklarasi diikuti pasangan calon Emanuel Melkiades Laka Lena.",
            title="Deklarasi Damai, Melki Hadir bersama Pendukung")
    assert "Melki" not in persons(r)
    assert "Emanuel Melkiades Laka Lena" in persons(r)


def speakers(r: Extraction) -> set[str]:
    return {s for s, _ in facts(r, FactKind.QUOTES)}


def test_an_office_being_filled_is_no_speaker_for_katanya() -> None:
    r = run("Rapat dipimpin Ketua DPRD Jateng Joko Susilo. Pj Gubernur Jateng Budi Santoso juga "
            "hadir. Ditemui usai rapat, Joko Susilo menyatakan rapat menindaklanjuti hasil "
            "pleno KPU tentang Penetapan Gubernur dan Wakil Gubernur Terpilih.\n"
            '"Kemarin kita menerima surat penetapan dari KPU," katanya.')
    assert speakers(r) == {"Joko Susilo"}


def test_ri_after_a_national_office_is_no_part_of_the_name() -> None:
    r = run("Hasil itu menjadi dasar pelantikan oleh Presiden RI Budi Santoso. Wakil Presiden RI "
            "Rudi Hartono dan Menteri Dalam Negeri RI Andi Saputra hadir.")
    assert {p for p, _, _ in roles_in(r)} == {"Budi Santoso", "Rudi Hartono", "Andi Saputra"}
    assert ("Rudi Hartono", "wakil presiden ri", "") in roles_in(r)


def test_the_kpu_plenary_behind_a_dprd_paripurna_is_another_session() -> None:
    r = run("Penetapan ini dilakukan dalam Rapat Paripurna Pengumuman Penetapan Gubernur "
            "Terpilih di Gedung DPRD Jateng. Paripurna ini menindaklanjuti hasil Pleno KPU "
            "Jateng. Sebelum penetapan ini, KPU Jateng telah melakukan Rapat Pleno Penetapan "
            "Gubernur Terpilih di Kantor KPU Jateng.")
    held = facts(r, FactKind.HOSTS)
    assert {(h, ev.split()[1]) for h, ev in held} == {
        ("DPRD Provinsi Jawa Tengah", "Paripurna"), ("KPU Provinsi Jawa Tengah", "KPU")}


def test_a_pair_set_as_the_elected_office_holders_stood_as_candidates() -> None:
    r = run("DPRD Jateng mengumumkan menetapkan Budi Santoso-Rudi Hartono sebagai Gubernur dan "
            "Wakil Gubernur Jateng terpilih hasil Pilkada 2024.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {"Budi Santoso", "Rudi Hartono"}


def test_a_connective_written_capitalised_ends_a_name() -> None:
    r = run("Pasangan nomor urut 2 Budi Santoso dan Rudi Hartono Kemudian, calon nomor urut 3 "
            "Andi Saputra datang sendiri.")
    assert {"Budi Santoso", "Rudi Hartono", "Andi Saputra"} <= persons(r)
    assert not any("Kemudian" in p for p in persons(r))


def test_a_section_head_named_right_after_the_sections_common_words() -> None:
    r = run("Apel diikuti Kabag Pengawasan Pemilihan Umum Budi Santoso, Plt. Kabag Administrasi "
            "Rudi Hartono serta seluruh staf Sekretariat Bawaslu Riau.")
    assert {(p, role) for p, role, _ in roles_in(r)} == {
        ("Budi Santoso", "kabag pengawasan pemilihan umum"),
        ("Rudi Hartono", "plt kabag administrasi")}


def test_a_district_posts_commander_named_by_number_and_district_is_no_person() -> None:
    r = run("Apel dihadiri Wakapolres Tangsel, Danramil 02 Curug, dan anggota Panwaslu.")
    assert "Curug" not in persons(r)


def test_the_presiding_judge_of_a_tribunals_sitting() -> None:
    r = run("Sidang dipimpin Ketua Majelis Sidang Budi Santoso di Jakarta.")
    assert ("Budi Santoso", "ketua majelis sidang", "") in roles_in(r)


def test_the_pairs_of_a_plenary_that_draws_their_numbers_took_part_in_it() -> None:
    r = run("KPU Kabupaten Sumbawa resmi memutuskan nomor urut pasangan calon dalam pleno, Senin "
            "23 September 2024. Para calon mendapat kesempatan memilih lot di atas meja. "
            "Hasilnya, pasangan calon Budi Santoso dan Rudi Hartono mendapat nomor urut 1.",
            title="Undian Nomor Urut KPU Sumbawa")
    assert {"Budi Santoso", "Rudi Hartono"} <= attendees(r)


def test_a_plenary_before_a_draw_still_to_come_places_no_pair_at_it() -> None:
    r = run("KPU Pekanbaru menetapkan lima pasangan calon dalam Rapat Pleno Tertutup, Minggu "
            "(22/9/2024). Lima pasangan tersebut akan melakukan pengundian nomor urut besok. "
            "Kelima pasangan calon itu adalah Budi Santoso - Rudi Hartono dan Andi Saputra - "
            "Sri Lestari.")
    assert not {"Budi Santoso", "Andi Saputra"} & attendees(r)


def test_pairs_listed_after_di_antaranya_are_candidates() -> None:
    r = run("Deklarasi itu dihadiri keempat pasangan calon Gubernur dan Wakil Gubernur Sulbar di "
            "antaranya, Budi Santoso-Rudi Hartono (BS-RH), Andi Saputra-Sri Lestari (AS-SL).")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Santoso", "Rudi Hartono", "Andi Saputra", "Sri Lestari"}


def test_parties_listed_in_the_sentence_after_a_count_of_backing_parties() -> None:
    r = run("Pasangan Budi Santoso-Rudi Hartono diusung oleh tiga partai politik (parpol) di "
            "Pilkada 2024 ini. Diantaranya ada partai Nasional Demokrat (Nasdem), Golongan Karya "
            "(Golkar) dan Partai Amanat Nasional (PAN).")
    names = {e.key: e.label for e in r.entities}
    backed = {(names[f.subject], names.get(f.object or "", "")) for f in
              r.by_kind(FactKind.NOMINATES)}
    assert {party for party, _ in backed} == {"Partai NasDem", "Partai Golkar", "PAN"}
    assert {person for _, person in backed} == {"Budi Santoso", "Rudi Hartono"}


def test_function_words_and_districts_words_start_no_name() -> None:
    r = run("Ia mengucapkan selamat atas terpilihnya Kepada Budi Santoso. Pantauan JTV di lokasi, "
            "rapat dihadiri para pihak se Wilayah Kerja Bakorwil Bojonegoro. Pengadu adalah "
            "Rudi Hartono, seorang Caleg DPRD Provinsi Sumatera Selatan Dapil IX. Diketahui Andi "
            "Saputra diusung PKB.")
    assert not {p for p in persons(r) if p.split()[0] in ("Kepada", "Pantauan", "Wilayah",
                                                           "Dapil", "Diketahui")}


def test_a_court_named_after_its_seats_district() -> None:
    r = run("Hadir Ketua Pengadilan Negeri (PN) Sungailiat, Budi Santoso dan pejabat lain.")
    assert roles_in(r) == {("Budi Santoso", "ketua", "Pengadilan Negeri Sungailiat")}  # as written


def test_a_paripurna_is_held_by_the_council_and_a_court_holds_hearings_only() -> None:
    r = run("DPRD Kalbar menggelar Rapat Paripurna pengumuman gubernur terpilih. Rapat Paripurna "
            "KPU Kalbar itu menindaklanjuti keputusan KPU. Putusan MK menjadi dasar pelantikan "
            "gubernur terpilih, yang dijadwalkan oleh MK.")
    assert hosts(r) == {"DPRD Provinsi Kalimantan Barat"}


def test_a_body_that_socialises_something_holds_a_socialisation_named_by_it() -> None:
    r = run("Bawaslu Bali mensosialisasikan tahapan Pilkada Serentak 2024 bagi ASN. Dalam "
            "kesempatan itu, Ketua Bawaslu Bali Budi Santoso menyoroti netralitas ASN. Sosialisasi "
            "itu bekerja sama dengan BPKSDM. KPU Gorontalo giat melaksanakan sosialisasi di "
            "daerah pesisir.")
    names = {e.key: e.label for e in r.entities}
    held = {(h, names.get(ev, ev)) for h, ev in facts(r, FactKind.HOSTS)}
    assert ("Bawaslu Provinsi Bali", "sosialisasi tahapan Pilkada Serentak 2024") in held
    assert any(h.startswith("KPU") for h, _ in held)


def test_districts_listed_by_number_are_no_persons() -> None:
    r = run("Ketua KPU OKU Budi Santoso membacakan hasil per kecamatan:\n9. Muara Jaya\n"
            "Paslon 1: 6.638 suara\nPaslon 2: 6.715 suara\n10. Lubuk Raja\nPaslon 1: 10.561 "
            "suara\nPaslon 2: 7.896 suara\n11. Sosoh Buay Rayap\nPaslon 1: 4.092 suara")
    assert persons(r) == {"Budi Santoso"}


def test_a_pair_that_registered_at_a_body_with_di_and_one_ready_to() -> None:
    r = run("Bakal pasangan calon Budi Santoso-Rudi Hartono resmi mendaftar di Komisi Pemilihan "
            "Umum (KPU) Kabupaten Maluku Tengah, Kamis (29/08).")
    assert hosts(r) == {"KPU Kabupaten Maluku Tengah"}
    assert {"Budi Santoso", "Rudi Hartono"} <= attendees(r)
    ready = run("Tiga bakal pasangan calon kini siap mendaftar di KPU Bengkulu Selatan. Pasangan "
                "Budi Santoso-Rudi Hartono sudah mendapat rekomendasi.")
    assert not attendees(ready) and not hosts(ready)


def test_a_local_bodys_district_that_begins_with_a_citys_short_name() -> None:
    r = run("Hasilnya, Budi Santoso, anggota PPK Siantar Sitalasari, diberhentikan. Anggota PPK "
            "Siantar Martoba Rudi Hartono diberi peringatan.")
    assert {(p, body) for p, _, body in roles_in(r)} == {
        ("Budi Santoso", "PPK Siantar Sitalasari"), ("Rudi Hartono", "PPK Siantar Martoba")}


def test_a_pair_on_the_line_under_its_ballot_number() -> None:
    r = run("Berdasarkan pengundian, KPU Kota Serang menetapkan;\nNomor Urut 1 :\nHj. Sri Lestari, "
            "S.E dan H. Rudi Hartono, S.H., M.Si\nNomor Urut 2 :\nH. Budi Santoso, S.E dan Andi "
            "Saputra, S.Sos\n")
    got = {(p, f.quals.get("number")) for f in r.by_kind(FactKind.CANDIDATES)
           for p in [{e.key: e.label for e in r.entities}[f.subject]]}
    assert got == {("Sri Lestari", "1"), ("Rudi Hartono", "1"), ("Budi Santoso", "2"),
                   ("Andi Saputra", "2")}


def test_a_debate_whose_host_no_sentence_names_is_the_election_bodys() -> None:
    r = run("Debat publik pasangan calon bupati berlangsung di Hotel Novilla, Sabtu malam. Ketua "
            "KPU Bangka Tengah Budi Santoso mengatakan debat berjalan lancar.")
    assert hosts(r) == {"KPU Kabupaten Bangka Tengah"}


def test_an_event_the_parties_agree_to_hold_is_not_the_reports_event() -> None:
    r = run("KPU bersama tiga pasangan calon sepakat melaksanakan kampanye pemilihan kepala "
            "daerah (pilkada) yang aman dan damai. "
            '"Kesepakatan itu tertuang dalam deklarasi pemilihan tahun 2024 yang ditandatangani '
            'tiga pasangan calon," ujar Ketua KPU Biak Numfor Budi Santoso. Pasangan nomor urut 1 '
            "yakni Rudi Hartono-Andi Saputra.")
    names = {e.key: e.label for e in r.entities}
    went = {(names[f.subject], names.get(f.object or "", "")) for f in
            r.by_kind(FactKind.ATTENDS)}
    assert ("Rudi Hartono", "deklarasi pemilihan tahun 2024") in went
    assert not any(ev.startswith("kampanye") for _, ev in went)


def test_what_a_jelang_approaches_is_ahead_not_the_event_before_it() -> None:
    r = run("Apel siap siaga pada masa tenang jelang pencoblosan pada 14 Februari nanti.\n"
            "Bawaslu Kabupaten Seluma menggelar apel siaga patroli pengawasan di masa tenang. "
            "Apel dihadiri Ketua Bawaslu Kabupaten Seluma Budi Santoso dan anggota Polres Seluma.")
    assert "Budi Santoso" in attendees(r)


def test_pairs_numbered_in_a_list_a_sentence_introduces() -> None:
    r = run("Berikut nama-nama paslon Gubernur-Wakil Gubernur yang mendaftar ke KPU PBD dan "
            "berkas persyaratan pencalonan dinyatakan lengkap:\n1. Budi Tri Putra Santoso-Rudi "
            "Hartono dengan dukungan PAN, PKB, Gerindra, Golkar dan PSI (suara sah 69.030 atau "
            "200 persen dari syarat minimal)\n2. Andi Saputra-Sri Lestari dengan dukungan Partai "
            "Demokrat, Nasdem, PKS, PPP dan PSI (suara sah 107.275 atau 311 persen dari syarat "
            "minimal)\nBerdasarkan hasil pengundian, Budi Santoso-Rudi Hartono mendapat nomor "
            "urut 2.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Budi Tri Putra Santoso", "Rudi Hartono", "Andi Saputra", "Sri Lestari"}


def test_parties_that_came_along_with_a_pair_attend_but_backing_ones_do_not() -> None:
    r = run("Deklarasi Kampanye Damai digelar KPU Sumut di Medan, Senin (23/9). Pasangan Budi "
            "Santoso-Rudi Hartono hadir bersama partai politik pengusung, yakni Gerindra, Golkar "
            "dan PKS. Pasangan Andi Saputra-Sri Lestari yang diusung PDIP dan Hanura juga hadir.")
    went = attendees(r)
    assert {"Partai Gerindra", "Partai Golkar", "PKS"} <= went
    assert not {"PDI Perjuangan", "Partai Hanura", "Hanura"} & went


def test_a_middle_name_typed_in_lower_case_stays_in_the_name() -> None:
    r = run("Ketua KPU Kotabaru, Desy fuji Lestari, mengatakan pelantikan berjalan lancar. Jajaran "
            "mohon Support dari masyarakat.")
    assert persons(r) == {"Desy fuji Lestari"}


def test_katanya_points_back_to_who_speaks_not_to_whom_he_speaks_of() -> None:
    r = run("Ketua KPU Cilegon, Budi Santoso, menjelaskan bahwa berkas pendaftaran Rudi "
            "Hartono-Andi Saputra akan diperiksa lebih lanjut. “Kami akan memeriksa berkas yang "
            "disampaikan ke KPU,” katanya.")
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Budi Santoso"}
