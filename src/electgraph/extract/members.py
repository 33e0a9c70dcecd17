"""holds_role from a body in brackets after a name: "di antaranya A (PPK Panarukan), B (PPS
Desa Cening)" -> A is a member (Anggota) of PPK Panarukan; and from a body counted in persons:
"empat orang PPK Kecamatan X, yakni A, B, C dan D".

Only the ad hoc bodies of one district or village (PPK, PPS, Panwascam, ...): their members are
named so in lists of the sanctioned or the sworn in; "A (Partai X)" names a party's candidate
and "A (KPU X)" whoever speaks for the body, which says nothing of the office held.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.extract.officelists import counted, names_after
from electgraph.model import EntityType, FactKind

__all__ = ["bracketed_members", "counted_members"]

_LIST_OPENERS = frozenset({",", ";", ":", "dan", "serta", "yakni", "yaitu", "antaranya", "lain"})


def bracketed_members(doc: Doc, sv: SentView, out: Collector) -> None:
    chunks = sv.chunks
    for c in range(2, len(chunks) - 1):
        org, name = chunks[c], chunks[c - 2]
        if not (
            org.kind == ORG
            and org.attrs.get("category") == "election_body"
            and org.attrs.get("level") == "local"
            and chunks[c - 1].text == "("
            and chunks[c + 1].text == ")"
            and name.kind == NAME
            # an item of a list, not the end of a body's name ("panitia pemungutan Suara (PPS)")
            and (c == 2 or chunks[c - 3].low in _LIST_OPENERS)
        ):
            continue
        doc.ensure_person(name, certain=True)
        person = doc.person_of(name)
        if person is None:
            continue
        out.fact(
            FactKind.HOLDS_ROLE,
            person,
            out.entity(EntityType.ORGANIZATION, org),
            sv.sent.start,
            sv.sent.end,
            "holds_role",
            focus=(name.start, chunks[c + 1].end),
            role="Anggota",
            status="",
        )


def counted_members(doc: Doc, sv: SentView, out: Collector) -> None:
    """"empat orang PPK Kecamatan X, yakni A, B, C dan D": an ad hoc body counted in persons,
    then as many names, are its members."""
    chunks = sv.chunks
    for c, ch in enumerate(chunks):
        if ch.kind != ORG or c < 2 or chunks[c - 1].low != "orang":
            continue
        count = counted(chunks[c - 2])
        if count < 2 or ch.attrs.get("generic") or ch.attrs.get("body") not in lx.LOCAL_BODIES:
            continue
        names = names_after(chunks, c, as_list=True)
        if len(names) != count:
            continue
        for k in names:
            doc.ensure_person(chunks[k])
            if (person := doc.person_of(chunks[k])) is not None:
                out.fact(FactKind.HOLDS_ROLE, person, out.entity(EntityType.ORGANIZATION, ch),
                         sv.sent.start, sv.sent.end, "holds_role",
                         focus=(ch.start, chunks[k].end), role="anggota", status="current")
