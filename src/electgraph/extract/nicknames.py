"""The other names persons and pairs go by: a person's ("NAME, yang akrab disapa NICK", "NAME
(NICK)"), where a pair's begins ("A dan B, yang dikenal dengan sebutan pasangan X"), and a pair
called by one word the article never introduces ("A-B ... Paslon SipakarioMi diusung oleh P").
Read by `Doc`, which links or drops those names as persons, and by `pairs`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, Chunk

if TYPE_CHECKING:
    from electgraph.extract.doc import Person, SentView

__all__ = ["called_at", "pairs_by_one_word", "person_nicknames"]

_PAIR_HEADS = frozenset({"paslon", "pasangan"})


def pairs_by_one_word(
    sents: list[SentView], persons: dict[str, Person]
) -> dict[str, tuple[str, str]]:
    """A one-word name met only right after "paslon"/"pasangan", shared with no other person,
    after the article has named a pair of persons: the last such pair's nickname (its text ->
    the pair). A name met anywhere else ("Ketua KPU, Rudi") is a person's, and so kept."""
    heads: dict[str, bool] = {}  # person -> whether every mention has a pair word before it
    headed = False  # whether any has
    for sv in sents:
        for c, x in enumerate(sv.chunks):
            if x.kind == NAME and x.person is not None:
                after = _after_pair_word(sv.chunks, c)
                heads[x.person] = heads.get(x.person, True) and after
                headed = headed or after
    if not headed:
        return {}  # most articles: no "Paslon X" at all
    # words of fuller names: "Rudi" in "Rudi Hartono" is no nickname of a pair
    words = {t.lower() for p in persons.values() if len(p.tokens) > 1 for t in p.tokens}
    last: tuple[str, str] | None = None
    found: dict[str, tuple[str, str]] = {}
    for sv in sents:
        ch = sv.chunks
        for c, x in enumerate(ch):
            if x.kind != NAME or x.person is None:
                continue
            if (pair := _pair_at(ch, c)) is not None:
                last = pair
            elif last is not None and (heads[x.person] or _blend(x.low, last, persons)) and (
                len(persons[x.person].tokens) == 1 and x.low not in words
                and x.person not in last
            ):
                found.setdefault(x.text, last)
    return found


def _blend(word: str, pair: tuple[str, str], persons: dict[str, Person]) -> bool:
    """Whether `word` is made of the pair's names, in their order ("BesTi" of Bebas Manggazali
    and Siti Rahmawati): its letters run through the first's name into the second's."""
    first, second = ("".join(persons[p].tokens).lower() for p in pair)
    if len(word) < 4 or word[0] != first[:1]:
        return False
    letters, k = first + second, 0
    for ch in word:
        k = letters.find(ch, k) + 1
        if not k:
            return False
    return k > len(first)


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


def called_at(ch: list[Chunk], k: int) -> int | None:
    """Where the nickname begins in ", yang dikenal dengan sebutan pasangan Mandiri" (or
    "disebut pasangan X", "dijuluki X") after a pair; None when the pair is given none."""
    m = k + (k < len(ch) and ch[k].text == ",")
    m += m < len(ch) and ch[m].low == "yang"
    # "A dan B, maju dengan tagline “X”": a verb of running, then the nickname's noun.
    m += m + 1 < len(ch) and ch[m].low in _RUNNING_VERBS and ch[m + 1].low == "dengan"
    if m + 1 < len(ch) and ch[m].low == "dengan" and ch[m + 1].low in lx.PAIR_NICKNAME_WORDS:
        m += 1
    elif m >= len(ch) or ch[m].low not in _CALLED_VERBS:
        return None
    m += 1
    while m < len(ch) and (ch[m].low in _CALLED_FILLERS or ch[m].text in lx.OPENING_QUOTES):
        m += 1
    return m if m < len(ch) and ch[m].text[:1].isupper() else None


def person_nicknames(sents: list[SentView]) -> dict[tuple[str, ...], Chunk]:
    """The name a person is called by, written after the full one: "NAME, yang akrab disapa
    NICK", "NAME alias NICK", "NAME (NICK)"; or before it: "NICK, sapaan NAME". Not after a
    pair ("A dan B, yang dikenal ..."), whose nickname is the pair's."""
    found: dict[tuple[str, ...], Chunk] = {}
    for sv in sents:
        ch = sv.chunks
        for c, x in enumerate(ch):
            if x.kind == NAME and (inner := _INNER.search(x.text)) is not None:
                # "Andi Nur Bangsawan “Anca” Lamakarate": the nickname written inside
                found.setdefault((inner[1].lower(),), x)
            if x.kind != NAME or (c >= 2 and ch[c - 1].low in lx.PAIR_NAME_JOINERS
                                  and ch[c - 2].kind == NAME):
                continue
            if c + 3 < len(ch) and ch[c + 1].text == "(" and ch[c + 3].text == ")" and (
                ch[c + 2].kind == NAME
            ):
                found.setdefault(tuple(ch[c + 2].attrs["tokens"]), x)  # "NAME (NICK)"
                continue
            if (full := _full_after_sapaan(ch, c)) is not None:
                found.setdefault(tuple(x.attrs["tokens"]), full)  # "NICK, sapaan NAME"
                continue
            for k in range(c + 1, min(len(ch) - 1, c + 6)):
                if ch[k].kind == NAME:
                    break
                if ch[k].low in lx.NICKNAME_CUES and ch[k + 1].kind == NAME:
                    found.setdefault(tuple(ch[k + 1].attrs["tokens"]), x)
                    break
    return found


def _full_after_sapaan(ch: list[Chunk], c: int) -> Chunk | None:
    """"ungkap Jon Zaki, sapaan Jumiwan Aguza", "ujar Umi Dinda— sapaan akrab Hj Indah": the
    name at c is what the person named after "sapaan" is called."""
    k = c + 1
    if k + 1 >= len(ch) or ch[k].text not in (",", "—", "–", "-") or ch[k + 1].low != "sapaan":
        return None
    k += 2
    k += k < len(ch) and ch[k].low in ("akrab", "akrabnya")
    return ch[k] if k < len(ch) and ch[k].kind == NAME else None


_INNER = re.compile(r"[“\"]([A-Z][a-z]+)[”\"]")
_CALLED_VERBS = frozenset({"dikenal", "disebut", "dijuluki", "disapa", "dinamai", "bertajuk"})
_RUNNING_VERBS = frozenset({"maju", "mendaftar", "tampil", "berlaga", "bertarung", "hadir"})
_CALLED_FILLERS = frozenset({"dengan", "sebagai", "sebutan", "julukan", "nama", "istilah",
                             "pasangan", "paslon", "akrab", "jargon", "akronim", "tagline",
                             "slogan"})
