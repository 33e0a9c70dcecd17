"""The host of an article's main event that no sentence gives, read from the kind of event and
the bodies the article names: a hearing is the tribunal's, a debate or a count the election
body's, a council's plenary the council's, a swearing-in the body that appoints the sworn.
Read by `events` when no rule of `hosts` found one."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, body_named
from electgraph.model import EntityType, FactKind

__all__ = ["unnamed_host"]

# The level a count or a contest is held at ("rekapitulasi tingkat kabupaten", "debat calon
# bupati"), by the words that name it: the body holding it sits at that level.
_LEVELS = {
    **dict.fromkeys(
        ("kabupaten", "kota", "bupati", "walikota", "wali", "kabupaten/kota"), "regency"
    ),
    **dict.fromkeys(("provinsi", "gubernur"), "province"),
}
_COUNCILS = frozenset({"dprd", "dpra", "dprk", "dpr"})


def unnamed_host(
    doc: Doc, event: str, kind: str, label: str, first: Chunk, out: Collector
) -> set[str]:
    """A hearing ("Dalam sidang pembacaan putusan, A terbukti ..." in a report of a DKPP verdict)
    is held by the tribunal the article names; a swearing-in of an ad hoc body ("pelantikan
    PPK") by the body that appoints it (KPU X for PPK, Bawaslu X for Panwascam); a candidates'
    debate, ballot draw or count by the election body (KPU or KIP X); a plenary of a council
    ("rapat paripurna") by the council. Only when the article names one such body at the
    event's level."""
    where = next((sv for sv in doc.sents if sv.sent.start <= first.start < sv.sent.end), None)
    if where is None:
        return set()
    words = label.lower().split()
    regions: set[str] = set()
    if kind == "sidang":
        bodies = lx.TRIBUNALS
    elif kind in ("debat", "pengundian", "pendaftaran"):
        # a candidates' debate, draw or registration is the election body's
        bodies = lx.CONTEST_HOSTS
    elif (kind in ("rapat pleno", "rekapitulasi") and _election_bodys_sitting(words)) or (
        kind == "deklarasi" and "kampanye" in words
    ):
        # "Deklarasi Kampanye Damai": the campaign's opening, a stage the election body holds
        bodies = lx.CONTEST_HOSTS
    elif kind == "rapat paripurna":
        bodies = _COUNCILS  # a plenary sitting is only ever a council's
    elif kind == "apel" and "pengawasan" in words:
        bodies = lx.SUPERVISION_HOSTS  # "apel siaga pengawasan": the supervisors' own rally
    elif kind == "pelantikan":
        # "pelantikan anggota PPK": the body sworn in, also as the body of its members' office
        sworn_orgs = [o for ch in where.chunks if (o := body_named(ch)) is not None]
        sworn = set(words) | {ch.attrs.get("body", "") for ch in sworn_orgs}
        parents = {lx.AD_HOC_PARENTS[w] for w in sworn if w in lx.AD_HOC_PARENTS}
        if len(parents) != 1:
            return set()
        bodies = parents.pop()
        # "pelantikan PPK Kabupaten X ... dibuat oleh KPU RI": the appointing body is X's
        regions = {str(ch.attrs.get("region_code") or "") for ch in sworn_orgs} - {""}
    else:
        return set()
    named = {
        o.key: o
        for sv in doc.sents
        for ch in sv.chunks
        if (o := body_named(ch)) is not None
        and o.attrs.get("body") in bodies
        and not o.attrs.get("generic")
    }
    if len(named) > 1 and kind == "pelantikan" and regions:
        named = {k: o for k, o in named.items() if o.attrs.get("region_code") in regions}
    if len(named) > 1 and kind == "pelantikan":
        # "... diamanatkan peraturan KPU RI": the national body, named for its rules, appoints
        # no district's or village's body; a regional one named beside it does
        named = {k: o for k, o in named.items() if o.attrs.get("region_code")} or named
    level, written = _level(words)
    if level and (written or len(named) > 1):
        # "Debat Publik Calon Bupati X" beside the province's KPU, named for its supervision:
        # the regency's KPU holds a regency's contest; "Rekapitulasi Tingkat Provinsi" only the
        # province's (the regency's KPU named in the report attends it)
        named = {k: o for k, o in named.items() if _level_of(o) == level}
    if len(named) > 1:
        # "Rapat pleno ... diakhiri ... oleh Ketua KPU Jawa Tengah NAME" beside "KPU RI" named
        # elsewhere: the one the event's own sentence names
        here = {o.key for ch in where.chunks if (o := body_named(ch)) is not None}
        named = {k: o for k, o in named.items() if k in here} or named
    if len(named) != 1:
        return set()
    ch = next(iter(named.values()))
    key = ch.key if out.has(ch.key) else out.entity(EntityType.ORGANIZATION, ch)
    rule = {"sidang": "hosts.tribunal", "pelantikan": "hosts.appointing"}.get(kind, "hosts.contest")
    out.fact(FactKind.HOSTS, key, event, where.sent.start, where.sent.end, rule)
    return {key}


def _election_bodys_sitting(words: list[str]) -> bool:
    """Whether a plenary or a count is the election body's own sitting: any plenary ("rapat
    pleno" in a report of what a KPU decided), a count of the votes; not a count of voters (the
    PPS's "rekapitulasi daftar pemilih")."""
    has = set(words)
    if has & {"pemilih", "dps", "dpt", "dpshp"}:
        return False
    return "pleno" in has or bool(
        has & {"penetapan", "pengundian"} or {"rekapitulasi", "suara"} <= has
    )


def _level(words: list[str]) -> tuple[str | None, bool]:
    """The level of government an event's label names, and whether it names it as a level
    ("tingkat provinsi") rather than by an office sought ("calon bupati")."""
    if "tingkat" in words and (i := words.index("tingkat")) + 1 < len(words):
        return _LEVELS.get(words[i + 1], "other"), True
    found = {_LEVELS[w] for w in words if w in _LEVELS}
    return (found.pop() if len(found) == 1 else None), False


def _level_of(org: Chunk) -> str:
    code = org.attrs.get("region_code") or ""
    return "regency" if "." in code else "province" if code else "other"
