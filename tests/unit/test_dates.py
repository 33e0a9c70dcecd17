"""Indonesian dates as news articles write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from electgraph.ingest.dates import MONTHS, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis (31/3/2022)", date(2022, 3, 31)),
        ("Rabu (30/10/2024) malam", date(2024, 10, 30)),
        ("Sabtu (9/11/2024).", date(2024, 11, 9)),
        ("31/03/2022", date(2022, 3, 31)),
        ("Senin (7/10/24)", date(2024, 10, 7)),
        ("27 November 2024", date(2024, 11, 27)),
        ("8 Oktober 2024", date(2024, 10, 8)),
        ("Senin, 7 Okt 2024", date(2024, 10, 7)),
        ("Senin, 7 Okt. 2024", date(2024, 10, 7)),
        ("pada 1 Mei 2024 lalu", date(2024, 5, 1)),
        ("17 Agustus 2024", date(2024, 8, 17)),
        ("17 Agt 2024", date(2024, 8, 17)),
        ("5 Nopember 2024", date(2024, 11, 5)),
        ("14 Pebruari 2024", date(2024, 2, 14)),
        ("12 Des 2024", date(2024, 12, 12)),
        ("1 SEPTEMBER 2024", date(2024, 9, 1)),
        ("27\xa0November\xa02024", date(2024, 11, 27)),  # no-break spaces from web pages
        ("3 March 2024", date(2024, 3, 3)),
        ("2024-10-08", date(2024, 10, 8)),
        ("2024-10-08T14:30:00+07:00", date(2024, 10, 8)),
        ("diperbarui 2024-10-08 14:30 WIB", date(2024, 10, 8)),
        ("terbit 2024-10-08T14:30:00Z", date(2024, 10, 8)),
    ],
)
def test_find_dates_forms(text: str, expected: date) -> None:
    assert find_dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Periode 2024-2029",
        "1.283.460 lembar surat suara",
        "pukul 21.00 WIB",
        "cadangan 2,5 persen",
        "31/2/2024",  # no 31 February
        "30 Februari 2024",
        "2024-13-01",
        "2024-10-081",
        "skor 1/2/3/2024",  # part of a longer slash run
        "Pilkada 2024",
        "27 November",  # no year: not a full date
        "Kamis (31/3)",
    ],
)
def test_find_dates_ignores_what_is_not_a_full_date(text: str) -> None:
    assert find_dates(text) == []


def test_non_ascii_letters_that_ignorecase_matches_do_not_raise() -> None:
    # "ſ" (long s) matches "s" under IGNORECASE; the month lookup used to raise KeyError.
    assert find_dates("1 ſep 2024") == [date(2024, 9, 1)]
    assert find_dates("1 İ 2024, 2 DESEMBER 2024") == [date(2024, 12, 2)]


def test_find_dates_in_order_of_appearance() -> None:
    text = "Diumumkan 2024-12-05. Pleno Kamis (28/11/2024), pemungutan 27 November 2024."
    assert find_dates(text) == [date(2024, 12, 5), date(2024, 11, 28), date(2024, 11, 27)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-08", date(2024, 10, 8)),
        ("2024-10-08T14:30:00", date(2024, 10, 8)),
        ("2024-10-08T14:30:00Z", date(2024, 10, 8)),
        ("2024-10-08T14:30:00.123+07:00", date(2024, 10, 8)),
        ("  2024-10-08  ", date(2024, 10, 8)),
        ("Senin, 7 Okt 2024", date(2024, 10, 7)),
        ("Kamis (31/3/2022)", date(2022, 3, 31)),
        ("Senin, 7 Oktober 2024 - 10:15 WIB", date(2024, 10, 7)),
        ("", None),
        ("   ", None),
        ("kemarin", None),
        ("2024", None),
        ("2024-02-30", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(sorted(MONTHS)),
    st.booleans(),
)
def test_every_month_name_round_trips(day: date, name: str, upper: bool) -> None:
    month = MONTHS[name]
    try:
        expected = day.replace(month=month)
    except ValueError:  # 31 in a 30-day month
        return
    written = f"{expected.day} {name.upper() if upper else name.title()} {expected.year}"
    assert find_dates(f"Jakarta, {written}.") == [expected]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_numeric_and_iso_forms_round_trip(day: date) -> None:
    assert find_dates(f"Kamis ({day.day}/{day.month}/{day.year})") == [day]
    assert find_dates(f"{day:%d/%m/%Y}") == [day]
    assert parse_date(day.isoformat()) == day


_DATEISH = st.text(
    alphabet=st.sampled_from(list("0123456789/-: .,()TZ+SsſKkİıOoktNnDdMmAaJjUuEeIi\xa0\n")),
    max_size=60,
)


@settings(max_examples=300)
@given(st.one_of(st.text(), _DATEISH))
def test_find_dates_never_raises(text: str) -> None:
    found = find_dates(text)
    assert all(isinstance(d, date) for d in found)


@settings(max_examples=300)
@given(st.one_of(st.text(), _DATEISH))
def test_parse_date_never_raises(text: str) -> None:
    assert parse_date(text) is None or isinstance(parse_date(text), date)
