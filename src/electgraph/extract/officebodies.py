"""The body of an office: its own words' body, or, written without one, the body named earlier
for the same office, chaired in the sentence before, the one body of its kind the article names,
or named later in the sentence (`office_body` tries them in that order)."""

from __future__ import annotations

from collections.abc import Callable

from electgraph import roles
from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView, body_named, org_of_role
from electgraph.extract.officeholders import members_office_before
from electgraph.extract.officelists import counted
from electgraph.ids import fold
from electgraph.model import Fact, FactKind

__all__ = [
    "article_body",
    "bracketed_member_body",
    "chair_and_member",
    "chaired_before",
    "chaired_by_named",
    "division_body",
    "earlier_org",
    "later_election_body",
    "named_in_title",
    "office_body",
    "one_office_once",
]

_ELECTION_BODIES = frozenset({"kpu", "kip", "bawaslu", "panwaslih"})


def earlier_org(doc: Doc, role: Chunk) -> Chunk | None:
    """The body of an earlier mention of the same office ("Kapolres Lampung Tengah")."""
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch is role:
                return None
            if ch.kind == ROLE and ch.attrs["head"] == role.attrs["head"] and org_of_role(ch):
                return org_of_role(ch)
    return None


def chaired_before(doc: Doc, sv: SentView, reach: int = 1) -> Chunk | None:
    """The body whose chair ("Ketua DPRD X") the nearest of the `reach` sentences before sv that
    names one names last, if any."""
    for back in range(1, reach + 1):
        if sv.index - back < 0:
            return None
        for ch in reversed(doc.sents[sv.index - back].chunks):
            if ch.kind == ROLE and ch.attrs["head"] == "ketua" and (org := org_of_role(ch)):
                return None if org.attrs.get("generic") else org
    return None


def chaired_by_named(doc: Doc, sv: SentView, c: int) -> Chunk | None:
    """"..., kata Mirzan yang didampingi dua anggota lainnya, A dan B": the body whose chair,
    by an office read earlier in the article, the person named just before the office at c
    is. The members are "the others" of his body."""
    chunks = sv.chunks
    for k in range(c - 1, max(-1, c - _NAMED_NEAR), -1):
        if chunks[k].kind == ROLE:
            return None  # "Ketua A didampingi Sekretaris B dan dua anggota lainnya": B's
        if chunks[k].kind == NAME:
            person = chunks[k].person
            break
    else:
        return None
    if person is None:
        return None
    for s in doc.sents[: sv.index + 1]:
        for ch in s.chunks:
            if ch.kind == ROLE and ch.attrs["head"] == "ketua" and person in ch.holders and (
                    (org := org_of_role(ch)) is not None and not org.attrs.get("generic")):
                return org
    return None


# Offices held beside a body's chair, whose body a bare mention takes from the chair's.
_CHAIRS_FELLOWS = frozenset({"wakil ketua", "anggota", "komisioner"})
_NAMED_NEAR = 6  # chunks: "NAME yang didampingi dua anggota lainnya"


def bracketed_member_body(doc: Doc, sv: SentView, c: int, last: Chunk | None) -> Chunk | None:
    """"Mereka adalah: A (Ketua merangkap Anggota), B (Anggota)": an office in brackets after a
    name in a list is held in the body that introduces the list, named before in the sentence
    (`last`) or in the sentence before."""
    chunks = sv.chunks
    o = c - 1 - (c >= 1 and chunks[c - 1].low == "masing-masing")  # "C (masing-masing Anggota)"
    if o < 1 or chunks[o].text != "(" or chunks[o - 1].kind != NAME:
        return None
    head = chunks[c].attrs["head"]
    if head not in lx.INHERITING_OFFICES and head != "ketua":
        return None
    return _body_after_list(chunks, c) or last or _introduced_body(doc, sv)


def _body_after_list(chunks: list[Chunk], c: int) -> Chunk | None:
    """"yaitu A (Ketua), B, C, dan D (masing-masing Anggota) Bawaslu Kabupaten X": the body
    written right after the list of bracketed offices, which every office in it shares."""
    k = c + 1
    while k < min(len(chunks), c + 40):
        ch = chunks[k]
        if ch.kind == ORG and chunks[k - 1].text == ")":
            return None if ch.attrs.get("category") == "party" else ch
        if not (ch.kind == NAME or ch.low in _IN_LIST or (
                ch.kind == ROLE and org_of_role(ch) is None)):
            return None
        k += 1
    return None


def _listing_body(chunks: list[Chunk], n: int) -> Chunk | None:
    """The body named before the list that holds the name at n: "pengurus DPD Partai X, hadir
    A (ketua Wantim)", "pengurus utama DPP Partai X, antara lain, A (Sekjen) dan B (...)"."""
    for k in range(n - 1, max(-1, n - 14), -1):
        ch = chunks[k]
        if ch.kind == ORG:
            return None if ch.attrs.get("generic") or k == 0 or (
                chunks[k - 1].low not in _OFFICERS) else ch
        if ch.kind == ROLE or ch.text == ".":
            return None
    return None


# The word for a body's officers before it: "pengurus DPD X", "jajaran KPU X"
_OFFICERS = frozenset({"pengurus", "utama", "jajaran", "pimpinan", "fungsionaris", "elite", "elit"})


_IN_LIST = frozenset({"(", ")", ",", "dan", "serta", "masing-masing"})


def _introduced_body(doc: Doc, sv: SentView) -> Chunk | None:
    """"... kepada dua komisioner KPU X. Keduanya adalah A (Ketua) dan B (anggota)": the last
    body the sentence before names, when sv opens with the pronoun of those it spoke of."""
    if sv.index == 0 or not sv.chunks or sv.chunks[0].low not in lx.SANCTION_PLURAL_ANAPHORS:
        return None
    found = None
    for ch in doc.sents[sv.index - 1].chunks:
        org = body_named(ch)
        if org is not None and not org.attrs.get("generic") and org.attrs.get(
                "category") != "party":
            found = org
    return found


def article_body(doc: Doc, role: Chunk, body: str | None = None) -> Chunk | None:
    """'Kapolres Yusriadi' in a report that names one Polres ("di ruang Vicon Polres Lampung
    Selatan"), 'Ketua KPU NAME' in one that names one KPU: the body an office implies (or
    `body`), when the article names exactly one of its kind with its region."""
    body = body or lx.IMPLIED_BODY.get(role.attrs["head"])
    if body is None:
        return None
    found = _bodies_named(doc, frozenset({body}))
    return next(iter(found.values())) if len(found) == 1 else None


def _bodies_named(doc: Doc, bodies: frozenset[str]) -> dict[str, Chunk]:
    """The bodies of those kinds the article names with their region, by key."""
    found: dict[str, Chunk] = {}
    for sv in doc.sents:
        for ch in sv.chunks:
            org = body_named(ch)
            if org is not None and org.attrs.get("body") in bodies and org.attrs.get(
                    "region_code"):
                found.setdefault(org.key, org)
    return found


def division_body(doc: Doc, role: Chunk) -> Chunk | None:
    """'Kordiv Pencegahan, A' with no body: the one election body of the division's kind the
    article names with its region (a Bawaslu for prevention, a KPU for technical matters), or
    the one election body it names at all when the division's words fit both."""
    kinds = {lx.DIVISION_BODIES[w] for w in fold(role.attrs["title"]).split()
             if w in lx.DIVISION_BODIES}
    if len(kinds) > 1:
        return None
    allowed = kinds.pop() if kinds else _ELECTION_BODIES
    named = _bodies_named(doc, allowed)
    # of each kind of body the article must name one only ("KPU X" and "KPU Y" tell no KPU)
    by_kind: dict[str, list[Chunk]] = {}
    for org in named.values():
        by_kind.setdefault(org.attrs["body"], []).append(org)
    single = [orgs[0] for orgs in by_kind.values() if len(orgs) == 1]
    if len(single) == 1:
        return single[0]
    # "Ketua Divisi Teknis KPU Sulut, A. ... Ketua Divisi Hukum, B.": a body's divisions are
    # listed one after the other, the body named with the first
    return _earlier_division_body(doc, role, allowed)


def _earlier_division_body(doc: Doc, role: Chunk, allowed: frozenset[str]) -> Chunk | None:
    """The election body of the last division office before `role` that named its body."""
    found: Chunk | None = None
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch is role:
                return found
            if ch.kind == ROLE and ch.attrs["head"] in lx.DIVISION_TITLES and (
                    (org := org_of_role(ch)) is not None and org.attrs.get("body") in allowed
                    and not org.attrs.get("generic")):
                found = org
    return None


def later_election_body(chunks: list[Chunk], c: int) -> Chunk | None:
    """"satu komisioner yakni NAME ... sebagai anggota KPU X": the first election body named
    after c that is not a bare one, nor one that acts on the commissioner ("komisioner yang
    terkena sanksi dari DKPP RI")."""
    for x, ch in enumerate(chunks[c + 1 :], c + 1):
        org = body_named(ch)
        if org is not None and chunks[x - 1].low in ("dari", "oleh"):
            continue
        if (
            org is not None
            and org.attrs.get("category") == "election_body"
            and not org.attrs.get("generic")
        ):
            return org
    return None


def chair_and_member(chunks: list[Chunk], first: int, second: int) -> bool:
    """'Ketua merangkap Anggota KPU X', 'ketua sekaligus anggota KPU X': one person's two
    offices in one body; but 'Ketua Tim Pemenangan sekaligus Anggota DPR RI' are two bodies'."""
    joiner = chunks[first + 1].low
    if joiner == "merangkap":
        return True
    return joiner == "sekaligus" and chunks[second].attrs.get("head") == "anggota" and (
        chunks[first].low in ("ketua", "wakil ketua"))  # the bare chair, no unit of its own


# Verbs by which an officer stands in for the body named before: "Polres X diwakili Kasat ...".
_REPRESENTING = frozenset({"diwakili"})  # "diwakilkan" is read so (spelling)


def _leaders_of(chunks: list[Chunk], org: Chunk) -> bool:
    k = next((k for k, x in enumerate(chunks) if x is org), 0)
    return k > 0 and chunks[k - 1].low == "pimpinan"


def office_body(
    doc: Doc, sv: SentView, c: int, org: Chunk | None, last_org: Chunk | None
) -> tuple[Chunk | None, Chunk | None]:
    """The body of the office at c, whose own words name `org` (or none), and the body the
    sentence's later offices inherit: `last_org`, the last one named before c."""
    chunks = sv.chunks
    ch = chunks[c]
    head = ch.attrs["head"]
    if org is None and c + 1 < len(chunks) and chunks[c + 1].low in ("tersebut", "itu"):
        # "Ketiga komisioner tersebut, yakni A selaku ketua, ...": the office named before,
        # with its body, which the list's lower-case offices inherit.
        org = earlier_org(doc, ch)
        if org is not None:
            last_org = org
    if org is None and c >= 2 and chunks[c - 1].low in _REPRESENTING and (
            (body := chunks[c - 2 - (chunks[c - 2].low == "yang")]).kind == ORG):
        org = body  # "Polres X yang diwakili Kasat Intel NAME": the body's own officer
    if org is None and c + 2 < len(chunks) and chunks[c + 2].kind == ROLE and (
            chair_and_member(chunks, c, c + 2)):
        org = org_of_role(chunks[c + 2])  # "Ketua merangkap Anggota KPU X": KPU X's chair
    if org is None and last_org is not None and (
        head in lx.INHERITING_OFFICES
        # "Pimpinan DPRD X periode ..., Ketua A, Wakil Ketua B": the leaders of that body
        or (head == "ketua" and _leaders_of(chunks, last_org))
        # "komisioner KPU X, yakni A selaku ketua, B ...": an office in lower case, said
        # of one of the body's members, is in that body.
        or (c and chunks[c - 1].low in ("selaku", "sebagai") and ch.text[:1].islower())
    ):
        org = last_org
    if org is None and c >= 2 and chunks[c - 1].low in ("selaku", "sebagai") and (
            members := members_office_before(chunks, c - 2 - (chunks[c - 2].text == ","))):
        org = org_of_role(members)  # "lima anggota DKPP yakni A, selaku Ketua merangkap ..."
    if org is None:  # "Mereka adalah: A (Ketua merangkap Anggota), B (Anggota)"
        org = bracketed_member_body(doc, sv, c, last_org)
    if org is None and c >= 3 and chunks[c - 1].text == "(" and chunks[c - 2].kind == NAME:
        # "ditemani pengurus utama DPP Partai X, antara lain, A (Sekjen) dan B (Bendahara
        # Umum)": the body whose officers the sentence lists, a party's too
        org = _listing_body(chunks, c - 2)
    if org is None and head in lx.IMPLIED_BODY:
        org = earlier_org(doc, ch) or article_body(doc, ch)
    if org is None and head in lx.DIVISION_TITLES:
        org = division_body(doc, ch)
    if org is None and head == "komisioner":
        # "satu komisioner yakni NAME ... sebagai anggota KPU X": a commissioner's body may
        # be named later in the sentence.
        org = later_election_body(chunks, c) or earlier_org(doc, ch)
    if org is not None and org.attrs.get("generic") and last_org is not None:
        # A bare "KPU" is the KPU named before, never another body (the DKPP judging it).
        if last_org.attrs.get("body") == org.attrs.get("body"):
            org = last_org
        else:
            last_org = org
    elif org is not None and org.attrs.get("generic") and org.attrs.get("body"):
        # "Ketua KPU NAME" in a report on one KPU ("KPU Maluku Tengah menggelar ...")
        org = article_body(doc, ch, org.attrs["body"]) or org
    prev = chunks[c - 1] if c else None
    count = counted(prev)
    others = c + 1 < len(chunks) and chunks[c + 1].low in lx.OTHERS_WORDS
    if org is None and head in _CHAIRS_FELLOWS and ch.text[:1].islower() and (
        count > 1 or (prev is not None and prev.low == "para") or others
    ):
        # "Rapat dipimpin Ketua DPRD X. Hadir empat wakil ketua, yakni A, B, C dan D", "Dia
        # didampingi komisioner lainnya, yaitu A, B": the chair's deputies or members, of the
        # body the sentence before (or the one before it) has him chair.
        org = chaired_before(doc, sv, reach=2)
        if org is None and others:
            org = chaired_by_named(doc, sv, c)
    if org is None and head == "wakil ketua" and prev is not None and prev.low == "sebagai":
        # "Ketua DPRD X dipegang oleh A. Lalu B sebagai Wakil Ketua I. Kemudian C sebagai
        # Wakil Ketua II ...": the deputies of the chair named just before
        org = chaired_before(doc, sv, reach=3)
    if org is None and head in _BARE_MEMBERS and c + 2 < len(chunks) and (
            chunks[c + 1].text == "," and chunks[c + 2].kind == NAME and ch.text[:1].isupper()):
        # "KPU Kabupaten X melaksanakan Rakor ... Rapat dibuka Ketua, NAME. ... disampaikan
        # Anggota, NAME": a bare office in a report on the one election body it names
        found = _bodies_named(doc, _ELECTION_BODIES)
        org = next(iter(found.values())) if len(found) == 1 else None
    if org is not None and not org.attrs.get("generic"):
        last_org = org
    return org, last_org


_BARE_MEMBERS = frozenset({"ketua", "anggota", "wakil ketua", "komisioner"})
_ELECTION_BODIES = frozenset({"kpu", "kip", "bawaslu", "panwaslih"})


def named_in_title(facts: list[Fact], label: Callable[[str], str]) -> set[int]:
    """The ids of the office facts without a body whose title is another fact's office with
    its body's name after it: "Ketua Tim Pemenangan" (no body) and "Ketua" of "Tim Pemenangan
    Dandan – Arif" are one office of one person."""
    full = {(f.subject, f"{f.quals.get('role', '')} {label(f.object)}".lower())
            for f in facts if f.object is not None}
    return {id(f) for f in facts if f.object is None and any(
        person == f.subject and f"{title} ".startswith(f"{f.quals.get('role', '').lower()} ")
        for person, title in full)}


def one_office_once(out: Collector) -> None:
    """One fact per person, office and body. The same office written two ways ("Sekretaris
    Daerah" and "Sekda", "Pj Sekretaris Daerah" and "Pj Sekda") is one role, kept as first
    written; an office read without its body ("..., Ketua Rahman Tekka") where the article
    gives the same person the same office in a body is that one, not a second fact. A
    function at one event ("panelis", "moderator") is dropped for a person who holds an office
    in a body, and a membership for one whose chair seat in that body the same sentence names."""
    seen: dict[tuple[str, str, str], set[str | None]] = {}
    keep: set[int] = set()
    facts = sorted((f for f in out.facts() if f.kind is FactKind.HOLDS_ROLE),
                   key=lambda f: (f.object is None, f.evidence.start))
    office = {id(f): _office(f.quals.get("role", "")) for f in facts}
    for f in facts:
        key = (f.subject, office[id(f)], f.quals.get("status", ""))
        orgs = seen.setdefault(key, set())
        if f.object in orgs or (f.object is None and orgs):
            continue
        orgs.add(f.object)
        keep.add(id(f))
    # The panelist who is "Guru Besar Unram": the office says who he is, the debate's function
    # is his attendance.
    in_office = {f.subject for f in facts if f.object is not None}
    keep -= {id(f) for f in facts if f.subject in in_office
             and f.quals.get("role", "").lower() in lx.EVENT_FUNCTIONS}
    # "lima anggota Bawaslu X: A (Ketua), B, ...": the sentence that counts A among the
    # members names his seat, and the seat is the fact.
    chaired = {(f.subject, f.object, f.evidence.start) for f in facts
               if office[id(f)] in _CHAIRS}
    keep -= {id(f) for f in facts if office[id(f)] == "anggota"
             and (f.subject, f.object, f.evidence.start) in chaired}
    keep -= named_in_title(facts, out.label)  # "Ketua Tim Pemenangan" is "Ketua" of "Tim ..."
    keep -= _cut_short(facts, keep)
    out.discard(lambda f: f.kind is FactKind.HOLDS_ROLE and id(f) not in keep)


def _cut_short(facts: list[Fact], keep: set[int]) -> set[int]:
    """The offices a fuller one of the same person in the same body begins with: "Komisioner
    Bidang Parmas, SDM" of "Komisioner Bidang Parmas, SDM, dan Sosdiklih", a list's comma
    having cut the division short in one reading."""
    roles: dict[tuple[str, str], list[str]] = {}
    for f in facts:
        if id(f) in keep and f.object is not None:
            roles.setdefault((f.subject, f.object), []).append(f.quals.get("role", "").lower())
    return {id(f) for f in facts if id(f) in keep and f.object is not None and any(
        other.startswith(f.quals.get("role", "").lower() + ",")
        for other in roles[(f.subject, f.object)])}


_CHAIRS = frozenset({"ketua", "wakil-ketua"})


def _office(role: str) -> str:
    """The role concept of an office, less its status words ("Pj Sekda" -> sekretaris-daerah)."""
    words = role.split()
    while words and words[0].lower().rstrip(".") in lx.STATUS_PREFIXES:
        words = words[1:]
    whole = roles.concept(" ".join(words) or role)
    # "Kaban Kesbangpol" beside "Kepala" of the same Kesbangpol: an office the scheme does not
    # know is its head word's, the rest of it naming the body both facts already give
    head = roles.concept(words[0]) if len(words) > 1 and not whole.known else whole
    return head.id if head.known else whole.id
