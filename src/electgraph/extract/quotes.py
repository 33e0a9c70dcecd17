"""quotes: direct quotes and their speakers.

A quote is text between double quotes (straight or curly; a paragraph left open continues in the
next). Its speaker is the name after a speech verb ("ujar Legar Saputra"), the office after it
resolved to its holder ("ujar Kapolda"), the name before "mengatakan, ..." or, for "ujarnya" /
"katanya", the person named last before the quote, outside every quote (a name inside a quote
is spoken of, not speaking).
"""

from __future__ import annotations

import re

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
    quotes = list(_QUOTE.finditer(text, doc.article.body_start))
    # "“... kepada Bobby ...,” katanya": a name inside a quote is spoken of, not the speaker;
    # the speaker "-nya" points back to is named outside the quotes.
    outside = _outside_quotes(names, [(m.start(), m.end()) for m in quotes])
    for m in quotes:
        q_start, q_end = m.start(), m.end()
        speaker, span_start, span_end = _speaker_after(doc, names, outside, text, q_start, q_end)
        if speaker is None:
            speaker, span_start = _speaker_before(doc, outside, text, q_start)
            span_end = q_end
        if speaker is None:
            continue
        # The evidence runs from the quote to the nearest mention of its speaker, so that it
        # always names the person even when the quote closes with "ujarnya".
        mentions = doc.persons[speaker].mentions if speaker in doc.persons else []
        if mentions:
            near = min(mentions, key=lambda sp: min(abs(sp.start - q_start), abs(sp.end - q_end)))
            span_start, span_end = min(span_start, near.start), max(span_end, near.end)
        start, end = min(span_start, q_start), max(span_end, q_end)
        out.fact(FactKind.QUOTES, speaker, None, start, end, "quotes", text=m[1].strip(" ,."))


def _outside_quotes(names: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions outside every quote (both lists in text order: one pass)."""
    kept: list[Mention] = []
    q = 0
    for mention in names:
        while q < len(spans) and spans[q][1] <= mention[0]:
            q += 1
        if q < len(spans) and spans[q][0] <= mention[0] < spans[q][1]:
            continue
        kept.append(mention)
    return kept


def _speaker_after(
    doc: Doc, names: list[Mention], outside: list[Mention], text: str, q_start: int, q_end: int
) -> tuple[str | None, int, int]:
    line_end = text.find("\n", q_end)
    tail = text[q_end : line_end if line_end >= 0 else len(text)]
    m = _VERB_AFTER.match(tail)
    if not m or m[1].lower() not in lx.SPEECH_VERBS:
        return None, q_end, q_end
    verb_end = q_end + m.end(1)
    if m[1].lower().endswith("nya") or m[2]:
        return _last_person_before(doc, outside, q_start), q_end, q_end + m.end()
    for start, end, ch in names:
        if verb_end <= start <= verb_end + 3:
            if ch.kind == NAME and ch.person:
                return ch.person, start, end
            if ch.kind == ROLE:
                nxt = [n for n in names if n[0] >= end and n[0] <= end + 3]
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
    for start, _, ch in reversed(names):
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
    line_start = text.rfind("\n", 0, q_start) + 1
    head = text[line_start:q_start]
    if not _INTRO_BEFORE.search(head):
        return None, q_start
    for start, _, ch in reversed(names):
        if line_start <= start < q_start and ch.kind == NAME and ch.person:
            return ch.person, start
    return _last_person_before(doc, names, q_start), q_start
