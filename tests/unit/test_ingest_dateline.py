"""Which side of a dateline is the place: "KPU X, OUTLET - " or "OUTLET, PLACE - "."""

from __future__ import annotations

import json
import zlib
from base64 import b64decode, b64encode
from dataclasses import replace

import pytest

from electgraph.extract import extract
from electgraph.ingest import build_article
from electgraph.model import EntityType
from electgraph.resolve._codec import decode, encode


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


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [
        ("SINTANG, HARIAN KALBAR - Bawaslu Sintang menggelar apel.", "HARIAN KALBAR"),
        ("SUARA RAKYAT, ACEH TENGGARA - DPRK menggelar rapat.", "SUARA RAKYAT"),
        ("Jayapura (Suara Papua) - KPU menggelar rapat.", "Suara Papua"),
        # a province after the town, and a date, are no outlet
        ("CIREBON, Jawa Barat - Bawaslu menggelar apel.", None),
        ("Jakarta, 7 Oktober 2024 - KPU menggelar rapat.", None),
    ],
)
def test_the_outlets_words_are_no_entities_of_the_news(first_line: str, outlet: str | None) -> None:
    # "HARIAN KALBAR" is a newspaper: its "Kalbar" is no place the news speaks of.
    a = build_article("Judul Berita", first_line + "\nKalimat kedua.")
    assert (a.outlet.text if a.outlet else None) == outlet
    if a.outlet:
        assert a.text[a.outlet.start : a.outlet.end] == outlet
        places = {e.label for e in extract(a).entities if e.type is EntityType.PLACE}
        assert not any(p.lower() in outlet.lower() for p in places), places
    # the state of a run keeps the span
    assert decode(encode(extract(a))).article == a


def test_a_pages_date_line_names_no_place() -> None:
    a = build_article("Judul Berita", "Selasa, 10 Desember 2024 - 23:24 WIB\nKPU menggelar rapat.")
    assert (a.dateline, a.publisher, a.outlet) == (None, None, None)
    assert not any(e.type is EntityType.PLACE for e in extract(a).entities)


def test_a_state_written_before_outlets_still_reads() -> None:
    a = build_article("Judul Berita", "SINTANG, HARIAN KALBAR - Bawaslu menggelar apel.\nLagi.")
    doc = json.loads(zlib.decompress(b64decode(encode(extract(a)))))
    doc["a"] = doc["a"][:11]  # the eleven fields of the layout before
    old = b64encode(zlib.compress(json.dumps(doc).encode())).decode()
    assert decode(old).article == replace(a, outlet=None)


@pytest.mark.parametrize(
    ("first_line", "place"),
    [
        ("Masohi, – KPU Maluku Tengah menetapkan nomor urut.", "Masohi"),
        ("Namrole, Orasirakyat.com", "Namrole"),
        ("Tenggarong, Pemerintah Kabupaten Kutai Kartanegara menggelar rapat.", "Tenggarong"),
        # a word the gazetteer does not know as a place opens a sentence, not a dateline
        ("Sementara, KPU menggelar rapat.", None),
        ("Selanjutnya, KPU menggelar rapat.", None),
    ],
)
def test_a_known_place_and_a_comma_open_a_dateline_without_its_dash(
    first_line: str, place: str | None
) -> None:
    a = build_article("Judul Berita", first_line + "\nKalimat kedua.")
    assert a.dateline == place
    places = {e.label for e in extract(a).entities if e.type is EntityType.PLACE}
    assert (place in places) if place else not places
