"""Pairs written with nothing between their names: "pasangan Siska Karina Imran Sudirman",
"pasangan Khofifah Emil". Some outlets drop the dash of "Khofifah-Emil", so the chunker reads one
name of four words where the article means two persons. Read by `Doc` before it links names to
persons: the name is split in two, with an empty dash between, and every later rule sees the pair
as if the dash had been typed. A list's pair member called by his initials ("HNU-Lia Anggraini")
is made a name the same way, before persons are linked (`acronym_members`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, PUNCT, WORD, Chunk
from electgraph.ids import fold

__all__ = ["acronym_members", "split_unjoined_pairs"]

_PAIR_WORDS = frozenset({"pasangan", "paslon"})


class _Sentence(Protocol):
    chunks: list[Chunk]


def split_unjoined_pairs(sents: Sequence[_Sentence]) -> None:
    """Split each name after "pasangan" that is two persons written without a joiner."""
    wanted = [(sv, c) for sv in sents for c, ch in enumerate(sv.chunks)
              if ch.kind == NAME and c and sv.chunks[c - 1].low in _PAIR_WORDS]
    if not wanted:
        return
    after_pair = {id(sv.chunks[c]) for sv, c in wanted}
    names = [tuple(ch.attrs["tokens"]) for sv in sents for ch in sv.chunks
             if ch.kind == NAME and id(ch) not in after_pair]
    joined = any(_joined_pair_at(sv.chunks, c) for sv, c in wanted)
    for sv, c in reversed(wanted):
        ch = sv.chunks[c]
        if _joined_pair_at(sv.chunks, c) or (c + 1 < len(sv.chunks)
                                             and sv.chunks[c + 1].text in lx.DASHES):
            continue  # "pasangan Tri Rismaharini dan Gus Hans": the pair is written whole
        bracketed = c + 1 < len(sv.chunks) and sv.chunks[c + 1].text == "("
        at = _split_at(ch, names, joined, bracketed)
        if at is not None:
            sv.chunks[c : c + 1] = _halves(ch, at)


def _joined_pair_at(chunks: list[Chunk], c: int) -> bool:
    """'pasangan A dan B', 'pasangan A-B': the article writes its pairs with a joiner."""
    return (c + 2 < len(chunks) and chunks[c + 1].low in lx.PAIR_NAME_JOINERS
            and chunks[c + 2].kind == NAME)


def _split_at(ch: Chunk, names: list[tuple[str, ...]], joined: bool, bracketed: bool
              ) -> int | None:
    """The token index where the name splits into two persons, if it does: both parts named
    apart elsewhere in the article, in `names` (those with no "pasangan" before them), a part
    of one word maybe as a name's first word ("Siska" for "Siska Karina Imran"); or two
    one-word names where the article writes its other pairs with a joiner ("pasangan Luluk dan
    Lukman ... pasangan Khofifah Emil"), not one with its acronym after it ("(ASR)")."""
    tokens = tuple(ch.attrs["tokens"])
    if (len(tokens) < 2 or ch.attrs.get("titled") or len(ch.text.split()) != len(tokens)
            or any(t in lx.COMMON_WORDS for t in tokens)):
        return None
    if tokens in names:
        return None  # the same words named with no "pasangan" before them: one person
    for at in range(1, len(tokens)):
        left, right = tokens[:at], tokens[at:]
        if _named(left, names) and _named(right, names):
            return at
    # "pasangan Andi Sumangerukka (ASR)": the pair called by its first name and its acronym
    if len(tokens) == 2 and joined and not bracketed and tokens[0] not in lx.NAME_PARTICLES and (
            tokens[0] not in lx.HONORIFICS):
        return 1
    return None


def _named(part: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    return any(n == part or (len(part) == 1 and n[:1] == part) for n in names)


def _halves(ch: Chunk, at: int) -> list[Chunk]:
    """Two NAME chunks for the two persons and an empty dash between them."""
    words = ch.text.split()
    left_text, right_text = " ".join(words[:at]), " ".join(words[at:])
    right_start = ch.text.index(right_text, len(left_text)) + ch.start
    tokens = ch.attrs["tokens"]
    left = _name(ch, ch.i, ch.i + at, ch.start, ch.start + len(left_text), left_text, tokens[:at])
    right = _name(ch, ch.i + at, ch.j, right_start, ch.end, right_text, tokens[at:])
    dash = Chunk(PUNCT, ch.i + at, ch.i + at, left.end, left.end, "-")
    return [left, dash, right]


def _name(ch: Chunk, i: int, j: int, start: int, end: int, text: str,
          tokens: list[str]) -> Chunk:
    attrs = {**ch.attrs, "tokens": list(tokens), "name_start": start, "name_end": end}
    return Chunk(NAME, i, j, start, end, text, label=text, key="person:" + fold(text),
                 attrs=attrs)


def acronym_members(sents: Sequence[_Sentence]) -> None:
    """'A-B (Al-Shinta), Edison-Sumarni, HNU-Lia Anggraini, dan C-D': a member of a list's pair
    called by the initials of his name, joined by a dash to his mate's name, is a name too."""
    for sv in sents:
        ch = sv.chunks
        for c in range(2, len(ch) - 2):
            if (ch[c].kind == WORD and ch[c].text.isupper() and ch[c].text.isalpha()
                    and 2 <= len(ch[c].text) <= 5 and ch[c + 1].text in lx.DASHES
                    and ch[c + 2].kind == NAME and ch[c - 1].low in (",", ";", "dan", "serta")
                    and (ch[c - 2].kind == NAME or ch[c - 2].text == ")")
                    and _dash_pair_before(ch, c)):
                word = ch[c]
                ch[c] = Chunk(NAME, word.i, word.j, word.start, word.end, word.text,
                              label=word.text, key="person:" + fold(word.text),
                              attrs={"tokens": [word.low], "name_start": word.start,
                                     "name_end": word.end, "titled": False, "common": False})


def _dash_pair_before(chunks: list[Chunk], c: int) -> bool:
    """Whether a pair of names joined by a dash comes before c in the sentence."""
    return any(chunks[k].kind == NAME and chunks[k + 1].text in lx.DASHES
               and chunks[k + 2].kind == NAME for k in range(c - 2))
