"""quotes: direct quotes and their speakers.

A quote is text between double quotes (straight or curly; a paragraph left open continues in the
next). Its speaker is the name after a speech verb ("ujar Legar Saputra", also after a long
attribution: "kata calon bupati nomor urut satu NAME"), the office after it resolved to its
holder ("ujar Kapolda", "jelas Ketua KPU" for the "Ketua KPU X" named before), the name before
"mengatakan, ..." or, for "ujarnya" / "katanya", the person named last before the quote, outside
every quote (a name inside a quote is spoken of, not speaking); a paragraph between two quotes
that has no person for its subject goes on with the speech, so "-nya" is the first one's speaker.
A quote that opens its paragraph with no attribution continues the speech the paragraph before
reports ("NAME menjelaskan, ...").
A paragraph that only closes a quote ("...,” tegas NAME") is one whose opening mark was left out.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc
from electgraph.extract.speakers import (
    REPORTED_PARAGRAPHS,
    SAYS,
    Mention,
    backwards,
    from_,
    holder_by_title,
    last_person_before,
    pointed_speaker,
    representative,
    subject,
)
from electgraph.model import EntityType, FactKind

# A quote closes at a quote mark, or is left open to the next paragraph (a quote mark opens it)
# or to the article's end.
_QUOTE = re.compile(r"[\"“”]([^\"“”\n]{8,}?)(?:[\"“”]|\n(?=[\"“])|(?=\s*\Z))")
# A paragraph whose writer left out the opening mark: "Menjatuhkan sanksi ...,” tegas Ketua
# Majelis NAME". Read as a quote only when a speech verb and a name follow the closing mark.
_UNOPENED = re.compile(r"(?m)^[ \t]*([^\"“”\n]{8,}?[,.!?])[ \t]*[”\"]")
# "NAME menjelaskan, ..." / "NAME mengatakan bahwa ...": a paragraph reporting speech, whose
# speaker a quote that opens the next paragraph without an attribution of its own continues.
_REPORTED = re.compile(
    r"\b(?:mengatakan|menegaskan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menyatakan"
    r"|menambahkan|menerangkan|memaparkan)\b\s*(?:,|bahwa\b)"
)
# "kata kata NAME": a speech verb typed twice is one.
_VERB_AFTER = re.compile(
    r"^\s*[,.]?\s*[\"”]?\s*([A-Za-z]+)(?P<again>\s+\1\b)?(?:\s+(dia|ia|beliau))?")
# '“...,” demikian NAME', '“...,” bunyi putusan yang dibacakan oleh Anggota DKPP NAME': who
# closes the quote, or read the verdict it quotes, said it.
_READ_BY = re.compile(r"\s*[,.]?\s*[\"”]?\s*(?:demikian\b|bunyi\b[^.\n\"“”]{0,60}?"
                      r"\bdibacakan(?:\s+oleh)?\b)", re.I)
_INTRO_BEFORE = re.compile(SAYS + r"\s*[,:]?\s*$")

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}\.\s")  # "... Jakarta. " (not "Ir. ")
_ATTRIBUTION_STOPS = lx.CANDIDATE_PLACE_STOPS | {
    "saat", "ketika", "usai", "seusai", "sebelum", "setelah", "kepada", "bahwa", "sambil",
}  # fmt: skip
_ATTRIBUTION_REACH = 160  # characters from the verb to the speaker's name
_ATTRIBUTION_WORDS = 8  # words between two mentions of one attribution
_BACK = 600  # characters back to the speaker's name that a quote's "-nya" points to


def _unwrapped(doc: Doc) -> str:
    """The text with the line breaks inside a sentence (a line wrapped by hand: "...,\" kata\n
    Kapolda.") read as spaces, so that a quote runs over them; same length, same offsets."""
    text = doc.text
    breaks = [sv.sent for sv in doc.sents if "\n" in text[sv.sent.start : sv.sent.end]]
    if not breaks:
        return text  # most articles: a line is a paragraph
    chars = list(text)
    for sent in breaks:
        for i in range(sent.start, sent.end):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


def extract_quotes(doc: Doc, out: Collector) -> None:
    names = [
        (ch.start, ch.end, ch) for sv in doc.sents for ch in sv.chunks if ch.kind in (NAME, ROLE)
    ]
    text = _unwrapped(doc)
    by_start: dict[str, list[Any]] = {}
    quotes = list(_QUOTE.finditer(text, doc.article.body_start))
    # "“... kepada Bobby ...,” katanya": a name inside a quote is spoken of, not the speaker;
    # the speaker "-nya" points back to is named outside the quotes.
    outside = _outside_quotes(names, [(m.start(), m.end()) for m in quotes])
    last: tuple[int, str] | None = None  # where the quote before ended, and its speaker
    for m in quotes:
        q_start, q_end = m.start(), m.end()
        speaker, span_start, span_end = _speaker_after(
            doc, names, outside, text, (q_start, q_end), last)
        office = None
        if speaker is None and (office := _pointed_office(names, text, q_end)) is not None:
            # '“...,” jelas Ketua Bapemperda DPRD X ini': the one the paragraph is about, or the
            # speaker before, goes on, and holds that office
            speaker = pointed_speaker(doc, outside, q_start, last)
            span_end = office.end
        if speaker is None:
            speaker, span_start = _speaker_before(doc, outside, text, q_start)
            span_end = q_end
        if speaker is None:
            speaker, span_start = _reporter_before(outside, text, q_start)
        if speaker is None and (speaker := _unattributed(outside, text, q_start, q_end)):
            span_start = q_start
        if speaker is None:
            continue
        last = (q_end, speaker)
        # The evidence runs from the quote to the nearest mention of its speaker, so that it
        # always names the person even when the quote closes with "ujarnya".
        if speaker not in by_start and speaker in doc.persons:
            by_start[speaker] = sorted(doc.persons[speaker].mentions, key=lambda sp: sp.start)
        if mentions := by_start.get(speaker, []):
            # The nearest mention lies next to the quote in start order: a bisection, not a
            # scan of every mention for every quote (quadratic in a line of quotes).
            i = bisect_left(mentions, q_start, key=lambda sp: sp.start)
            j = bisect_left(mentions, q_end, key=lambda sp: sp.start)
            around = [*mentions[max(0, i - 2) : i + 2], *mentions[max(0, j - 2) : j + 2]]
            near = min(around, key=lambda sp: min(abs(sp.start - q_start), abs(sp.end - q_end)))
            # '“...,” ujarnya.' points back: to the name before it, not one that opens the next
            # paragraph, though that is nearer
            before = [sp for sp in around if sp.end <= q_start and q_start - sp.start <= _BACK]
            if before and not any(span_start <= sp.start and sp.end <= span_end
                                  for sp in around):
                near = max(before, key=lambda sp: sp.start)
            span_start, span_end = min(span_start, near.start), max(span_end, near.end)
        start, end = min(span_start, q_start), max(span_end, q_end)
        out.fact(FactKind.QUOTES, speaker, None, start, end, "quotes", text=m[1].strip(" ,."))
        if office is not None:
            _holds(out, speaker, office, start, end)
    for m in _UNOPENED.finditer(text, doc.article.body_start):
        q_start, q_end = m.start(1), m.end()
        if _opened_before(text, q_start):
            continue  # the paragraph before left a quote open: this one continues it
        verb = _VERB_AFTER.match(text[q_end : q_end + _WINDOW])
        if not verb or verb[1].lower() not in lx.SPEECH_VERBS or (
                verb[1].lower().endswith("nya") or verb[3]):
            continue  # "...,” ujarnya": no name of its own to trust without the opening mark
        verb_end = q_end + max(verb.end(1), verb.end("again"))
        speaker, _, span_end = _attributed(names, text, verb_end, q_end)
        if speaker is not None:
            out.fact(FactKind.QUOTES, speaker, None, q_start, max(span_end, q_end), "quotes",
                     text=m[1].strip(" ,."))


def _pointed_office(names: list[Mention], text: str, q_end: int) -> Chunk | None:
    """The office after the speech verb when a demonstrative follows it and no name does
    ('“...,” jelas Ketua Bapemperda DPRD X ini'): the speaker is the one the paragraphs are
    about, named before."""
    m = _VERB_AFTER.match(text[q_end : q_end + _WINDOW])
    if not m or m[1].lower() not in lx.SPEECH_VERBS or m[1].lower().endswith("nya"):
        return None
    at = bisect.bisect_left(names, q_end + m.end(1), key=lambda n: n[0])
    verb_end = q_end + m.end(1)
    if at >= len(names) or names[at][2].kind != ROLE or text[verb_end : names[at][0]].strip():
        return None
    office = names[at][2]
    return office if _POINTING.match(text, office.end) else None


_POINTING = re.compile(r"\s+(?:ini|tersebut|itu)\b")


def _holds(out: Collector, person: str, office: Chunk, start: int, end: int) -> None:
    org = office.attrs.get("org")
    out.fact(FactKind.HOLDS_ROLE, person,
             out.entity(EntityType.ORGANIZATION, org) if isinstance(org, Chunk) else None,
             start, end, "holds_role", focus=(office.start, office.end),
             role=office.attrs["title"], status=office.attrs["status"])


def _opened_before(text: str, start: int) -> bool:
    """Whether the paragraph before `start` opens a quote it does not close."""
    prev_end = text.rfind("\n", 0, max(0, start - 1))
    prev_start = text.rfind("\n", 0, max(0, prev_end))
    para = text[prev_start + 1 : max(prev_end, 0)]
    return sum(para.count(q) for q in "\"“”") % 2 == 1


# How far around a quote its speech verb is looked for: every window is bounded, so a line of
# thousands of quotes costs linear time (slicing the rest of the line per quote was quadratic).
_WINDOW = 200


def _reporter_before(names: list[Mention], text: str, q_start: int) -> tuple[str | None, int]:
    """A quote opening its paragraph with no attribution: the person whose speech the paragraph
    before reports ("Sementara itu, Ketua Bawaslu X, NAME menjelaskan, ...")."""
    end = text.rfind("\n", 0, q_start) + 1
    if text[end:q_start].strip():
        return None, q_start
    for _ in range(REPORTED_PARAGRAPHS):  # the paragraph before, or one more without names
        if end < 2:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        if any(q in text[start:end] for q in '"“”'):
            break
        m = _REPORTED.search(text, start, end)
        last = bisect.bisect_left(names, m.start() if m else end, key=lambda n: n[0])
        i = last - 1
        while i >= 0 and names[i][0] >= start and not _named(names[i][2]):
            i -= 1
        if i >= 0 and names[i][0] >= start:  # the person named last before the verb
            if m is not None:
                speaker = representative(text, names, names[i][0], start) or names[i][2].person
                return speaker, names[i][0]
            break  # a paragraph about someone else
        end = start
    return None, q_start


def _unattributed(names: list[Mention], text: str, q_start: int, q_end: int) -> str | None:
    """A quote that closes its paragraph with no attribution, after a sentence about a person
    ("Ketua KPU X, NAME, mengapresiasi ... . “Terima kasih ...,”"): that person's words."""
    after = text[q_end : q_end + _WINDOW]  # a window: a line of a thousand quotes stays linear
    if after[: after.find("\n") if "\n" in after else len(after)].strip(" .,"):
        return None
    newline = text.rfind("\n", max(0, q_start - _LEAD_REACH), q_start)
    if newline < 0 and q_start > _LEAD_REACH:
        return None  # the paragraph's subject lies too far back to read it as the speaker
    start = newline + 1
    lead = _WORD.findall(text[start:q_start].lower())
    if not lead or lead[-1] in _NAMING_WORDS:
        return None  # 'mengusung tema “...”': a title, no one's words
    return subject(text, names, start, q_start)


_LEAD_REACH = 600  # characters back from an unattributed quote to its paragraph's start


# Words that put a title, not speech, in quotes: "bertema “...”", "dengan tagline “...”".
_NAMING_WORDS = lx.THEME_WORDS | frozenset({
    "judul", "semboyan", "program", "istilah", "sebutan", "julukan"})


def _named(ch: Chunk) -> bool:
    return ch.kind == NAME and ch.person is not None


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
    doc: Doc, names: list[Mention], outside: list[Mention], text: str, quote: tuple[int, int],
    last: tuple[int, str] | None,
) -> tuple[str | None, int, int]:
    q_start, q_end = quote
    limit = min(len(text), q_end + _WINDOW)
    line_end = text.find("\n", q_end, limit)
    tail = text[q_end : line_end if line_end >= 0 else limit]
    if read := _READ_BY.match(tail):
        return _attributed(names, text, q_end + read.end(), q_end)
    m = _VERB_AFTER.match(tail)
    if not m or m[1].lower() not in lx.SPEECH_VERBS:
        return None, q_end, q_end
    verb_end = q_end + max(m.end(1), m.end("again"))
    if m[1].lower().endswith("nya") or m[3]:
        speaker = _according_to(outside, text, q_start)
        speaker = speaker or last_person_before(doc, outside, q_start, last)
        return speaker, q_end, q_end + m.end()
    return _attributed(names, text, verb_end, q_end)


_ACCORDING = re.compile(r"\b[Mm]enurut\s+")


def _according_to(names: list[Mention], text: str, q_start: int) -> str | None:
    """ "Menurut NAME, ... A-B, C-D. “...,” jelasnya": the person the paragraph before reports,
    not the last name it mentions."""
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, q_start))) + 1
    if any(q in text[start:q_start] for q in '"“”'):
        return None  # another quote between: its speaker is the one "-nya" means
    found = None
    for m in _ACCORDING.finditer(text, start, q_start):
        at = bisect.bisect_left(names, m.end(), key=lambda n: n[0])
        if at < len(names) and names[at][0] == m.end() and names[at][2].person:
            found = names[at][2].person
    return found


def _attributed(
    names: list[Mention], text: str, verb_end: int, q_end: int
) -> tuple[str | None, int, int]:
    """The speaker named after the speech verb: "ujar NAME", "kata ROLE, NAME", or after a long
    attribution ("kata calon bupati nomor urut satu NAME", "terang Asisten ... Sekda Kabupaten X,
    NAME"); an office with no name after it is resolved to its holder ("ujar Kapolda")."""
    first = bisect.bisect_left(names, verb_end, key=lambda n: n[0])
    role: Mention | None = None
    pos = verb_end
    after_office = False
    for n in range(first, len(names)):
        start, end, ch = names[n]
        if start - verb_end > _ATTRIBUTION_REACH or _attribution_ends(text[pos:start]) or (
                # "..., kata Kapolda. Ketua Bawaslu X, NAME, ...": an office's title ends the
                # sentence, and the next one names someone else
                after_office and text[pos:start].strip() in (".", "!", "?")):
            break
        pos = end
        after_office = ch.kind == ROLE
        if ch.kind == ROLE:
            role = role or names[n]
            continue
        if not ch.person:
            continue
        if _title_read_as_name(names, text, n):
            continue  # "tegas PJs Bupati Ngawi NAME": "PJs" is a title
        return ch.person, (role or names[n])[0], end
    if role is not None:
        return holder_by_title(names, role[2]), role[0], role[1]
    return None, q_end, q_end


def _attribution_ends(gap: str) -> bool:
    """The words between two mentions end the attribution: a new clause ("di", "saat", a speech
    verb, a quote) or a sentence's end; an initial's dot ("Ir.") does not."""
    if any(q in gap for q in '"“”\n'):
        return True
    words = _WORD.findall(gap.lower())
    if any(w in _ATTRIBUTION_STOPS or w in lx.SPEECH_VERBS for w in words):
        return True
    return len(words) > _ATTRIBUTION_WORDS or bool(_SENTENCE_END.search(gap))


def _title_read_as_name(names: list[Mention], text: str, n: int) -> bool:
    """A name glued to an office that a name follows: "PJs Bupati Ngawi NAME"."""
    if n + 2 >= len(names):
        return False
    (_, end, _), (r_start, r_end, role), (p_start, _, nxt) = names[n : n + 3]
    return (
        role.kind == ROLE
        and nxt.kind == NAME
        and text[end:r_start].strip() == ""
        and text[r_end:p_start].strip(" ,") == ""
    )


def _speaker_before(
    doc: Doc, names: list[Mention], text: str, q_start: int
) -> tuple[str | None, int]:
    window = max(0, q_start - _WINDOW)
    head = text[text.rfind("\n", window, q_start) + 1 or window : q_start]
    if not _INTRO_BEFORE.search(head):
        return None, q_start
    line_start = text.rfind("\n", 0, q_start) + 1
    for start, _, ch in backwards(names, from_(names, q_start)):
        if start < line_start:
            break
        if ch.kind == NAME and ch.person:
            return ch.person, start
    return last_person_before(doc, names, q_start, None), q_start
