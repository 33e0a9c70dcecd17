"""A pair called by one word the article never introduces: "A-B ... Paslon SipakarioMi diusung
oleh P, Q". Read by `Doc`, which drops the word as a person, and by `pairs.pair_aliases`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, Chunk

if TYPE_CHECKING:
    from electgraph.extract.doc import Person, SentView

__all__ = ["pairs_by_one_word"]

_PAIR_HEADS = frozenset({"paslon", "pasangan"})


def pairs_by_one_word(
    sents: list[SentView], persons: dict[str, Person]
) -> dict[str, tuple[str, str]]:
    """A one-word name met only right after "paslon"/"pasangan", shared with no other person,
    after the article has named a pair of persons: the last such pair's nickname (its text ->
    the pair). A name met anywhere else ("Ketua KPU, Rudi") is a person's, and so kept."""
    heads: dict[str, list[bool]] = {}  # person -> per mention, whether a pair word is before
    for sv in sents:
        for c, x in enumerate(sv.chunks):
            if x.kind == NAME and x.person is not None:
                heads.setdefault(x.person, []).append(_after_pair_word(sv.chunks, c))
    words = [t.lower() for p in persons.values() for t in p.tokens]
    last: tuple[str, str] | None = None
    found: dict[str, tuple[str, str]] = {}
    for sv in sents:
        ch = sv.chunks
        for c, x in enumerate(ch):
            if x.kind != NAME or x.person is None:
                continue
            if (pair := _pair_at(ch, c)) is not None:
                last = pair
            elif last is not None and _after_pair_word(ch, c) and all(heads[x.person]) and (
                len(persons[x.person].tokens) == 1 and words.count(x.low) == 1
                and x.person not in last
            ):
                found.setdefault(x.text, last)
    return found


def _after_pair_word(ch: list[Chunk], c: int) -> bool:
    """'Paslon X' with X alone: not 'Paslon X-Y', which names both members."""
    alone = c + 1 >= len(ch) or ch[c + 1].low not in lx.PAIR_NAME_JOINERS
    return c > 0 and ch[c - 1].low in _PAIR_HEADS and alone


def _pair_at(ch: list[Chunk], c: int) -> tuple[str, str] | None:
    """'A-B', 'A dan B': two persons joined as a pair, starting at c."""
    if c + 2 >= len(ch) or ch[c + 1].low not in lx.PAIR_NAME_JOINERS:
        return None
    a, b = ch[c].person, ch[c + 2].person
    if a is None or b is None or a == b or ch[c + 2].kind != NAME:
        return None
    return a, b
