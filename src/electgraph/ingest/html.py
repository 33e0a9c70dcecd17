"""Saved HTML news pages: main text, title and date taken with trafilatura."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from electgraph.errors import InputError
from electgraph.ingest.dates import parse_date
from electgraph.ingest.text import build_article
from electgraph.model import Article

# trafilatura logs every page it finds hard to read; the reader reports failures itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(path: Path, text: str) -> list[Article]:
    import trafilatura  # heavy (lxml, justext): imported only when an HTML file is read

    raw = trafilatura.extract(
        text,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not raw:
        raise InputError(str(path), "holds no article text that trafilatura can find")
    data = json.loads(raw)
    title = data.get("title") or ""
    body = data.get("text") or ""
    if not title.strip():
        raise InputError(str(path), "has no title (no <title>, og:title or <h1>)")
    published = parse_date(data["date"]) if data.get("date") else None
    return [
        build_article(
            title,
            body,
            source_path=str(path),
            # trafilatura's JSON names the page address `source` and the site `source-hostname`
            # (`url` and `sitename` are the names in its XML and Python metadata).
            url=data.get("source") or data.get("url") or None,
            published=published,
            publisher=data.get("source-hostname") or data.get("sitename") or None,
        )
    ]
