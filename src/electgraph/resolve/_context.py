"""What resolution reads from one extraction: keys, where a person is placed, regions.

Region names and codes come from the extractor's gazetteer (`electgraph.extract.regions`),
imported on first use and cached.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from electgraph.ids import title_id
from electgraph.kinds import FACTS
from electgraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, FactKind

NATIONAL = "ri"
# Person attributes that describe one mention (how that article titled them), not the person.
MENTION_ATTRS = frozenset({"honorifics", "degrees", "rank"})
TYPE_OF_PREFIX = {
    "person": EntityType.PERSON,
    "org": EntityType.ORGANIZATION,
    "place": EntityType.PLACE,
    "event": EntityType.EVENT,
    "election": EntityType.ELECTION,
}
RELATED_EXTRACTOR = "electgraph.ingest.related.v1"


def all_keys(x: Extraction) -> set[str]:
    keys = {e.key for e in x.entities}
    for f in x.facts:
        if f.kind is FactKind.RELATES_TO:
            continue
        keys.update(k for k in (f.subject, f.object) if k)
        quals = f.quals
        keys.update(quals[q] for q in FACTS[f.kind].entity_qualifiers if quals.get(q))
    return keys


def surfaces(e: Entity) -> tuple[str, ...]:
    return e.aliases + tuple(m.text for m in e.mentions)


def keys_of_type(x: Extraction, prefix: str) -> list[str]:
    return sorted(k for k in all_keys(x) if k.startswith(prefix))


def org_attrs_from_key(key: str, attrs: dict[str, str]) -> list[tuple[str, str]]:
    """body/level/region_code parsed from `org:<body>:<level>:<code>` when the extractor left
    them out, so that a body's region never depends on attribute completeness."""
    parts = key.split(":")
    if len(parts) != 4 or parts[1] in ("party", "name"):
        return []
    found = {"body": parts[1], "level": parts[2], "region_code": parts[3]}
    return [(k, v) for k, v in found.items() if v and k not in attrs]


def org_home(key: str, attrs: dict[str, str]) -> str | None:
    merged = {**dict(org_attrs_from_key(key, attrs)), **attrs}
    if merged.get("level") == NATIONAL:
        return NATIONAL
    code = merged.get("region_code", "")
    return code.split(".")[0] if code else None


def person_homes(x: Extraction) -> dict[str, set[str]]:
    """Person key -> the places (province codes, or "ri") of the bodies it holds roles in and
    the elections it stands in, within one article."""
    homes: dict[str, set[str]] = defaultdict(set)
    for f in x.facts:
        if not f.object or f.kind not in (FactKind.HOLDS_ROLE, FactKind.CANDIDATES):
            continue
        e = x.entity(f.object)
        attrs = e.attrs if e else {}
        if f.kind is FactKind.HOLDS_ROLE and f.object.startswith("org:"):
            home = org_home(f.object, attrs)
        else:
            code = attrs.get("region_code", "")
            home = code.split(".")[0] if code else None
        if home:
            homes[f.subject].add(home)
    return homes


def pick_home(homes: set[str]) -> str | None:
    provinces = sorted(homes - {NATIONAL})
    if provinces:
        return provinces[0]
    return NATIONAL if NATIONAL in homes else None


@cache
def region_by_name(name: str) -> str | None:
    from electgraph.extract import regions

    try:
        region = regions.lookup(name)
    except (KeyError, ValueError):
        return None
    return region.code if region else None


@dataclass(frozen=True)
class Region:
    code: str
    label: str
    kind: str
    province_code: str


@cache
def region_by_code(code: str) -> Region | None:
    from electgraph.extract import regions

    try:
        r = regions.by_code(code)
    except (KeyError, ValueError):
        return None
    return Region(r.code, r.label, r.kind, r.province_code)


def dateline_region(a: Article) -> str | None:
    return region_by_name(a.dateline) if a.dateline else None


def dateline_province(a: Article) -> str | None:
    code = dateline_region(a)
    return code.split(".")[0] if code else None


def related_facts(x: Extraction) -> list[Fact]:
    """`relates_to` facts for the `BACA JUGA` lines the reader found, so that every link has a
    fact with evidence even when the extractor did not state it (the ids then coincide)."""
    a = x.article
    stated = {title_id(f.quals.get("title") or f.object or "")
              for f in x.by_kind(FactKind.RELATES_TO)}
    return [
        Fact(FactKind.RELATES_TO, a.id, None,
             Evidence(a.id, r.title.start, r.title.end, r.title.text), RELATED_EXTRACTOR,
             (("title", r.title.text),))
        for r in a.related
        if title_id(r.title.text) not in stated
    ]
