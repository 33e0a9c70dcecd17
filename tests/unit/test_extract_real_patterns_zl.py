"""Patterns of real news (fifty-fourth session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_b."""

from __future__ import annotations

from test_extract_real_patterns import facts, offices, run
from test_extract_real_patterns_b import persons

from electgraph.model import EntityType, Extraction, FactKind

# -- names: a nickname in brackets that speaks before its full name is linked ---------------


def test_a_nickname_in_brackets_is_the_full_names_person_though_it_speaks_later() -> None:
    """The bracketed mention of the full name is linked after the nickname, which a later verb
    of saying confirms first: the nickname still goes to the person named in full."""
    r = run("Ketua DPRD Bali Dewa Made Suardika dilantik. Pada kesempatan itu Dewa Made "
            "Suardika (Dewa Keris) menyampaikan rasa syukur. Dewa Keris mengucapkan terima "
            "kasih kepada partai.")
    assert persons(r) == {"Dewa Made Suardika"}


# -- names: degrees, ranks and offices taken for names ----------------------------------------


def test_a_second_degree_after_a_bare_degrees_full_stop_and_a_comma() -> None:
    r = run("Bupati Bima Indah Dhamayanti Putri SE., M.IP bersama jajaran Forkopimda menghadiri "
            "rapat koordinasi.")
    assert persons(r) == {"Indah Dhamayanti Putri"}


def test_retired_written_without_brackets_is_part_of_the_rank() -> None:
    r = run("Hadir Ketua DPD Partai Gerindra Sulawesi Utara, Mayjen Purn. TNI, Julius Sefanus "
            "Komaling.")
    assert offices(r) == {
        ("Julius Sefanus Komaling", "Ketua", "DPD Partai Gerindra Sulawesi Utara")}


def test_the_regency_secretary_and_a_deputy_police_chief_are_offices() -> None:
    r = run("Hadir Pj Sekkab Banggai Rudi Hartono dan Waka Polsek Luwuk Ipda Bobby Dethan.")
    assert persons(r) == {"Rudi Hartono", "Bobby Dethan"}
    assert ("Rudi Hartono", "Pj Sekkab", "Pemkab Banggai") in offices(r)


def test_an_offices_short_form_alone_in_a_guest_list_is_no_person() -> None:
    r = run("Acara dihadiri unsur Forkopimda, Pj Sekkab Banggai, Komisioner Bawaslu Banggai dan "
            "tokoh masyarakat.")
    assert persons(r) == set()


def test_a_police_stations_area_ends_at_its_heads_rank() -> None:
    r = run("Hadir Kanit Intelkam Polsek KPYS Ambon Aipda Eko Prahanoto dan perwakilan Bawaslu "
            "Provinsi Maluku.")
    assert offices(r) == {("Eko Prahanoto", "Kanit Intelkam", "Polsek KPYS Ambon")}


def test_a_candidates_contraction_spelt_with_p_and_an_outlet_are_no_persons() -> None:
    r = run("Calon Gubernur dan Cawagup akan kami umumkan segera, kata Rudi Hartono kepada Media "
            "Lensa Nusa Kenari.")
    assert persons(r) == {"Rudi Hartono"}


def test_a_month_between_two_names_is_a_name() -> None:
    r = run("Ketua KPU Nias Selatan Ridho Mei Putra Duha membuka rapat pada Senin (5 Mei 2024).")
    assert offices(r) == {("Ridho Mei Putra Duha", "Ketua", "KPU Kabupaten Nias Selatan")}


def test_a_month_after_a_name_before_no_name_ends_it() -> None:
    r = run("Kegiatan dibuka Bupati Bima Rudi Hartono Mei lalu di Raba.")
    assert persons(r) == {"Rudi Hartono"}


# -- offices and sanctions: "A, B dan C selaku ketua dan anggota X" ----------------------------


def test_names_as_chair_and_members_without_each() -> None:
    r = run("DKPP memberi sanksi peringatan kepada Bukhori, Soleh Abubakar, Fatmathul Fitria dan "
            "Agus Salim selaku ketua dan anggota KPU Kota Bima.")
    assert offices(r) == {
        ("Bukhori", "ketua", "KPU Kota Bima"),
        ("Soleh Abubakar", "anggota", "KPU Kota Bima"),
        ("Fatmathul Fitria", "anggota", "KPU Kota Bima"),
        ("Agus Salim", "anggota", "KPU Kota Bima"),
    }


def test_the_sanctioned_named_after_five_numbered_parties() -> None:
    r = run("DKPP memberikan sanksi berupa peringatan terhadap teradu satu, teradu dua, teradu "
            "tiga, teradu empat dan teradu lima atas nama Bukhori, Soleh Abubakar, Fatmathul "
            "Fitria, Thamrin dan Agus Salim.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Bukhori", "Soleh Abubakar", "Fatmathul Fitria", "Thamrin", "Agus Salim"}


def test_a_colonel_cut_short_the_legal_corps_and_a_courts_clerk() -> None:
    r = run("Hadir Aspidmil Kejati Sumsel Kol CHK Askari SH, Panitera Pengadilan Negeri Palembang "
            "Pahri Hamidi, dan Kolonel Chk Budi Santoso.")
    assert persons(r) == {"Askari", "Pahri Hamidi", "Budi Santoso"}
    assert ("Askari", "Aspidmil", "Kejati Sumatera Selatan") in offices(r)


# -- nominates: the parties of a counted backing detailed in the next sentence with seats -------


def test_parties_detailed_with_their_seats_after_a_counted_backing() -> None:
    r = run("Pasangan Jhonny Laing dan Rudi Muhrim diusung tiga parpol dengan total 5 kursi. "
            "Rincinya PDIP (3 kursi), Perindo (2 kursi) dan PPP (1 kursi).")
    assert {p for p, _ in facts(r, FactKind.NOMINATES)} == {
        "PDI Perjuangan", "Partai Perindo", "PPP"}


# -- events: a council's sitting period is part of its plenary's name ---------------------------


def test_a_sitting_period_and_its_year_are_part_of_the_plenarys_name() -> None:
    r = run("Rapat Paripurna Ke-3 Masa Persidangan II Tahun Sidang 2025 ini dipimpin oleh Ketua "
            "DPRD Kalteng, Arton S. Dohong.")
    assert labels_of(r, EntityType.EVENT) == {
        "Rapat Paripurna Ke-3 Masa Persidangan II Tahun Sidang 2025"}


def labels_of(r: Extraction, type_: EntityType) -> set[str]:
    return {e.label for e in r.entities if e.type is type_}


# -- offices: two offices joined, then two names joined --------------------------------------


def test_a_head_and_deputy_then_two_names_hold_one_office_each() -> None:
    r = run("Gubernur melantik Walikota dan Wakil Walikota Lhokseumawe, Sayuti Abubakar dan "
            "Husaini, di gedung DPRK.")
    assert offices(r) == {("Sayuti Abubakar", "Walikota", "Pemkot Lhokseumawe"),
                          ("Husaini", "Wakil Walikota", "Pemkot Lhokseumawe")}


def test_the_paired_names_stay_paired_before_the_next_office_and_its_holder() -> None:
    r = run("Hadir Ketua dan Wakil Ketua DPRD Bima, Sayuti Abubakar dan Husaini, Kapolres Bima "
            "AKBP Rudi Hartono.")
    assert offices(r) == {("Sayuti Abubakar", "Ketua", "DPRD Kota Bima"),
                          ("Husaini", "Wakil Ketua", "DPRD Kota Bima"),
                          ("Rudi Hartono", "Kapolres", "Polres Bima")}


def test_an_election_bodys_field_is_its_division() -> None:
    r = run("Komisioner KPU Kota Tangerang Bidang Sumber Daya Manusia (SDM), Yudhistira Prasasta "
            "menyampaikan hal itu.")
    assert offices(r) == {("Yudhistira Prasasta", "Komisioner Bidang Sumber Daya Manusia (SDM)",
                           "KPU Kota Tangerang")}


def test_names_as_chair_doubling_as_member_and_members() -> None:
    r = run("Sanksi peringatan diberikan kepada La Ode Natsir, Iwan Rompo Banne dan Al Munardin "
            "selaku Ketua merangkap Anggota dan Anggota KPU Provinsi Sulawesi Tenggara.")
    assert offices(r) == {
        ("La Ode Natsir", "Ketua", "KPU Provinsi Sulawesi Tenggara"),
        ("Iwan Rompo Banne", "Anggota", "KPU Provinsi Sulawesi Tenggara"),
        ("Al Munardin", "Anggota", "KPU Provinsi Sulawesi Tenggara"),
    }


def test_a_body_sanctioned_is_not_the_one_that_sanctions() -> None:
    """"sanksi kepada KPU X" names whom the sanction is for: the verdict quoted next is still
    DKPP's, the body the article named."""
    r = run("KPU Sultra mendapat sanksi dari DKPP. Sesi pertama, memutuskan sanksi kepada KPU "
            "Sultra. “Menjatuhkan sanksi berupa peringatan kepada Teradu I La Ode Natsir "
            "selaku Ketua KPU Provinsi Sulawesi Tenggara.”")
    assert facts(r, FactKind.SANCTIONS) == {("DKPP RI", "La Ode Natsir")}


def test_a_nickname_before_sapaan_is_the_person_named_after_it() -> None:
    r = run("Calon Bupati Bungo Jumiwan Aguza hadir. Kita pasti menang, ungkap Jon Zaki, sapaan "
            "Jumiwan Aguza, disambut massa.")
    assert persons(r) == {"Jumiwan Aguza"}


def test_a_universitys_acronym_written_as_a_last_name_is_a_name() -> None:
    r = run("Pasangan Paulus Soliwoa dan Gregorius Upi mendaftar diantar partai pengusung.")
    assert persons(r) == {"Paulus Soliwoa", "Gregorius Upi"}
    assert labels_of(r, EntityType.ORGANIZATION) == set()


def test_a_head_and_deputy_then_a_pair_joined_by_a_dash() -> None:
    r = run("Gubernur melantik Bupati dan Wakil Bupati Parigi Moutong, Erwin Burase–Abdul Sahid, "
            "serta Bupati dan Wakil Bupati Banggai, Amirudin Tamoreka–Furqanuddin Masulili.")
    assert {(p, t) for p, t, _ in offices(r)} >= {
        ("Erwin Burase", "Bupati"), ("Abdul Sahid", "Wakil Bupati"),
        ("Amirudin Tamoreka", "Bupati"), ("Furqanuddin Masulili", "Wakil Bupati")}
    assert ("Erwin Burase", "Wakil Bupati") not in {(p, t) for p, t, _ in offices(r)}


def test_offices_sought_by_a_pair_with_calon_mistyped_are_none_held() -> None:
    r = run("Pasangan bakal colon Gubernur dan Wakil Gubernur Jawa Tengah Andika Perkasa-Hendrar "
            "Prihadi mendaftar di KPU Jawa Tengah.")
    assert offices(r) == set()


# -- offices: a members' list whose first name is given the chair -----------------------------


def test_a_members_list_whose_first_is_the_chair_doubling_as_member() -> None:
    r = run("Putusan dibacakan oleh lima anggota DKPP yakni Harjono, selaku Ketua merangkap "
            "anggota, Teguh Prasetyo, Alfitra Salam, Ida Budhiati, dan Fritz Edward Siregar.")
    assert offices(r) == {
        ("Harjono", "Ketua", "DKPP RI"),
        ("Teguh Prasetyo", "anggota", "DKPP RI"),
        ("Alfitra Salam", "anggota", "DKPP RI"),
        ("Ida Budhiati", "anggota", "DKPP RI"),
        ("Fritz Edward Siregar", "anggota", "DKPP RI"),
    }


def test_a_members_list_whose_chair_ends_with_a_semicolon() -> None:
    r = run("Putusan dibacakan oleh enam anggota DKPP, yakni Muhammad selaku Ketua merangkap "
            "anggota; Teguh Prasetyo, Didik Supriyanto dan Ida Budhiati.")
    assert ("Muhammad", "Ketua", "DKPP RI") in offices(r)
    assert ("Muhammad", "anggota", "DKPP RI") not in offices(r)
    assert ("Didik Supriyanto", "anggota", "DKPP RI") in offices(r)


# -- names: an outlet's domain, a photo's credit after a slash ---------------------------------


def test_an_outlets_domain_is_no_name_nor_place() -> None:
    r = run("Dikutip dari Beritajateng.tv, video itu direkam di Blora. Menurut Jatengnews.id, "
            "Ketua KPU Blora Rudi Hartono hadir.")
    assert persons(r) == {"Rudi Hartono"}
    assert "Beritajateng" not in labels_of(r, EntityType.PLACE)


def test_a_photos_credit_after_a_slash_names_no_one() -> None:
    r = run("Panwaslih berfoto bersama usai apel siaga di Alun-Alun Kota Tapaktuan "
            "(foto/mediaaceh.co.id/Maslow Kluet). Ketua Panwaslih Rudi Hartono memimpin apel.")
    assert persons(r) == {"Rudi Hartono"}


def test_each_pairs_own_party_in_its_brackets_after_its_ballot_number() -> None:
    r = run("Keempat pasangan calon meliputi Azhari-Zulkarnen (nomor urut 1, diusung oleh "
            "PAN-PKS), Ismail-Azhar Mahmud (nomor urut 2, dari NasDem), dan Fathani-Zarkasyi "
            "(nomor urut 3, diusung oleh Partai Golkar dan PNA).")
    assert facts(r, FactKind.NOMINATES) == {
        ("PAN", "Azhari"), ("PAN", "Zulkarnen"), ("PKS", "Azhari"), ("PKS", "Zulkarnen"),
        ("Partai NasDem", "Ismail"), ("Partai NasDem", "Azhar Mahmud"),
        ("Partai Golkar", "Fathani"), ("Partai Golkar", "Zarkasyi"),
        ("Partai Nanggroe Aceh", "Fathani"), ("Partai Nanggroe Aceh", "Zarkasyi")}


# -- offices: inaugurated again; the chair's deputies two sentences on -------------------------


def test_inaugurated_again_as_chair_and_the_deputies_counted_two_sentences_on() -> None:
    r = run("Andrei Angouw dipastikan kembali dilantik sebagai Ketua DPRD Sulawesi Utara "
            "definitif. Pentolan PDI Perjuangan ini pun resmi menakhodai Gedung Cengkih.\n"
            "Pelantikan dilakukan bersama tiga wakil ketua lainnya yakni Victor Mailangkay dari "
            "Partai Nasdem, Billy Lombok dari Partai Demokrat dan James Kojongian dari Partai "
            "Golkar.")
    body = "DPRD Provinsi Sulawesi Utara"
    assert offices(r) == {("Andrei Angouw", "Ketua", body),
                          ("Victor Mailangkay", "wakil ketua", body),
                          ("Billy Lombok", "wakil ketua", body),
                          ("James Kojongian", "wakil ketua", body)}


def test_the_sanctioned_named_after_a_relative_clause_whose_sanction_has_no_kind() -> None:
    r = run("Sebanyak tiga anggota PPS mendapatkan sanksi dari DKPP. Mereka yang dijatuhi sanksi "
            "yakni, Ardiani Rajilun, Jusmin Dahlan, serta Nasir J. Koda. Sanksi itu bervariasi "
            "hingga sanksi berat.")
    assert facts(r, FactKind.SANCTIONS) == {
        ("DKPP RI", "Ardiani Rajilun"), ("DKPP RI", "Jusmin Dahlan"), ("DKPP RI", "Nasir J. Koda")}


def test_a_theme_in_quotes_names_no_one_up_to_its_closing_mark() -> None:
    r = run("Bawaslu Jawa Barat menggelar deklarasi damai dengan tema “Kampanye Berintegritas "
            "Anti-Money Politics, Politisasi SARA, Informasi Hoax dan Ujaran Kebencian”. Acara "
            "dihadiri Ketua Bawaslu Jabar Zacky Muhammad Zam Zam.")
    assert persons(r) == {"Zacky Muhammad Zam Zam"}


# -- attendance: who guides a meeting took part in it ------------------------------------------


def test_who_guides_the_meeting_attends_it() -> None:
    r = run("KPU Bantul menggelar rapat koordinasi dengan stakeholder. Kadiv Teknis "
            "Penyelenggaraan KPU Bantul, Mestri Widodo memandu proses rakor dengan menyampaikan "
            "pengantar.")
    assert ("Mestri Widodo", "rapat koordinasi") in facts(r, FactKind.ATTENDS)


# -- candidates: pairs listed after their party's backing stand as candidates -----------------


def test_pairs_listed_after_their_backing_are_candidates() -> None:
    r = run("PDIP menyerahkan surat rekomendasi kepada tiga pasangan calon kepala daerah di Jawa "
            "Timur. Mereka adalah Eri Cahyadi-Armuji (Kota Surabaya), Ony Anwar Harsono-Dwi "
            "Rianto Jatmiko (Ngawi), dan Munjidah Wahab-Sumrambah (Jombang).")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Eri Cahyadi", "Armuji", "Ony Anwar Harsono", "Dwi Rianto Jatmiko", "Munjidah Wahab",
        "Sumrambah"}


def test_the_infantrys_corps_written_out_after_a_rank() -> None:
    r = run("Hadir Pabung Kodim 1417 Kendari, Letkol Infantri Azwar Dinata dan Ketua Pengadilan "
            "Negeri Unaaha.")
    assert persons(r) == {"Azwar Dinata"}


def test_a_pair_as_numbered_candidates_past_its_nickname_clause() -> None:
    r = run("Santrani Abusama dan Bustamin Abdullatif dikenal dengan jargon Diahi sebagai bakal "
            "calon nomor urut satu. Erwin Umar dan Zulkifli Umar sebagai calon wali kota nomor "
            "urut tiga.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Santrani Abusama", "Bustamin Abdullatif", "Erwin Umar", "Zulkifli Umar"}
    assert persons(r) == {"Santrani Abusama", "Bustamin Abdullatif", "Erwin Umar",
                          "Zulkifli Umar"}


def test_a_name_written_with_and_without_its_apostrophe_is_one_person() -> None:
    r = run("Pasangan calon nomor urut 1, Helmi Hasan dan Mi’an, resmi ditetapkan. “Kami hadir "
            "sebagai LO Paslon nomor 1 Helmi-Mian,” kata Riswan.")
    assert persons(r) == {"Helmi Hasan", "Mi’an", "Riswan"}


def test_registering_with_the_backing_parties_is_their_backing() -> None:
    """'mendaftar ke Partai X' applies for a party's backing; 'mendaftar dengan partai
    pengusung P' registers at the KPU with the parties that back the pair."""
    r = run("Pasangan Eri Ariyani Abubakar dan Ichtiar mendaftar dengan partai pengusung PBB (2 "
            "kursi), PKB (4 kursi) dan PKS (2 kursi). Rudi Hartono mendaftar ke Partai Golkar.")
    assert {p for p, _ in facts(r, FactKind.NOMINATES)} == {"PBB", "PKB", "PKS"}
    assert "Rudi Hartono" not in {c for _, c in facts(r, FactKind.NOMINATES)}


def test_a_pairs_nickname_after_berpasangan_dengan() -> None:
    r = run("Ketiga pasangan calon yakni, Eri Ariyani Abubakar berpasangan dengan Ichtiar "
            "(ERI-HI), serta Kader Jaelani berpasangan dengan Syahrul Parsan (AKJ-Syam). Pasangan "
            "ERI-HI diusung PBB dan PKS. Pasangan AKJ-Syam diusung Gerindra.")
    assert facts(r, FactKind.NOMINATES) == {
        ("PBB", "Eri Ariyani Abubakar"), ("PBB", "Ichtiar"), ("PKS", "Eri Ariyani Abubakar"),
        ("PKS", "Ichtiar"), ("Partai Gerindra", "Kader Jaelani"),
        ("Partai Gerindra", "Syahrul Parsan")}
