"""Patterns met in real articles (eighteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns and test_extract_bodies_attendance."""

from __future__ import annotations

from test_extract_bodies_attendance import labels, sanctioned
from test_extract_real_patterns import attendees, run

from electgraph.model import Extraction, FactKind


def sanctioning(r: Extraction) -> set[tuple[str, str]]:
    """(body, person) of each sanction."""
    names = labels(r)
    return {(names[f.subject], names[f.object or ""]) for f in r.by_kind(FactKind.SANCTIONS)}


# -- sanctions named as nouns ---------------------------------------------------------------------


def test_a_sanction_named_as_a_noun_sanctions_the_names_right_after_it() -> None:
    r = run(
        "KPU Kabupaten Serang menerbitkan keputusan yang memuat pemberhentian Dedi Kurniawan "
        "(Ketua PPS Desa Cibeber), Siti Aminah (Anggota PPS Desa Kramat) dan Joko Susilo "
        "(Sekretaris PPS Desa Pamong)."
    )
    assert sanctioning(r) == {
        ("KPU Kabupaten Serang", "Dedi Kurniawan"),
        ("KPU Kabupaten Serang", "Siti Aminah"),
        ("KPU Kabupaten Serang", "Joko Susilo"),
    }


def test_the_end_of_an_officials_term_is_no_sanction() -> None:
    r = run(
        "DPRD Kabupaten Kaur menggelar rapat paripurna pengusulan pemberhentian Bupati Kaur "
        "Lismidianto dan Wakil Bupati Kaur Herlian Muchrim masa jabatan 2021-2025."
    )
    assert sanctioned(r) == set()


# -- a counted group named again, then its members ------------------------------------------------


def test_a_group_counted_then_named_again_is_listed_over_two_sentences() -> None:
    r = run(
        "KPU Kota Palu memecat 5 anggota panitia pemungutan suara (PPS) karena tidak netral.\n"
        "\"Kami sudah memutuskan untuk memberhentikan mereka,\" kata Ketua KPU Kota Palu Rina "
        "Wulandari.\n"
        "Lima anggota PPS itu bertugas di Kecamatan Tatanga. Di antaranya ialah Ketua PPS "
        "Pengawu Arif Budiman, Anggota PPS Boyaoge Sri Lestari.\n"
        "Selanjutnya Ketua PPS Duyu Hasan Basri, Anggota PPS Nunu Yusuf Maulana dan Anggota PPS "
        "Palupi Rahmat Hidayat."
    )
    assert sanctioning(r) == {
        ("KPU Kota Palu", p)
        for p in ("Arif Budiman", "Sri Lestari", "Hasan Basri", "Yusuf Maulana",
                  "Rahmat Hidayat")
    }


def test_names_after_an_uncounted_group_are_not_read_as_its_members_sentences_later() -> None:
    r = run(
        "KPU Kota Palu memecat 5 anggota PPS karena tidak netral.\n"
        "Pemecatan itu sesuai aturan. Rapat pleno digelar pekan lalu.\n"
        "Di antaranya hadir Ketua KPU Kota Palu Rina Wulandari dan Arif Budiman."
    )
    assert sanctioned(r) == set()


# -- a name made a person once is one in every sentence ---------------------------------------


def test_a_name_a_list_made_a_person_is_a_person_in_a_later_sentence() -> None:
    r = run(
        "Perkara diadukan terhadap Ketua Panwaslih Kota Sabang, Rahmat Fauzi (Teradu I), serta "
        "dua anggotanya: Zulkarnaini (Teradu II) dan Nurhalizah (Teradu III).\n"
        "DKPP menjatuhkan sanksi peringatan keras kepada Rahmat Fauzi. Sedangkan Nurhalizah "
        "dijatuhi sanksi peringatan."
    )
    assert sanctioned(r) == {"Rahmat Fauzi", "Nurhalizah"}


# -- members declared unfit for the next term -------------------------------------------------


def test_a_verdict_that_declares_members_unfit_sanctions_them() -> None:
    r = run(
        "Dalam amar putusannya, DKPP menyatakan Ketua KPU Kota Sabang Rahmat Fauzi dan anggota "
        "KPU Kota Sabang Dewi Safitri tidak layak menjadi penyelenggara pemilu. Anggota lainnya, "
        "Bambang Irawan, dikenai sanksi tak lagi memenuhi syarat sebagai penyelenggara pemilu."
    )
    assert sanctioned(r) == {"Rahmat Fauzi", "Dewi Safitri", "Bambang Irawan"}


def test_a_speaker_who_states_a_sanction_is_not_sanctioned() -> None:
    r = run(
        "Bawaslu Kota Sabang memutuskan sanksi bagi pengawas. Ketua Bawaslu Kota Sabang, "
        "Rahmat Fauzi, menyatakan sanksi peringatan diberikan kepada anggota Panwascam "
        "Sukajaya, Dewi Safitri."
    )
    assert sanctioned(r) == {"Dewi Safitri"}


def test_a_list_of_the_sanctioned_may_be_joined_by_juga() -> None:
    r = run(
        "DKPP menjatuhkan sanksi peringatan keras kepada ketua dan anggota KPU Kota Sabang, "
        "Rahmat Fauzi juga Dewi Safitri."
    )
    assert sanctioned(r) == {"Rahmat Fauzi", "Dewi Safitri"}


# -- a list of guests broken off by a stray full stop --------------------------------------------


def test_a_list_of_guests_goes_on_past_a_stray_full_stop() -> None:
    r = run(
        "Polres Kupang menggelar rapat koordinasi pengamanan pemilu pada Senin (12/2/2024).\n"
        "Hadir dalam rapat itu Kapolres Kupang Andi Saputra, Ketua Bawaslu Kabupaten. Kupang "
        "Yosef Lado, Kasat Pol PP Kupang Hendrik Manesi, BMKG Kupang, PLN Unit Layanan Kupang "
        "dan Telkom Kupang."
    )
    assert {"Yosef Lado", "Hendrik Manesi"} <= attendees(r)


def test_a_headline_of_capitalised_words_after_a_guest_list_lists_no_guest() -> None:
    r = run(
        "KPU Kota Kupang menggelar rapat pleno pada Senin (12/2/2024). Hadir Ketua Bawaslu "
        "Kota Kupang Yosef Lado.\n"
        "Pegiat Budaya Undang Dialog Paslon, Begini Janji Hendrik dan Rober Soal Pariwisata Kupang"
    )
    assert attendees(r) == {"Yosef Lado"}
