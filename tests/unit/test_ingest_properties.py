"""Properties of the readers on any input: an Article whose spans slice its text, or InputError."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from electgraph.errors import InputError
from electgraph.ids import article_id
from electgraph.ingest import parse_text, read_file
from electgraph.ingest.records import from_record
from electgraph.model import Article

# Pieces of real article layout, so that the search reaches captions, datelines and links
# rather than only random characters.
_FRAGMENTS = [
    "KPU Banyuasin Terima Surat Suara",
    "Judul-Foto : Dokumen Palpos-",
    "Suasana debat (Foto: Dok. Kabar Mahakam)",
    "Foto: Humas",
    "foto oleh",
    "(Foto: Humas) mengatakan",
    "BANYUASIN, KORANPALPOS.COM - ",
    "Makassar (ANTARA) - ",
    "TENGGARONG, KABARMAHAKAM.ID – ",
    "BACA JUGA: ",
    "BACA JUGA:",
    "Baca juga : ",
    "baca:",
    "BACA\xa0JUGA:\xa0",
    "Kamis (31/3/2022)",
    "27 November 2024",
    "Senin, 7 Okt 2024",
    "2024-10-08T14:30:00Z",
    "1 ſep 2024",
    " ",
    "\t",
    "\xa0",
    "\r",
    "\u2028",
    "\x1c",
    "\x85",
    ":",
    "-",
    "(",
    ")",
    "\n",
    "\n\n",
]
_LAYOUT = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=30).map(
    "".join
)
ANY_TEXT = st.one_of(st.text(), _LAYOUT)


def check_article(a: Article) -> None:
    """Everything downstream relies on: the layout, the offsets, the id."""
    assert a.title
    assert a.title == " ".join(a.title.split())
    assert a.text.startswith(a.title + "\n")
    # A first line that is the lead, not a headline, is read as the body's first paragraph.
    assert a.body_start == 0 or len(a.title) + 1 <= a.body_start <= len(a.text)
    assert a.body == a.text[a.body_start :]
    assert a.body.strip()
    assert a.id == article_id(a.title, a.text[len(a.title) + 1 :], a.url)
    assert a.published is None or isinstance(a.published, date)
    previous_end, previous_line = a.body_start, None
    for r in a.related:
        assert a.text[r.title.start : r.title.end] == r.title.text
        assert a.text[r.line.start : r.line.end] == r.line.text
        assert r.line.start <= r.title.start < r.title.end <= r.line.end
        # In order, not overlapping, inside the body; two titles glued on one line share it.
        assert r.line.start >= previous_end or r.line == previous_line
        previous_end, previous_line = r.line.end, r.line
        # One line, or the cue alone on its line and the title on the next (or after one
        # blank line: "BACA JUGA:", "", "<title>").
        assert r.line.text.count("\n") <= 2 and "\n" not in r.title.text
        assert r.title.text == r.title.text.strip()


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
@example("Judul\nJudul-Foto : Dokumen Palpos-\n")  # caption and no body
@example("Judul\nIsi 1 ſep 2024")  # used to raise KeyError
@example("Judul\nBACA JUGA:\xa0Lain \xa0\nIsi")
def test_parse_text_returns_a_consistent_article_or_raises_input_error(text: str) -> None:
    try:
        a = parse_text(text, "x.txt")
    except InputError as e:
        assert e.path == "x.txt"
        assert e.reason
        return
    check_article(a)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
_RECORDS = st.one_of(
    _JSON_VALUES,
    st.fixed_dictionaries(
        {},
        optional={
            "title": st.one_of(ANY_TEXT, _JSON_VALUES),
            "text": st.one_of(ANY_TEXT, _JSON_VALUES),
            "body": ANY_TEXT,
            "content": ANY_TEXT,
            "url": _JSON_VALUES,
            "published": st.one_of(ANY_TEXT, _JSON_VALUES),
            "date": ANY_TEXT,
            "source": _JSON_VALUES,
        },
    ),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_RECORDS)
def test_any_json_record_gives_an_article_or_input_error(record: Any) -> None:
    try:
        a = from_record(record, "r.jsonl:1")
    except InputError as e:
        assert e.path == "r.jsonl:1"
        return
    check_article(a)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([".txt", ".json", ".jsonl"]),
    st.one_of(
        st.binary(max_size=200),
        ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(_RECORDS, max_size=3).map(
            lambda rs: "\n".join(json.dumps(r) for r in rs).encode()
        ),
    ),
)
def test_any_file_content_gives_articles_or_input_errors(suffix: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(raw)
        try:
            articles, errors = read_file(path)
        except InputError as e:
            assert e.path == str(path)
            return
    # Bad records of a JSON array or JSON Lines file are located as "a.json[2]" or "a.jsonl:3".
    assert all(isinstance(e, InputError) and e.path.startswith(str(path)) for e in errors)
    for a in articles:
        check_article(a)
