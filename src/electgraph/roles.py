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

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from electgraph.ids import fold, slug

__all__ = ["LANGS", "RoleConcept", "concept", "concepts", "label", "scheme_turtle", "spelling"]

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
    spelled: dict[str, str]  # folded word of any form -> its spelling there ("sdm" -> "SDM")


@cache
def _scheme() -> _Scheme:
    import json  # here: importing the extractor stays light (tests/unit/test_regions.py)

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
    spelled = {fold(word): word for word in raw.get("spellings", ())}
    for r in raw["roles"] + raw["divisions"]:
        for form in (r["label"], *r.get("alt", ())):
            for word in form.replace(",", " ").split():
                spelled.setdefault(fold(word), word)
    # Longest form first, so that "Ketua Divisi X" is not read as "Ketua" + "Divisi X".
    divided.sort(key=lambda t: -len(t[0]))
    return _Scheme(raw["scheme"], tuple(roles), by_form, tuple(divided), divisions, spelled)


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


_LOWER = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "atau", "yang", "bagi", "pada"})
_ROMAN = re.compile(r"(?:x{0,3})(?:ix|iv|v?i{0,3})")


@cache
def spelling(role: str) -> str:
    """The one spelling of a role that every article's spelling of it gets ("KETUA" and
    "ketua" -> "Ketua"; "kordiv sdm" -> "Kordiv SDM"): a function of its folded form only, so
    that a fact's role reads the same whatever the batches before it wrote (the most frequent
    spelling of a corpus changed as articles came and left a stored fact behind). The scheme's
    own form when the role is one; else each word as the scheme spells it, small words lower,
    Roman numerals and vowel-less acronyms upper, the rest capitalised."""
    key = fold(role)
    s = _scheme()
    if key in s.by_form:
        known = s.by_form[key]
        return next(f for f in (known.label, *known.alt) if fold(f) == key)
    words = []
    for word in key.split():
        if word in s.spelled:
            words.append(s.spelled[word])
        elif word in _LOWER:
            words.append(word)
        elif _ROMAN.fullmatch(word) or not re.search(r"[aeiouy]", word):
            words.append(word.upper())
        else:
            words.append(word.capitalize())
    return " ".join(words) or role


def _title(role: str, rest: str) -> str:
    """The division as the article wrote it: the tail of `role` with as many words as `rest`."""
    return " ".join(role.split()[-len(rest.split()):])


def label(role: str | None, lang: str = "id") -> str | None:
    """The preferred label of a role in `lang` ("id" or "en")."""
    return None if role is None else concept(role).in_lang(lang)


def _lit(text: str, lang: str) -> str:
    import json

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
