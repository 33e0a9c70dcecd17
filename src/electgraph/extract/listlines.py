"""The lines of a list, joined to the sentence that announces it.

A line ending "..., antara lain:" followed by short lines (a name, a pair, a number each) is one
list: "dihadiri oleh panelis, antara lain:\nProf. A, SE\nDr. B, M.Si". Its items are joined to
the line that announces them, with a comma of no width between them (none is written), so that
the rules read them as the list they are. Read by `tokens`.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.tokenbase import Sentence, Token

__all__ = ["join_listed_lines"]

_ITEM_MAX_TOKENS = 24
_ITEMS_MAX = 40


def join_listed_lines(sents: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        i += 1
        if not _introduces_list(s.tokens):
            out.append(s)
            continue
        tokens = list(s.tokens)
        items, seen, k, marker = 0, 0, i, ""
        while k < len(sents) and items < _ITEMS_MAX:
            line = [x for x in sents[k : k + 4] if x.paragraph == sents[k].paragraph]
            item = [t for x in line for t in x.tokens]
            if sents[k].paragraph != s.paragraph + seen + 1:
                break
            seen += 1
            if _subheading(item) and k + len(line) < len(sents):
                # "1. Sumba Timur :" over its pair: a heading inside the list, whose place
                # stays an item of it
                item = item[2:-1] if _marker(item) == "number" else item[:-1]
                if items:
                    at = line[0].start - 1
                    tokens.append(Token(",", at, at, ","))
                tokens.extend(item)
                items += 1
                k += len(line)
                continue
            if not _list_item(item):
                break
            kind = _marker(item)
            # "Diusung oleh:\n– A\n– B\n3. C dan D": a numbered line after bulleted ones begins
            # the next item of an outer list, not this one's.
            marker = marker if items else kind
            if marker == "bullet" and kind == "number":
                break
            if kind == "number":
                item = item[2:]  # "1. Partai Demokrat": the numbering is no part of the list
            elif kind == "bullet" and len(item) > 1:
                item = item[1:]
            if len(item) > 3 and item[0].low in ("nomor", "no") and item[2].text == ":":
                item = item[3:]  # "• Nomor 1: A – B": a ballot number heads the pair
            if items:
                at = line[0].start - 1  # the line break before the item
                tokens.append(Token(",", at, at, ","))
            tokens.extend(item)
            items += 1
            k += len(line)
        if items < 2 and marker != "bullet":
            # one line after a colon is a sentence of its own, not a list; a bullet's is an item
            out.append(s)
            continue
        out.append(Sentence(s.start, tokens[-1].end, tuple(tokens), s.paragraph))
        i = k
    return out


_NUMBERED = re.compile(r"^(?:\d{1,2}|[a-z])$")


def _marker(item: list[Token]) -> str:
    """How a list's line is marked: a bullet, a number ("1." "a)") or nothing."""
    if item[0].text in _BULLETS:
        return "bullet"
    numbered = _NUMBERED.match(item[0].text) and len(item) > 2 and item[1].text in ".)"
    return "number" if numbered else ""


_BULLETS = frozenset("-–—•*·")
# "... empat pasangan calon yakni,": a comma after these words opens a list as a colon does.
_LIST_OPENERS = frozenset({"yakni", "yaitu", "lain", "diantaranya", "antaranya", "meliputi"})


def _introduces_list(toks: tuple[Token, ...]) -> bool:
    if len(toks) < 3:
        return False
    return toks[-1].text == ":" or (toks[-1].text == "," and toks[-2].low in _LIST_OPENERS)


def _list_item(toks: list[Token]) -> bool:
    """A line of its own, short, with no full stop at its end (degrees aside: "M.Si"). A line
    with a verb that ends in a full stop is a sentence ("- A berpasangan dengan B memperoleh
    nomor urut 1."), even as an item of a list: the rules read it on its own."""
    return (
        len(toks) <= _ITEM_MAX_TOKENS
        and toks[-1].text not in ("!", "?", ":")
        and not (toks[-1].text == "." and len(toks) > 1 and (
            len(toks[-2].text) > 3 or _has_verb(toks)))
        and (toks[0].is_cap or toks[0].text[:1].isdigit() or toks[0].text in _BULLETS)
    )


def _subheading(toks: list[Token]) -> bool:
    """A short line of capitalised words ending in a colon, maybe numbered: "Sumba Timur :",
    "2. Kota Kupang:" heading the items under it."""
    words = toks[2:] if _marker(toks) == "number" else toks
    return 1 < len(words) <= _HEADING_MAX_TOKENS and words[-1].text == ":" and all(
        t.is_cap and t.text.isalpha() for t in words[:-1])


_HEADING_MAX_TOKENS = 5


def _has_verb(toks: list[Token]) -> bool:
    """Whether a lower-case word with a verb's prefix ("memperoleh", "berpasangan") stands
    outside brackets: "A (Ketua merangkap Anggota) selaku Teradu I." names, it says nothing."""
    depth = 0
    for t in toks:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text.islower() and len(t.text) > 5 and (
                t.low.startswith(lx.VERB_PREFIXES)):
            return True
    return False


