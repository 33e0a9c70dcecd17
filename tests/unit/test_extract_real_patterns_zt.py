"""Offices named in full with their short form in brackets, agencies whose fields are listed
with commas, and lists of pairs that no word right before them introduces."""

from __future__ import annotations

from test_extract_real_patterns import run
from test_extract_real_patterns_d import roles_in
from test_extract_real_patterns_e import candidates


def test_an_agencys_fields_listed_with_commas_are_its_name() -> None:
    """"Kepala Dinas Komunikasi, Informatika dan Statistik X, NAME": the fields after the
    commas are the agency's, not persons holding its office."""
    r = run("Rapat dihadiri Kepala Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Sigi, "
            "Yusuf Mahmud, dan Ketua KPU Sigi Rahmat Hidayat.")
    roles = roles_in(r)
    assert ("Yusuf Mahmud", "kepala", "Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Sigi"
            ) in {(p, role.split()[0], body) for p, role, body in roles}
    assert not {p for p, _, _ in roles} & {"Olahraga", "Pariwisata"}


def test_a_name_after_an_office_and_its_short_form_in_brackets_holds_it() -> None:
    """"Kepala Kepolisian Daerah X (Kapolda X) Irjen NAME", "Menteri Koordinator Bidang
    Politik, Hukum, dan Keamanan (Menko Polhukam) NAME": the brackets restate the office."""
    r = run("Deklarasi dihadiri Kepala Kepolisian Daerah Sulawesi Tengah (Kapolda Sulteng) "
            "Irjen Pol Agus Nugroho. Rapat itu dibuka Menteri Koordinator Bidang Politik, "
            "Hukum, dan Keamanan (Menko Polhukam) Budi Gunawan.")
    holders = {p for p, _, _ in roles_in(r)}
    assert {"Agus Nugroho", "Budi Gunawan"} <= holders


def test_a_name_after_an_unknown_bodys_acronym_and_region_holds_its_office() -> None:
    """"Kepala Badan Kepegawaian Daerah (BKD) Halsel, NAME" and "Kepala Badan Kepegawaian
    Daerah (BKD) NAME": the acronym shortens the office's body; the region is the body's."""
    r = run("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Halsel, "
            "Fajar Kamil, membenarkan sanksi itu.")
    assert any(p == "Fajar Kamil" and role.startswith("kepala") for p, role, _ in roles_in(r))
    r = run("Kepala Badan Kepegawaian Daerah (BKD) Blitar Heru Wiyono menyebut camat itu "
            "melanggar netralitas.")
    assert ("Heru Wiyono", "kepala", "BKD") in {
        (p, role.split()[0], body) for p, role, body in roles_in(r)}


def test_an_office_by_its_short_form_is_the_same_fact_as_by_its_head() -> None:
    """"Kepala Badan Kesbangpol (Kaban Kesbangpol) NAME" then "Kaban Kesbangpol X NAME": one
    office in one body, one fact."""
    r = run("Bupati diwakili Kepala Badan Kesatuan Bangsa dan Politik (Kaban Kesbangpol) "
            "Rusli Hamid membuka rapat. Dalam sambutannya, Kaban Kesbangpol Aceh Jaya Rusli "
            "Hamid meminta Panwaslih bekerja sama.")
    assert len([1 for p, _, _ in roles_in(r) if p == "Rusli Hamid"]) == 1


def test_a_pair_member_named_by_initials_in_a_list_of_pairs_is_a_candidate() -> None:
    """"A-B (X), C-D, HNU-E, dan F-G": the initials joined by a dash to a name in a list of
    pairs are a candidate's, and the list goes on past them."""
    r = run("Debat Pilkada Lahat mempertemukan empat pasangan calon: Rudi Hartono-Sinta Dewi "
            "(Rusin), Edi Saputra-Marni, HMS-Lia Utami, dan Ramlan Hadi-Rofi Candra (Rahasia).")
    assert {"HMS", "Lia Utami", "Ramlan Hadi", "Rofi Candra"} <= set(candidates(r))


def test_a_sentence_that_only_lists_pairs_after_one_about_pairs_names_candidates() -> None:
    """"... terdapat dua paslon yang berlaga. A-B dan C-D."; "... diserahkan kepada calon
    kepala daerah. Mereka adalah A-B (Kota X), C-D (Y)."""
    r = run("Pilkada Kaltara bergulir. Di Bumi Benuanta terdapat dua paslon yang berlaga. "
            "Zainal Paliwang-Ingkong Ala dan Yansen Tipa-Suryadi Laba.")
    assert {"Zainal Paliwang", "Ingkong Ala", "Yansen Tipa", "Suryadi Laba"} <= set(
        candidates(r))
    r = run("Rekomendasi untuk Pilkada 2024 diserahkan kepada calon kepala daerah di Surabaya. "
            "Mereka adalah Eko Cahyadi-Arman Jaya (Kota Kediri), Tony Harsono-Dwi Jatmiko "
            "(Ngawi), dan Bagas Riyanto-Bayu Kuncoro (Kota Blitar).")
    assert {"Eko Cahyadi", "Arman Jaya", "Tony Harsono", "Bayu Kuncoro"} <= set(candidates(r))


def test_a_sentence_of_pairs_after_sentences_about_no_pairs_names_no_candidates() -> None:
    """Two pairs of names joined by dashes make no candidacy when nothing before speaks of
    pairs ("Pertandingan final mempertemukan ...")."""
    r = run("Turnamen bulu tangkis digelar di GOR Lahat. Final ganda putra berlangsung seru. "
            "Rudi Hartono-Sinta Dewi dan Edi Saputra-Andi Marni.")
    assert not candidates(r)


def test_a_pair_restated_with_a_members_nickname_names_no_new_candidate() -> None:
    """"A-B" then "Pasangan Danu-Bahar": the one-word name beside the running mate is the
    first member's nickname, not a third candidate; "A-Mersyah-B", a name cut by a dash, is
    no pair to read variants from."""
    r = run("Dua pasangan bakal calon Pilgub Sulbar 2024 resmi mendaftar di Kantor KPU Sulbar. "
            "Mereka adalah Arif Suryanto-Fatma Rusli dan Moh Ramli Pasau-Bahar Arsyad. "
            "Pasangan Danu-Bahar menyusul sebagai pendaftar kedua.")
    assert {"Arif Suryanto", "Fatma Rusli", "Moh Ramli Pasau", "Bahar Arsyad"} == set(
        candidates(r))


def test_an_office_held_now_set_off_by_a_comma_before_its_holder() -> None:
    """"Bupati X petahana, NAME", "Gubernur X saat ini, NAME", "Ketua Umum Golkar yang baru,
    NAME": the words between say the office is held now; the name after them holds it."""
    r = run("Sementara itu, Bupati Ngawi petahana, Ony Harsono bersyukur. Gubernur Kalteng saat "
            "ini, Sugiono Sabri, dalam sambutannya berharap. SK itu diteken Ketua Umum Golkar "
            "yang baru, Bahrul Lahada, secara resmi.")
    holders = {p for p, _, _ in roles_in(r)}
    assert {"Ony Harsono", "Sugiono Sabri", "Bahrul Lahada"} <= holders


def test_the_president_of_the_republic_in_full_is_an_office() -> None:
    """"Presiden Republik Indonesia, NAME" as "Presiden RI, NAME"."""
    r = run("Para kepala daerah dilantik serentak oleh Presiden Republik Indonesia, Prabu "
            "Santoso, di Istana Negara.")
    assert any(p == "Prabu Santoso" and role.startswith("presiden") for p, role, _ in roles_in(r))


def test_holders_listed_with_their_regions_after_how_they_came_to_the_office() -> None:
    """"sembilan nama yang diresmikan sebagai anggota DPR X melalui mekanisme pengangkatan
    yaitu: A (Kabupaten P), B (Kabupaten Q), C (Kabupaten R)": each holds the office."""
    r = run("Sembilan nama yang diresmikan sebagai anggota DPR Papua Barat melalui mekanisme "
            "pengangkatan yaitu: Yosua Hegemur (Kabupaten Fakfak), Badar Sapulete (Kabupaten "
            "Fakfak), Markus Wogra (Kabupaten Kaimana).")
    holders = {p for p, role, _ in roles_in(r) if role.startswith("anggota")}
    assert {"Yosua Hegemur", "Badar Sapulete", "Markus Wogra"} <= holders


def test_a_party_that_recommends_names_nominates_candidates() -> None:
    """"Golkar merekomendasikan nama A dan B": a party's recommendation for a Pilkada."""
    r = run("Untuk Pilkada Halmahera Tengah, Golkar merekomendasikan nama Sakti Ahmad dan "
            "Mutia Yasin.")
    assert {"Sakti Ahmad", "Mutia Yasin"} <= set(candidates(r))


def test_a_pair_then_a_colon_and_the_offices_it_won_are_candidates() -> None:
    """"2. A-B: Wako-Wawako Jambi": a numbered list of pairs with the head's and deputy's
    offices each won."""
    r = run("Resmi Sudah Ditetapkan KPU\n1. Hasan Basri-Abdul Sani: Gubernur-Wagub Jambi\n"
            "2. Maulana Yusuf-Diza Aljosha: Wako-Wawako Jambi")
    assert {"Hasan Basri", "Abdul Sani", "Maulana Yusuf", "Diza Aljosha"} <= set(candidates(r))


def test_areas_each_with_its_pair_after_it_name_candidates() -> None:
    """"Kampar kepada A dan B, Indragiri Hilir kepada C dan D", "di Kabupaten Solok duet
    A-B, Kabupaten Sijunjung C-D": a list of areas, each with its pair, after words of pairs."""
    r = run("Partai Golkar menyerahkan SK kepada pasangan calon. Kampar kepada Repol Ahmad dan "
            "Ardo Saputra, Indragiri Hilir kepada Herman Jaya dan Yulianti Sari.")
    assert {"Repol Ahmad", "Ardo Saputra", "Herman Jaya", "Yulianti Sari"} <= set(candidates(r))
    r = run("Dua pasangan calon maju lewat jalur perseorangan. Di Kabupaten Solok duet Hendra "
            "Saputra-Mahyu Rahmat, Kabupaten Sijunjung Endre Saiful-Nasrul Arifin.")
    assert {"Hendra Saputra", "Mahyu Rahmat", "Endre Saiful", "Nasrul Arifin"} <= set(
        candidates(r))
