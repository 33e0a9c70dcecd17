"""Deterministic identifiers from normalised keys, so that re-ingesting changes nothing.

Every id is a short readable slug plus a hash of the normalised key: the slug helps a human who
reads a triple, the hash keeps ids unique and stable.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse space: the key two spellings share."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub(" ", text).strip()


def slug(text: str, limit: int = 40) -> str:
    return fold(text).replace(" ", "-")[:limit].strip("-") or "x"


def digest(*parts: str, size: int = 12) -> str:
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16)
    return h.hexdigest()[:size]


def article_id(title: str) -> str:
    """The id of an article: its folded title, so every format of one article agrees.

    The body is left out on purpose: an article whose text was corrected keeps its id, and its
    old facts are replaced rather than kept beside the new ones.
    """
    return f"article-{digest(fold(title), size=16)}"


def entity_id(kind: str, key: str) -> str:
    """The id of an entity of `kind` ("person", "org"...) with canonical key `key`."""
    return f"{kind.lower()}-{slug(key)}-{digest(kind.lower(), key, size=8)}"


def fact_id(kind: str, *parts: str) -> str:
    return f"{kind}-{digest(kind, *parts, size=16)}"
