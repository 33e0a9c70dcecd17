"""Indonesian dates as news articles write them.

Handles "Kamis (31/3/2022)", "31/03/2022", "27 November 2024", "Senin, 8 Okt 2024",
"2024-10-08" and ISO timestamps. Our own small parser: dateparser is slow to import and guesses
too freely for text where most numbers are not dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agus": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12,
    "des": 12,
    # English month names turn up in metadata and in some portals.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12, "aug": 8,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# `(?!\d)` rather than `\b` at the end: in "2024-10-08T14:30:00" the "T" is a word character,
# so `\b` missed every ISO timestamp written in a text.
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_WORDS = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})\b", re.IGNORECASE)


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The date a string states, or None. ISO forms first, then "27 November 2024", "31/3/2022"."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = find_dates(text)
    return found[0] if found else None


def find_dates(text: str) -> list[date]:
    """Every date stated in `text`, in order of appearance."""
    hits: list[tuple[int, date]] = []
    for m in _ISO.finditer(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            hits.append((m.start(), d))
    for m in _WORDS.finditer(text):
        # IGNORECASE matches beyond ASCII ("ſep" with a long s matches "sep"), so the matched
        # name is case-folded and looked up with .get(): a KeyError here broke whole files.
        month = MONTHS.get(m[2].casefold())
        d = _make(int(m[3]), month, int(m[1])) if month else None
        if d:
            hits.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        # Indonesian order is day/month/year.
        d = _make(int(m[3]), int(m[2]), int(m[1]))
        if d:
            hits.append((m.start(), d))
    return [d for _, d in sorted(hits, key=lambda h: h[0])]
