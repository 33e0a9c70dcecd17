"""holds_role from a body in brackets after a name: "di antaranya A (PPK Panarukan), B (PPS
Desa Cening)" -> A is a member (Anggota) of PPK Panarukan; from a body counted in persons:
"empat orang PPK Kecamatan X, yakni A, B, C dan D"; and from a body's members counted, then
named ("... kepada tiga Anggota KPU X. Ketiga anggota itu adalah A, B dan C").

Only the ad hoc bodies of one district or village (PPK, PPS, Panwascam, ...): their members are
named so in lists of the sanctioned or the sworn in; "A (Partai X)" names a party's candidate
and "A (KPU X)" whoever speaks for the body, which says nothing of the office held.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView, org_of_role
from electgraph.extract.officelists import counted, names_after
from electgraph.model import EntityType, FactKind

__all__ = ["bracketed_members", "counted_members", "recounted_members"]

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


_MEMBER_HEADS = frozenset({"anggota", "komisioner"})
_NAMES_OPEN = frozenset({"adalah", "ialah", "yakni", "yaitu", ":", "masing-masing"})
_REACH = 3  # sentences after the count in which the group may be named again


def recounted_members(doc: Doc, out: Collector) -> None:
    """"DKPP memberhentikan tiga Anggota KPU X. Ketiga anggota yang diberhentikan adalah A
    (Ketua merangkap Anggota), B, dan C", "... tujuh komisioner KIP Aceh terbukti melanggar.
    Selain A, sanksi serupa dijatuhkan kepada B, C, ... dan G": a body's members counted, then
    as many names, are its members; an office in brackets after a name is that member's own.
    The names come in a sentence that names the group again ("Ketiga anggota ... adalah"), or,
    three or more of them and nothing else, in the sentence right after."""
    group: tuple[int, Chunk, Chunk, int] | None = None  # count, office, body, sentence
    for sv in doc.sents:
        chunks = sv.chunks
        if group is not None and sv.index - group[3] <= _REACH:
            count, role, org, at = group
            names = _named_again(chunks, count) or (
                _names_alone(chunks) if sv.index == at + 1 and count >= 3 else [])
            if len(names) == count:
                _members(doc, sv, out, names, role, org)
                group = None
                continue
        for c in range(1, len(chunks)):
            ch = chunks[c]
            if ch.kind != ROLE or ch.attrs.get("head") not in _MEMBER_HEADS:
                continue
            body = org_of_role(ch)
            if body is not None and not body.attrs.get("generic") and counted(chunks[c - 1]) >= 2:
                group = (counted(chunks[c - 1]), ch, body, sv.index)


def _named_again(chunks: list[Chunk], count: int) -> list[int]:
    """'Ketiga anggota yang diberhentikan adalah A, B, dan C': the names after the group named
    again by its count."""
    for c in range(len(chunks) - 1):
        if not (chunks[c].low.startswith("ke") and counted(chunks[c]) == count):
            continue
        if chunks[c + 1].low.split()[0] not in _MEMBER_HEADS:
            continue
        opener = next((k for k in range(c + 2, len(chunks)) if chunks[k].low in _NAMES_OPEN),
                      None)
        return _names_alone(chunks[opener + 1 :], offset=opener + 1) if opener else []
    return []


def _names_alone(chunks: list[Chunk], offset: int = 0) -> list[int]:
    """The names of a run of chunks outside brackets, when no office outside brackets stands
    beside them (else the names are that office's holders)."""
    names: list[int] = []
    depth = 0
    for k, ch in enumerate(chunks):
        if ch.text == "(":
            depth += 1
        elif ch.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch.kind == ROLE:
            return []
        elif depth == 0 and ch.kind == NAME:
            names.append(k + offset)
    return names


def _members(doc: Doc, sv: SentView, out: Collector, names: list[int], role: Chunk,
             org: Chunk) -> None:
    chunks = sv.chunks
    body = out.entity(EntityType.ORGANIZATION, org)
    for k in names:
        doc.ensure_person(chunks[k], certain=True)
        if (person := doc.person_of(chunks[k])) is None:
            continue
        own = chunks[k + 2] if k + 3 < len(chunks) and chunks[k + 1].text == "(" else None
        title = (own.attrs["title"] if own is not None and own.kind == ROLE
                 and org_of_role(own) is None else role.attrs["title"])
        out.fact(FactKind.HOLDS_ROLE, person, body, sv.sent.start, sv.sent.end, "holds_role",
                 focus=(chunks[k].start, chunks[k].end), role=title, status="current")
