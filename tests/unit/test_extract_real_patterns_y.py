"""Patterns met in real articles (forty-first session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import FactKind


def test_each_numbered_pair_with_its_parties_on_the_next_line_is_a_candidate() -> None:
    """"1. A dan B / Diusung oleh: P, Q / 2. C dan D": the reader joins the lines into one
    sentence; "Diusung" opening a line is a verb, not a name, so the second pair still follows
    the first in the list."""
    r = run("KPU Kota Bima menetapkan dua pasangan calon pada Pilkada 2024 sebagai berikut:\n\n"
            "1. Ahmad Yani dan Budi Santoso\n"
            "Diusung oleh: PDI Perjuangan, Partai Golkar\n"
            "2. Citra Lestari dan Dedi Kurnia\n"
            "Didukung oleh: Partai Gerindra, PKS\n")
    standing = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert standing == {"Ahmad Yani", "Budi Santoso", "Citra Lestari", "Dedi Kurnia"}, standing
    backed = facts(r, FactKind.NOMINATES)
    assert ("PKS", "Dedi Kurnia") in backed and ("PKS", "Budi Santoso") not in backed, backed
