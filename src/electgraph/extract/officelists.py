"""Whom an office names, read from the chunks of one sentence around it: the names after it
("Ketua KPU X, A"), a list it opens ("para anggota, yakni A, B dan C"; "teradu 6 sampai 8
masing-masing A, B dan C"), the name before it ("A, Ketua KPU X"), a list of persons written
"NAME, OFFICE" ("Diantaranya, Dr. A, Rektor X, Prof. B, Guru Besar Y"). Pure functions of the
chunks; `roles` decides which applies and which body goes with it."""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import EVENT, NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.nametokens import ranked
from electgraph.extract.officeshort import past_short_form

__all__ = [
    "clause_then_list", "counted", "has_office_before", "list_before", "listed_member",
    "names_after", "names_first", "names_listed", "numbered_parties",
    "office_pair", "party_number", "shared_by_pair",
]


def names_after(chunks: list[Chunk], c: int, as_list: bool) -> list[int]:
    """Indexes of the name chunks that an office at c introduces."""
    k = numbered_parties(chunks, c + 1)
    if k == c + 1 and k + 1 < len(chunks) and chunks[k].kind == PLACE and chunks[k + 1].text == ",":
        k += 1  # "Ketua Demokrat Sumut, NAME": the party's branch of the province
    k = past_short_form(chunks, c, k)
    if (k + 1 < len(chunks) and chunks[c].attrs.get("head") in lx.EVENT_FUNCTIONS
            and (chunks[k].kind == EVENT or chunks[k].low in _POINTERS)
            and chunks[k + 1].low in _LIST_VERBS):
        # "Panelis debat yaitu A, B", "Panelis tersebut meliputi A dari X, B dari Y"
        k, as_list = k + 2, True
    k = _past_tenure(chunks, k)
    term_end = _past_term(chunks, k)
    opened = _past_openers(chunks, term_end)
    # "Anggota DPRD X Masa Jabatan 2024-2029 diantaranya A, B, C": an opener after the term
    # opens a list of the holders
    as_list = as_list or (term_end > k and opened > term_end)
    k = opened
    if (k + 3 < len(chunks) and chunks[k].low in _SPEECH_SETTINGS
            and chunks[k + 1].low in lx.SPEECH_NOUNS and chunks[k + 2].text == ","):
        k += 3  # "Ketua KIP Kota Banda Aceh saat sambutan, NAME mengatakan ..."
    if k + 1 < len(chunks) and chunks[k].low in _COPULAS and chunks[k + 1].kind == NAME:
        k += 1  # "Wakil Ketua DPRD X adalah A, B dan C": the office is theirs
    if not as_list and (made := _made_up_of(chunks, k)) > k:
        as_list, k = True, made  # "Komisioner KIP Aceh yang dilantik terdiri dari A, B, C"
    if as_list:
        k = clause_then_list(chunks, _made_up_of(chunks, _case_numbers(chunks, k)))
    k = _past_province(chunks, c, k)
    # "Pangdam II Sriwijaya Mayjen TNI NAME": the unit's name between the office and a rank;
    # "Dekan FHIS Undiksha Prof Dr NAME": or a title no name holds inside it.
    skip = k
    while (  # "Danlanud Silas Papare Jayapura Marsma TNI NAME": a unit named after a person
        skip < min(len(chunks), k + 3)
        and chunks[skip].kind in (WORD, NAME, PLACE)
        and not ranked(chunks[skip])
        and chunks[skip].text[:1].isupper()
    ):
        skip += 1
    if k < skip < len(chunks) and chunks[skip].kind == NAME and ranked(chunks[skip]):
        k = skip
    if k >= len(chunks) or chunks[k].kind != NAME or _team_and_its_pair(chunks, c, k):
        return []
    found = [k]
    if not as_list:
        return found
    k += 1
    joined = False  # a "dan" or "serta" closes a list
    while k < len(chunks):
        low = chunks[k].low
        if low in lx.NAME_LIST_SEPARATORS:
            joined = joined or low != ","
            k += 1
            continue
        if chunks[k].kind == NAME:
            found.append(k)
            k += 1
            continue
        if low == "dari" and k + 1 < len(chunks) and chunks[k + 1].kind == ORG and (
                found[-1] == k - 1):
            k += 2  # "A dari UIN Sunan Ampel, B dari Universitas Jember": where each is from
            if k + 2 < len(chunks) and chunks[k].text == "(" and chunks[k + 2].text == ")":
                k += 3  # "A dari Partai Demokrasi Indonesia Perjuangan (PDI-P), B ..."
            continue
        if (chunks[k].kind == ORG and chunks[k].attrs.get("category") == "party"
                and found[-1] == k - 1):
            k += 1  # "diantaranya A Golkar, B Nasdem dan C PKB": each name's party
            continue
        if _left_degree(chunks[k]) and found[-1] >= k - 2:
            k += 1  # "B SE, MM, CRMP, C", "A, M.Pd.I, B": a degree the name left behind
            continue
        if low in ("selaku", "sebagai") and (own := _own_office_end(chunks, k)) > k:
            found.pop()  # "yakni A, selaku Ketua merangkap anggota, B, C": A holds his own
            k = own
            continue
        if low == "yang":  # "B, yang membidangi hukum; C": skip the clause up to the next ';'
            while k < len(chunks) and chunks[k].text != ";":
                k += 1
            continue
        if low == "(" and k + 3 < len(chunks) and chunks[k + 1].low in lx.NUMBERED_PARTIES and (
                chunks[k + 3].text == ")"):
            k += 4  # "A (Teradu II), B (Teradu III)": each name's part in the case
            continue
        if low == "(" and k + 2 < len(chunks) and chunks[k + 1].kind == PLACE and (
                chunks[k + 2].text == ")") and found[-1] == k - 1:
            k += 3  # "A (Kabupaten Fakfak), B (Kabupaten Kaimana)": where each is from
            continue
        break
    if len(found) == 2 and not joined and k < len(chunks) and chunks[k].kind == WORD and (
            c > 0 and chunks[c - 1].low in _COMPANY_WORDS):
        return found[:1]  # "Bersama anggota Bawaslu X A, B dinyatakan ...": B acts, A is with
    return found


# Words that open the list of an event's panelists or moderators after the event or a
# demonstrative ("Panelis debat yaitu", "Panelis tersebut meliputi").
_LIST_VERBS = frozenset({"yaitu", "yakni", "meliputi", "adalah", "ialah", ":", "termasuk"})
# ... and what may stand between: the event, a demonstrative, "lainnya" ("Panelis lainnya
# termasuk D dari X, E dari Y").
_POINTERS = lx.OTHERS_WORDS | {"tersebut", "itu"}

# Words before an office whose holder goes with the clause's subject ("Didampingi anggota X A,
# B menyampaikan ..."): the name after the comma is that subject, not a second holder.
_COMPANY_WORDS = frozenset({"bersama", "didampingi", "beserta", "bersama-sama"})


def _own_office_end(chunks: list[Chunk], k: int) -> int:
    """After "selaku ROLE (merangkap ROLE)" at k and its comma, when a name follows; else k."""
    j = k + 1
    if j < len(chunks) and chunks[j].kind == ROLE:
        j += 1 + 2 * (j + 2 < len(chunks) and chunks[j + 1].low == "merangkap"
                      and chunks[j + 2].kind == ROLE)
        j += j < len(chunks) and chunks[j].text in (",", ";")
    return j if j < len(chunks) and chunks[j].kind == NAME else k


def _left_degree(ch: Chunk) -> bool:
    return ch.kind == WORD and ch.text.isalpha() and ch.text.isupper() and len(ch.text) <= 5


def _case_numbers(chunks: list[Chunk], k: int) -> int:
    """After "selaku Teradu 2, 3, 4 dan 5" (the members' numbers in a ruling) at k, else k."""
    if k + 1 >= len(chunks) or chunks[k].low != "selaku" or (
            chunks[k + 1].low not in lx.NUMBERED_PARTIES):
        return k
    return _case_numbers_end(chunks, k + 2)


def _made_up_of(chunks: list[Chunk], k: int) -> int:
    """After "yang terdiri dari," / "terdiri atas" that opens the list of the office's holders
    at k ("4 komisioner KPU lainnya yang terdiri dari A, B, C"), else k."""
    j = k + (k < len(chunks) and chunks[k].low == "yang")
    if (j > k and j + 1 < len(chunks) and chunks[j + 1].low == "terdiri"
            and chunks[j].low.startswith(("di", "ter")) and chunks[j].text.islower()):
        j += 1  # "Komisioner KIP Aceh yang dilantik terdiri dari A, B, ..."
    if j > k and j + 1 < len(chunks) and chunks[j].low in _PRESENT and (
            chunks[j + 1].kind == NAME):
        return j + 1  # "para Panelis yang hadir Prof. A, Prof. B, ... dan G"
    if j + 1 >= len(chunks) or chunks[j].low != "terdiri" or chunks[j + 1].low not in (
            "dari", "atas"):
        return k
    return _past_openers(chunks, j + 2)


_PRESENT = frozenset({"hadir", "dihadirkan", "ditunjuk", "bertugas", "terpilih", "dilantik"})


_SPEECH_SETTINGS = frozenset({"saat", "dalam", "ketika", "pada"})


def _past_term(chunks: list[Chunk], k: int) -> int:
    """After the office's term at k ("Masa Jabatan 2024-2029", "periode 2024-2029"), else k."""
    words = " ".join(x.low for x in chunks[k : k + 2])
    # the words may be one chunk: "Masa Jabatan" capitalised is read as a run of name words
    j = k + 1 if k < len(chunks) and chunks[k].low in ("masa jabatan", "periode") else (
        k + 2 if words == "masa jabatan" else k)
    if j == k:
        return k
    j += j < len(chunks) and chunks[j].low == "tahun"
    return j + 1 if j < len(chunks) and chunks[j].text[:4].isdigit() else k


def _past_province(chunks: list[Chunk], c: int, k: int) -> int:
    """After the province the office's region is in, when its holder's name follows: "Ketua
    KPU Kabupaten Bangka Tengah, Kepulauan Bangka Belitung, NAME", "Ketua KPU Kabupaten
    Katingan, Kalimantan Tengah (Kalteng) NAME", "Pj Bupati Parigi Moutong (Parimo), Sulawesi
    Tengah NAME"; else k."""
    p = k + (k < len(chunks) and chunks[k].text == ",")
    if not (p > c + 1 and chunks[p - 1].text == "," and p < len(chunks)
            and chunks[p].kind == PLACE):
        return k
    j = p + 1
    if j + 2 < len(chunks) and chunks[j].text == "(" and chunks[j + 2].text == ")":
        j += 3  # the province's short form
    comma = j < len(chunks) and chunks[j].text == ","
    j += comma
    if j >= len(chunks) or chunks[j].kind != NAME:
        return k
    # Without a comma only a province's name can stand between the office and the name
    # ("Ketua KPU Kabupaten X, Sulawesi Tengah NAME"); a town's may be the name's own start.
    return j if comma or chunks[p].attrs.get("kind") == "provinsi" else k


def _past_tenure(chunks: list[Chunk], k: int) -> int:
    """After words at k that say the office is held now, set off by a comma before its
    holder ("Bupati X petahana, NAME", "Gubernur X saat ini, NAME", "Ketua Umum Golkar yang
    baru, NAME"), else k."""
    words = [x.low for x in chunks[k : k + 3]]
    for tenure in _TENURES:
        n = len(tenure)
        if tuple(words[:n]) == tenure and k + n + 1 < len(chunks) and (
                chunks[k + n].text == "," and chunks[k + n + 1].kind == NAME):
            return k + n + 1
    return k


_TENURES = (("petahana",), ("incumbent",), ("definitif",), ("saat", "ini"), ("kini",),
            ("sekarang",), ("yang", "baru"))


def _past_openers(chunks: list[Chunk], k: int) -> int:
    """After the words that open a list at k (", yakni", ", di antaranya:"), else k."""
    while k < len(chunks) and (chunks[k].low in lx.NAME_LIST_OPENERS or (
            chunks[k].low == "di" and k + 1 < len(chunks) and chunks[k + 1].low == "antaranya")):
        k += 1
    return k


def clause_then_list(chunks: list[Chunk], k: int) -> int:
    """After a clause that opens the list of the office's holders at k ("yang juga menjadi
    teradu dalam perkara ini, yakni"; "panelis dari berbagai latar belakang, di antaranya:"),
    else k. A name or an office inside the clause is no such opening."""
    if k >= len(chunks) or chunks[k].low not in ("yang", "dari", *_MEANS):
        return k
    for j in range(k + 1, min(len(chunks), k + 10)):
        if chunks[j].low in _CLAUSE_ENDS:
            return _past_openers(chunks, j + 1)
        if chunks[j].kind in (NAME, ROLE) or chunks[j].text in (";", "(", ":"):
            return k
    return k


# "anggota DPR X melalui mekanisme pengangkatan yaitu: A, B": how the holders came to it.
_MEANS = ("melalui", "lewat", "hasil", "jalur")
# The last word of a clause that announces the list ("..., yakni", "..., di antaranya:",
# "yang telah definitif adalah").
_COPULAS = frozenset({"adalah", "ialah"})
_CLAUSE_ENDS = frozenset({"yakni", "yaitu", "antaranya", "diantaranya"}) | _COPULAS


def _case_numbers_end(chunks: list[Chunk], j: int) -> int:
    """After the run of case numbers at j ("2, 3, 4 dan 5", "6 sampai 8", "II-IV")."""
    while j < len(chunks) and (
        chunks[j].low.isdigit() or chunks[j].low in lx.OFFICE_ORDINALS
        or chunks[j].low in ("sampai", "hingga", "-", "s/d", "dan", ",")
    ):
        j += 1
    return j


def numbered_parties(chunks: list[Chunk], k: int) -> int:
    """After ", teradu 6 sampai 8 masing-masing" (the parties' numbers in a ruling) when it
    starts at k, else k."""
    j = k + (k < len(chunks) and chunks[k].low == ",")
    if j >= len(chunks) or chunks[j].low != "teradu":
        return k
    j = _case_numbers_end(chunks, j + 1)
    if j < len(chunks) and chunks[j].low == "masing-masing":
        return j + 1
    return k


def shared_by_pair(
    chunks: list[Chunk], c: int, names: list[int], shared: bool = False
) -> list[int]:
    """'Wakil Ketua DPRD X, A dan B', 'Anggota Bawaslu X A, B, dan C': an office that several
    hold at once, before names joined by 'dan' and nothing after them that gives the last
    one an office of its own ("A dan B, Kepala Dinas X")."""
    if c >= 2 and chunks[c - 1].low in ("dan", "serta") and chunks[c - 2].kind == ROLE:
        return names  # "Ketua dan Anggota KPU X A, B, C": which name holds which is not said
    listed = names_after(chunks, c, as_list=True)
    # A members' office ("Komisioner KPU X, A, B, C, Kapolres ...") needs no "dan": a list
    # of bare names after it, up to the next office, are its members.
    joined = chunks[listed[-1] - 1].low in ("dan", "serta", "&") if listed else False
    if not 2 <= len(listed) <= 6 or not (joined or shared):
        return names
    after = chunks[listed[-1] + 1 : listed[-1] + 4]
    if after and (after[0].kind == ROLE or after[0].low == "(" or (
        after[0].low == "," and len(after) > 1 and after[1].kind == ROLE
        # "..., C, Penjabat Bupati X NAME", "Komisioner A dan B, Kepala Kesbang X NAME": the
        # next item of the list, with its own holder
        and not (shared and len(after) > 2 and after[2].kind == NAME)
    )):
        return names
    return listed


def counted(word: Chunk | None) -> int:
    """The number a count word before an office gives ("dua anggota", "ketiga komisioner",
    "3 anggota"), 0 if none."""
    if word is None:
        return 0
    low = word.low.removeprefix("ke") if word.low not in lx.BALLOT_NUMBER_WORDS else word.low
    number = lx.BALLOT_NUMBER_WORDS.get(low) or (low if low.isascii() and low.isdigit() else "")
    return int(number) if number and len(number) < 3 else 0


def _team_and_its_pair(chunks: list[Chunk], c: int, k: int) -> bool:
    """'Ketua Tim Pemenangan Paslon Nomor 2, A-B': the pair the team works for, after its
    office, is no holder of it."""
    org = chunks[c].attrs.get("org") if chunks[c].kind == ROLE else None
    return (isinstance(org, Chunk) and org.attrs.get("category") == "campaign"
            and k + 2 < len(chunks)
            and chunks[k + 1].text in lx.DASHES and chunks[k + 2].kind == NAME)


def office_pair(chunks: list[Chunk], c: int) -> bool:
    """'sebagai Gubernur dan Wakil Gubernur': the offices of a ticket, not of one person."""
    return (
        c + 2 < len(chunks)
        and chunks[c + 1].low in ("dan", "/", "-")
        and chunks[c + 2].kind == ROLE
    ) or (c >= 2 and chunks[c - 1].low in ("dan", "/", "-") and chunks[c - 2].kind == ROLE)


def has_office_before(chunks: list[Chunk], n: int) -> bool:
    """Whether the name at n was introduced by an office ("Ketua X, NAME, Kepala Y, NAME2"):
    then an office after it belongs to the next name in the list, not to this one."""
    k = n - 1
    if k >= 0 and chunks[k].text == ",":
        k -= 1
    if k >= 1 and chunks[k].kind == PLACE and chunks[k - 1].kind == ROLE:
        k -= 1  # "Kepala SDN Inpres Nabire NAME, Kepala KUA ...": the office's town between
    # "Ketua KPU merangkap anggota, NAME": the chair's second office introduces no one.
    return k >= 0 and chunks[k].kind == ROLE and not (k and chunks[k - 1].low == "merangkap")


def list_before(chunks: list[Chunk], n: int, joined: bool = False) -> list[int]:
    """Names listed before the name at n ("A, B, dan C, n"), when the list has a 'dan' (or
    the caller knows it is a list)."""
    found: list[int] = []
    k = n - 1
    while k >= 0:
        low = chunks[k].low
        if low in (",", ";", "dan", "serta"):
            joined = joined or low != ","
            k -= 1
        elif party_number(chunks, k):
            k -= 2  # "Teradu III Arifandi, Teradu IV Hasrullah": the numbered party is no office
        elif chunks[k].kind == NAME and not has_office_before(chunks, k):
            found.append(k)
            k -= 1
        else:
            break
    if k >= 0 and chunks[k].low in ("selaku", "sebagai"):
        return []  # the first name has its own office
    return found if joined else []


_PARTY_NUMBER = re.compile(r"[ivxl]{1,6}|\d{1,3}")  # Roman or Arabic: "Teradu VII", "Teradu 12"


def party_number(chunks: list[Chunk], k: int) -> bool:
    """'Teradu III', 'teradu kedua' at k-1..k: a party to a case and its number."""
    low = chunks[k].low
    return k >= 1 and chunks[k - 1].low in lx.NUMBERED_PARTIES and (
        bool(_PARTY_NUMBER.fullmatch(low)) or low in lx.ORDINAL_WORDS)


def names_first(chunks: list[Chunk]) -> int:
    """Where a list whose first member is written "NAME, OFFICE" starts ("Diantaranya, Dr. A,
    Rektor X, Prof. B, Guru Besar Y"): then every office in it follows its holder; len(chunks)
    when there is none."""
    for o, ch in enumerate(chunks):
        if ch.low not in lx.LIST_OPENING_WORDS and not (
                o and (chunks[o - 1].low, ch.low) in lx.LIST_OPENING_PAIRS):
            continue
        k = o + 1 + (o + 1 < len(chunks) and chunks[o + 1].text == ",")
        if (
            k + 2 < len(chunks)
            and chunks[k].kind == NAME
            and chunks[k + 1].text == ","
            and chunks[k + 2].kind == ROLE
        ):
            return k
    return len(chunks)


def names_listed(chunks: list[Chunk], k: int) -> bool:
    """", A, B, C": three names or more right after k, each after a comma (the first may follow
    an em dash: "Bawaslu X—A, B, C")."""
    names = 0
    while k + 1 < len(chunks) and chunks[k + 1].kind == NAME and (
            chunks[k].text == "," or (names == 0 and chunks[k].text == "—")):
        names += 1
        k += 2
    return names >= _LISTED_NAMES


_LISTED_NAMES = 3


def listed_member(chunks: list[Chunk], n: int) -> bool:
    """Whether the name at n is one of several holders an office before it listed."""
    person = chunks[n].person
    return person is not None and any(
        x.kind == ROLE and len(x.holders) > 1 and person in x.holders for x in chunks[:n])
