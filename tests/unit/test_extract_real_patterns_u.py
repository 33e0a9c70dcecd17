"""Patterns met in real articles (thirty-seventh session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons, roles
from test_extract_real_patterns import run


def test_a_division_with_two_letters_swapped_still_ends_the_name() -> None:
    """"NAME Disivi Hukum": "Disivi" is "Divisi" typed with two letters swapped, so it starts the
    member's office and is no part of her name."""
    r = run("Peringatan keras diberikan kepada Rina Kartika Disivi Hukum PPK Tempursari dan "
            "Budi Santoso Divisi Teknis PPK Pronojiwo.")
    assert "Rina Kartika" in persons(r) and "Budi Santoso" in persons(r), persons(r)
    assert {p for p, _, _ in roles(r)} == {"Rina Kartika", "Budi Santoso"}, roles(r)
