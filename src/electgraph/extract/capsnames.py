"""Names written in capitals: lists of officials typed in upper case ("1. HERMAWAN PPK CAKUNG",
"Kasubbag Parmas KPU Provinsi Lampung Mohd. ADE CANDRA"). A word in capitals is most often an
acronym, so one is read as a name's only where a list item or an office opens it, every word
of the run would be a name's in lower case, and a body, an office or a stop ends it. Read by
`nametokens`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ORG, PUNCT, ROLE, WORD, Chunk
from electgraph.extract.namewords import name_word

__all__ = ["caps_name_word"]

# What a list item of names in capitals opens after: a list's comma or colon, a bullet.
_ITEM_OPENERS = frozenset({",", ":", ";", "yakni", "yaitu", "adalah"})
_BULLETS = frozenset({"-", "–", "•"})
# What may follow the name: its body or office, a stop, a bracket, a clause.
_AFTER_KINDS = frozenset({ORG, ROLE})
_AFTER_TEXTS = frozenset({",", ".", ";", ":", "(", ")", "selaku", "sebagai", "dan"})
_MAX_RUN = 4


def caps_name_word(chunks: list[Chunk], k: int, names: list[int], titled: bool) -> bool:
    """Whether the word in capitals at k is a word of a name: it goes on a name begun in
    capitals, or opens a run of such words after a list item's start, an office or a title,
    which its body, an office or a stop ends."""
    if not _caps_word(chunks[k]) and not (
            # "ARI SISWANTO": a short first name before a longer one
            not names and _short_caps(chunks[k]) and k + 1 < len(chunks)
            and _caps_word(chunks[k + 1])):
        return False
    if names:
        # "ANDI M. ZAFRULLAH", "Mohd. ADE CANDRA": a name begun in capitals, or by an
        # abbreviation of a given name
        return all(chunks[x].text.isupper() or chunks[x].low in lx.NAME_ABBREVIATIONS
                   for x in names) and _run_end(chunks, k) is not None
    before = chunks[k - 1] if k else None
    end = _run_end(chunks, k)
    if end is None:
        return False
    if _shouted(chunks) and not (titled or (before is not None and before.kind == ROLE)):
        return False  # "MENOLAK SEGALA BENTUK ... HOAX, ISU SARA": a pledge typed in capitals
    if before is None or (before.kind in (PUNCT, WORD) and before.low in _ITEM_OPENERS):
        return True
    if before.text in _BULLETS:
        return k == 1  # "- HERMAWAN ...": a bullet, not the hyphen of a pair ("PHS- ENNY")
    # "Kepala SMAN 1 X Drs. H. NGIMRON ROSADI", but "Ketua TAPD (Tim ...)": after an office or
    # a title, one word in capitals is most often a body's acronym; a name has two
    return (titled or before.kind == ROLE) and sum(x.kind == WORD for x in chunks[k:end]) >= 2


def _shouted(chunks: list[Chunk]) -> bool:
    """Whether the sentence is prose typed in capitals (a pledge, a banner): three common
    words in capitals at least, which a list of officials and their bodies never holds."""
    if _SHOUTED[0] is not chunks:
        found = sum(1 for ch in chunks if ch.kind == WORD and len(ch.text) > 2
                    and ch.text.isupper() and ch.low in lx.COMMON_WORDS)
        _SHOUTED[:] = [chunks, found >= 3]
    return bool(_SHOUTED[1])


_SHOUTED: list[object] = [None, False]  # the last sentence asked and its answer


def _caps_word(ch: Chunk) -> bool:
    text = ch.text
    return (ch.kind == WORD and text.isupper() and text.isalpha() and len(text) > 3
            and ch.low not in lx.ORG_HEADS and ch.low not in lx.PARTIES
            and name_word(text.capitalize(), False))


def _short_caps(ch: Chunk) -> bool:
    return ch.kind == WORD and len(ch.text) <= 3 and ch.text.isupper() and ch.text.isalpha()


def _run_end(chunks: list[Chunk], k: int) -> int | None:
    """The end of the run of name words in capitals (and initials) from k, if a body, an
    office, a stop or the sentence's end follows it."""
    end = k
    words = 0
    while end < len(chunks) and words <= _MAX_RUN:
        ch = chunks[end]
        if _caps_word(ch) or _short_caps(ch):
            words += 1
            end += 1
        elif ch.text == "." and end > k and len(chunks[end - 1].text) <= 4:
            end += 1  # "ANDI M. ZAFRULLAH", "Mohd. ADE": an initial's full stop
        else:
            break
    if words > _MAX_RUN:
        return None
    if end >= len(chunks):
        return end
    nxt = chunks[end]
    if nxt.kind in _AFTER_KINDS or nxt.low in _AFTER_TEXTS or (
            nxt.kind == WORD and nxt.text[:1].islower()):
        return end
    return None
