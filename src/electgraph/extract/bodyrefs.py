"""bodies: a bare body ("Bawaslu", "Ketua KPU", "Kesbangpol") names a body the article names.

Reports name a body once in full ("Bawaslu Kabupaten Situbondo") and then bare ("Bawaslu").
A bare body is the body of its kind named before it in the same sentence (unless that is the
national one), else the one the article is about (see `named_bodies`); every later rule then
reads one body, not two. A bare body that speaks of many ("seluruh KPU kabupaten/kota",
"setiap Bawaslu") stays generic.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunks import Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, body_named

__all__ = ["many_bodies", "named_bodies", "resolve_bare_bodies"]

_LEVEL_RANK = {"local": 0, "kabupaten": 1, "kota": 1, "provinsi": 2, "ri": 4}


def resolve_bare_bodies(doc: Doc, out: Collector) -> None:
    """Point every bare body at the body it names (in place, on the chunks)."""
    named = named_bodies(doc)
    for sv in doc.sents:
        last: dict[str, Chunk] = {}
        chunks = sv.chunks
        for c, ch in enumerate(chunks):
            org = body_named(ch)
            body = org.attrs.get("body") if org is not None else None
            if org is None or not body or org.attrs.get("category") == "party":
                continue
            if not org.attrs.get("generic"):
                last[body] = org
                continue
            ref = last.get(body)
            if ref is None or (ref.attrs.get("level") == "ri" and body in named):
                # '... dibuat oleh KPU RI," jelas Ketua KPU': the national body named in passing
                # is not the one a report on a regional body means.
                ref = named.get(body, ref)
            if ref is not None and not many_bodies(chunks, c):
                _refer(org, _at_level(org, ref))


def named_bodies(doc: Doc) -> dict[str, Chunk]:
    """The body of each kind the article is about: of the bodies of one kind it names with a
    region or a level, the one named most often, then the most local one (a report names the
    KPU RI above it). No body when two tie."""
    seen: dict[str, dict[str, list[Chunk]]] = {}
    for sv in doc.sents:
        for ch in sv.chunks:
            org = body_named(ch)
            body = org.attrs.get("body") if org is not None else None
            if org is not None and body and not org.attrs.get("generic"):
                seen.setdefault(body, {}).setdefault(org.key, []).append(org)
    out: dict[str, Chunk] = {}
    for body, orgs in seen.items():
        ranked = sorted(orgs.values(), key=_rank)
        if len(ranked) == 1 or _rank(ranked[0]) != _rank(ranked[1]):
            out[body] = ranked[0][0]
    return out


def _rank(mentions: list[Chunk]) -> tuple[int, int]:
    return -len(mentions), _LEVEL_RANK.get(mentions[0].attrs.get("level") or "", 3)


def many_bodies(chunks: list[Chunk], c: int) -> bool:
    """'seluruh KPU kabupaten/kota', 'setiap Bawaslu', 'KPU se-Sumsel': many bodies, not one."""
    before = chunks[c - 1].low if c else ""
    after = chunks[c + 1].low if c + 1 < len(chunks) else ""
    return before in lx.MANY_BODIES_BEFORE or after in ("se", "kabupaten/kota", "/")


def _at_level(org: Chunk, ref: Chunk) -> Chunk:
    """'Anggota Bawaslu Propinsi NAME' in a report on Bawaslu Minahasa: a bare body at the
    province's level is the body of that kind of the province the body named is in."""
    if org.attrs.get("level") != "provinsi" or ref.attrs.get("level") in ("provinsi", "ri"):
        return ref
    try:
        province = regions.province_of(regions.by_code(ref.attrs.get("region_code") or ""))
    except KeyError:
        return ref
    body = lx.BODIES[org.attrs["body"]]
    return Chunk(ref.kind, ref.i, ref.j, ref.start, ref.end, ref.text, low=ref.low,
                 label=f"{body.short} {province.label}",
                 key=f"org:{org.attrs['body']}:provinsi:{province.code}",
                 attrs={**ref.attrs, "level": "provinsi", "region_code": province.code})


def _refer(org: Chunk, ref: Chunk) -> None:
    implied = org.attrs.get("implied")
    org.key, org.label = ref.key, ref.label
    # A bare "KPU" is the article's shorthand, not a name of the body: no alias of it.
    org.attrs = {**ref.attrs, "refers": True}
    if implied:
        org.attrs["implied"] = implied
