"""Patterns met in real articles (forty-seventh session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import labels

from electgraph.model import EntityType


def test_a_street_named_with_a_title_is_one_place_and_no_person() -> None:
    """'Jalan T. Ben Mahmud', 'Aula Jl. Dr. Sutomo', 'Lapangan Merdeka Jalan Jend. Sudirman':
    the title's full stop goes on with the street, and a venue ends where its street begins."""
    body = ("Apel siaga diikuti ratusan pengawas di Alun-Alun Kota Tapaktuan Jalan T. Ben Mahmud "
            "Tapaktuan, Ahad (24/11). Rapat digelar di Aula Jl. Dr. Sutomo, Senin. Apel digelar "
            "di Lapangan Merdeka Jalan Jend. Sudirman, Medan. Ketua Bawaslu Medan, Rudi Hartono, "
            "memimpin apel.")
    assert labels(body, EntityType.PERSON) == {"Rudi Hartono"}
    places = labels(body, EntityType.PLACE)
    assert {"Jalan T. Ben Mahmud Tapaktuan", "Jl. Dr. Sutomo", "Lapangan Merdeka",
            "Jalan Jend. Sudirman"} <= places
