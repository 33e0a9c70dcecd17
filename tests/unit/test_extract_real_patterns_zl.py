"""Patterns of real news (fifty-fourth session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_b."""

from __future__ import annotations

from test_extract_real_patterns import run
from test_extract_real_patterns_b import persons

# -- names: a nickname in brackets that speaks before its full name is linked ---------------


def test_a_nickname_in_brackets_is_the_full_names_person_though_it_speaks_later() -> None:
    """The bracketed mention of the full name is linked after the nickname, which a later verb
    of saying confirms first: the nickname still goes to the person named in full."""
    r = run("Ketua DPRD Bali Dewa Made Suardika dilantik. Pada kesempatan itu Dewa Made "
            "Suardika (Dewa Keris) menyampaikan rasa syukur. Dewa Keris mengucapkan terima "
            "kasih kepada partai.")
    assert persons(r) == {"Dewa Made Suardika"}
