"""The token and the sentence, with character offsets into the article text: the types that
`tokens` (splitting a text) and `listlines` (joining a list's lines into its sentence) share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Sentence", "Token"]


class Token(NamedTuple):
    """A token: a NamedTuple because articles make tens of thousands of them."""

    text: str
    start: int
    end: int
    low: str  # lower-cased once here: every matcher compares lower-case words

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]
    paragraph: int
