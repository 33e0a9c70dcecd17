"""Deterministic identifiers from normalised keys, so that re-ingesting changes nothing.

Every id is a short readable slug plus a hash of the normalised key: the slug helps a human who
reads a triple, the hash keeps ids unique and stable.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Every script's letters and digits: the key of a title or text written in Cyrillic, Arabic or
# emoji is not empty (folding to Latin gave all of them one id).
_NON_ALNUM = re.compile(r"[\W_]+")


def _without_marks(text: str) -> str:
    """`text` in NFKD without its combining marks (the accents `fold` and `text_key` drop).

    A character-by-character filter was a tenth of reading an article (`text_key` of the
    body, for its id): ASCII text has no marks, and other text has few distinct characters,
    so only those are tested."""
    text = unicodedata.normalize("NFKD", text)
    if text.isascii():
        return text
    marks = [c for c in set(text) if unicodedata.combining(c)]
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse space: the key two spellings share."""
    return _NON_WORD.sub(" ", _without_marks(text).lower()).strip()


def slug(text: str, limit: int = 40) -> str:
    return fold(text).replace(" ", "-")[:limit].strip("-") or "x"


def digest(*parts: str, size: int = 12) -> str:
    # surrogatepass: a lone surrogate (from a JSON escape) must not break an id.
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=16)
    return h.hexdigest()[:size]


def text_digest(text: str) -> str:
    """The digest of an article's exact text, by which a store tells a changed article from
    one stored as is (computed before extraction too, to skip the unchanged ones)."""
    return digest(text, size=16)


def text_key(text: str) -> str:
    """Case, accents, punctuation and spacing folded away, letters of every script kept: two
    copies of one text (a .txt and the page it was saved from) share the key."""
    return _NON_ALNUM.sub(" ", _without_marks(text).casefold()).strip()


def normal_url(url: str | None) -> str | None:
    """`url` without fragment, trailing slash or case in scheme and host; None when empty."""
    url = (url or "").strip().split("#", 1)[0]
    if not url:
        return None
    scheme, sep, rest = url.partition("://")
    if sep:
        host, slash, path = rest.partition("/")
        url = f"{scheme.lower()}://{host.lower()}{slash}{path}"
    return url.rstrip("/") or url


def article_id(title: str, body: str = "", url: str | None = None) -> str:
    """The id of an article: from its URL when it has one, else from its title and a digest of
    its text, so two articles never share an id and every format of one article agrees.

    An article with a URL keeps its id when its text is corrected (its old facts are then
    replaced); without a URL, a corrected text is a new article.
    """
    if key := normal_url(url):
        return f"article-{digest('url', key, size=16)}"
    return f"article-{digest(text_key(title), digest(text_key(body), size=32), size=16)}"


def title_id(title: str) -> str:
    """The id a `BACA JUGA` title points to when no article of the run has that title."""
    return f"article-{digest('title', text_key(title), size=16)}"


# Ids are asked for the same few thousand keys over and over (every sighting of a node, every
# fact's ends): folding and hashing them again was a tenth of an ingest. Keys are short.
@lru_cache(maxsize=1 << 16)
def entity_id(kind: str, key: str) -> str:
    """The id of an entity of `kind` ("person", "org"...) with canonical key `key`."""
    return f"{kind.lower()}-{slug(key)}-{digest(kind.lower(), key, size=8)}"


def fact_id(kind: str, *parts: str) -> str:
    return f"{kind}-{digest(kind, *parts, size=16)}"
