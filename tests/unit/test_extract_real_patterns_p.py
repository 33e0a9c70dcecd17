"""Patterns met in real articles (twenty-third session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import FactKind

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
