"""Patterns of real news (fifty-eighth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run
from test_extract_real_patterns_b import persons

from electgraph.model import EntityType, FactKind

# -- candidates ---------------------------------------------------------------------------------


def test_a_candidate_introduced_by_his_office_before_he_speaks_is_a_candidate() -> None:
    r = run("KPU Kabupaten Karimun menggelar debat publik Pilkada Karimun 2020, Sabtu. Sementara "
            "itu, Calon Bupati Karimun Nomor Urut 2, Budi Santoso, mengatakan siap. Calon Bupati "
            "Karimun, Rudi Hartono, mengatakan debat berjalan baik.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {"Budi Santoso", "Rudi Hartono"}


def test_a_pair_s_word_as_the_object_of_a_verb_does_not_make_the_speaker_a_candidate() -> None:
    r = run("Selain mengundang pasangan terpilih, Budi Santoso, juga menyebutkan bakal mengundang "
            "pasangan yang kalah.")
    assert not facts(r, FactKind.CANDIDATES)


# -- events -------------------------------------------------------------------------------------


def test_an_event_name_cut_at_its_length_keeps_its_year() -> None:
    r = run("Momen itu terjadi dalam Debat Publik Pasangan Calon Bupati dan Wakil Bupati Minut "
            "tahun 2020 yang digelar oleh KPU Minut, Kamis (12/11/2020).")
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert events == {"Debat Publik Pasangan Calon Bupati dan Wakil Bupati Minut tahun 2020"}


# -- names --------------------------------------------------------------------------------------


def test_a_diploma_the_late_and_a_corps_written_out_are_no_names() -> None:
    r = run("Rapat Paripurna DPRD Kabupaten Rote Ndao dipimpin Ketua DPRD Alfred Saudila,A.Md. "
            "Kursi itu ditinggalkan Alm. Anwar Kiah. Apel dihadiri Kasdim 0710/Pekalongan, Mayor "
            "Kavaleri Akhmad Thohir.")
    assert persons(r) == {"Alfred Saudila", "Akhmad Thohir"}


def test_the_topics_of_a_talk_are_no_guests() -> None:
    r = run("Bawaslu Kabupaten Tapsel menggelar sosialisasi pengawasan. Komisioner Bawaslu Tapsel "
            "Julianto memaparkan pencegahan kampanye SARA, Hoax, Money Politic dan netralitas ASN.")
    assert persons(r) == {"Julianto"}


# -- bodies -------------------------------------------------------------------------------------


def test_a_body_at_the_province_s_level_with_no_region_before_a_name() -> None:
    """"Anggota Bawaslu Propinsi NAME" in a report on a regency's Bawaslu: the level word
    starts no name, and the body is the province's of the regency the report names."""
    r = run("Bawaslu Kabupaten Minahasa menggelar apel siaga bersama KPU Kabupaten Minahasa, "
            "Senin. Hadir Anggota Bawaslu Propinsi Erwin Sumampow dan Ketua KPU Provinsi, Indra "
            "Khalid.")
    assert facts(r, FactKind.HOLDS_ROLE) >= {
        ("Erwin Sumampow", "Bawaslu Provinsi Sulawesi Utara"),
        ("Indra Khalid", "KPU Provinsi Sulawesi Utara")}


def test_a_sanction_written_in_capitals_is_no_person() -> None:
    r = run("Komisi Pemilihan Umum Kabupaten Sinjai menjatuhkan Sanksi berupa Teguran Tertulis "
            "kepada yang bersangkutan.")
    assert not persons(r)


def test_misspelt_province_and_office_and_a_watchdog_s_brand_are_no_names() -> None:
    """Found false by the focus judges of the fifty-eighth session."""
    r = run("Rapat pleno dihadiri Kapolres Sekadau, Damdin dan Kepala BPJS Watch Jatim Arif "
            "Supriyono. DKPP menjatuhkan sanksi peringatan bagi empat komisioner Bawaslu "
            "Kabupaten Indramayu, Propoinsi Jawa Barat.")
    assert persons(r) == {"Arif Supriyono"}
