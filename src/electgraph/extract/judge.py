"""Each fact's focus (the words that state it) and confidence, once every rule has run.

The rules give a fact its evidence: usually the whole sentence. The focus narrows it to the
shortest stretch that names both ends of the fact (and, for a role, its title): "Ketua KPU
Banyuasin, Legar Saputra", "Legar Saputra menghadiri Rapat Koordinasi". When the sentence does
not name one end ("kegiatan tersebut" for the article's event), the focus is the clause that
names the other.

The confidence is the precision that facts of the same kind, rule and reading had on the
annotated cases (`data/confidence.json`, written by `scripts/calibrate.py`): a fact whose two
ends sit close together ("near") is right more often than one read across a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from electgraph.model import Entity, Evidence, Fact, FactKind

__all__ = ["NEAR", "judge", "reading", "reload"]

# Both ends within this many characters: the fact is read from one phrase, not a sentence.
NEAR = 120
# A sentence this short is itself the focus when one end of the fact is not named in it.
SHORT_SENTENCE = 240
_CLAUSE_END = re.compile(r"[;:\"“”]|\.\s")
_WHOLE = frozenset({FactKind.QUOTES, FactKind.RELATES_TO})
# How far back a fact's evidence may reach for the name of an end its sentence leaves out.
REACH_BACK = 400
_REACHING = {
    FactKind.ATTENDS: "object", FactKind.HOSTS: "object", FactKind.SANCTIONS: "subject",
    FactKind.NOMINATES: "object",
}


def _spans(entity: Entity | None, start: int, end: int) -> list[tuple[int, int]]:
    """Where the entity is named in [start, end); mentions one space apart are one name
    ("Partai" + "Demokrat", the word a party list shares and the party's own)."""
    if entity is None:
        return []
    out: list[tuple[int, int]] = []
    for m in sorted(entity.mentions, key=lambda m: m.start):
        if not (start <= m.start and m.end <= end):
            continue
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
    if bodies and not any(span[0] <= b[0] and b[1] <= span[1] for b in bodies):
        # "komisioner KPU X ... yakni A selaku ketua": the body is named further back, and
        # without it the words do not say which body.
        span = _closest([span], bodies) or span
    return span


def _focus(fact: Fact, entities: dict[str, Entity], text: str) -> tuple[int, int]:
    ev = fact.evidence
    if ev.focus_start is not None and ev.focus_end is not None:
        return ev.focus_start, ev.focus_end  # the rule knew which words it read
    if fact.kind in _WHOLE:
        return ev.start, ev.end
    subject = _spans(entities.get(fact.subject), ev.start, ev.end)
    obj = _spans(entities.get(fact.object or ""), ev.start, ev.end)
    if fact.kind is FactKind.HOLDS_ROLE and (role := _role_focus(text, fact, subject, obj)):
        return role
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


def _key(fact: Fact, focus_length: int) -> str:
    rule = fact.extractor.removeprefix("electgraph.extract.").rsplit(".", 1)[0]
    return f"{fact.kind.value}|{rule}|{'near' if focus_length <= NEAR else 'far'}"


@cache
def _table() -> dict[str, float]:
    import json  # here: importing the extractor stays light until it runs

    path = resources.files("electgraph.extract").joinpath("data/confidence.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {k: float(v) for k, v in data["confidence"].items()}


def reload() -> None:
    """Read the calibration table again (after `scripts/calibrate.py` wrote a new one)."""
    _table.cache_clear()


def _confidence(key: str) -> float:
    """The calibrated precision of a reading, falling back to its rule's, then its kind's."""
    table = _table()
    kind, rule, _ = key.split("|")
    for k in (key, f"{kind}|{rule}|*", f"{kind}|*|*"):
        if k in table:
            return table[k]
    return table.get("*", 0.5)


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
    evidence reaches back to that mention (within a paragraph or the one before), so that its
    focus names both the event and who took part; so for the body of a sanction ("DKPP ...
    membacakan putusan. Menjatuhkan sanksi ... kepada A")."""
    ev = fact.evidence
    end = _REACHING.get(fact.kind)
    other = entities.get((fact.object if end == "object" else fact.subject) or "")
    if other is None or _spans(other, ev.start, ev.end):
        return ev
    before = [m.start for m in other.mentions if ev.start - REACH_BACK <= m.start < ev.start]
    if not before or text.count("\n", before[-1], ev.start) > 1:
        return ev
    start = before[-1]
    return Evidence(ev.article_id, start, ev.end, text[start : ev.end], ev.focus_start,
                    ev.focus_end)


def judge(facts: Iterable[Fact], entities: Iterable[Entity], text: str) -> tuple[Fact, ...]:
    """`facts` with their focus and confidence set."""
    by_key = {e.key: e for e in entities}
    out = []
    for f in facts:
        ev = _with_event(f, by_key, text)
        f = Fact(f.kind, f.subject, f.object, ev, f.extractor, f.qualifiers)
        a, b = _snap(text, *_focus(f, by_key, text), ev.start, ev.end)
        key = _key(f, b - a)
        judged = Evidence(ev.article_id, ev.start, ev.end, ev.text, a, b, _confidence(key))
        out.append(Fact(f.kind, f.subject, f.object, judged, f.extractor, f.qualifiers))
    return tuple(out)
