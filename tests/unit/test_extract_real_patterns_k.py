"""Patterns met in real articles (seventeenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns and test_extract_bodies_attendance."""

from __future__ import annotations

from test_extract_bodies_attendance import sanctioned
from test_extract_real_patterns import attendees, facts, hosts, roles, run

from electgraph.model import EntityType, FactKind

# -- numbered deputies ----------------------------------------------------------------------------


def test_a_deputys_seat_number_may_be_followed_by_a_comma_or_yakni() -> None:
    r = run(
        "Rapat paripurna dibuka Ketua DPRD Kota Tidore Andi Saputra didampingi Wakil Ketua I, "
        "Roni Latuconsina, bersama Wakil Ketua II yakni Budi Santoso."
    )
    held = roles(r)
    assert ("Roni Latuconsina", "Wakil Ketua I") in held
    assert ("Budi Santoso", "Wakil Ketua II") in held


def test_a_deputys_seat_may_be_numbered_by_a_digit_or_a_word() -> None:
    r = run(
        "Rapat dipimpin Ketua DPRD Kabupaten Kaur Sutrisno didampingi Wakil Ketua 1 Rina "
        "Marlina, Wakil Ketua Dua Hendra Gunawan dan sekretaris dewan."
    )
    held = roles(r)
    assert ("Rina Marlina", "Wakil Ketua 1") in held
    assert ("Hendra Gunawan", "Wakil Ketua Dua") in held


def test_a_balinese_name_after_a_deputys_title_still_starts_with_i() -> None:
    r = run("Hadir Ketua DPRD Bangli Ketut Suastika dan Wakil Ketua I Nyoman Budiada.")
    assert ("I Nyoman Budiada", "Wakil Ketua") in roles(r)


# -- given names that are also acronyms -----------------------------------------------------------


def test_a_university_acronym_in_title_case_inside_a_list_of_names_is_a_given_name() -> None:
    r = run(
        "Ketua KPU Gowa, Rahman, memimpin rapat pleno didampingi tiga anggota KPU lainnya, "
        "yaitu Halim, Umi Kalsum, dan Ridwan Saleh."
    )
    held = roles(r)
    assert ("Umi Kalsum", "anggota") in held
    assert ("Ridwan Saleh", "anggota") in held
    assert "Umi" not in {e.label for e in r.entities}


def test_a_university_acronym_after_an_academic_title_stays_the_university() -> None:
    r = run("Diskusi itu menghadirkan pengamat politik Unhas Makassar, Andi Saputra.")
    orgs = {e.label for e in r.entities if e.type == EntityType.ORGANIZATION}
    assert any(label.startswith("Unhas") for label in orgs)


# -- a bulleted list of pairs, each item a sentence -----------------------------------------------

_DRAW = (
    "Berikut hasil pengundian nomor urut pasangan calon Bupati dan Wakil Bupati Solok:\n"
    "- Andi Putra berpasangan dengan Budi Santoso memperoleh nomor urut 1.\n"
    "- Syamsuddin berpasangan dengan Dedi Kurnia memperoleh nomor urut 2.\n"
    "- Eka Saputra berpasangan dengan Fajar Hidayat yang diusung oleh Partai PKS memperoleh "
    "nomor urut 3.\n"
    "- Gilang Ramadhan Sakti (GRS), berpasangan dengan Hendra Wijaya, memperoleh nomor urut 4.\n"
)


def test_a_bulleted_item_with_a_verb_and_a_full_stop_is_a_sentence_of_its_own() -> None:
    r = run(_DRAW)
    backed = facts(r, FactKind.NOMINATES)
    assert {person for _, person in backed} == {"Eka Saputra", "Fajar Hidayat"}


def test_a_candidate_before_berpasangan_is_a_person_even_alone_or_with_a_short_form() -> None:
    r = run(
        "Pengundian nomor urut digelar KPU Solok. Syamsuddin berpasangan dengan Dedi Kurnia "
        "memperoleh nomor urut 2. Gilang Ramadhan Sakti (GRS), berpasangan dengan Hendra "
        "Wijaya, memperoleh nomor urut 4."
    )
    running = {person for person, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Syamsuddin", "Gilang Ramadhan Sakti", "Hendra Wijaya"} <= running


def test_a_bulleted_list_of_names_with_degrees_is_still_one_list() -> None:
    r = run(
        "Debat dipandu oleh panelis, antara lain:\n- Prof. Andi Saputra, M.Si.\n"
        "- Dr. Budi Santoso, SH.\nDebat berlangsung lancar."
    )
    people = {e.label for e in r.entities if e.type == EntityType.PERSON}
    assert {"Andi Saputra", "Budi Santoso"} <= people


# -- an office's term between the office and its holder --------------------------------------------


def test_an_offices_term_stands_between_the_office_and_its_holder() -> None:
    r = run(
        "DKPP menjatuhkan sanksi peringatan kepada anggota KPU Sulawesi Barat periode "
        "2018-2023, Nurhayati. Hadir Ketua KPU Sulbar periode 2018 - 2023 Rahmat Hidayat."
    )
    held = roles(r)
    assert ("Nurhayati", "anggota") in held
    assert ("Rahmat Hidayat", "Ketua") in held
    assert "Nurhayati" in sanctioned(r)


def test_a_candidacys_term_before_other_words_leaves_the_place_after_it_a_place() -> None:
    r = run(
        "KPU Kabupaten Buru menggelar debat perdana untuk empat calon Bupati periode 2024-2029 "
        "secara terbuka di Aula Kantor Bupati Buru, Namlea, Rabu (23/10/2024)."
    )
    assert "Namlea" not in {e.label for e in r.entities if e.type == EntityType.PERSON}


def test_a_given_name_that_is_an_acronym_after_juga_in_a_list() -> None:
    r = run("DKPP menjatuhkan sanksi kepada ketua dan anggota KPU Gowa, Halim juga Umi Kalsum.")
    assert "Umi Kalsum" in {e.label for e in r.entities if e.type == EntityType.PERSON}


# -- hosts ----------------------------------------------------------------------------------------


def test_a_body_that_begins_an_event_hosts_it() -> None:
    r = run(
        "Komisi Pemilihan Umum (KPU) Kabupaten Sarmi memulai rapat pleno terbuka rekapitulasi "
        "hasil perolehan suara, Jumat (8/8). Kegiatan berlangsung di Hotel Sentani."
    )
    assert "KPU Kabupaten Sarmi" in hosts(r)


# -- an event first named with no day, then as a plan ---------------------------------------------


def test_an_undated_event_the_next_mention_plans_is_still_to_come() -> None:
    r = run(
        "KPU Kabupaten Dompu memastikan debat publik Pilbup Dompu hanya berlangsung sekali. "
        "Rencananya, debat publik itu digelar pada 16 November 2024. Debat itu diikuti dua "
        "pasangan, yakni Andi Saputra dan Budi Santoso."
    )
    assert "Andi Saputra" not in attendees(r)


def test_a_dated_event_whose_next_mention_is_scheduled_stays_past() -> None:
    r = run(
        "KPU Kabupaten Dompu menggelar debat publik Pilbup Dompu, Senin (11/11/2024). Debat "
        "itu dijadwalkan berlangsung dua jam. Debat diikuti dua pasangan, yakni Andi Saputra "
        "dan Budi Santoso."
    )
    assert "Andi Saputra" in attendees(r)


def test_pairs_a_registration_report_lists_in_passing_did_not_register_at_it() -> None:
    r = run(
        "Pasangan Audi Kurnia dan Lukas Daud mendaftar ke KPU Manado, Kamis (29/8/2024). "
        "Keempat pasangan calon adalah Andi Saputra-Rudi Hartono yang diusung PDIP, Joko "
        "Susilo-Budi Santoso yang diusung Golkar, Bayu Putra-Dedi Kurnia yang diusung PAN, serta "
        "Audi Kurnia-Lukas Daud yang diusung Demokrat."
    )
    attending = attendees(r)
    assert {"Audi Kurnia", "Lukas Daud"} <= attending
    assert "Andi Saputra" not in attending
