"""The lexicon's machinery: phrase tables for longest match, the Body record, the data-file reader."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Body", "Phrase", "PhraseTable", "phrases", "read_words"]

Phrase = tuple[str, ...]


def phrases(*items: str) -> tuple[Phrase, ...]:
    return tuple(tuple(i.lower().split()) for i in items)


class PhraseTable:
    """Longest-match lookup of lower-case token phrases (a tiny trie keyed by the first token)."""

    def __init__(self, entries: Iterable[tuple[Phrase, str]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, str]]] = {}
        for phrase, value in entries:
            self._by_first.setdefault(phrase[0], []).append((phrase, value))
        for options in self._by_first.values():
            options.sort(key=lambda e: -len(e[0]))

    def firsts(self) -> frozenset[str]:
        """The words an entry can start with."""
        return frozenset(self._by_first)

    def match(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length in tokens, value) of the longest entry starting at `words[i]`, or None."""
        for phrase, value in self._by_first.get(words[i], ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                return n, value
        return None


@dataclass(frozen=True, slots=True)
class Body:
    """A kind of body: its short name, category and the level words it takes."""

    short: str
    category: str
    default_level: str | None = None  # level when the text names a region but no level word


def read_words(name: str) -> frozenset[str]:
    """The words of a file in extract/data/, one a line; `#` starts a comment line."""
    path = Path(__file__).parent.parent / "data" / name
    with path.open(encoding="utf-8") as f:
        return frozenset(w for w in f.read().split("\n") if w and not w.startswith("#"))
