"""quotes: direct quotes and their speakers.

A quote is text between double quotes (straight or curly; a paragraph left open continues in the
next). Its speaker is the name after a speech verb ("ujar Legar Saputra"), the office after it
resolved to its holder ("ujar Kapolda"), the name before "mengatakan, ..." or, for "ujarnya" /
"katanya", the person named last before the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc
from electgraph.model import FactKind

Mention = tuple[int, int, Chunk]  # (start, end, chunk) of a name or an office
_QUOTE = re.compile(r"[\"“”]([^\"“”\n]{8,}?)(?:[\"“”]|\n(?=[\"“]))")
_VERB_AFTER = re.compile(r"^\s*[,.]?\s*[\"”]?\s*([A-Za-z]+)(?:\s+(dia|ia|beliau))?")
_INTRO_BEFORE = re.compile(
    r"(?:mengatakan|menegaskan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|berkata|menyebut"
    r"|menambahkan|mengingatkan|berpesan|menyatakan|bilang|menerangkan|memaparkan)\s*[,:]?\s*$"
)


def extract_quotes(doc: Doc, out: Collector) -> None:
    names = [
        (ch.start, ch.end, ch) for sv in doc.sents for ch in sv.chunks if ch.kind in (NAME, ROLE)
    ]
    text = doc.text
    by_start: dict[str, list[Any]] = {}
    for m in _QUOTE.finditer(text, doc.article.body_start):
        q_start, q_end = m.start(), m.end()
        speaker, span_start, span_end = _speaker_after(doc, names, text, q_end)
        if speaker is None:
            speaker, span_start = _speaker_before(doc, names, text, q_start)
            span_end = q_end
        if speaker is None:
            continue
        # The evidence runs from the quote to the nearest mention of its speaker, so that it
        # always names the person even when the quote closes with "ujarnya".
        if speaker not in by_start and speaker in doc.persons:
            by_start[speaker] = sorted(doc.persons[speaker].mentions, key=lambda sp: sp.start)
        if mentions := by_start.get(speaker, []):
            # The nearest mention lies next to the quote in start order: a bisection, not a
            # scan of every mention for every quote (quadratic in a line of quotes).
            i = bisect_left(mentions, q_start, key=lambda sp: sp.start)
            j = bisect_left(mentions, q_end, key=lambda sp: sp.start)
            near = min([*mentions[max(0, i - 2) : i + 2], *mentions[max(0, j - 2) : j + 2]],
                       key=lambda sp: min(abs(sp.start - q_start), abs(sp.end - q_end)))
            span_start, span_end = min(span_start, near.start), max(span_end, near.end)
        start, end = min(span_start, q_start), max(span_end, q_end)
        out.fact(FactKind.QUOTES, speaker, None, start, end, "quotes", text=m[1].strip(" ,."))


# How far around a quote its speech verb is looked for: every window is bounded, so a line of
# thousands of quotes costs linear time (slicing the rest of the line per quote was quadratic).
_WINDOW = 200


def _from(names: list[Mention], pos: int) -> int:
    """Index of the first name starting at or after `pos` (names are in text order)."""
    return bisect_left(names, pos, key=lambda n: n[0])


def _backwards(names: list[Mention], end: int) -> Iterator[Mention]:
    """names[end - 1], names[end - 2], ... without copying the list (a slice per quote was
    quadratic)."""
    for i in range(end - 1, -1, -1):
        yield names[i]


def _speaker_after(
    doc: Doc, names: list[Mention], text: str, q_end: int
) -> tuple[str | None, int, int]:
    limit = min(len(text), q_end + _WINDOW)
    line_end = text.find("\n", q_end, limit)
    tail = text[q_end : line_end if line_end >= 0 else limit]
    m = _VERB_AFTER.match(tail)
    if not m or m[1].lower() not in lx.SPEECH_VERBS:
        return None, q_end, q_end
    verb_end = q_end + m.end(1)
    if m[1].lower().endswith("nya") or m[2]:
        return _last_person_before(doc, names, q_end), q_end, q_end + m.end()
    for idx in range(_from(names, verb_end), len(names)):
        start, end, ch = names[idx]
        if start > verb_end + 3:
            break
        if verb_end <= start <= verb_end + 3:
            if ch.kind == NAME and ch.person:
                return ch.person, start, end
            if ch.kind == ROLE:
                i = _from(names, end)
                nxt = [n for n in names[i : i + 4] if n[0] <= end + 3]
                if nxt and nxt[0][2].kind == NAME and (person := nxt[0][2].person):
                    return person, start, nxt[0][1]
                holder = _holder_by_title(names, ch)
                return holder, start, end
    return None, q_end, q_end


def _holder_by_title(names: list[Mention], role: Chunk) -> str | None:
    attrs = role.attrs
    for _, _, ch in names:
        if ch.kind == ROLE and ch.holders and ch.attrs["head"] == attrs.get("head"):
            same_org = getattr(ch.attrs.get("org"), "key", None) == getattr(
                attrs.get("org"), "key", None
            )
            if same_org or attrs.get("org") is None:
                return ch.holders[0]
    return None


def _last_person_before(doc: Doc, names: list[Mention], pos: int) -> str | None:
    for start, _, ch in _backwards(names, _from(names, pos)):
        if start < pos:
            if ch.kind == NAME and ch.person:
                return ch.person
            if ch.kind == ROLE:
                holder = _holder_by_title(names, ch)
                if holder:
                    return holder
    return None


def _speaker_before(
    doc: Doc, names: list[Mention], text: str, q_start: int
) -> tuple[str | None, int]:
    window = max(0, q_start - _WINDOW)
    head = text[text.rfind("\n", window, q_start) + 1 or window : q_start]
    if not _INTRO_BEFORE.search(head):
        return None, q_start
    line_start = text.rfind("\n", 0, q_start) + 1
    for start, _, ch in _backwards(names, _from(names, q_start)):
        if start < line_start:
            break
        if ch.kind == NAME and ch.person:
            return ch.person, start
    return _last_person_before(doc, names, q_start), q_start
