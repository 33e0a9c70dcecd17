"""Patterns met in real articles (twenty-fifth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons
from test_extract_real_patterns import run

# -- "Paslon" and a slogan's "Jilid" are no words of a name --------------------------------------


def test_paslon_after_a_name_ends_it() -> None:
    # "kata Haji Herman Paslon nomor urut 4": the candidate is Herman, "Paslon" is the ticket.
    r = run(
        "“Kami siap menjaga pilkada damai,” kata Haji Herman Paslon nomor urut 4 itu. "
        "Silahkan Paslon melaksanakan kampanye sesuai jadwal."
    )
    assert not any("Paslon" in p for p in persons(r)), persons(r)
    assert "Herman" in persons(r), persons(r)


def test_a_slogan_with_jilid_names_no_person() -> None:
    r = run(
        "Ia berharap pembangunan Jambi Mantap Jilid II, ucapnya. Paslon dengan slogan "
        "'Lanjutkan Morotai Bangkit Jilid II' ini disambut warga Desa Loleo."
    )
    assert persons(r) == set(), persons(r)
