"""Patterns met in real articles (twenty-second session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons, places
from test_extract_patterns import roles as with_bodies
from test_extract_real_patterns import facts, roles, run

from electgraph.model import FactKind

# -- a list of a debate's panel, announced by a clause ---------------------------------------------


def test_a_panel_announced_by_a_clause_and_listed_on_lines_holds_the_function() -> None:
    r = run(
        "Debat kali ini menghadirkan panelis dari berbagai latar belakang, di antaranya:\n"
        "– Sutrisno Wibowo SE, MM, CPA\n"
        "– Lestari Handayani SH, MH\n"
        "– Dr. Bambang Irawan, M.Pd"
    )
    assert roles(r) == {
        ("Sutrisno Wibowo", "panelis"),
        ("Lestari Handayani", "panelis"),
        ("Bambang Irawan", "panelis"),
    }


def test_a_panel_opened_by_di_antaranya_after_a_comma() -> None:
    r = run("Debat menghadirkan panelis, di antaranya Sutrisno Wibowo dan Lestari Handayani.")
    assert roles(r) == {("Sutrisno Wibowo", "panelis"), ("Lestari Handayani", "panelis")}


def test_a_clause_with_a_name_in_it_opens_no_list() -> None:
    # The clause before "yakni" names a person: the names after it are not the office's.
    r = run(
        "Hadir pula anggota dari Bawaslu yang dipimpin Sutrisno Wibowo, yakni Lestari Handayani."
    )
    assert ("Lestari Handayani", "anggota") not in roles(r)


# -- degrees written with full stops and no space -------------------------------------------------


def test_a_degree_written_whole_after_a_name_is_no_part_of_it() -> None:
    r = run(
        "Hadir dalam kegiatan itu Wahyu Pratama S.Sos dan Drs H Abdul Karim M.Pd.I bersama "
        "Rudi S.Pd, serta Ketua KPU Kabupaten Ngawi, Lestari Handayani,Pd.I."
    )
    assert persons(r) == {"Wahyu Pratama", "Abdul Karim", "Rudi", "Lestari Handayani"}


def test_initials_before_a_surname_stay_in_the_name() -> None:
    r = run("Hadir dalam kegiatan itu A.R. Baswedan dan Muhammad Yamin.")
    assert persons(r) == {"A.R. Baswedan", "Muhammad Yamin"}


# -- offices in brackets after the names of a list, whose body the introduction names -------------


def test_a_list_after_mereka_adalah_takes_the_body_of_the_sentence_before() -> None:
    r = run(
        "DKPP menjatuhkan sanksi kepada tiga orang teradu dari KPU Kabupaten Ngawi. Mereka "
        "adalah:\n- Wahyu Pratama (Ketua merangkap Anggota)\n- Lestari Handayani (Anggota)\n"
        "- Bambang Irawan (Anggota)"
    )
    assert with_bodies(r) == {
        ("Wahyu Pratama", "Ketua", "KPU Kabupaten Ngawi"),
        ("Lestari Handayani", "Anggota", "KPU Kabupaten Ngawi"),
        ("Bambang Irawan", "Anggota", "KPU Kabupaten Ngawi"),
    }


def test_a_chair_in_brackets_takes_the_body_named_before_in_the_sentence() -> None:
    r = run(
        "DKPP menjatuhkan sanksi kepada dua komisioner KPU Kabupaten Ngawi, yaitu Wahyu Pratama "
        "(Ketua merangkap Anggota) dan Lestari Handayani (Anggota)."
    )
    assert ("Wahyu Pratama", "Ketua", "KPU Kabupaten Ngawi") in with_bodies(r)


def test_a_list_that_opens_without_a_pronoun_borrows_no_body() -> None:
    # The sentence before names a body, but nothing ties the list to it.
    r = run(
        "Rapat digelar di kantor KPU Kabupaten Ngawi. Hadir Wahyu Pratama (Ketua) dan Lestari "
        "Handayani (Anggota)."
    )
    assert ("Wahyu Pratama", "Ketua", "KPU Kabupaten Ngawi") not in with_bodies(r)


# -- a hotel's brand before its head word ---------------------------------------------------------


def test_a_hotel_brand_before_its_head_word_is_part_of_the_venue() -> None:
    r = run(
        "Rapat digelar di Merpati Hotel Ngawi, Senin. Debat digelar di Golden Kencana Hotel "
        "Madiun. Pleno digelar di Ayola Hotel, Jalan Pahlawan. Apel di Serasi Hall Magetan."
    )
    assert {"Merpati Hotel Ngawi", "Golden Kencana Hotel Madiun", "Ayola Hotel",
            "Serasi Hall Magetan"} <= places(r)
    assert not {"Merpati", "Golden Kencana", "Ayola", "Serasi"} & places(r)


def test_capitalised_words_before_a_hotel_without_di_are_not_its_brand() -> None:
    r = run("Pengelola Merpati Hotel Ngawi menyiapkan ruang rapat bagi KPU Kabupaten Ngawi.")
    assert not any(p.startswith(("Pengelola", "Merpati")) for p in places(r))


# -- a given name that is a common word too -------------------------------------------------------


def test_hari_after_an_office_starts_a_name() -> None:
    r = run(
        "Acara ini dihadiri Ketua Bawaslu Kabupaten Ngawi, Hari Susanto, bersama Anggota "
        "Bawaslu Kabupaten Ngawi, Lestari Handayani. Pada Hari Pencoblosan, Hari Bhayangkara "
        "dan Hari Senin, semua TPS dijaga."
    )
    assert ("Hari Susanto", "Ketua") in roles(r)
    assert persons(r) == {"Hari Susanto", "Lestari Handayani"}


# -- a name and its office without a comma, at the end of a sentence ------------------------------


def test_a_name_then_its_office_ending_the_sentence() -> None:
    r = run("Hal itu disampaikan di hadapan Wahyu Pratama Ketua Bawaslu Kabupaten Ngawi.")
    assert with_bodies(r) == {("Wahyu Pratama", "Ketua", "Bawaslu Kabupaten Ngawi")}


def test_a_name_after_an_office_does_not_take_the_next_office_at_the_end() -> None:
    r = run("Rapat dihadiri Kapolres Ngawi Budi Santoso Ketua Bawaslu Kabupaten Ngawi.")
    assert ("Budi Santoso", "Ketua") not in roles(r)


# -- a body attends through its commissioners named without their names ---------------------------


def test_commissioners_without_names_bring_their_body() -> None:
    r = run(
        "KPU Kabupaten Ngawi menggelar rapat pleno rekapitulasi. Rapat pleno itu diikuti ketua "
        "dan komisioner Bawaslu Kabupaten Ngawi serta para saksi."
    )
    assert ("Bawaslu Kabupaten Ngawi", "rapat pleno rekapitulasi") in facts(r, FactKind.ATTENDS)


def test_commissioners_whose_names_follow_attend_in_person_not_as_a_body() -> None:
    r = run(
        "Bawaslu Kabupaten Ngawi menggelar apel siaga. Apel itu dihadiri komisioner KPU "
        "Kabupaten Ngawi, yakni Wahyu Pratama dan Lestari Handayani."
    )
    agents = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert "KPU Kabupaten Ngawi" not in agents
    assert {"Wahyu Pratama", "Lestari Handayani"} <= agents
