"""Patterns met in real articles (seventeenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns and test_extract_bodies_attendance."""

from __future__ import annotations

from test_extract_real_patterns import roles, run

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
