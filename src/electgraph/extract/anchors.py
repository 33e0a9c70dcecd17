"""Anchors: where the article names in full an end of a fact that the fact's focus names only
in part.

A focus is one stretch of text, and the words that state a fact often lean on a name given
further up: "Komisioner Bawaslu, Fadzlur Rahman" is a commissioner of the Bawaslu the lead
named ("Bawaslu Tapin"); in "Debat tersebut diselenggarakan KPU setempat" the debate and the
KPU are those of the headline; "pasangan Tamba-Dana" is backed with a member the article named
"I Made Suardana" once. Of the 42 focus spans that judges found not to state their (true) fact
in the six samples read before anchors existed (`focus_sample.py --seed 60` to `65`), 12 were
such an end. Widening the focus to the name would
make it paragraphs long; an anchor points to the name instead, so that a reader of the focus
and its anchors has the whole fact.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.focusedges import WORD, bare_body, names_person
from electgraph.model import Entity, EntityType, Fact, Span

__all__ = ["Anchors"]

# Words that refer to a name without saying it: "KPU setempat", "debat tersebut".
_POINTING = lx.DEMONSTRATIVES | frozenset({"setempat"})


class Anchors:
    """The anchors of an article's facts; how fully each mention names its entity is worked
    out once per entity, not once per fact (an event has a fact for each who attended)."""

    def __init__(self, entities: dict[str, Entity], text: str) -> None:
        self.entities = entities
        self.text = text
        self._scored: dict[str, list[tuple[int, Span]]] = {}

    def of(self, fact: Fact, a: int, b: int) -> tuple[Span, ...]:
        """For each end of `fact` that the focus [a, b) names less fully than the article does
        elsewhere, the mention that names it best: the nearest such before the focus, else
        the first after it. A quote's speaker too ("kata Endang" for "Endang Sari"); a BACA
        JUGA link's ends are an article and a title, which no mention names."""
        out: list[Span] = []
        for key in (fact.subject, fact.object):
            scored = self._score(key or "")
            inside = max((n for n, m in scored if a <= m.start and m.end <= b), default=0)
            outside = [(n, m) for n, m in scored if not (a <= m.start and m.end <= b)]
            best = max((n for n, _ in outside), default=0)
            if best <= inside:
                continue
            named = [m for n, m in outside if n == best]
            before = [m for m in named if m.end <= a]
            out.append(before[-1] if before else named[0])
        return tuple(sorted(set(out), key=lambda s: s.start))

    def _score(self, key: str) -> list[tuple[int, Span]]:
        if key not in self._scored:
            entity = self.entities.get(key)
            label = _words(entity.label) if entity is not None else frozenset()
            self._scored[key] = [] if entity is None else [
                (_fullness(entity, label, m, self.text), m) for m in entity.mentions]
        return self._scored[key]


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(text))


def _fullness(entity: Entity, label: frozenset[str], mention: Span, text: str) -> int:
    """How fully a mention names its entity. A person: how many words of his name it writes,
    up to two (none for a pair's nickname or initials, or a name in brackets after another). A
    body: whether it says which one ("KPU Garut", not "KPU" or "KPU setempat"). An event or an
    election: how many words of its name it writes, up to three ("Debat Publik Pilkada Meranti"
    over "debat itu"; three say which one well enough, and the longest mention is often a whole
    clause)."""
    if mention.start and text[mention.start - 1] == "(":
        return 0
    words = _words(mention.text)
    if entity.type is EntityType.PERSON:
        # "Endang" says who less than "Endang Sari" does
        if not names_person(mention.text, entity.label):
            return 0
        return max(1, min(2, len(words & label)))
    if entity.type is EntityType.ORGANIZATION:
        return int(not bare_body(mention.text) and not words & _POINTING)
    return min(_ENOUGH, len((words - _POINTING) & label))


_ENOUGH = 3
