"""Name matching for `search()`: folding, honorifics, and the fuzzy score (pure functions).

"H. Syahrial Effendi, S.H., M.H." and "syahrial effendi" are one name to an analyst: both sides
of a comparison are folded (case, accents, punctuation) and lose leading honorifics and ranks and
trailing degrees, using the extractor's own word lists, before rapidfuzz compares them.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from electgraph.extract.lexicon import DEGREE_TOKENS, HONORIFICS, RANK_SUFFIXES, RANKS
from electgraph.ids import fold

__all__ = ["EXACT", "normalise", "score", "tokens"]

EXACT = 100.0
# "Andi", "Raden"... are titles and given names; they stay when nothing else would.
_LEADING = frozenset(HONORIFICS | RANKS)
_TRAILING = frozenset(DEGREE_TOKENS | RANK_SUFFIXES)
_MIN_TOKEN = 3


def normalise(name: str) -> str:
    """The comparable form of a name: folded, without titles before it or degrees after it."""
    words = fold(name).split()
    start, end = 0, len(words)
    while start < end - 1 and words[start] in _LEADING:
        start += 1
    while end > start + 1 and words[end - 1] in _TRAILING:
        end -= 1
    # Degrees are often written with dots ("S.H.", "M.Si"), which folding splits in letters.
    while end > start + 1 and len(words[end - 1]) == 1 and words[end - 1].isalpha():
        end -= 1
    return " ".join(words[start:end])


def tokens(name: str) -> list[str]:
    """Words of the normalised name long enough to pre-select candidates in the store, longest
    first (a store only filters with them; ranking is done here)."""
    words = {w for w in normalise(name).split() if len(w) >= _MIN_TOKEN}
    return sorted(words, key=lambda w: (-len(w), w))


def score(query: str, name: str) -> float:
    """How well the normalised `name` matches the normalised `query`, 0-100; 100 only when
    they are equal. Typos, word order and a missing middle name lose a few points."""
    if not query or not name:
        return 0.0
    if query == name:
        return EXACT
    # token_set_ratio forgives a missing word ("Saputra" for "Legar Saputra") but would give
    # 100; cap fuzzy scores below EXACT so that equality alone counts as an exact match.
    ratio = max(fuzz.WRatio(query, name), fuzz.token_sort_ratio(query, name))
    return min(round(float(ratio), 1), EXACT - 1)
