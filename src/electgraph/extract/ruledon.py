"""Whom a sentence about a ruling rules on ("menjatuhkan sanksi kepada A", "memberhentikan
secara tetap Ketua KPU X, A", "... B, C dan D, terbukti melanggar"): named, not shown to be
there. Read by `attends`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PUNCT, ROLE, Chunk

__all__ = ["ruled_on"]


# Words of a ruling, and those that name who it is about: "menjatuhkan sanksi kepada A",
# "teradu 6 sampai 8 masing-masing A, B dan C".
_RULING_WORDS = frozenset({"sanksi", "teradu", "pelanggaran", "melanggar", "diberhentikan",
                           "memberhentikan", "memecat", "mencopot", "terbukti"})


_RULED_ON = frozenset({"kepada", "teradu", "terhadap"})
# Verbs of a dismissal, whose objects run on past adverbs and their colleagues ("memberhentikan
# secara tetap Ketua KPU X, A, bersama dua anggotanya, B dan C") up to a word that opens another
# clause ("dalam sidang yang dipimpin D") or says who came ("dan sidang itu dihadiri D").
_DISMISSALS = frozenset({"memberhentikan", "memecat", "mencopot"})
_CLAUSE_OPENERS = frozenset({"dalam", "oleh", "dipimpin", "yang", "di", "karena", "sebab", "saat",
                             "ketika", "setelah", "usai"})


_LIST_GLUE = frozenset({",", "dan", "serta", "masing-masing", "sampai", "hingga"})
# A tribunal's finding ("menetapkan bahwa Ketua KPU X A, serta tiga komisioner lainnya, yakni
# B, C dan D, terbukti melanggar"): the list before "terbukti" is whom it found against, back to
# the word that opens the finding; the words a list of officials is made of keep the sweep going.
_FINDING = "terbukti"
_FINDING_LIST_WORDS = _LIST_GLUE | {"yakni", "yaitu", "lainnya", "lain", "para", "selaku"}


def ruled_on(chunks: list[Chunk]) -> set[int]:
    """In a sentence about a ruling, the chunks of whom it rules on ("kepada komisioner KPU X
    dan Bawaslu X", "teradu 1 A, B dan C"): named, not shown to be there."""
    if not any(ch.low in _RULING_WORDS for ch in chunks):
        return set()
    found: set[int] = set()
    active = dismissed = False
    for c, ch in enumerate(chunks):
        if ch.low in _DISMISSALS:
            dismissed = True
        elif dismissed and (ch.low in _CLAUSE_OPENERS or ch.low in lx.ATTEND_CUES
                            or ch.text == "."):
            dismissed = False
        elif dismissed and ch.kind in (NAME, ORG, ROLE):
            found.add(c)
        if ch.low in _RULED_ON:
            active = True
        elif active and ch.kind in (NAME, ORG, ROLE):
            found.add(c)
        elif active and not (ch.low in _LIST_GLUE or ch.low.isdigit() or ch.kind == PUNCT
                             or ch.low in lx.OFFICE_ORDINALS):
            active = False
        if ch.low == _FINDING:
            found.update(_found_against(chunks, c))
    return found


def _found_against(chunks: list[Chunk], t: int) -> list[int]:
    """The officials listed right before the finding's "terbukti" at t."""
    found = []
    k = t - 1
    while k >= 0 and (chunks[k].kind in (NAME, ORG, ROLE, PUNCT)
                      or chunks[k].low in _FINDING_LIST_WORDS
                      or chunks[k].low in lx.BALLOT_NUMBER_WORDS or chunks[k].low.isdigit()):
        if chunks[k].kind in (NAME, ORG, ROLE):
            found.append(k)
        k -= 1
    return found
