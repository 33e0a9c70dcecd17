"""Which side of a dateline is the place: "KPU X, OUTLET - " or "OUTLET, PLACE - "."""

from __future__ import annotations

import pytest

from electgraph.ingest import build_article


@pytest.mark.parametrize(
    ("first_line", "place", "outlet"),
    [
        ("NGAWI, WARTAKITA.COM - KPU Ngawi menggelar rapat.", "NGAWI", "WARTAKITA.COM"),
        # the outlet written first, without a domain: the gazetteer knows the place
        ("WARTAKITA, NGAWI - KPU Ngawi menggelar rapat.", "NGAWI", "WARTAKITA"),
        ("KabarKita, Tambolaka – KPU menggelar rapat.", "Tambolaka", "KabarKita"),
        ("SUARA RAKYAT, ACEH TENGGARA - DPRK menggelar rapat.", "ACEH TENGGARA", "SUARA RAKYAT"),
        # a town the gazetteer does not know stays first when the outlet is no place either
        ("Kampung Baru, WARTAKITA - KPU menggelar rapat.", "Kampung Baru", "WARTAKITA"),
    ],
)
def test_the_dateline_place_is_the_side_the_gazetteer_knows(
    first_line: str, place: str, outlet: str
) -> None:
    a = build_article("Judul Berita", first_line + "\nKalimat kedua.")
    assert (a.dateline, a.publisher) == (place, outlet)
