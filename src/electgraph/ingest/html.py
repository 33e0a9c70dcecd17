"""Saved HTML news pages: main text, title and date taken with trafilatura.

trafilatura (with lxml, jusText and lxml_html_clean) is imported on the first HTML file, not when
electgraph is imported. When it cannot be imported (a broken or partial install), each HTML file
fails with an `InputError` that says so, and the rest of the batch is read as usual.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import ModuleType

from electgraph.errors import InputError
from electgraph.ingest.dates import parse_date
from electgraph.ingest.text import build_article
from electgraph.model import Article

# trafilatura logs every page it finds hard to read; the reader reports failures itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


INSTALL_HINT = "reinstall with `pip install electgraph`"


def _import_trafilatura() -> ModuleType:
    import trafilatura  # heavy (lxml, jusText): imported only when an HTML file is read

    return trafilatura


def load_trafilatura(path: Path) -> ModuleType:
    """trafilatura, or an `InputError` for `path` that says why it cannot be imported.

    Any exception counts, not only `ImportError`: a dependency that breaks at import time (a
    missing `lxml_html_clean`, a wheel built for another Python) must not stop the batch.
    """
    try:
        return _import_trafilatura()
    except Exception as e:
        detail = " ".join(f"{type(e).__name__}: {e}".split())  # one line, as the CLI prints it
        raise InputError(
            str(path),
            f"cannot read .html files: trafilatura is not importable ({detail}); {INSTALL_HINT}",
        ) from e


def read_html(path: Path, text: str) -> list[Article]:
    trafilatura = load_trafilatura(path)
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
