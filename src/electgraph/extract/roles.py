"""holds_role: who holds which office in which body.

Patterns, on chunks of one sentence:
- "ROLE ORG, NAME" and "ROLE ORG NAME" (office first, with or without commas);
- "NAME, ROLE ORG", "NAME (ROLE ORG)", "NAME selaku/sebagai ROLE ORG" (office after the name);
- lists after an office: "para anggota KIP Aceh, yakni A; B; dan C";
- members named after their chair: "Ketua X, A, bersama dua anggotanya, B dan C" -> Anggota X;
- an office without a body inherits the body of the office before it in the same sentence.
"""

from __future__ import annotations

from electgraph import roles
from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView, org_of_role
from electgraph.extract.inaugurated import inaugurated_as, to_be_inaugurated
from electgraph.extract.members import bracketed_members, counted_members, recounted_members
from electgraph.extract.namelists import affiliation_owner
from electgraph.extract.officebodies import (
    chair_and_member,
    earlier_org,
    office_body,
    one_office_once,
)
from electgraph.extract.officeholders import (
    body_after_short_form,
    bracketed_holders,
    bracketed_unit,
    candidacy,
    case_party_before,
    chair_before,
    division_office,
    each_chair_and_members,
    held_by,
    holder_right_after,
    item_ends,
    listed_after_office,
    named_after_clause,
    named_before_selaku,
    offices_listed,
    paired_holder,
    role_title,
    speaks_as,
)
from electgraph.extract.officelists import (
    clause_then_list,
    counted,
    has_office_before,
    list_before,
    listed_member,
    names_after,
    names_first,
    names_listed,
    numbered_parties,
    office_pair,
    shared_by_pair,
)
from electgraph.extract.secondoffices import second_office_holder
from electgraph.model import EntityType, FactKind


def extract_roles(doc: Doc, out: Collector) -> None:
    for sv in doc.sents:
        _sentence_roles(doc, sv, out)
        _chaired_by(doc, sv, out)
        _inaugurated(doc, sv, out)
        counted_members(doc, sv, out)
        bracketed_members(doc, sv, out)
    recounted_members(doc, out)
    one_office_once(out)


# "DKPP yang diketuai NAME", "majelis yang dipimpin oleh Ketua ...": the verb names the chair.
_CHAIRED = frozenset({"diketuai", "dikomandoi"})


def _chaired_by(doc: Doc, sv: SentView, out: Collector) -> None:
    """'DKPP yang diketuai NAME': NAME chairs the body named before the verb."""
    chunks = sv.chunks
    for c, ch in enumerate(chunks):
        if ch.low not in _CHAIRED:
            continue
        k = c - 1 - (c >= 1 and chunks[c - 1].low == "yang")
        n = c + 1 + (c + 1 < len(chunks) and chunks[c + 1].low == "oleh")
        if k < 0 or n >= len(chunks) or chunks[k].kind != ORG or chunks[n].kind != NAME:
            continue
        doc.ensure_person(chunks[n])
        person = doc.person_of(chunks[n])
        if person is None:
            continue
        org = chunks[k]
        out.fact(FactKind.HOLDS_ROLE, person, out.entity(EntityType.ORGANIZATION, org),
                 sv.sent.start, sv.sent.end, "holds_role", focus=(org.start, chunks[n].end),
                 role="Ketua", status="")


def _standing_in(chunks: list[Chunk], n: int) -> bool:
    """Whether the name at n is who represents the office before it ("yang diwakili (oleh) A")."""
    k = n - 1 - (n >= 1 and chunks[n - 1].low == "oleh")
    return k >= 0 and chunks[k].low in ("diwakili", "mewakili")


def _inaugurated(doc: Doc, sv: SentView, out: Collector) -> None:
    """'melantik A dan B sebagai Bupati dan Wakil Bupati X': each holds the office sworn into,
    in the body the pair's second office names when the first names none."""
    chunks = sv.chunks
    for name, office, sharing in inaugurated_as(chunks):
        role = chunks[office]
        org = org_of_role(role) or (org_of_role(chunks[sharing]) if sharing is not None else None)
        doc.ensure_person(chunks[name])
        _holds(doc, sv, out, chunks[name], role, org)


_NEAR_BODY = 120  # characters: a body further from the office words is left out of the focus


def _holds(
    doc: Doc,
    sv: SentView,
    out: Collector,
    name: Chunk,
    role: Chunk,
    org: Chunk | None,
    title: str | None = None,
) -> None:
    person = doc.person_of(name)
    if person is None or (org is None and role.attrs["head"] in lx.INHERITING_OFFICES):
        return  # "Anggota Tim Panelis, NAME": a member of no body the text names says nothing
    org_key = out.entity(EntityType.ORGANIZATION, org) if org is not None else None
    start = min(name.start, role.start, sv.sent.start)
    end = max(name.end, role.end, sv.sent.end)
    # The focus: the name and the office words the rule read, with the body when it is
    # written apart but near ("KPU X ... yakni A selaku ketua").
    a, b = min(name.start, role.start), max(name.end, role.end)
    if org is not None and org_of_role(role) is not org and (
        a - _NEAR_BODY <= org.start and org.end <= b + _NEAR_BODY
    ):
        a, b = min(a, org.start), max(b, org.end)
    out.fact(
        FactKind.HOLDS_ROLE,
        person,
        org_key,
        start,
        end,
        "holds_role",
        focus=(a, b),
        role=title or role_title(role),
        status=role.attrs["status"],
    )
    role.holders.append(person)


def _sentence_roles(doc: Doc, sv: SentView, out: Collector) -> None:
    chunks = sv.chunks
    last_org: Chunk | None = None
    first_named = names_first(chunks)
    for c, ch in enumerate(chunks):
        if ch.kind == ORG and not ch.attrs.get("generic") and ch.attrs.get("category") != "party":
            last_org = ch
        if ch.kind != ROLE:
            continue
        if candidacy(chunks, c) or (c + 1 < len(chunks) and chunks[c + 1].low == "terpilih") or (
                c and chunks[c - 1].low == "sebagai"
                and any(x.low == "terpilih" for x in chunks[:c])):
            # "calon bupati X": a candidacy (see candidates.py), not an office held; "A dan B
            # sebagai Bupati Terpilih", "pasangan terpilih, A sebagai Bupati X": elected, not
            # yet in office
            continue
        if c >= 2 and chunks[c - 2].kind == ROLE and chair_and_member(chunks, c - 2, c):
            continue  # "Ketua KPU merangkap anggota": the chair's own office, no new holder
        if (listed := each_chair_and_members(chunks, c)) is not None:
            names, member = listed  # "A, B dan C, masing-masing sebagai Ketua dan Anggota X"
            for k in names:
                doc.ensure_person(chunks[k])
                _holds(doc, sv, out, chunks[k], ch if k == names[0] else member,
                       org_of_role(member))
            continue
        if (paired := paired_holder(chunks, c)) is not None:
            # "Bupati dan Wakil Bupati X, A dan B": the first office names no body of its own
            mine, second = paired
            org, last_org = office_body(
                doc, sv, c, org_of_role(ch) or org_of_role(chunks[second]), last_org)
            doc.ensure_person(chunks[mine])
            _holds(doc, sv, out, chunks[mine], ch, org)
            continue
        org = org_of_role(ch)
        head = ch.attrs["head"]
        if c > first_named and chunks[c - 1].text == "," and chunks[c - 2].kind == NAME and not (
                holder_right_after(chunks, c)):
            # a member of a names-first list; not "..., anggota PPS X NAME", an office before
            # its own holder's name
            _holds(doc, sv, out, chunks[c - 2], ch, org)
            continue
        short = body_after_short_form(chunks, c)
        if short is not None:
            org = chunks[short]  # "Kabid SDM (Kabid SDM) KPU X, NAME"
        elif org is None and c + 3 < len(chunks) and chunks[c + 1].text == "(" and (
                chunks[c + 2].kind == ORG and chunks[c + 3].text == ")"):
            org = chunks[c + 2]  # "Kepala Badan Kepegawaian Daerah (BKD) NAME"
        org, last_org = office_body(doc, sv, c, org, last_org)
        prev = chunks[c - 1] if c else None
        count = counted(prev)
        plural = (
            # "para anggota", "beberapa anggota DPRD Padang seperti A, B, dan C"
            (prev is not None and prev.low in ("para", "beberapa", "sejumlah", "seluruh"))
            or count > 1  # "tiga komisioner KPU X, A, B dan C"
            or head == "anggotanya"
            or any(x.low in (":", "yakni", "yaitu", "masing-masing") for x in chunks[c + 1 : c + 3])
            # "komisioner Bawaslu X, teradu 6 sampai 8 masing-masing A, B dan C"
            or numbered_parties(chunks, c + 1) > c + 1
            # "anggota KPU X yang juga menjadi teradu, yakni A, B dan C"
            or clause_then_list(chunks, c + 1) > c + 1
            # "Anggota Bawaslu lainnya, yaitu A, B dan C"
            # "Anggota Bawaslu lainnya, yaitu A, B dan C", "anggota KPU X lainnya, A dan B"
            or (c + 1 < len(chunks) and chunks[c + 1].low in lx.OTHERS_WORDS)
            # "Selain anggota KPU X, A, B, C, sekretaris ...": a body's members, listed
            or (head in lx.SHARED_OFFICES and names_listed(chunks, c + 1))
        )
        # "A SKom selaku Kordiv X, B selaku ...": the office after "selaku" is the name's
        # before it, not the next one's.
        before = named_before_selaku(chunks, c)
        # Only a second office in the brackets: the first keeps the rules below, which read a
        # list before it ("A, B dan C (anggota KPU X)") and a former office ("(mantan ...").
        owner = None if plural else affiliation_owner(chunks, c)
        if owner is not None and not any(x.kind == ROLE for x in chunks[owner + 2 : c]):
            owner = None
        names = ([] if before is not None else [owner] if owner is not None
                 else names_after(chunks, c if short is None else short, as_list=plural))
        if c >= 3 and chunks[c - 1].low == "dan" and chunks[c - 2].kind == ROLE and (
                chunks[c - 3].low in ("sebagai", "selaku")):
            names = []  # "A dan B sebagai Bupati dan Wakil Bupati X, C dan D ...": A's and B's
        title: str | None = None
        if (unit := bracketed_unit(chunks, c)) is not None:
            # "A (ketua Wantim)", "B (Bendahara Umum)": the office of the name before the
            # brackets; the word after it inside them is its unit, no holder
            names, title = [], " ".join(x.text for x in chunks[c : unit])
        if not plural and names and not roles.concept(role_title(ch)).single:
            names = shared_by_pair(chunks, c, names, head in lx.SHARED_OFFICES)
        # "tiga anggota lainnya yakni A, B dan Teguh Prihatin": as many names as the count
        # says, each a holder, though one is made of common words.
        # "Ketua dan tiga anggota X yakni A, B, C dan D": the chair, then the three
        if count > 1 and chair_before(chunks, c) is not None:
            count += 1
        tallied = count > 1 and len(names) == count
        if count > 1:
            names = names[:count]
        own = c - 1 - (c >= 2 and chunks[c - 1].text in lx.DASHES)
        if own >= 0 and chunks[own].kind == NAME and (
                (division_office(ch) and org_of_role(ch) is None)
                or (own < c - 1 and item_ends(chunks, c + 1))):
            # "A Kadiv Teknis, B Kadiv Data", "A – Komisioner Bidang Parmas, B Komisioner
            # Bidang Hukum", "1. A – Anggota Bawaslu X 2. B – Ketua ...": an office after its
            # holder's name
            names = [own]
        also = c + 2 if c + 1 < len(chunks) and chunks[c + 1].kind == PLACE else c + 1
        if (
            not names
            and also + 1 < len(chunks)
            and chunks[also].low in lx.OFFICE_ALSO_WORDS
            and chunks[also + 1].kind == ROLE
            and not (c and chunks[c - 1].low in ("selaku", "sebagai"))
        ):  # "Sekjen PDIP X sekaligus Ketua DPRD X, NAME": both offices are NAME's
            names = names_after(chunks, also + 1, as_list=False)
        if not names and c and chunks[c - 1].kind == NAME and org is not None and (
            org_of_role(ch) is org
        ) and (c == 1 or (
            not has_office_before(chunks, c - 1)
            and (c + 1 == len(chunks) or chunks[c + 1].text == "." or (
                chunks[c + 1].kind == WORD and chunks[c + 1].text[:1].islower()))
        )):  # "NAME Komisioner KIP X Divisi Teknis mengatakan ...", "di hadapan NAME Ketua
            # Bawaslu X.": no comma after the name, a verb or the sentence's end after the body
            names = [c - 1]
        if not names and org is not None and case_party_before(chunks, c):
            names = [c - 1]  # "Teradu II NAME anggota Bawaslu X, Teradu III ...": a verdict's list
        bracketed = not names and org is not None and bool(inside := bracketed_holders(chunks, c))
        if bracketed:
            names = inside  # "Anggota KPU Kabupaten Tabanan (I Wayan Mudita)"
        title = "Anggota" if head == "anggotanya" else title
        if plural and len(names) >= 2 and (chair := chair_before(chunks, c)) is not None:
            # "Ketua dan Anggota Bawaslu X masing-masing A, B, C": A chairs, the rest are members
            doc.ensure_person(chunks[names[0]])
            _holds(doc, sv, out, chunks[names[0]], chair, org)
            names = names[1:]
        if names:
            for k in names:
                doc.ensure_person(chunks[k], certain=org is not None and (
                    bracketed or tallied or speaks_as(chunks, k)
                    or listed_after_office(chunks, c, k)))
                _holds(doc, sv, out, chunks[k], ch, org, title)
            continue
        # "Kapolres yang baru sebulan menjabat itu, AKBP NAME": named after a clause.
        named = named_after_clause(chunks, c)
        if named is not None:
            _holds(doc, sv, out, chunks[named], ch, org or earlier_org(doc, ch), title)
            continue
        # "Ketua DPRD X sementara dijabat oleh NAME": the office, then who holds it.
        held = held_by(chunks, c)
        if held is not None:
            doc.ensure_person(chunks[held])
            _holds(doc, sv, out, chunks[held], ch, org, title)
            continue
        # "NAME, yang juga menjabat (sebagai) ROLE ORG": a second office of the same person.
        holder = second_office_holder(chunks, c)
        if holder is not None:
            _holds(doc, sv, out, chunks[holder], ch, org, title)
            if head in lx.SHARED_OFFICES and chunks[c - 1].low in ("adalah", "merupakan"):
                # "A, B, dan C adalah komisioner ...": the whole list is the subject
                for k in list_before(chunks, holder):
                    doc.ensure_person(chunks[k])
                    _holds(doc, sv, out, chunks[k], ch, org, title)
            continue
        # "NAME, ROLE ORG" / "NAME (ROLE ORG)" / "NAME selaku ROLE ORG"
        each = c - 1 - (c >= 1 and chunks[c - 1].low in ("selaku", "sebagai"))
        # "A dan B, masing-masing ...", "B, C dan D (masing-masing Anggota) X"
        last = each - 1 - (each >= 2 and chunks[each - 1].text in (",", "("))
        if (
            c >= 2
            and last >= 0
            and chunks[each].low == "masing-masing"
            and chunks[last].kind == NAME
        ):  # "A dan B masing-masing (selaku) Anggota KPU X": each holds it
            for k in [last, *list_before(chunks, last, joined=True)]:
                doc.ensure_person(chunks[k])
                _holds(doc, sv, out, chunks[k], ch, org, title)
            continue
        # "NAME, selaku ROLE": the comma before the office word
        n = before if before is not None else c - 2
        if (
            n >= 0
            and chunks[c - 1].low in (",", "(", "selaku", "sebagai")
            and chunks[n].kind == NAME
            # "menjadikan A sebagai Wali Kota": elected to the office, not yet in it
            and not (n and chunks[n - 1].low in lx.ELECTING_VERBS)
            and not to_be_inaugurated(chunks, n)
            # "ROLE A, ROLE B": the second office is B's; "ROLE A selaku ROLE" a second of A's
            # ... but "ROLE A, B (ROLE)": an office in brackets is the name's before it
            and (before is not None or chunks[c - 1].text == "("
                 or not has_office_before(chunks, n))
            and not office_pair(chunks, c)
            and not offices_listed(chunks, c)
            # "anggota KPU X, A, B, C, sekretaris dan staf ...": the list's last member holds
            # the office the list was named by; the lower-case one after it is more who came
            and not (ch.text[:1].islower() and listed_member(chunks, n))
            # "Ketua PN X yang diwakili A, Kepala Kejari Y ...": A stands in for the office
            # before him; the next office is another item's
            and not (chunks[c - 1].text == "," and _standing_in(chunks, n))
        ):
            _holds(doc, sv, out, chunks[n], ch, org, title)
            if head in lx.SHARED_OFFICES:
                # "A, B dan C, D selaku anggota KPU X": the whole list holds the office.
                for k in list_before(chunks, n):
                    doc.ensure_person(chunks[k])
                    _holds(doc, sv, out, chunks[k], ch, org, title)
            continue
        # "bersama dua anggotanya, A dan B" / "didampingi empat anggota, yakni A, B, dan C"
        k = c + 1
        while (
            k < len(chunks) and chunks[k].kind == WORD and chunks[k].low not in ("yakni", "yaitu")
        ):
            k += 1
            if k - c > 3:
                break
        if head in ("anggota", "anggotanya") and k < len(chunks):
            names = names_after(chunks, k - 1, as_list=True)
            for n in names:
                _holds(doc, sv, out, chunks[n], ch, org, "Anggota")


