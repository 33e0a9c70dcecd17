"""Where an office's holder stands around it, and when an office is no holder's: the name in
brackets after it ("Ketua Bawaslu X (A)"), before "selaku" ("A, SE (Golkar), sebagai Ketua
DPRD X"), a speaker's, a case party's, an item of a "NAME – office" list; a sought office
("calon bupati"), offices listed without names, "Ketua dan Anggota X masing-masing A, B",
"A, B dan C, masing-masing sebagai Ketua dan Anggota X", "Bupati dan Wakil Bupati X, A dan B".
Read by `roles`."""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import abbreviates
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.doc import org_of_role
from electgraph.extract.officelists import counted, list_before, names_after, party_number

__all__ = [
    "body_after_short_form", "bracketed_holders", "bracketed_unit", "candidacy",
    "case_party_before", "chair_before", "division_office", "each_chair_and_members", "held_by",
    "holder_right_after", "item_ends", "listed_after_office", "members_office_before",
    "named_after_clause", "named_before_selaku", "offices_listed", "paired_holder", "role_title",
    "speaks_as",
]


def role_title(role: Chunk) -> str:
    """The office as its holder holds it: the title with a status that qualifies the office
    ("Pj Bupati", "Plt Ketua"); "mantan" says when, and is no part of the title."""
    title: str = role.attrs["title"]
    label = role.attrs.get("status_label") or ""
    if label and label != "mantan":
        return f"{label} {title}"
    return title


def bracketed_holders(chunks: list[Chunk], c: int) -> list[int]:
    """"Ketua Bawaslu Konawe (Abuldan), Komisioner Bawaslu Konawe (Restu)", "Komisioner Bawaslu
    Sarolangun (Aspriadi, Johan Iswadi)": the holders of the office at c in brackets right
    after it."""
    if not (c + 3 < len(chunks) and chunks[c + 1].text == "(" and chunks[c + 2].kind == NAME):
        return []
    names, k = [c + 2], c + 3
    while k + 1 < len(chunks) and chunks[k].low in (",", "dan") and chunks[k + 1].kind == NAME:
        names.append(k + 1)
        k += 2
    if k >= len(chunks) or chunks[k].text != ")" or (
            k + 1 < len(chunks) and chunks[k + 1].kind == ORG):
        return []  # "Ketua Divisi SDM (Sosdiklih dan Parmas) KPU X": the division's short names
    # "Rektor Universitas Pohuwato (Unipo)": the body's own short form, no holder
    org = org_of_role(chunks[c])
    short = chunks[c + 2].low
    if len(names) == 1 and org is not None and " " not in short and abbreviates(
            short, org.text.lower()):
        return []
    return names


def bracketed_unit(chunks: list[Chunk], c: int) -> int | None:
    """Where the brackets close when the office at c opens them right after a name and one or
    two capitalised words follow it inside: "A (ketua Wantim)", "B (Bendahara Umum)"."""
    if c < 2 or chunks[c - 1].text != "(" or chunks[c - 2].kind != NAME:
        return None
    k = c + 1
    while k < len(chunks) and k <= c + 2 and chunks[k].kind in (NAME, WORD) and (
            chunks[k].text[:1].isupper()):
        k += 1
    return k if c + 1 < k < len(chunks) and chunks[k].text == ")" else None


def speaks_as(chunks: list[Chunk], k: int) -> bool:
    """"Ketua Bawaslu Bangka, Sugesti mengatakan ...", "Ketua KPU Pekanbaru, Raga Perwira,
    mengapresiasi ...": the holder of an office named with its body, speaking, is a person
    though his name is made of common words."""
    verb = k + 1 + (k + 2 < len(chunks) and chunks[k + 1].text == ",")  # "NAME, mengatakan"
    return verb < len(chunks) and chunks[k].text.count(" ") <= 2 and (
        chunks[verb].low in lx.SPEAK_VERBS or chunks[verb].low in lx.SPEECH_VERBS)


def listed_after_office(chunks: list[Chunk], c: int, k: int) -> bool:
    """"Koordinator Divisi X Bawaslu Konawe Restu dan Koordinator ...": a single name right
    after an office written with its body, in a list, is its holder though it is a common
    word."""
    if not (k == c + 1 and org_of_role(chunks[c]) is not None and " " not in chunks[k].text):
        return False
    if k + 1 < len(chunks) and chunks[k + 1].low in ("dan", ",", "serta"):
        return k + 2 < len(chunks) and chunks[k + 2].kind == ROLE
    # "..., dan Komisioner Bawaslu Muhajirin.": the list's last item, which ends the sentence
    return c >= 1 and chunks[c - 1].low in ("dan", "serta", ",") and (
        k + 1 == len(chunks) or (k + 2 == len(chunks) and chunks[k + 1].text == "."))


def case_party_before(chunks: list[Chunk], c: int) -> bool:
    """A name right before the office at c, numbered as a party to a case: "Teradu I NAME"."""
    return c >= 3 and chunks[c - 1].kind == NAME and party_number(chunks, c - 2)


def candidacy(chunks: list[Chunk], c: int) -> bool:
    """Whether the office at c is sought, not held: "calon bupati", "Bakal Calon Gubernur dan
    Wakil Gubernur", "paslon (gubernur)/wakil gubernur", "calon Gubernur-calon Wakil Gubernur"."""
    k = c - 1
    while k >= 0 and k > c - 6:
        ch = chunks[k]
        low = ch.low
        if low in lx.CANDIDATE_WORDS or low.rsplit("-", 1)[-1] in lx.CANDIDATE_WORDS:
            return True
        if ch.kind == ROLE or low in lx.OFFICE_PAIR_JOINERS or (ch.kind == WORD and "/" in low):
            k -= 1
            continue
        return False
    return False


def chair_before(chunks: list[Chunk], c: int) -> Chunk | None:
    """The bare chair before "dan" and the office at c: "Ketua dan Anggota KPU X", "Ketua dan
    tiga Anggota KPU X" (a count of the members between)."""
    d = c - 1 - (c >= 2 and counted(chunks[c - 1]) > 0)
    if d >= 1 and chunks[d].low == "dan" and chunks[d - 1].kind == ROLE and (
            chunks[d - 1].attrs["head"] == "ketua" and org_of_role(chunks[d - 1]) is None):
        return chunks[d - 1]
    return None


# Words between "masing-masing" and the offices: "masing-masing (menjabat) sebagai Ketua ...".
_EACH_AS = frozenset({"sebagai", "selaku", "menjabat"})


def each_chair_and_members(chunks: list[Chunk], c: int) -> tuple[list[int], Chunk] | None:
    """"A, B dan C, (yang) masing-masing (menjabat) sebagai Ketua dan Anggota X", or with the
    verb alone ("A, B dan C selaku ketua dan anggota X"), the bare chair at c: the names in
    order (the first chairs, the rest are members) and the members' office, which names the
    body."""
    # "selaku Ketua merangkap Anggota dan Anggota X": the chair's own second office between
    both = c + 3 < len(chunks) and chunks[c + 1].low == "merangkap" and (
        chunks[c + 2].kind == ROLE and org_of_role(chunks[c + 2]) is None
        and chunks[c + 3].low == "dan" and chunks[c].attrs["head"] == "ketua"
        and org_of_role(chunks[c]) is None)
    members = c + 4 if both else c + 2
    if not (members < len(chunks) and chunks[members - 1].low == "dan"
            and chunks[members].kind == ROLE and org_of_role(chunks[members]) is not None
            and (both or chair_before(chunks, members) is chunks[c])):
        return None
    k = c - 1
    while k >= 0 and chunks[k].low in _EACH_AS:
        k -= 1
    # "A, B dan C selaku ketua dan anggota X": the verb alone says as much as "masing-masing"
    if k >= 0 and chunks[k].low == "masing-masing":
        k -= 1
    elif k == c - 1:
        return None
    k -= k >= 0 and chunks[k].low == "yang"
    k -= k >= 0 and chunks[k].text == ","
    if k < 1 or chunks[k].kind != NAME:
        return None
    names = sorted([k, *list_before(chunks, k, joined=True)])
    return (names, chunks[members]) if len(names) >= 2 else None


def members_office_before(chunks: list[Chunk], n: int) -> Chunk | None:
    """The members' office with its body that opens the list the name at n is in ("lima
    anggota DKPP yakni A, B ..."), if one does."""
    k = n - 1
    while k >= 0 and (chunks[k].kind == NAME or chunks[k].low in _LIST_JOINTS):
        k -= 1
    if k >= 0 and chunks[k].kind == ROLE and chunks[k].attrs["head"] in ("anggota", "komisioner"):
        return chunks[k] if org_of_role(chunks[k]) is not None else None
    return None


_LIST_JOINTS = frozenset({",", "dan", "yakni", "yaitu", ":"})


def paired_holder(chunks: list[Chunk], c: int) -> tuple[int, int] | None:
    """"Bupati dan Wakil Bupati X, A dan B" (or "A–B"): two offices joined, then two names
    joined, the first holding the first office and the second the second. The name (its index)
    of the office at c and the second office, whose words name the body of both; None when
    the offices or the names are not such a pair."""
    if c + 2 < len(chunks) and chunks[c + 1].low == "dan" and chunks[c + 2].kind == ROLE:
        second, mine = c + 2, 0
    elif c >= 2 and chunks[c - 1].low == "dan" and chunks[c - 2].kind == ROLE:
        second, mine = c, 1
    else:
        return None
    names = names_after(chunks, second, as_list=True)
    if len(names) == 1 and names[0] + 2 < len(chunks) and chunks[names[0] + 1].text in (
            lx.DASHES) and chunks[names[0] + 2].kind == NAME:
        names.append(names[0] + 2)  # "Bupati dan Wakil Bupati X, A–B": the pair by a dash
    if len(names) != 2 or chunks[names[1] - 1].low not in lx.DASHES | {"dan"} or any(
            x.kind not in (NAME, PLACE) and x.text != "," for x in chunks[second + 1 : names[0]]):
        return None  # "Wali Kota X dan Wakil Wali Kota X yang terbaik, yaitu A dan B": sought
    first = second - 2
    if first and chunks[first - 1].low in _HELD_AS:
        return None  # "A dan B sebagai Bupati dan Wakil Bupati X, C dan D sebagai ...": A's
    after = chunks[names[1] + 1 : names[1] + 4]
    if after and (after[0].kind == ROLE or after[0].text == "(" or after[0].low in _HELD_AS or (
            after[0].text == "," and len(after) > 1 and after[1].kind == ROLE
            and not (len(after) > 2 and after[2].kind == NAME))):
        return None  # "..., A dan B, Kepala Dinas X": B's own office follows
    return names[mine], second


_HELD_AS = frozenset({"sebagai", "selaku", "menjadi"})


def body_after_short_form(chunks: list[Chunk], c: int) -> int | None:
    """"Kordiv Sumber Daya Manusia (Kordiv SDM) Bawaslu X NAME", "Asisten Pemerintahan (Pemkesra)
    Sekretariat Daerah X, NAME": the office at c names no body of its own; the one after its
    short form in brackets is its body (its index)."""
    if org_of_role(chunks[c]) is not None or c + 1 >= len(chunks) or chunks[c + 1].text != "(":
        return None
    for j in range(c + 2, min(len(chunks), c + 8)):
        if chunks[j].text == ")":
            return j + 1 if j + 1 < len(chunks) and chunks[j + 1].kind == ORG and not (
                chunks[j + 1].attrs.get("generic")) else None
        if chunks[j].text in ("(", ",") and chunks[j - 1].text != ")":
            return None
    return None


def offices_listed(chunks: list[Chunk], c: int) -> bool:
    """"A dan B, Kabag, Kasubag dan Staf Sekretariat": offices listed with no names are more
    who came, not the office of the name before them."""
    return (c + 2 < len(chunks) and chunks[c + 1].text in (",", "dan")
            and chunks[c + 2].kind == ROLE and org_of_role(chunks[c]) is None)


def item_ends(chunks: list[Chunk], k: int) -> bool:
    """Whether an item of a list of "NAME – office" ends at k: at the sentence's end or where
    the next item begins the same way ("1. A – Anggota Bawaslu X\n2. B – Ketua ...", whose
    numbers the reader turned into commas)."""
    return k == len(chunks) or (
        chunks[k].text in (",", ";") and k + 2 < len(chunks) and chunks[k + 1].kind == NAME
        and chunks[k + 2].text in lx.DASHES)


def division_office(role: Chunk) -> bool:
    """A division's office: "Kadiv Teknis", "Komisioner Divisi SDM", "Komisioner Bidang Data"."""
    words = role_title(role).lower().split()
    return role.attrs["head"] in lx.DIVISION_TITLES or (
        words[:1] == ["komisioner"] and words[1:2] in (["divisi"], ["bidang"]))


def holder_right_after(chunks: list[Chunk], c: int) -> bool:
    """'..., anggota PPS Kelurahan Maloku A, ...': a whole item of a list, the office and then
    its holder's name; not 'Dekan Fakultas Perikanan dan Ilmu Kelautan Universitas Papua', a
    unit's last word read as a name."""
    return c + 1 < len(chunks) and chunks[c + 1].kind == NAME and (
        c + 2 == len(chunks) or chunks[c + 2].low in (",", ".", ";", "dan", "serta"))


def named_before_selaku(chunks: list[Chunk], c: int) -> int | None:
    """The name before "selaku"/"sebagai" and the office at c: "A selaku ROLE", "A, selaku
    ROLE", "A SKom selaku ROLE" (a degree written bare), "A (PARTY), sebagai ROLE"."""
    if c < 2 or chunks[c - 1].low not in ("selaku", "sebagai"):
        return None
    n = c - 2
    if n >= 2 and chunks[n].low in ("jabatannya", "jabatan") and chunks[n - 1].low == "dari":
        n -= 2  # "mencopot A dari jabatannya sebagai Ketua KPU X": the office A held
    if chunks[n].kind == WORD and chunks[n].low in lx.DEGREE_TOKENS:
        n -= 1
    if n >= 0 and chunks[n].text == ",":
        n -= 1
    if n >= 3 and chunks[n].text == ")" and chunks[n - 1].kind == ORG and chunks[n - 2].text == "(":
        n -= 3  # "A, SE (Golkar), sebagai Ketua DPRD X": his party in brackets
    elif n >= 2 and chunks[n].kind == ORG and chunks[n].attrs.get("category") == "party" and (
            chunks[n - 1].low == "dari"):
        n -= 2  # "Lalu A dari PDI Perjuangan sebagai Wakil Ketua I": and his party
    return n if n >= 0 and chunks[n].kind == NAME else None


def held_by(chunks: list[Chunk], c: int) -> int | None:
    """Index of NAME in 'ROLE (sementara) dijabat oleh NAME': an office said to be held by."""
    k = c + 1 + (c + 1 < len(chunks) and chunks[c + 1].low in lx.OFFICE_QUALIFIERS)
    k += k < len(chunks) and bool(_TERM.fullmatch(chunks[k].low))  # "Ketua DPRD X 2024-2029"
    if k + 2 < len(chunks) and chunks[k].low in _HELD_VERBS and chunks[k + 1].low == "oleh" and (
            chunks[k + 2].kind == NAME):
        return k + 2
    return None


_HELD_VERBS = frozenset({"dijabat", "diemban", "dipegang", "diduduki", "diisi"})
_TERM = re.compile(r"\d{4}[-–/]\d{4}")


def named_after_clause(chunks: list[Chunk], c: int) -> int | None:
    """Index of NAME in 'ROLE yang ... itu, NAME': an office described, then named."""
    if c + 1 >= len(chunks) or chunks[c + 1].low != "yang":
        return None
    for k in range(c + 2, min(len(chunks) - 2, c + 16)):
        if chunks[k].kind in (NAME, ROLE):
            return None
        if chunks[k].low == "itu" and chunks[k + 1].text == "," and chunks[k + 2].kind == NAME:
            return k + 2
    return None
