"""Patterns met in real articles (sixteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import run

from electgraph.model import Extraction, FactKind


def roles(r: Extraction) -> set[tuple[str, str]]:
    """(role as written, person) of the roles held."""
    names = {e.key: e.label for e in r.entities}
    return {(f.quals.get("role", ""), names[f.subject]) for f in r.by_kind(FactKind.HOLDS_ROLE)}

# -- offices in a list of guests ------------------------------------------------------------------


def test_a_division_name_ends_before_the_next_guests_degree_and_office() -> None:
    r = run(
        "Hadir pula Kadiv Hukum dan Pengawasan Kabupaten Sekadau Rudi Hartono SPd, Komisioner "
        "KPU Kalbar Sri Wahyuni, serta Kasat Intel Polres Sekadau Joko."
    )
    assert ("Komisioner", "Sri Wahyuni") in roles(r)
    assert "Rudi Hartono" in {e.label for e in r.entities}
