"""Patterns met in real articles (forty-eighth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import labels, run

from electgraph.model import EntityType, Extraction, FactKind


def _roles(r: Extraction) -> set[tuple[str, str, str]]:
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], f.quals["role"], names.get(f.object or "", ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_degree_typed_with_a_comma_is_no_name() -> None:
    """'NAME S,Hut M,Si (PJ Sekda ...)', 'AKBP NAME S,IK.,M.I.K': a comma typed for a degree's
    full stop, with no space, leaves the name whole and makes no person of the degree."""
    body = ("Rapat dipimpin oleh Markus Dimara S,Hut M,Si (Pj Sekda Kabupaten Sorong), Senin. "
            "Hadir pula Kolonel Inf Arif Santoso S,Sos (Dandim 1802/Sorong) dan AKBP Erik "
            "Simanjuntak S,IK.,M.I.K (Kapolres Sorong).")
    r = run(body)
    assert labels(body, EntityType.PERSON) == {"Markus Dimara", "Arif Santoso", "Erik Simanjuntak"}
    assert {("Markus Dimara", "Pj Sekda", "Pemkab Sorong"),
            ("Arif Santoso", "Dandim", "Kodim 1802/Sorong"),
            ("Erik Simanjuntak", "Kapolres", "Polres Sorong")} <= _roles(r)


def test_the_navys_corps_after_a_rank_is_no_part_of_the_name() -> None:
    """'Letkol Mar NAME' (the marines), 'Letkol Pom NAME' (air force police), 'Kolonel Laut (P)
    NAME': the corps stands between the rank and the name."""
    body = ("Apel digelar di Kota Sorong, Senin. Hadir Letkol Mar Dedi Kurnia, Kolonel Laut (P) "
            "Arif Budiman dan Letkol Pom Eka Ramendra.")
    assert labels(body, EntityType.PERSON) == {"Dedi Kurnia", "Arif Budiman", "Eka Ramendra"}


def test_the_navys_and_air_forces_units_are_bodies() -> None:
    """'Asops Lantamal XIV Sorong', 'Danlanal Sorong', 'Dandenpom Sorong', 'Kadisops Lanud El
    Tari', 'Dan Satpom Lanud ATS': a base or unit named by its number, town or hero is a body,
    and its officer's office is held there."""
    r = run("Apel siaga digelar di Kota Sorong, Senin (9/9/2024). Hadir Letkol Mar Dedi Kurnia "
            "selaku Asops Lantamal XIV Sorong, Kolonel Laut (P) Arif Budiman selaku Danlanal "
            "Sorong, Mayor Cpm Rudi Hartono (Dandenpom Sorong), Kadisops Lanud El Tari Kolonel "
            "Pas Fajar Kriswanto, dan Dan Satpom Lanud ATS Letkol Pom Eka Ramendra.")
    assert {("Dedi Kurnia", "Asops", "Lantamal XIV Sorong"),
            ("Arif Budiman", "Danlanal", "Lanal Sorong"),
            ("Rudi Hartono", "Dandenpom", "Denpom Sorong"),
            ("Fajar Kriswanto", "Kadisops", "Lanud El Tari"),
            ("Eka Ramendra", "Dan Satpom", "Lanud ATS")} <= _roles(r)
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Dedi Kurnia", "Arif Budiman", "Rudi Hartono", "Fajar Kriswanto",
                       "Eka Ramendra"}
