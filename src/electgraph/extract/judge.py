"""Each fact's focus (the words that state it) and confidence, once every rule has run.

The rules give a fact its evidence: usually the whole sentence. The focus narrows it to the
shortest stretch that names both ends of the fact (and, for a role, its title): "Ketua KPU
Banyuasin, Legar Saputra", "Legar Saputra menghadiri Rapat Koordinasi". When the sentence does
not name one end ("kegiatan tersebut" for the article's event), the focus is the clause that
names the other.

A focus that names both ends but not the words of the relation ("DKPP ... Retno" without
"dijatuhi sanksi peringatan"; "debat ... KPU" without "difasilitasi") reaches to the nearest such
word in the evidence, so that the focus alone says what the fact says.

The confidence is the precision that facts of the same kind, rule and reading had on the
annotated cases (`data/confidence.json`, written by `scripts/calibrate.py`): a fact whose two
ends sit close together ("near") is right more often than one read across a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from electgraph.extract import lexicon as lx
from electgraph.extract.anchors import Anchors
from electgraph.extract.confidence import confidence as _confidence
from electgraph.extract.confidence import reload
from electgraph.extract.focusedges import (
    SENTENCE_END,
    attender_clause,
    bare_body,
    clause_rest,
    cues,
    names_person,
    pair_tail,
    whole_first_sentence,
)
from electgraph.model import Entity, EntityType, Evidence, Fact, FactKind

__all__ = ["NEAR", "judge", "reading", "reload"]

# Both ends within this many characters: the fact is read from one phrase, not a sentence.
NEAR = 120
# A sentence this short is itself the focus when one end of the fact is not named in it.
SHORT_SENTENCE = 240
_CLAUSE_END = re.compile(r"[;:\"“”]|\.\s")
_WHOLE = frozenset({FactKind.QUOTES, FactKind.RELATES_TO})
# How far back a fact's evidence may reach for the name of an end its sentence leaves out. In
# the sample judged in the tenth session five of the nine focus misses were an end named
# further up than 400 characters and one paragraph.
REACH_BACK = 600
# ... and over how many line breaks: lists and one-sentence paragraphs ("Hadir pula:", a line
# per guest) put five or six between an event and the guests it had.
REACH_BACK_LINES = 6
_REACHING = frozenset({FactKind.ATTENDS, FactKind.HOSTS, FactKind.SANCTIONS, FactKind.NOMINATES,
                       FactKind.CANDIDATES})
# A verdict quoted paragraphs after the body that read it ("DKPP ... membacakan putusan. ...
# “Menjatuhkan sanksi ... kepada A”"): a sanction's body, and a candidacy's election, may be
# named this far back.
REACH_BACK_FOR_BODY = 1500
# The words by which a sentence states a fact of each kind; a focus holds one of them. Roles
# have their title (`_role_focus`); a body's own event ("rapat pleno KPU X") needs no verb.
_RELATION_WORDS: dict[FactKind, frozenset[str]] = {
    # at a draw, what a pair came away with ("mendapat nomor urut 2") says it was there too
    FactKind.ATTENDS: lx.ATTEND_CUES | lx.SPEAK_VERBS | lx.CONTEST_ACTS | lx.PRESENCE_WORDS
    | frozenset({"mendapat", "mendapatkan", "memperoleh", "meraih", "melibatkan", "dilibatkan",
                 "didampingi"}),
    # "diterima oleh KPU X", "ditutup oleh", "dilakukan KPU X", "mendaftar ke KPU X": a body's
    # own act at its event
    FactKind.HOSTS: lx.HOST_VERBS | lx.HOSTED_BY | lx.VENUE_WORDS | lx.INAUGURATION_VERBS
    | frozenset({"oleh", "dilakukan", "dipimpin", "dibuka", "ditutup", "diterima", "mendaftar",
                 "mendaftarkan", "menetapkan"}),
    # A label's head word only: "ketua" or "dari" of "diberhentikan dari jabatan ketua" are
    # words of any sentence.
    FactKind.SANCTIONS: frozenset({"sanksi"}) | lx.SANCTION_VERBS_ACTIVE
    | lx.SANCTION_VERBS_PASSIVE | frozenset(k.split()[0] for k in lx.SANCTION_LABELS),
    FactKind.NOMINATES: frozenset(c for c in lx.NOMINATION_CUES if " " not in c) | lx.PAIR_HEADS,
    # "Nomor Urut 2 :" over a pair's line: a ballot number is had by candidates only
    FactKind.CANDIDATES: lx.PAIR_HEADS | lx.CANDIDATE_GROUP_WORDS | frozenset({"urut"}),
}
# Rules whose words state the relation by their form, not by a verb: "rapat pleno KPU X".
_STATED_BY_FORM = frozenset({"genitive", "title"})


def _spans(entity: Entity | None, start: int, end: int, text: str = "",
           *, fallback: bool = True) -> list[tuple[int, int]]:
    """Where the entity is named in [start, end); mentions one space apart are one name
    ("Partai" + "Demokrat", the word a party list shares and the party's own). A person's
    nickname ("A dan B (Mulia-Pas)", given the text; "Pasangan Dafa", "HL – AV") counts only
    where nothing else names him, with `fallback`: by itself it does not say who."""
    if entity is None:
        return []
    inside = [m for m in entity.mentions if start <= m.start and m.end <= end]
    named = [m for m in inside if not (m.start and text[m.start - 1 : m.start] == "(")]
    if entity.type is EntityType.PERSON:
        # "Pasangan Dafa", "HL – AV": a pair's nickname or initials do not say who.
        named = [m for m in named if names_person(m.text, entity.label)]
    out: list[tuple[int, int]] = []
    for m in sorted(named or (inside if fallback else []), key=lambda m: m.start):
        if out and 0 <= m.start - out[-1][1] <= 1:
            out[-1] = (out[-1][0], max(out[-1][1], m.end))
        else:
            out.append((m.start, m.end))
    return out


def _closest(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for x in a:
        for y in b:
            span = (min(x[0], y[0]), max(x[1], y[1]))
            if best is None or span[1] - span[0] < best[1] - best[0]:
                best = span
    return best


def _clause(text: str, span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around `span` within [start, end): between the nearest clause breaks."""
    left = start
    for m in _CLAUSE_END.finditer(text, start, span[0]):
        left = m.end()
    right = end
    found = _CLAUSE_END.search(text, span[1], end)
    if found is not None:
        right = found.start() + (1 if found.group().startswith(".") else 0)
    return left, right


def _title_spans(text: str, title: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a role's title (or its first word: "Kordiv ..." for "Koordinator Divisi ...") is
    written in [start, end)."""
    words = title.lower().split()
    if not words:
        return []
    low = text.lower()
    out = []
    at = low.find(words[0], start, end)
    while at >= 0:
        out.append((at, at + len(words[0])))
        at = low.find(words[0], at + 1, end)
    return out


def _role_focus(text: str, fact: Fact, people: list[tuple[int, int]],
                bodies: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The title next to the person ("Ketua KPU X, NAME", "NAME selaku Ketua"), with the body
    when it is written inside or right after that stretch."""
    ev = fact.evidence
    span = _closest(_title_spans(text, fact.quals.get("role", ""), ev.start, ev.end), people)
    if span is None or span[1] - span[0] > NEAR:
        return None
    for b in bodies:
        if span[0] <= b[0] and b[1] <= span[1] + 60 and b[0] <= span[1] + 3:
            span = (span[0], max(span[1], b[1]))
    return _with_body(text, span, bodies)


def _with_body(text: str, span: tuple[int, int],
               bodies: list[tuple[int, int]]) -> tuple[int, int]:
    """"komisioner KPU X ... yakni A selaku ketua": the body is named further back, and without
    it the words do not say which body; nor does a bare "KPU" ("anggota KPU lain, A dan B"
    after "Komisioner KPU Karanganyar"). The focus reaches to the mention that does."""
    named = [b for b in bodies if not bare_body(text[b[0] : b[1]])] or bodies
    if named and not any(span[0] <= b[0] and b[1] <= span[1] for b in named):
        span = _closest([span], named) or span
    return span


def _focus(fact: Fact, entities: dict[str, Entity], text: str) -> tuple[int, int]:
    ev = fact.evidence
    if fact.kind in _WHOLE:
        return ev.start, ev.end
    obj = _spans(entities.get(fact.object or ""), ev.start, ev.end, text)
    if ev.focus_start is not None and ev.focus_end is not None:
        # the rule knew which words it read
        ruled = ev.focus_start, ev.focus_end
        return _with_body(text, ruled, obj) if fact.kind is FactKind.HOLDS_ROLE else ruled
    subject = _spans(entities.get(fact.subject), ev.start, ev.end, text)
    if fact.kind is FactKind.HOLDS_ROLE and (role := _role_focus(text, fact, subject, obj)):
        return role
    if subject and obj and fact.kind is FactKind.ATTENDS:
        # "Rapat pleno yang dipimpin A dihadiri sejumlah peserta rapat": the event the
        # sentence opens on is what it says A was at, not a later word for it
        opening = [o for o in obj if not text[ev.start : o[0]].strip()]
        obj = opening or obj
    if subject and obj:
        return _closest(subject, obj) or (ev.start, ev.end)
    # One end is not named in the sentence ("kegiatan tersebut", an event named before): the
    # sentence states the fact, or, in a long one, the clause around the end it names.
    if ev.end - ev.start <= SHORT_SENTENCE:
        return ev.start, ev.end
    one = (subject or obj or [(ev.start, ev.end)])[0]
    return _clause(text, one, ev.start, ev.end)


def reading(fact: Fact) -> str:
    """The calibration key of a judged fact: kind, rule and whether the words that state it
    are a phrase (near) or a long stretch of the sentence (far)."""
    a, b = fact.evidence.focus
    return _key(fact, b - a)


def _rule(fact: Fact) -> str:
    return fact.extractor.removeprefix("electgraph.extract.").rsplit(".", 1)[0]


def _key(fact: Fact, focus_length: int) -> str:
    return f"{fact.kind.value}|{_rule(fact)}|{'near' if focus_length <= NEAR else 'far'}"


def _snap(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """Whole words, and both brackets of a pair: "(Pj) Gubernur", "A dan B (PDI-P)"."""
    while a > start and text[a - 1].isalnum():
        a -= 1
    while b < end and text[b].isalnum():
        b += 1
    span = text[a:b]
    if span.count(")") > span.count("(") and a > start and text[a - 1] == "(":
        a -= 1
    if span.count("(") > span.count(")") and (close := text.find(")", b, end)) >= 0:
        b = close + 1
    return a, b


def _with_event(fact: Fact, entities: dict[str, Entity], text: str) -> Evidence:
    """'Hadir pula A': a sentence that places someone at an event named just before it. The
    evidence reaches back to that mention (up to REACH_BACK characters and two paragraphs
    before), so that its focus names both the event and who took part; so for a candidate's
    election, for the body of a sanction (further: a verdict is often quoted paragraphs after
    "DKPP ... membacakan putusan") and for its person ("... Retno dan Mulyadi terbukti
    melanggar. Keempatnya dijatuhi sanksi")."""
    ev = fact.evidence
    if fact.kind not in _REACHING:
        return ev
    start, end = ev.start, ev.end
    for key in (fact.subject, fact.object):
        other = entities.get(key or "")
        if other is None or _spans(other, ev.start, ev.end, text, fallback=False):
            continue
        # a sanction's body, a candidacy's election: often named once, in the lead
        far = (fact.kind is FactKind.SANCTIONS and key == fact.subject) or (
            fact.kind is FactKind.CANDIDATES and key == fact.object)
        reach, lines = REACH_BACK, REACH_BACK_LINES
        if far:
            reach, lines = REACH_BACK_FOR_BODY, 2 * REACH_BACK_LINES
        before = [m.start for m in other.mentions if ev.start - reach <= m.start < ev.start]
        after = [m.end for m in other.mentions if ev.end < m.start <= ev.end + REACH_BACK]
        if before and text.count("\n", before[-1], ev.start) <= lines:
            start = min(start, before[-1])
        elif after and text.count("\n", ev.end, after[0]) <= 2:
            # "KPU X Tetapkan ...", a headline, then the sentence that names its event
            found = SENTENCE_END.search(text, after[0])
            stop = (found.start() + (found.group() != "\n")) if found else len(text)
            end = max(end, stop)
    if (start, end) == (ev.start, ev.end):
        return ev
    return Evidence(ev.article_id, start, end, text[start:end], ev.focus_start, ev.focus_end)


def _with_cue_before(fact: Fact, text: str) -> Evidence:
    """'Turut hadir dalam pendaftaran itu: / Ketua DPC X A, Sekretaris B, ...': a list whose
    words of the relation are in the sentence before it. The evidence reaches back to that
    sentence (in the same paragraph or the one before), so that the focus can hold them."""
    ev = fact.evidence
    words = _RELATION_WORDS.get(fact.kind)
    if words is None or cues(text, ev.start, ev.end, words):
        return ev
    before = max(text.rfind(". ", 0, ev.start - 2), text.rfind("\n", 0, ev.start - 2),
                 ev.start - REACH_BACK)
    start = before + 1
    while start < ev.start and text[start].isspace():
        start += 1
    if start >= ev.start or text.count("\n", start, ev.start) > 2 or not cues(
            text, start, ev.start, words):
        return ev
    return Evidence(ev.article_id, start, ev.end, text[start : ev.end], ev.focus_start,
                    ev.focus_end)


def _written(text: str, words: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where `words` (a sanction as the rule read it) are written in [start, end)."""
    if not words:
        return []
    low, key = text.lower(), words.lower()
    out, at = [], low.find(key, start, end)
    while at >= 0:
        out.append((at, at + len(key)))
        at = low.find(key, at + 1, end)
    return out


def _with_cue(fact: Fact, text: str, a: int, b: int) -> tuple[int, int]:
    """The focus [a, b), widened to the nearest word of the relation in the evidence when it
    holds none ("... Retno Sirnopati" + "dijatuhi sanksi peringatan")."""
    words = _RELATION_WORDS.get(fact.kind)
    if words is None or _rule(fact) in _STATED_BY_FORM:
        return a, b
    ev = fact.evidence
    found = (_written(text, fact.quals.get("sanction_text", ""), ev.start, ev.end)
             or cues(text, ev.start, ev.end, words))
    if not found or any(a <= x and y <= b for x, y in found):
        return a, b
    x, y = min(found, key=lambda w: max(b, w[1]) - min(a, w[0]))
    return min(a, x), max(b, y)


def _with_mate(fact: Fact, entities: dict[str, Entity], text: str, a: int,
               b: int) -> tuple[int, int]:
    """A candidate's focus with the running mate written beside him ("Pasangan Ridwan
    Kamil-Suswono"): a focus that stops inside the pair reads as cut off."""
    mate = entities.get(fact.quals.get("running_mate", ""))
    if fact.kind is not FactKind.CANDIDATES or mate is None:
        return a, b
    ev = fact.evidence
    for x, y in _spans(mate, ev.start, ev.end, text):
        if 0 <= x - b <= _MATE_GAP:
            return a, y
        if 0 <= a - y <= _MATE_GAP:
            return x, b
    return a, b


_MATE_GAP = 8  # characters between a pair's two names: " - ", " dan ", ", "


def judge(facts: Iterable[Fact], entities: Iterable[Entity], text: str) -> tuple[Fact, ...]:
    """`facts` with their focus and confidence set."""
    by_key = {e.key: e for e in entities}
    anchors = Anchors(by_key, text)
    out = []
    for f in facts:
        # the evidence first reaches for an end it leaves out, then for the relation's words
        f = replace(f, evidence=_with_event(f, by_key, text))
        f = replace(f, evidence=_with_cue_before(f, text))
        ev = f.evidence
        a, b = _snap(text, *_focus(f, by_key, text), ev.start, ev.end)
        key = _key(f, b - a)  # how close the ends are, before the words of the relation join
        a, b = _with_cue(f, text, *_with_mate(f, by_key, text, a, b))
        a, b = attender_clause(f, by_key, text, a, b)
        if f.kind is FactKind.CANDIDATES or _rule(f) == "attends.candidate":
            b = pair_tail(text, b, ev.end)
        if f.kind in _RELATION_WORDS:
            b = clause_rest(text, b, ev.end, _RELATION_WORDS[f.kind])
        a = whole_first_sentence(text, a, b)
        start, end = min(a, ev.start), max(b, ev.end)
        judged = Evidence(ev.article_id, start, end, text[start:end], a, b,
                          _confidence(key), anchors.of(f, a, b))
        out.append(Fact(f.kind, f.subject, f.object, judged, f.extractor, f.qualifiers))
    return tuple(out)
