"""Where a text's lines break: a line is a paragraph, but for a line wrapped by hand in
mid-sentence, which goes on in the next ("... tiga kecamatan yang\nditetapkan ...", a long line
ending in a comma, every line of a text wrapped at a fixed width). Read by `tokens`."""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx

__all__ = ["lines"]


def lines(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the lines of `text` from `start`, a line wrapped by hand in mid-sentence
    joined to the next."""
    out: list[tuple[int, int]] = []
    wrapped = False
    lines = list(re.finditer(r"[^\n]+", text[start:]))
    by_hand = _hard_wrapped([m[0] for m in lines])
    for line in lines:
        a, b = start + line.start(), start + line.end()
        if wrapped and out:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        nxt = text[b + 1 : b + 1 + _WRAP_LOOKAHEAD]
        wrapped = text[b : b + 1] == "\n" and (
            _wrapped(text[a:b], nxt) or (by_hand and text[a:b].rstrip()[-1:] not in _STOPS))
    return out


_STOPS = frozenset('.!?"”:;')
# A text wrapped by hand at a fixed width: most of its lines of about one length, many of them
# ending in mid-sentence ("... kata Kapolda mengingatkan.\n" after "... bisa\nmenjaga ...").
_WRAP_WIDTH = (50, 95)
_WRAPPED_SHARE = 0.7
_OPEN_SHARE = 0.4
_WRAPPED_MIN_LINES = 8


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the whole text was wrapped by hand: then a line that ends with no stop goes on
    in the next, whatever that begins with ("... pesan\nKapolda.")."""
    lines = [x for x in lines if x.strip()]
    if len(lines) < _WRAPPED_MIN_LINES:
        return False
    even = sum(_WRAP_WIDTH[0] <= len(x) <= _WRAP_WIDTH[1] for x in lines)
    open_ = sum(x.rstrip()[-1:] not in _STOPS for x in lines)
    return even >= _WRAPPED_SHARE * len(lines) and open_ >= _OPEN_SHARE * len(lines)


_WRAP_LOOKAHEAD = 40
_WRAP_MIN_LINE = 40
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_NAME_GOES_ON = re.compile(r"([A-Z][a-z]+),")


def _wrapped(line: str, nxt: str) -> bool:
    """Whether a line breaks in mid-sentence: long and ending in a comma ("... diantaranya A,
    Peneliti X,\nB, Dosen Y"), or ending in a word with no stop and the next line going on in
    lower case ("... tiga kecamatan yang\nditetapkan ..."), or a name cut in two ("... dan
    Charlos Viali\nRahantoknam, SH; yang ..."): two capitalised words, no common one, the second
    followed by the comma before a degree or a clause."""
    if len(line) >= _WRAP_MIN_LINE and line.rstrip()[-1:] == "," and nxt[:1].isalpha():
        return True  # "... lima panelis, diantaranya A, Peneliti X,\nB, Dosen Y, C ..."
    if len(line) < _WRAP_MIN_LINE or not nxt or not line[-1].isalpha():
        return False  # most lines: short, or ending in a stop (no regex over the whole line)
    last = _LAST_WORD.search(line[-_WRAP_LOOKAHEAD:])
    if last is None:
        return False
    if nxt[0].islower():
        return True
    name = _NAME_GOES_ON.match(nxt)
    word = last.group(1)
    return name is not None and word[0].isupper() and not (
        {word.lower(), name.group(1).lower()} & lx.COMMON_WORDS)
