"""Patterns met in real articles (fifteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.extract.render import to_facts
from electgraph.model import FactKind

# -- the event the headline names -----------------------------------------------------------------


def test_the_lead_reports_the_event_the_headline_names_before_the_text_names_it() -> None:
    r = run(
        "KPU Provinsi Jambi mengajak kedua pasangan calon berkampanye dengan santun, Senin "
        "(23/9/2024). Pasangan Andi-Budi hadir bersama tiga partai politik pengusung, yakni "
        "Golkar, PKB dan PAN. Setelah itu Deklarasi Kampanye Damai Pilgub Jambi 2024 ditutup "
        "dengan doa.",
        title="KPU Jambi Gelar Deklarasi Kampanye Damai",
    )
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"Partai Golkar", "PKB", "PAN"} <= attended


def test_a_lead_before_an_event_the_headline_does_not_name_stays_without_one() -> None:
    r = run(
        "Pasangan Andi-Budi hadir bersama tiga partai politik pengusung, yakni Golkar, PKB dan "
        "PAN. Sebelumnya KPU Provinsi Jambi menggelar Deklarasi Kampanye Damai Pilgub Jambi "
        "2024 di Lapangan Merdeka.",
        title="Andi-Budi Siap Menang",
    )
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert not {"Partai Golkar", "PKB", "PAN"} & attended


# -- parties named by a common word ---------------------------------------------------------------


def test_garuda_after_a_given_name_is_a_surname_not_the_party() -> None:
    r = run("Warga mendukung calon bupati Deny Garuda - Qubais Baba di Pilkada 2024.")
    assert "Deny Garuda" in {e.label for e in r.entities if e.key.startswith("person:")}
    assert not [e for e in r.entities if e.key == "org:party:garuda"]


def test_a_party_named_by_a_common_word_ends_a_list_after_a_comma_and_dan() -> None:
    r = run("Pasangan Rudi Hartono-Sari Dewi diusung oleh Gerindra, PKN, Gelora, dan Garuda. "
            "Pasangan Andi Wijaya-Budi Santoso diusung PAN, PKB, serta Ummat.")
    backers = {p for p, _ in facts(r, FactKind.NOMINATES)}
    assert {"Partai Garuda", "Partai Ummat"} <= backers


# -- members of a body listed after it ------------------------------------------------------------


def test_members_listed_after_a_clause_that_opens_the_list() -> None:
    r = run("DKPP juga menjatuhkan peringatan keras kepada anggota KPU Riau yang juga menjadi "
            "teradu dalam perkara ini, yakni Eko Prasetyo, Fajar Nugroho dan Gita Amalia.")
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Eko Prasetyo", "KPU Provinsi Riau"), ("Fajar Nugroho", "KPU Provinsi Riau"),
        ("Gita Amalia", "KPU Provinsi Riau")}


def test_each_of_a_list_holds_the_office_after_masing_masing_without_selaku() -> None:
    r = run("Sanksi dijatuhkan kepada Teradu III Hadi Susilo, Teradu IV Indra Kurniawan dan "
            "Teradu V Joko Santoso masing-masing anggota Bawaslu Kota Medan.")
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Hadi Susilo", "Bawaslu Kota Medan"), ("Indra Kurniawan", "Bawaslu Kota Medan"),
        ("Joko Santoso", "Bawaslu Kota Medan")}


# -- headlines in capitals ------------------------------------------------------------------------


def test_a_headline_verb_in_kan_is_no_word_of_a_name() -> None:
    r = run("Kapolda Ajak Masyarakat Kaltim Ciptakan Harmonisasi\nKapolda Kaltim mengajak warga "
            "menjaga kedamaian.", title="Deklarasi Damai Pilkada 2024")
    assert not any("Ciptakan" in e.label for e in r.entities)


def test_a_name_ending_in_kan_that_is_no_word_stays_a_name() -> None:
    r = run("Ketua KPU Kota Medan, Mulkan Siregar, membuka rapat pleno.")
    assert ("Mulkan Siregar", "KPU Kota Medan") in facts(r, FactKind.HOLDS_ROLE)


# -- bodies named by their acronym alone ----------------------------------------------------------


def test_the_watchdogs_partners_named_by_their_acronym_are_organisations() -> None:
    r = run("Bawaslu Kota Medan menggelar rapat koordinasi netralitas ASN. Rapat itu dihadiri "
            "KASN, Gakkumdu, FKUB dan Brimob.")
    orgs = {e.label for e in r.entities if e.key.startswith("org:")}
    assert {"KASN", "Gakkumdu", "FKUB", "Brimob"} <= orgs
    assert not [e for e in r.entities if e.key.startswith(("person:", "place:"))
                and e.label in ("KASN", "Gakkumdu", "FKUB", "Brimob")]


# -- a body's premises ----------------------------------------------------------------------------


def test_a_venue_head_before_a_body_is_no_place_of_its_own() -> None:
    r = run("Rapat pleno digelar di Aula KPU Provinsi Kalsel, Banjarmasin. Logistik "
            "diberangkatkan dari Gudang KPU Kabupaten Kediri. Deklarasi digelar di halaman "
            "Kantor KPU Jateng.")
    places = {e.label for e in r.entities if e.key.startswith("place:")}
    assert {"Aula KPU Provinsi Kalsel", "Gudang KPU Kabupaten Kediri"} <= places
    assert not places & {"Aula", "Gudang", "halaman Kantor", "Kantor"}


# -- lists of pairs -------------------------------------------------------------------------------


def test_numbered_pairs_after_a_lead_of_candidates_each_with_a_further_line() -> None:
    r = run("KPU Kabupaten Kolaka Utara menetapkan tiga pasangan calon pada Pilkada 2024.\n"
            "Berikut nama calon Bupati dan Wakil Bupati yang telah ditetapkan diantaranya\n"
            "1. Sumarling Tahir dan Timber Lamuse\ndengan partai pengusung Partai Golkar.\n"
            "2. Nur Rahman Umar dan Jumarding Saleh\ndengan partai pengusung Partai NasDem.")
    stood = {p for p, _ in facts(r, FactKind.CANDIDATES)}
    assert stood == {"Sumarling Tahir", "Timber Lamuse", "Nur Rahman Umar", "Jumarding Saleh"}


def test_numbered_pairs_after_a_lead_of_other_officers_are_no_candidates() -> None:
    r = run("Berikut nama calon anggota PPS yang dilantik diantaranya\n"
            "1. Sumarling Tahir dan Timber Lamuse\ndari Desa Lapai.\n"
            "2. Nur Rahman Umar dan Jumarding Saleh\ndari Desa Pitulua.")
    assert facts(r, FactKind.CANDIDATES) == set()


# -- words before a name --------------------------------------------------------------------------


def test_haji_written_in_full_is_an_honorific_and_hakim_is_part_of_the_office() -> None:
    r = run("Putusan dibacakan Ketua Majelis Hakim Heddy Lugito dalam sidang DKPP. Hadir pula "
            "Haji Jumaidy Saleh.")
    assert {"Heddy Lugito", "Jumaidy Saleh"} <= {
        e.label for e in r.entities if e.key.startswith("person:")}
    roles = {f.quals.get("role") for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert roles == {"Ketua Majelis Hakim"}


def test_a_party_after_partai_in_lower_case_is_named_without_it() -> None:
    r = run("Pasangan Lukman Hakim - Ode Ida diusung PDIP, PKB dan partai pendukung partai Garuda. "
            "Pasangan Rudi Hartono dan Sari Dewi diusung partai Demokrat.")
    backers = {p for p, _ in facts(r, FactKind.NOMINATES)}
    assert {"Partai Garuda", "Partai Demokrat"} <= backers
    written = to_facts(r)["entities"]["Organization"]
    assert {"Garuda", "Demokrat"} <= set(written)
    assert not any(label.startswith("partai ") for label in written)
