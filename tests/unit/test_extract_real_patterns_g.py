"""Patterns met in real articles (thirteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.extract import extract
from electgraph.extract.render import to_facts
from electgraph.ingest.text import parse_text
from electgraph.model import Extraction, FactKind


def persons_of(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.key.startswith("person:")}


def parties(r: Extraction) -> set[str]:
    """The keys of the parties that back someone: labels are as written, keys canonical."""
    return {f.subject for f in r.by_kind(FactKind.NOMINATES)}

# -- parties a list names in the press's own ways -------------------------------------------------


def test_parties_named_by_a_common_word_count_inside_a_list_of_parties() -> None:
    r = run("Pasangan Budi Santoso-Rina Marlina diusung Partai Hanura, PKB, PDI P, Buruh dan "
            "Ummat.")
    assert parties(r) == {"org:party:hanura", "org:party:pkb", "org:party:pdip",
                          "org:party:buruh", "org:party:ummat"}


def test_a_common_word_that_is_also_a_party_is_no_party_outside_a_list() -> None:
    r = run("Pasangan Budi Santoso-Rina Marlina diusung PKB. Buruh pabrik ikut menyambut "
            "keduanya di Kantor KPU.")
    assert parties(r) == {"org:party:pkb"}


def test_the_press_usual_misspellings_of_parties_are_read() -> None:
    r = run("Pasangan Andri Saputra-Martina Wati diusung PAN, Gerinda dan PDI-Perjuangan.")
    assert parties(r) == {"org:party:pan", "org:party:gerindra", "org:party:pdip"}


def test_the_facts_format_gives_a_party_as_the_article_first_writes_it() -> None:
    r = run("Pasangan Andri Saputra-Martina Wati diusung Partai Hati Nurani Rakyat dan DEMOKRAT. "
            "Partai Hanura menyerahkan surat dukungan kemarin.")
    assert {x["party"] for x in to_facts(r)["nominates"]} == {
        "Partai Hati Nurani Rakyat", "Demokrat"}
    # the graph keeps one canonical label per party, the article's forms as aliases
    assert {p for p, _ in facts(r, FactKind.NOMINATES)} == {"Partai Hanura", "Partai Demokrat"}
    hanura = next(e for e in r.entities if e.key == "org:party:hanura")
    assert "Partai Hati Nurani Rakyat" in hanura.aliases


# -- who is no nominee -----------------------------------------------------------------------------


def test_a_party_officer_named_with_the_region_of_the_office_is_no_nominee() -> None:
    r = run("Sekretaris Partai Golkar Provinsi Gorontalo, Paris Halim, mengumumkan enam pasangan "
            "calon yang akan diusung oleh partainya.")
    assert "Paris Halim" not in {p for _, p in facts(r, FactKind.NOMINATES)}


def test_who_hands_over_the_letter_for_the_party_is_no_nominee() -> None:
    r = run("Dokumen B1-KWK diserahkan DPP PDIP melalui Kabid Pariwisata yang juga Koordinator "
            "Pilkada di Kalimantan Selatan, Wiryanti Sukamdani, di Jakarta.")
    assert facts(r, FactKind.NOMINATES) == set()


def test_a_pair_said_to_come_from_parties_is_theirs() -> None:
    r = run("Pasangan calon bupati dan wakil bupati dari Partai Golkar dan Partai Demokrat, "
            "Jabes Gaghana dan Patras Madonsa, memulai kampanye dialogis di Tahuna.")
    assert facts(r, FactKind.NOMINATES) == {
        ("Partai Golkar", "Jabes Gaghana"), ("Partai Golkar", "Patras Madonsa"),
        ("Partai Demokrat", "Jabes Gaghana"), ("Partai Demokrat", "Patras Madonsa")}


def test_a_party_member_is_not_nominated_by_being_from_the_party() -> None:
    r = run("Kader dari Partai Golkar, Budi Santoso, hadir dalam rapat itu.")
    assert facts(r, FactKind.NOMINATES) == set()


def test_the_name_a_candidate_is_known_by_is_no_third_nominee() -> None:
    r = run("KPU Jabar menerima pasangan bakal calon dari PKB yaitu Acep Ruhiat-Gitalis "
            "Natalia atau Gita KDI.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Acep Ruhiat", "Gitalis Natalia"}


def test_a_pair_written_with_each_office_is_split_at_the_second_office() -> None:
    r = run("Nomor urut 2, pasangan calon bupati Herry Naap-calon wakil bupati Kerry Yarangga "
            "diusung PSI dan Hanura.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Herry Naap", "Kerry Yarangga"}


# -- one office, one fact ------------------------------------------------------------------------


def test_a_regional_secretary_works_for_the_regions_government() -> None:
    r = run("Sekda Agam Edi Busti membuka rapat itu. Sekda Provinsi Maluku Sadli Rahman ikut "
            "hadir.")
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Edi Busti", "Pemkab Agam"), ("Sadli Rahman", "Pemprov Maluku")}


def test_an_office_written_in_full_and_short_is_one_fact_with_its_body() -> None:
    r = run("Kegiatan dihadiri Sekretaris Daerah Edi Busti dan Ketua Bawaslu Agam Suhendra. "
            "Sambutan disampaikan Sekda Agam Edi Busti.")
    assert {(p, o) for p, o in facts(r, FactKind.HOLDS_ROLE) if p == "Edi Busti"} == {
        ("Edi Busti", "Pemkab Agam")}


def test_an_acting_office_written_two_ways_is_one_fact() -> None:
    r = run("Penjabat (Pj) Sekretaris Daerah (Sekda) Kalbar, Mohammad Bari, menghadiri rapat "
            "paripurna. Pj. Sekda Kalbar, Mohammad Bari, menyatakan dukungannya.")
    assert len([f for f in r.by_kind(FactKind.HOLDS_ROLE)]) == 1


def test_two_offices_of_one_person_in_two_bodies_stay_two() -> None:
    r = run("Ketua KPU Agam Budi Santoso hadir. Budi Santoso, Ketua PGRI Agam, juga berbicara.")
    assert len([f for f in r.by_kind(FactKind.HOLDS_ROLE)]) == 2


def test_the_members_an_office_is_made_up_of_hold_it() -> None:
    r = run("DKPP menjatuhkan sanksi kepada Ketua KPU Kabupaten Bengkulu Tengah Meiky Helman. "
            "Sementara 4 komisioner KPU lainnya selaku Teradu 2, 3, 4 dan 5 yang terdiri dari, "
            "Nora Agustin, Sukardi, Riyanto, Alexander diganjar sanksi peringatan.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert {p for p, o in held if o == "KPU Kabupaten Bengkulu Tengah"} == {
        "Meiky Helman", "Nora Agustin", "Sukardi", "Riyanto", "Alexander"}


# -- events and quotes ---------------------------------------------------------------------------


def test_whom_a_handover_is_for_is_not_part_of_the_events_name() -> None:
    r = run("DPD Partai Golkar Sultra menggelar penyerahan surat rekomendasi kepada pasangan "
            "Budi Santoso-Rina Marlina di Kendari, Senin (26/8/2024).")
    assert {e.label for e in r.entities if e.key.startswith("event:")} == {
        "penyerahan surat rekomendasi"}
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Budi Santoso", "Rina Marlina"}


def test_a_quote_opening_its_paragraph_is_said_by_who_spoke_in_the_one_before() -> None:
    r = extract(parse_text(
        "Judul Berita Pilkada\n"
        "Ketua Bawaslu NTB Itratif mengaku telah menerima laporan tentang ASN yang ikut "
        "mendukung Budi Santoso.\n\n"
        "“Kami sedang pelajari dan perdalam laporan itu,” pungkasnya.\n"))
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Itratif"}


def test_the_elections_own_units_and_words_capitalised_alone_are_no_persons() -> None:
    r = run("Apel siaga digelar Bawaslu Kabupaten Badung, Senin (4/11). Personel Linmas "
            "dikerahkan ke TPS. Ketua KPU Badung Budi Santoso bersama Asda Kota Tangerang hadir. "
            "Massa Pendukung memadati lokasi. Pemkab Kukar diwakili Asisten I bidang "
            "Pemerintahan dan Kesra Akhmad Taufik.")
    assert persons_of(r) == {"Budi Santoso", "Akhmad Taufik"}


def test_words_that_are_no_names_still_run_on_in_an_events_name() -> None:
    r = run("Penutupan pendaftaran dilakukan melalui rapat bersama Pimpinan KPU dan Bawaslu di "
            "Kantor KPU Sultra, Kamis (29/8/2024).")
    assert "rapat bersama Pimpinan" in {e.label for e in r.entities if e.key.startswith("event:")}


def test_an_engineering_masters_after_a_name_is_a_degree() -> None:
    r = run("Ketua KPU Maluku Tengah DR Muhamat Marasabessy, ST, SP, M.Tech membuka pelantikan "
            "PPK.")
    assert persons_of(r) == {"Muhamat Marasabessy"}
