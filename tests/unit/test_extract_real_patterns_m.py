"""Patterns met in real articles (nineteenth and twentieth sessions), each on sentences written
for it. The helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import nominations, persons, roles
from test_extract_real_patterns import facts, run

from electgraph.model import EntityType, Extraction, FactKind

# -- a pair's tagline stands for the pair ------------------------------------------------------


def test_a_pairs_tagline_written_again_in_another_case_names_both_members() -> None:
    r = run(
        "Pasangan kedua, Rudi Hartono Lamba dan Yusuf Mansyur, maju dengan tagline “Rukunmi”. "
        "Paslon RukunMi diusung oleh tiga partai yakni Golkar, PDIP dan Hanura."
    )
    assert nominations(r) == {
        (party, person)
        for party in ("Partai Golkar", "PDI Perjuangan", "Partai Hanura")
        for person in ("person:rudi hartono lamba", "person:yusuf mansyur")
    }
    assert persons(r) == {"Rudi Hartono Lamba", "Yusuf Mansyur"}


def test_a_party_that_has_not_yet_backed_a_pair_backs_nobody() -> None:
    r = run(
        "Pasangan Ahmad Fauzan dan Sri Wulandari maju dengan jargon “Berkah”. Mereka mendapat "
        "dukungan dari Demokrat, PAN dan Gerindra. Tinggal Partai Buruh (PB) yang belum "
        "memberikan dukungan kepada pasangan Berkah."
    )
    assert {p for p, _ in nominations(r)} == {"Partai Demokrat", "PAN", "Partai Gerindra"}


# -- a street named after a person -----------------------------------------------------------------


def test_a_street_written_in_lower_case_names_no_person_and_no_nominee() -> None:
    r = run(
        "Pasangan Rahmat Hidayat – Sinta Br Ginting mendaftar ke KPU Langkat di jalan Tengku "
        "putra Abdul Azis, yang diusung tiga partai, Golkar, PAN dan Gerindra."
    )
    assert persons(r) == {"Rahmat Hidayat", "Sinta Br Ginting"}
    assert {person for _, person in nominations(r)} == {
        "person:rahmat hidayat", "person:sinta br ginting"}


# -- a function at one event: panelists and moderators -------------------------------------------


def test_panelists_and_moderators_named_in_lower_case_hold_their_function() -> None:
    r = run(
        "KPU Kabupaten Tolitoli menggelar debat publik kedua. Dalam debat itu, KPU menghadirkan "
        "tiga panelis yaitu Markus Tabuni, Yosua Wenda, dan Lukas Kogoya. Debat dipandu "
        "moderator Rina Pakpahan."
    )
    assert roles(r) >= {
        ("Markus Tabuni", "panelis", None), ("Yosua Wenda", "panelis", None),
        ("Lukas Kogoya", "panelis", None), ("Rina Pakpahan", "moderator", None),
    }


def test_a_panelist_with_an_office_in_a_body_holds_only_the_office() -> None:
    r = run(
        "Debat itu menghadirkan dua panelis yakni Prof. Hendra Wijaya, guru besar Universitas "
        "Mataram, dan Dr. Sinta Dewi, dosen Universitas Tadulako."
    )
    held = {(p, role.lower()) for p, role, _ in roles(r)}
    assert ("Hendra Wijaya", "guru besar") in held
    assert ("Hendra Wijaya", "panelis") not in held


# -- a handover of a party's backing, told by its verb ---------------------------------------------


def events(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.type is EntityType.EVENT}


def test_handing_over_a_partys_backing_is_the_handover_event_though_no_noun_names_it() -> None:
    r = run(
        "Dokumen B1-KWK diserahkan DPP Partai Hanura melalui Ketua Bappilu, Ratna Sari, di "
        "Jakarta, Jumat (16/8). Pasangan yang menerima dokumen adalah Budi Santoso dan Joko "
        "Widodo. Dalam kesempatan lain, Ratna menjelaskan penyerahan formulir B1-KWK sudah "
        "sesuai aturan partai."
    )
    attended = facts(r, FactKind.ATTENDS)
    assert events(r) == {"penyerahan formulir B1-KWK"}
    assert {("Ratna Sari", "penyerahan formulir B1-KWK"),
            ("Budi Santoso", "penyerahan formulir B1-KWK")} <= attended


def test_a_recommendation_that_is_no_partys_backing_is_no_handover() -> None:
    r = run(
        "Bawaslu Kabupaten Buton Tengah menyerahkan rekomendasi pemungutan suara ulang kepada "
        "KPU. Rekomendasi tersebut diterima pada 22 Februari 2024."
    )
    assert not any("rekomendasi" in e.lower() for e in events(r))


# -- a person's nickname -------------------------------------------------------------------------


def test_the_name_a_person_is_called_by_is_that_person() -> None:
    r = run(
        "Rekomendasi diserahkan Ketua DPD Partai Golkar Sumut, Musa Rajekshah, di Kantor DPD. "
        "“Kita ingin menang,” ujar Musa Rajekshah, yang akrab disapa Ijeck. “Ini gelombang "
        "pertama,” tambah Ijeck."
    )
    assert persons(r) == {"Musa Rajekshah"}
    assert {speaker for speaker, _ in facts(r, FactKind.QUOTES)} == {"Musa Rajekshah"}


# -- a related article's headline inside the text -----------------------------------------------


def test_a_headline_among_the_text_makes_no_person_of_its_capitalised_words() -> None:
    r = run(
        "Ketua DKPP Heddy Lugito membacakan putusan di Jakarta, Senin (3/6/2024).\n"
        "Pegiat Wisata Undang Dialog Paslon, Begini Komitmen Ilyas Terkait Pariwisata Daerah\n"
        "Putusan itu dibacakan dalam sidang terbuka."
    )
    assert persons(r) == {"Heddy Lugito"}


def test_a_list_of_pairs_in_capitals_is_no_headline() -> None:
    r = run(
        "KPU Kabupaten Merauke menetapkan empat pasangan calon.\n"
        "Masing-masing pasangan Kristian Gebze - Kusmanto, Yosep Bladib Gebze - Fauzun Nihayah, "
        "Guntur Ohoiwutun - Prayogo, dan Hendrikus Mahuse - Riduwan Saleh."
    )
    assert {"Kristian Gebze", "Fauzun Nihayah", "Guntur Ohoiwutun"} <= persons(r)


def test_pairs_named_after_mereka_adalah_are_persons() -> None:
    r = run("Dua pasangan mendaftar ke KPU. Mereka adalah Andi Sudirman Sulaiman-Fatmawati Rusdi "
            "dan Moh Ramdhan Pomanto-Azhar Arsyad.")
    assert {"Fatmawati Rusdi", "Azhar Arsyad"} <= persons(r)


# -- what is said of an event is no part of its name ----------------------------------------------


def test_words_said_of_an_event_end_its_name() -> None:
    r = run(
        "Bawaslu Kota Banjarbaru menggelar sosialisasi sendiri bagi pemilih pemula, Senin "
        "(2/9/2024). Ketua Bawaslu, Hereyanto, hadir dalam kegiatan itu."
    )
    attended = facts(r, FactKind.ATTENDS)
    assert events(r) == {"sosialisasi"}
    assert ("Hereyanto", "sosialisasi") in attended


def test_stages_of_the_election_listed_after_tahapan_are_no_events() -> None:
    r = run(
        "Bawaslu Kabupaten Boltim menggelar bimtek kode etik bagi badan adhoc, Senin (5/8/2024). "
        "“Kalian tulang punggung demokrasi, mulai dari tahapan pemutakhiran data, distribusi "
        "logistik, hingga rekapitulasi suara,” kata Ketua Bawaslu Boltim, Rusli Mokodompit."
    )
    assert events(r) == {"bimtek kode etik bagi badan adhoc"}


def test_one_stage_named_alone_may_be_the_event_reported() -> None:
    r = run(
        "Hingga hari terakhir tahapan pendaftaran bakal calon kepala daerah, KPU Kota Palembang "
        "sudah menerima pendaftaran tiga bakal pasangan calon."
    )
    assert any(e.startswith("pendaftaran") for e in events(r))
