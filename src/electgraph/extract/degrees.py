"""Academic degrees after a name: "NAME, S.H., M.Si.", "NAME, SE. M.I.Kom", and written bare
("Ida Yulita Susanti SH", "Agung Nugroho SE MM", "Ade Hartati Rahmat M.Pd")."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import PUNCT, WORD, Chunk

__all__ = ["bare_degrees", "comma_glued", "degree_at"]


def degree_at(chunks: list[Chunk], c: int) -> int:
    """Index after a degree written as chunks ("S", ".", "H", ".") starting at c, or c if none.

    A known degree ("S.H.", "M.Si.") counts wherever it ends; any other run of dotted initials
    ("S.I.K.") after a name and a comma can only be a degree too.
    """
    letters = ""
    parts = 0
    dotted = True
    k = c
    while k < len(chunks) and len(letters) < 8:
        ch = chunks[k]
        if ch.kind == WORD and ch.text.isalpha() and len(ch.text) <= 5 and ch.text[:1].isupper():
            letters += ch.text.lower()
            parts += 1
            dotted = dotted and len(ch.text) <= 3
        elif ch.kind == PUNCT and ch.text == ".":
            pass
        elif parts == 1 and comma_glued(chunks, k):
            pass  # "S,Hut", "M,Si": a degree typed with a comma for its full stop
        else:
            break
        k += 1
        at_end = k >= len(chunks) or chunks[k].kind != WORD
        dots_follow = k < len(chunks) and chunks[k].text == "."
        initials = dotted and parts >= 2 and dots_follow
        # "NAME, S. Ag dan ...", "NAME, SH selaku ...": a lower-case word may follow a degree.
        at_end = at_end or not chunks[k].text[:1].isupper()
        if parts == 1 and letters in _TITLE_DEGREES:
            # "NAME, Drs. dan ...": the title written after the name; before a capital it is
            # the next name's ("Kaban X, Drs. NAME")
            after = k + dots_follow
            if at_end and not (after < len(chunks) and chunks[after].kind == WORD
                               and chunks[after].text[:1].isupper()):
                return after
        # "S,Hut M,Si": a degree typed with a comma is whole at its second part.
        at_end = at_end or (parts == 2 and comma_glued(chunks, c + 1))
        # "S.Sos M.Si": one degree right after another, with no comma between
        at_end = at_end or (letters in lx.DEGREE_TOKENS and not dots_follow
                            and degree_at(chunks, k) > k)
        # "S.E.I", "S.H.I": a longer degree goes on past the dot of a shorter one ("S.E.")
        longer = dots_follow and k + 1 < len(chunks) and (
            letters + chunks[k + 1].low) in lx.DEGREE_TOKENS
        if (letters in lx.DEGREE_TOKENS and at_end and not longer) or (
            initials and (k + 1 >= len(chunks) or chunks[k + 1].kind != WORD)
        ) or (at_end and _master_or_bachelor(chunks, c, k, parts)):
            if dots_follow:
                k += 1
            return k
    return c


_TITLE_DEGREES = frozenset({"drs", "dra"})


def comma_glued(chunks: list[Chunk], k: int) -> bool:
    """Whether chunk k is a comma typed for a degree's full stop, with no space on either side
    and a degree's initial before it ("Jhoni Way S,Hut M,Si", "AKBP NAME S,IK"): a list's
    comma has a space after it."""
    if not (0 < k < len(chunks) - 1 and chunks[k].text == ","):
        return False
    before, after = chunks[k - 1], chunks[k + 1]
    return (before.text in ("S", "M", "D") and before.end == chunks[k].start
            and after.start == chunks[k].end and after.kind == WORD and after.text.isalpha()
            and (before.low + after.low) in lx.DEGREE_TOKENS)


def _master_or_bachelor(chunks: list[Chunk], c: int, k: int, parts: int) -> bool:
    """"NAME, M.SP, ...", "NAME, S.IP": M. or S. and the field's letters in capitals, a degree
    the list lacks (no name is written so)."""
    return (parts == 2 and k - c == 3 and chunks[c].text in ("M", "S")
            and chunks[c + 1].text == "." and chunks[c + 2].text.isupper()
            and chunks[c + 2].start == chunks[c + 1].end  # "M. ALI": an initial, then a name
            and 2 <= len(chunks[c + 2].text) <= 4)


def bare_degrees(chunks: list[Chunk], names: list[int]) -> bool:
    """Drop from the end of `names` the degrees written with no comma before them ("Ida Yulita
    Susanti SH", "Agung Nugroho SE MM", "Ade Hartati Rahmat M.Pd"); whether there were any."""
    bare = False
    # "Brigjen Pol. Awi S.I.K., M.Hum.": initials at the end that spell a degree are one.
    k = len(names)
    while k > 1 and len(chunks[names[k - 1]].text) == 1 and chunks[names[k - 1]].text.isupper():
        k -= 1
    if len(names) - k >= 2 and "".join(chunks[x].low for x in names[k:]) in lx.DEGREE_TOKENS:
        del names[k:]
        bare = True
    # "Rahmat Hidayat S.Sos", "Abdullah Sani M.Pd.I": a degree written with full stops and
    # no space, whose parts the names took in.
    k = _glued_from(chunks, names)
    if 0 < k < len(names) and "".join(chunks[x].low for x in names[k:]) in lx.DEGREE_TOKENS:
        del names[k:]
        bare = True
    # "H Elman ST MM": degrees may leave one word, the name is never emptied.
    while len(names) >= 2:
        tok = chunks[names[-1]]
        if len(names) >= 3 and _spaced_degree(chunks[names[-2]], tok):
            del names[-2:]  # "Wuri Rahmawati M Si", "Imron Hidayatullah S Hum"
            bare = True
            continue
        nxt = chunks[names[-1] + 2] if names[-1] + 2 < len(chunks) else None
        glued = (  # "M.Pd", "M.Arch": an initial M or S with a full stop and a degree's rest
            tok.text in ("M", "S")
            and nxt is not None
            and chunks[names[-1] + 1].text == "."
            and nxt.start == chunks[names[-1] + 1].end
            and (tok.low + nxt.low in lx.DEGREE_TOKENS or nxt.low in ("arch", "pd", "si", "kes"))
        )
        # Upper case, or capitals inside ("SSosI", "SPd"): a given name has one, at its start.
        capitals = tok.text.isupper() or sum(c.isupper() for c in tok.text) >= 2
        # "Rahmat S.Sos", "A M.Pd.I": a degree the tokenizer kept whole, with its full stops.
        letters = tok.low.replace(".", "")
        if not glued and not (capitals and letters in lx.DEGREE_TOKENS) and (
                letters not in _ONE_CAPITAL_DEGREES):
            break
        names.pop()
        bare = True
    return bare


# Degrees written with one capital ("Drs HM Ali Msi", "NAME Spd"): an M or S, then a consonant,
# as no given name begins; the short ones ("Ma", "Sp") may be names and are left out.
_ONE_CAPITAL_DEGREES = frozenset(
    d for d in lx.DEGREE_TOKENS
    if len(d) >= 3 and d.isalpha() and d[0] in "ms" and d[1] not in "aeiou")


def _spaced_degree(first: Chunk, second: Chunk) -> bool:
    """"M Si", "S Hum", "S Pt": a degree's initial and rest written apart, with no full stop."""
    return (first.text in ("M", "S") and second.text[:1].isupper()
            and second.text[1:].islower() and len(second.text) <= 4
            and (first.text + second.text).lower() in lx.DEGREE_TOKENS)


def _glued_from(chunks: list[Chunk], names: list[int]) -> int:
    """Where the run of names joined by full stops with no space ("S", ".", "Sos") that ends
    `names` begins, if its first part is one capital letter; else len(names)."""
    k = len(names) - 1
    while k > 0 and names[k] == names[k - 1] + 2:
        dot = chunks[names[k] - 1]
        if dot.text != "." or dot.end != chunks[names[k]].start or (
                dot.start != chunks[names[k - 1]].end):
            break
        k -= 1
    first = chunks[names[k]].text
    return k if k < len(names) - 1 and len(first) == 1 and first.isupper() else len(names)
