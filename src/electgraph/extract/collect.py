"""Collects entities and facts while the rules run, deduplicating both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from electgraph import roles
from electgraph.extract.chunks import Chunk
from electgraph.kinds import FACTS
from electgraph.model import Entity, EntityType, Evidence, Fact, FactKind, Span

EXTRACTOR_VERSION = "v1"


def extractor_name(rule: str) -> str:
    return f"electgraph.extract.{rule}.{EXTRACTOR_VERSION}"


@dataclass
class _EntityAcc:
    key: str
    type: EntityType
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


class Collector:
    def __init__(self, article_id: str, text: str) -> None:
        self.article_id = article_id
        self.text = text
        self._entities: dict[str, _EntityAcc] = {}
        self._facts: dict[tuple[Any, ...], Fact] = {}

    def entity(self, type_: EntityType, ch: Chunk, label: str | None = None) -> str:
        acc = self._entities.get(ch.key)
        if acc is None:
            acc = self._entities[ch.key] = _EntityAcc(ch.key, type_, label or ch.label)
        # A bare "KPU" pointed at the body the article names is its shorthand there, not a
        # name of the body: neither an alias nor a mention that resolution would learn. Nor is
        # the region of a title that implies its body ("Kaur" in "Bupati Kaur" for Pemkab
        # Kaur): the article holds that body without naming it.
        if not ch.attrs.get("refers") and ch.attrs.get("implied") is not True:
            acc.aliases.add(ch.text if type_ is not EntityType.PERSON else ch.label)
            acc.mentions.append(Span(ch.start, ch.end, self.text[ch.start : ch.end]))
        for k, v in ch.attrs.items():
            if isinstance(v, str) and v and k not in acc.attrs:
                acc.attrs[k] = v
        return ch.key

    def add_entity(self, entity: Entity) -> None:
        acc = self._entities.setdefault(
            entity.key, _EntityAcc(entity.key, entity.type, entity.label)
        )
        acc.aliases.update(entity.aliases)
        acc.mentions.extend(entity.mentions)
        acc.attrs.update(dict(entity.attributes))

    def has(self, key: str) -> bool:
        return key in self._entities

    def attribute(self, key: str, name: str) -> str:
        """An entity's attribute ("category" of a body), "" when it has none."""
        acc = self._entities.get(key)
        return acc.attrs.get(name, "") if acc is not None else ""

    def office_holders(self, category: str) -> set[str]:
        """Who holds a current (not former) office in a body of `category` ("election_body")."""
        return {f.subject for f in self._facts.values() if f.kind is FactKind.HOLDS_ROLE
                and f.quals.get("status") != "former" and f.object is not None
                and self.attribute(f.object, "category") == category}

    def discard(self, drop: Callable[[Fact], bool]) -> None:
        """Remove the facts a later rule knows to be wrong (a court "hosting" an inauguration)."""
        self._facts = {k: f for k, f in self._facts.items() if not drop(f)}

    def label(self, key: str) -> str:
        return self._entities[key].label

    def fact(
        self,
        kind: FactKind,
        subject: str,
        obj: str | None,
        start: int,
        end: int,
        rule: str,
        focus: tuple[int, int] | None = None,
        **quals: str | None,
    ) -> None:
        """Add a fact stated in text[start:end]; `focus`, when the rule knows them, the words
        that state it (else `judge` finds them)."""
        q = tuple(sorted((k, v) for k, v in quals.items() if v))
        # The fact's identity as the resolver will see it, so that two statements this article
        # makes (a speaker's two quotes) stay two, and one stated twice is kept once.
        identity = FACTS[kind].identity
        # "Ketua" and "ketua", or "Menkopolhukam RI" and "Menkopolhukam", read from two
        # mentions are one office: one fact, not a duplicate.
        ident = (kind, subject, obj, tuple(
            (k, _office(v) if k in ("role", "title") else v.casefold()) for k, v in q
            if k in identity or k == "title"))
        if ident in self._facts:
            return
        start, end = max(0, start), min(len(self.text), end)
        a, b = focus if focus is not None else (None, None)
        if a is not None and b is not None and not start <= a < b <= end:
            a = b = None
        ev = Evidence(self.article_id, start, end, self.text[start:end], a, b)
        self._facts[ident] = Fact(kind, subject, obj, ev, extractor_name(rule), q)

    def entities(self) -> tuple[Entity, ...]:
        return tuple(
            Entity(
                a.key,
                a.type,
                a.label,
                tuple(sorted(a.aliases - {a.label})),
                tuple(sorted(set(a.mentions), key=lambda m: m.start)),
                tuple(sorted(a.attrs.items())),
            )
            for a in self._entities.values()
        )

    def facts(self) -> tuple[Fact, ...]:
        return tuple(self._facts.values())


def _office(title: str) -> str:
    """A title as an office: case aside, and without the country a national office may carry
    ("Mendagri RI"), which names no other office; two names of one role in the scheme ("Pj.
    Sekretaris Daerah Provinsi", then "Pj. Sekdaprov") are one office."""
    title = title.casefold().removesuffix(" ri")
    known = roles.concept(title)
    return known.id if known.known else title
