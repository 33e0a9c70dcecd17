"""Where a fact's focus starts and ends: on whole sentences, over a pair's item, over the
clause of the one who attended. `judge` finds the words that name both ends of a fact; these
move the focus's edges so that it reads as a statement, not a fragment."""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.model import Entity, Fact, FactKind

__all__ = ["SENTENCE_END", "WORD", "attender_clause", "bare_body", "clause_rest", "cues",
           "names_person", "pair_tail", "whole_first_sentence"]

SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
WORD = re.compile(r"\w[\w-]*")


def cues(text: str, start: int, end: int, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where the words of a relation are written in [start, end)."""
    return [(m.start(), m.end()) for m in WORD.finditer(text, start, end)
            if m.group().lower() in words]


def names_person(mention: str, label: str) -> bool:
    """Whether a mention writes a word of the person's name, or the start of one ("Melki" of
    "Melkiades")."""
    words = {w.lower() for w in WORD.findall(label)}
    return any(w.lower() in words or (len(w) >= 3 and any(x.startswith(w.lower()) for x in words))
               for w in WORD.findall(mention))


def bare_body(mention: str) -> bool:
    """A body named by its kind alone ("KPU", "Bawaslu"), not by its place ("KPU Garut")."""
    low = mention.lower()
    return " " not in low.strip() and low not in lx.NATIONAL_ONLY_BODIES


def whole_first_sentence(text: str, a: int, b: int) -> int:
    """A focus over two sentences or more starts where its first sentence starts: "KPU
    Makassar. Anggota PPK yang dipecat yakni A" reads as a fragment; "Delapan PPS dipecat oleh
    KPU Makassar. Anggota PPK ... yakni A" says who dismissed A (unless that sentence is long)."""
    if not SENTENCE_END.search(text, a, b):
        return a
    window = max(0, a - _FIRST_SENTENCE)
    # the sentence's start, or in a long one the start of the clause ("..., bunyi keputusan
    # KPU Makassar. Anggota PPK yang dipecat yakni A")
    before = ([m.end() for m in SENTENCE_END.finditer(text, window, a)]
              or [m.end() for m in _CLAUSE_START.finditer(text, window, a)])
    if not before:
        return a
    start = before[-1]
    while start < a and text[start].isspace():
        start += 1
    return start


_FIRST_SENTENCE = 240  # characters a focus may reach back to its first sentence's start
_CLAUSE_START = re.compile(r"[,;:]\s|[”\"]\s*,?\s")


def clause_rest(text: str, b: int, end: int, words: frozenset[str]) -> int:
    """A focus that stops on the word of its relation, with the clause going on ("KPU X
    melantik", "yang hadir", "Kegiatan ini dihadiri", "pasangan A-B mendapatkan"), reads as cut
    off before what was done or who came: it goes on to the clause's end, when that is near.
    Not after a verb of saying: what follows it is what was said."""
    words_before = WORD.findall(text, max(0, b - 40), b)
    word = words_before[-1].lower() if words_before and text[b - 1 : b].isalnum() else ""
    if word not in words or word in lx.SPEAK_VERBS:
        return b
    rest = _CLAUSE_REST.match(text, b, end)
    return rest.end() if rest else b


# The rest of a clause: words up to a break or to what is said ("bahwa"), at most 80 characters.
_CLAUSE_REST = re.compile(
    r"[ \t]+(?!bahwa\b)[\w(][^\n.,;:!?\"“”]{0,80}?(?=[\n.,;:!?\"“”]|\s+bahwa\b)")


def pair_tail(text: str, b: int, end: int) -> int:
    """A candidate's focus that stops at his name goes on over what the pair's item says of him
    ("Kemudian Risma-Gus Hans kedua", "A-B (ZIAP) nomor urut 2"): his running mate, the pair's
    nickname and its ballot number."""
    m = _PAIR_TAIL.match(text, b, end)
    return m.end() if m and m.end() > b else b


_PAIR_TAIL = re.compile(
    r"(?:\s*[-–—]\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})?"  # the running mate
    r"(?:\s*\([^()\n]{1,24}\))?"  # the pair's nickname
    r"(?:\s+(?:mendapat(?:kan)?|memperoleh|meraih|dengan)?\s*(?:nomor\s+urut|nomor|no\.?)\s*\w+"
    r"|\s+(?:kedua|ketiga|keempat|kelima|keenam|pertama)\b)?"  # its ballot number
)


def attender_clause(fact: Fact, entities: dict[str, Entity], text: str, a: int,
                     b: int) -> tuple[int, int]:
    """An attendance's focus over the whole clause of the one who attended: a focus that
    stops at his name ("... dihadiri Kesbangpol. Ketua KPU Kobar, Chaidir") reads as if the
    earlier "dihadiri" were his, when what he did follows ("menyampaikan", "saat membacakan
    sambutan"); one that starts after the list's opening ("apel, Pj Bupati diwakili A" of
    "Hadir dalam kegiatan apel, ...") leaves out the word that says they were there."""
    if fact.kind is not FactKind.ATTENDS:
        return a, b
    subject = entities.get(fact.subject)
    if subject is not None and any(b - 1 <= m.end <= b for m in subject.mentions):
        tail = _CLAUSE_TAIL.match(text, b)
        if tail and tail.group(1).lower() not in _LIST_WORDS:
            b = tail.end()
    start = text.rfind("\n", 0, a) + 1  # the line's start, or its sentence's
    for m in SENTENCE_END.finditer(text, start, a):
        start = m.end()
    while start < a and text[start].isspace():
        start += 1
    if 0 < a - start <= _OPENING and cues(text, start, a, _LIST_OPENERS):
        a = start
    return a, b


# What a name's own clause says he did: a lowercase word right after it, up to the clause's
# end or to what he said ("Chaidir menyampaikan,", "H Armain Ibrahim saat membacakan sambutan
# KPU RI menyampaikan,", "A menegaskan bahwa ..."); not the next name of a list ("A dan B").
_CLAUSE_TAIL = re.compile(
    r"[ \t]+([a-z][\w-]*)[^\n.,;:\"“”]{0,100}?(?=[\n.,;:\"“”]|\s+bahwa\b|$)")
_LIST_WORDS = frozenset({"dan", "serta", "atau", "beserta"})
_OPENING = 80  # characters of a list's opening ("Hadir dalam kegiatan apel,") before a focus
_LIST_OPENERS = lx.PRESENCE_WORDS | frozenset({"dihadiri", "diikuti", "hadiri"})
