"""Patterns met in real articles (twenty-third session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons
from test_extract_real_patterns import facts, labels, roles, run

from electgraph.model import EntityType, FactKind

# -- an absence in a relative clause -------------------------------------------------------------


def attended(body: str) -> set[str]:
    return {p for p, _ in facts(run(body), FactKind.ATTENDS)}


def test_who_came_without_a_partner_away_in_a_relative_clause_attends() -> None:
    got = attended(
        "KPU Kabupaten Sigi menggelar debat kedua calon bupati di Gedung Sekar, Senin (4/11). "
        "Pasangan nomor urut 2, Rahmat Saleh, hadir dalam debat tanpa didampingi Yusuf Mardani "
        "yang berhalangan karena sakit."
    )
    assert "Rahmat Saleh" in got
    assert "Yusuf Mardani" not in got


def test_an_absence_in_a_relative_clause_on_a_thing_keeps_its_whole_clause() -> None:
    # "maaf yang ... tidak sempat hadir": the clause is the speaker's, who was away.
    got = attended(
        "KPU Kabupaten Sigi menggelar rapat pleno penetapan bupati terpilih, Senin (4/11). "
        "Bupati terpilih Rahmat Saleh memohon maaf yang sebesar-besarnya tidak sempat hadir "
        "dalam rapat pleno itu."
    )
    assert "Rahmat Saleh" not in got


# -- where a named speaker comes from ------------------------------------------------------------

_SEMINAR = "Bawaslu Kabupaten Sigi menggelar sosialisasi pengawasan partisipatif, Senin (4/11). "


def test_the_university_a_named_speaker_comes_from_does_not_attend() -> None:
    got = attended(
        _SEMINAR + "Kegiatan itu menghadirkan pemateri, di antaranya Rahmat Saleh dari "
        "Universitas Tadulako dan Yusuf Mardani dari IAIN Palu."
    )
    assert {"Rahmat Saleh", "Yusuf Mardani"} <= got
    assert not got & {"Universitas Tadulako", "IAIN Palu"}


def test_a_speaker_from_a_university_named_after_it_brings_no_body() -> None:
    got = attended(
        _SEMINAR + "Sementara itu, narasumber dari Universitas Tadulako, Rahmat Saleh, hadir "
        "dan memaparkan materi."
    )
    assert "Rahmat Saleh" in got
    assert "Universitas Tadulako" not in got


def test_unnamed_speakers_and_envoys_stand_for_their_bodies() -> None:
    got = attended(
        _SEMINAR + "Hadir narasumber dari Polres Sigi dan perwakilan dari Kejari Sigi."
    )
    assert {"Polres Sigi", "Kejari Sigi"} <= got


def test_a_body_joined_by_dan_takes_common_words_and_acronyms_but_not_a_name() -> None:
    got = labels(
        "Hadir Dinas Kependudukan dan Pencatatan Sipil, Kementerian Hukum dan HAM, serta "
        "narasumber Rahmat Saleh dari Universitas Tadulako dan Yusuf Mardani dari IAIN Palu.",
        EntityType.ORGANIZATION,
    )
    assert {"Dinas Kependudukan dan Pencatatan Sipil", "Universitas Tadulako"} <= got
    assert any(g.startswith("Kementerian Hukum dan HAM") for g in got)
    assert not any("Yusuf" in g for g in got)


# -- one person, two spellings -------------------------------------------------------------------


def test_a_name_spelt_two_ways_in_one_article_is_one_person() -> None:
    r = run(
        "Ketua KPU Kota Palu, Irwandi Djumadin, membuka rapat pleno. Rapat juga dihadiri "
        "anggota KPU Kota Palu, Arsyad Sehwaky. Menurut Irwandi Jumadin, semua berjalan lancar. "
        "Ketua KPU Kota Palu, Irwandi Jumadin, menutup rapat bersama Arsyad Syehwaky dan "
        "Anasta Tias. Anastatias adalah anggota KPU Kota Palu."
    )
    people = persons(r)
    assert len(people & {"Irwandi Djumadin", "Irwandi Jumadin"}) == 1
    assert len(people & {"Arsyad Sehwaky", "Arsyad Syehwaky"}) == 1
    assert len(people & {"Anasta Tias", "Anastatias"}) == 1
    assert len([p for p, role in roles(r) if role == "Ketua"]) == 1


def test_names_that_differ_by_a_vowel_stay_two_persons() -> None:
    # Only spellings of one sound are folded, never vowels: "Saputra" and "Saputri" are two.
    got = persons(run("Anggota PPS yang dilantik adalah Andi Saputra dan Andi Saputri."))
    assert {"Andi Saputra", "Andi Saputri"} <= got


def test_a_short_mention_spelt_another_way_is_the_person_named_in_full() -> None:
    r = run(
        "Pasangan calon Denny Garuda dan Qubais Baba berkampanye di Desa Loleo, Senin (4/11). "
        "“Program kesehatan gratis kami lanjutkan,” kata Deny di hadapan warga."
    )
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Denny Garuda"}
    assert "Deny" not in persons(r)


# -- a minister's acronym in brackets --------------------------------------------------------------


def test_a_ministers_acronym_in_brackets_is_not_part_of_the_office() -> None:
    r = run("Rakor dihadiri Menteri Dalam Negeri (Mendagri) Tito Karnavian di Makassar.")
    assert roles(r) == {("Tito Karnavian", "Menteri Dalam Negeri")}
