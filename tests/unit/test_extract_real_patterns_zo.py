"""Patterns of real news (fifty-seventh session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run
from test_extract_real_patterns_b import persons

from electgraph.model import FactKind

# -- attendance ---------------------------------------------------------------------------------


def test_pairs_listed_with_the_hour_each_came_registered() -> None:
    r = run("Tiga pasangan bakal calon Bupati mendaftarkan diri di Komisi Pemilihan Umum (KPU) "
            "Kabupaten Siak di Siak, Rabu. Pertama adalah pasangan Budi Santoso dan Rudi "
            "Hartono yang diusung Partai Golkar pada pukul 10.00 WIB, kedua pasangan Agus "
            "Salim dan Dedi Kurnia yang diusung PKB pada pukul 13.30 WIB.")
    assert {p for p, _ in facts(r, FactKind.ATTENDS)} >= {
        "Budi Santoso", "Rudi Hartono", "Agus Salim", "Dedi Kurnia"}


def test_pairs_named_only_in_passing_in_a_registration_report_did_not_attend_it() -> None:
    r = run("Pasangan Budi Santoso dan Rudi Hartono mendaftar ke KPU Kabupaten Siak, Rabu. "
            "Budi Santoso tiba bersama pendukungnya. KPU Siak menunggu pendaftar ketiga setelah "
            "pasangan Agus Salim dan Dedi Kurnia serta Yanto Mulyadi dan Heri Saputra.")
    attending = {p for p, _ in facts(r, FactKind.ATTENDS)}
    assert {"Budi Santoso", "Rudi Hartono"} <= attending
    assert not attending & {"Agus Salim", "Dedi Kurnia", "Yanto Mulyadi", "Heri Saputra"}


def test_a_prospective_candidate_registering_is_no_registration_to_come() -> None:
    r = run("Pasangan bakal calon Bupati mendaftarkan diri di Komisi Pemilihan Umum (KPU) "
            "Kabupaten Siak di Siak, Rabu.")
    assert facts(r, FactKind.HOSTS) == {("KPU Kabupaten Siak", "pendaftaran")}


def test_a_count_of_who_registered_with_a_party_is_no_registration_event() -> None:
    r = run("Ia menambahkan, total bakal calon yang mendaftar ke PKB menjadi tujuh orang, "
            "diantaranya Budi Santoso.")
    assert facts(r, FactKind.HOSTS) == set() and facts(r, FactKind.ATTENDS) == set()


# -- offices and names --------------------------------------------------------------------------


def test_a_schools_heads_hold_office_in_the_school() -> None:
    r = run("Sosialisasi dibuka oleh Wakasek Humas SMA Negeri 1 Kambera, Margaretha Djanggatara, "
            "S.Pd.,Gr., dan dipandu Kasubag Parmas KPU Kabupaten Sumba Timur. Kepala Sekolah SMA "
            "Negeri 2 Waingapu, Yohanes Rihi, menghadiri kegiatan itu.")
    assert persons(r) == {"Margaretha Djanggatara", "Yohanes Rihi"}
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Margaretha Djanggatara", "SMA Negeri 1 Kambera"),
        ("Yohanes Rihi", "SMA Negeri 2 Waingapu")}


def test_an_island_where_a_province_was_cut_short_is_no_person() -> None:
    r = run("Surat Keputusan Gubernur Sulawesi dibacakan oleh Kepala Bagian Fasilitasi "
            "Sekretariat DPRD Kota Tomohon, Amelia Tangkawarouw. Debat Pilgub Kalimantan Barat "
            "digelar KPU Provinsi Kalimantan Barat.")
    assert persons(r) == {"Amelia Tangkawarouw"}


def test_a_division_named_after_its_work_is_no_event() -> None:
    r = run("KPU Kabupaten Tolitoli menggelar serah terima jabatan, Rabu. Kegiatan tersebut "
            "dihadiri komisioner baru, Junaidi sebagai Ketua dan Warman Maulana sebagai divisi "
            "Sosialisasi.")
    assert {e for _, e in facts(r, FactKind.ATTENDS)} == {"serah terima jabatan"}


# -- candidates ---------------------------------------------------------------------------------


def test_names_before_the_office_they_stand_for_are_candidates() -> None:
    r = run("DPP Partai Golkar menetapkan bakal calon kepala daerah. Beberapa di antaranya adalah "
            "Taufan Pawe, Ilham Arief Sirajuddin, dan Indah Indriani Putri yang menjadi bakal "
            "calon Gubernur Sulsel. Selain itu, Syahruddin M Adam dan Suardi Haseng masuk sebagai "
            "bakal calon Bupati Soppeng. Andi Kaswadi Razak maju sebagai calon Bupati Soppeng.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {
        "Taufan Pawe", "Ilham Arief Sirajuddin", "Indah Indriani Putri", "Syahruddin M Adam",
        "Suardi Haseng", "Andi Kaswadi Razak"}
    assert {f.quals["role"] for f in r.by_kind(FactKind.CANDIDATES)} == {
        "calon gubernur", "calon bupati"}


def test_a_one_word_name_standing_may_be_a_pairs_nickname() -> None:
    r = run("Rekomendasi turun kepada Witiarso Utomo — Muhammad Ibnu Hajar (Wiwit-Hajar). PDIP "
            "memang sejak awal mendorong Wiwit menjadi calon bupati Jepara.")
    assert "Wiwit" not in {p for p, _ in facts(r, FactKind.CANDIDATES)}


def test_a_pair_standing_for_an_office_and_its_deputy_stays_a_pair() -> None:
    r = run("Andi Razak dan Budi Santoso maju sebagai calon Bupati dan Wakil Bupati Barru.")
    mates = {f.quals.get("running_mate") for f in r.by_kind(FactKind.CANDIDATES)}
    assert mates == {"person:andi razak", "person:budi santoso"}


def test_pairs_listed_by_ballot_number_after_a_lead_that_ends_with_a_semicolon() -> None:
    r = run("Debat kedua diikuti tiga pasangan calon Bupati dan calon wakil Bupati Mamasa dengan "
            "nomor urut;\n1.Robinson Paul Tarru dan David Bambalayuk.\n2.Ruslan Daniel Pandayai "
            "dan Hj Andi Faridha Fachri.")
    numbers = {f.subject: f.quals.get("number") for f in r.by_kind(FactKind.CANDIDATES)}
    assert numbers == {"person:robinson paul tarru": "1", "person:david bambalayuk": "1",
                       "person:ruslan daniel pandayai": "2", "person:andi faridha fachri": "2"}


def test_a_pair_introduced_by_its_nickname_with_its_members_in_brackets() -> None:
    r = run("Terlihat keempat paslon, nomor urut 1 Berazam (Asmar-Muzamil), nomor urut 3 Berlian "
            "(Basiran-Yulian Norwis) hadir di debat.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} >= {
        "Asmar", "Muzamil", "Basiran", "Yulian Norwis"}


# -- inaugurations ------------------------------------------------------------------------------


def test_pairs_sworn_in_each_hold_their_own_regencys_offices_and_attend() -> None:
    r = run("Gubernur NTT Viktor Laiskodat melantik tiga pasangan Bupati dan Wakil Bupati di "
            "Kupang, Jumat. Ketiga pasangan yang dilantik adalah dr. Taolin Agustinus, Sp.PD "
            "dan Drs. Aloysius Haliseren, MM sebagai Bupati dan Wakil Bupati Belu, Dr. Simon "
            "Nahak, SH, MH dan Louise Lucky Taolin sebagai Bupati dan Wakil Bupati Malaka.")
    assert facts(r, FactKind.HOLDS_ROLE) >= {
        ("Taolin Agustinus", "Pemkab Belu"), ("Aloysius Haliseren", "Pemkab Belu"),
        ("Simon Nahak", "Pemkab Malaka"), ("Louise Lucky Taolin", "Pemkab Malaka")}
    assert ("Aloysius Haliseren", "Pemkab Malaka") not in facts(r, FactKind.HOLDS_ROLE)
    assert ("Simon Nahak", "Pemkab Belu") not in facts(r, FactKind.HOLDS_ROLE)
    assert {p for p, _ in facts(r, FactKind.ATTENDS)} >= {
        "Taolin Agustinus", "Aloysius Haliseren", "Simon Nahak", "Louise Lucky Taolin"}


def test_a_spa_is_no_physicians_degree() -> None:
    r = run("Debat digelar di Banyualit Spa & Resort, Lovina, Senin.")
    assert persons(r) == set()


def test_a_word_with_its_suffix_set_off_is_no_name() -> None:
    r = run("KPU Pelalawan memberhentikan ketua PPK-nya, Budi Santoso. Sekretaris-nya hadir.")
    assert persons(r) == {"Budi Santoso"}
