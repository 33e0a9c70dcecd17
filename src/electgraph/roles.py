"""Role concepts: the SKOS concept scheme of roles, read from `data/roles.json`.

The extractor keeps a role as the article wrote it ("Kordiv Hukum dan Pengawasan", "Koordinator
Divisi Hukum dan Pengawasan", "Pj Bupati"); this module says which of those are one role, what it
is called in Indonesian and English, and whether its seat has one holder at a time (a body has
one Ketua, a regency one Bupati: two at once is a contradiction that `conflicts` reports).

    >>> concept("Kordiv Hukum dan Pengawasan") == concept("Koordinator Divisi Hukum & Pengawasan")
    True
    >>> label("Kordiv Hukum dan Pengawasan", "en")
    'Division Coordinator for Law and Supervision'

The data is the only place roles are listed: add a role or a division there, not here. A label
the scheme does not know is its own concept (its folded form as id), in Indonesian only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from electgraph.ids import fold, slug

__all__ = ["LANGS", "RoleConcept", "concept", "concepts", "label", "scheme_turtle"]

LANGS = ("id", "en")
ROLES_NS = "https://w3id.org/electgraph/role/"


@dataclass(frozen=True, slots=True)
class RoleConcept:
    """One role: `id` (a slug; "koordinator-divisi/hukum-dan-pengawasan" for a division's),
    its Indonesian and English labels, the short forms that name it, and whether one person
    holds it at a time in one body (`single`)."""

    id: str
    label: str
    en: str
    alt: tuple[str, ...] = ()
    single: bool = False
    known: bool = True  # False: not in the scheme, labelled as the article wrote it
    broader: str | None = None  # a division's role: the role without the division

    def in_lang(self, lang: str = "id") -> str:
        return self.en if lang == "en" else self.label


@dataclass(frozen=True, slots=True)
class _Scheme:
    title: dict[str, str]
    roles: tuple[RoleConcept, ...]
    by_form: dict[str, RoleConcept]  # folded label or short form -> role
    divided: tuple[tuple[str, RoleConcept], ...]  # (folded form, role) of division roles
    divisions: dict[str, tuple[str, str]]  # folded form -> (label, English)


@cache
def _scheme() -> _Scheme:
    text = resources.files("electgraph").joinpath("data/roles.json").read_text("utf-8")
    raw: dict[str, Any] = json.loads(text)
    roles, by_form, divided = [], {}, []
    for r in raw["roles"]:
        c = RoleConcept(r["id"], r["label"], r["en"], tuple(r.get("alt", ())),
                        bool(r.get("single", False)))
        roles.append(c)
        for form in (c.label, *c.alt):
            by_form[fold(form)] = c
            if r.get("divisions"):
                divided.append((fold(form), c))
    divisions = {}
    for d in raw["divisions"]:
        for form in (d["label"], *d.get("alt", ())):
            divisions[fold(form)] = (d["label"], d["en"])
    # Longest form first, so that "Ketua Divisi X" is not read as "Ketua" + "Divisi X".
    divided.sort(key=lambda t: -len(t[0]))
    return _Scheme(raw["scheme"], tuple(roles), by_form, tuple(divided), divisions)


def concepts() -> tuple[RoleConcept, ...]:
    """Every role of the scheme (not the division roles, which are built from two lists)."""
    return _scheme().roles


@cache
def concept(role: str) -> RoleConcept:
    """The concept a role label stands for (case, punctuation and short forms do not matter)."""
    s = _scheme()
    key = fold(role)
    if key in s.by_form:
        return s.by_form[key]
    for form, base in s.divided:
        if key.startswith(form + " "):
            rest = key[len(form) + 1:].removeprefix("divisi ")
            name, en = s.divisions.get(rest, (_title(role, rest), ""))
            return RoleConcept(
                f"{base.id}/{slug(name, 80)}", f"{base.label} {name}",
                f"{base.en} for {en or name}", (), base.single, bool(en), base.id)
    return RoleConcept(slug(role, 80), role, role, (), False, False)


def _title(role: str, rest: str) -> str:
    """The division as the article wrote it: the tail of `role` with as many words as `rest`."""
    return " ".join(role.split()[-len(rest.split()):])


def label(role: str | None, lang: str = "id") -> str | None:
    """The preferred label of a role in `lang` ("id" or "en")."""
    return None if role is None else concept(role).in_lang(lang)


def _lit(text: str, lang: str) -> str:
    return json.dumps(text, ensure_ascii=False) + f"@{lang}"


def scheme_turtle() -> str:
    """The scheme as SKOS Turtle: one `skos:Concept` per role with `skos:prefLabel` in both
    languages and the short forms as `skos:altLabel`; division roles are not listed (they are
    made from a role and a division), their role is their `skos:broader`."""
    s = _scheme()
    out = [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        f"@prefix role: <{ROLES_NS}> .",
        "",
        "role: a skos:ConceptScheme ;",
        f"    skos:prefLabel {_lit(s.title['id'], 'id')}, {_lit(s.title['en'], 'en')} .",
    ]
    for c in s.roles:
        out.append("")
        out.append(f"role:{c.id} a skos:Concept ; skos:inScheme role: ;")
        alts = "".join(f" ;\n    skos:altLabel {_lit(a, 'id')}" for a in c.alt)
        out.append(f"    skos:prefLabel {_lit(c.label, 'id')}, {_lit(c.en, 'en')}{alts} .")
    return "\n".join(out) + "\n"
