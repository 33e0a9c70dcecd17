"""Patterns met in real articles (twenty-fourth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons
from test_extract_real_patterns import run

from electgraph.model import Extraction, FactKind


def titles_of(r: Extraction, person: str) -> list[str]:
    """The role titles of one person's holds_role facts, one per fact."""
    names = {e.key: e.label for e in r.entities}
    return [f.quals["role"] for f in r.by_kind(FactKind.HOLDS_ROLE) if names[f.subject] == person]

# -- one office, with and without the country ----------------------------------------------------


def test_a_national_office_with_and_without_ri_is_one_role_fact() -> None:
    # "Menkopolhukam RI" then "Menkopolhukam": the scorer and the graph see one office twice.
    titles = titles_of(run(
        "Rapat koordinasi Pilkada di Sigi dipimpin Menkopolhukam RI Hadi Tjahjanto, Senin "
        "(4/11). Dalam rapat itu, Menkopolhukam Hadi Tjahjanto meminta aparat menjaga netralitas."
    ), "Hadi Tjahjanto")
    assert len(titles) == 1, titles


def test_offices_that_differ_by_more_than_the_country_stay_two() -> None:
    titles = titles_of(run(
        "Ketua KPU Kabupaten Sigi, Rahmat Saleh, membuka rapat pleno, Senin (4/11). Pada 2019, "
        "Anggota KPU Kabupaten Sigi Rahmat Saleh memimpin divisi teknis."
    ), "Rahmat Saleh")
    assert sorted(t.casefold() for t in titles) == ["anggota", "ketua"], titles


# -- a preposition written capitalised ends a name -----------------------------------------------


def test_a_capitalised_preposition_ends_the_name_before_it() -> None:
    doc = run(
        "Logistik Pilkada dilepas secara simbolis oleh Pj Bupati Sigi Drs. Raden Najmi Untuk "
        "Wilayah Kabupaten Sigi, Senin (4/11)."
    )
    assert "Raden Najmi" in persons(doc)
    assert not any("Untuk" in p for p in persons(doc))
