"""JSON (one object) and JSON Lines (one object per line) articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from electgraph.errors import InputError
from electgraph.ingest.dates import parse_date
from electgraph.ingest.text import build_article
from electgraph.model import Article

_TEXT_FIELDS = ("text", "body", "content")
_TOO_DEEP = "is not valid JSON for an article (nested too deeply)"
# Messages name JSON types as JSON does, not as Python does ("NoneType").
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}  # fmt: skip


def from_record(record: Any, where: str) -> Article:
    """An article from one decoded JSON object; `where` locates it in error messages."""
    if not isinstance(record, dict):
        found = _JSON_TYPES.get(type(record), type(record).__name__)
        raise InputError(where, f"expected a JSON object, found {found}")
    title = record.get("title")
    # The first text field that holds text: scrapers often export "text": "" beside "body".
    body = next(
        (v for k in _TEXT_FIELDS if isinstance(v := record.get(k), str) and v.strip()), None
    )
    if not isinstance(title, str) or not title.strip():
        raise InputError(where, "has no 'title' (a non-empty string is required)")
    if body is None:
        raise InputError(where, "has no 'text' (or 'body'/'content') with the article text")
    published = record.get("published") or record.get("date")
    return build_article(
        title,
        body,
        source_path=where,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=parse_date(published) if isinstance(published, str) else None,
        publisher=record.get("source") if isinstance(record.get("source"), str) else None,
    )


def read_json(path: Path, text: str) -> tuple[list[Article], list[InputError]]:
    """One object, or an array of them; like JSON Lines, a bad array item is one error and the
    other items are still read (raising on the first bad item lost the whole file)."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(str(path), f"is not valid JSON (line {e.lineno}: {e.msg})") from e
    except RecursionError as e:  # json raises it for "[[[[..." thousands deep: not a user error
        raise InputError(str(path), _TOO_DEEP) from e
    if not isinstance(record, list):
        return [from_record(record, str(path))], []
    articles: list[Article] = []
    errors: list[InputError] = []
    for i, item in enumerate(record):
        try:
            articles.append(from_record(item, f"{path}[{i}]"))
        except InputError as e:
            errors.append(e)
    if not articles and not errors:
        errors.append(InputError(str(path), "holds an empty JSON array"))
    return articles, errors


def read_jsonl(path: Path, text: str) -> tuple[list[Article], list[InputError]]:
    """Good lines become articles; each bad line is one error naming its line number."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            articles.append(from_record(json.loads(line), where))
        except json.JSONDecodeError as e:
            errors.append(InputError(where, f"is not valid JSON ({e.msg}, column {e.colno})"))
        except RecursionError:
            errors.append(InputError(where, _TOO_DEEP))
        except InputError as e:
            errors.append(e)
    if not articles and not errors:
        errors.append(InputError(str(path), "holds no JSON records"))
    return articles, errors
