"""Whether a name is introduced as a candidate, and with which ballot number and office.

Before the name (`intro_before`): "pasangan calon nomor urut 2, A-B", "calon bupati X, NAME",
"tiga bakal calon yang diundang, yakni A dan B"; a list of pairs shares its introduction ("yakni
A-B, C-D, dan E-F", walked once per list by `_list_start`). After it (`intro_after`): "A
berpasangan dengan B", "A-B (nomor urut dua)", "A dan B dengan nomor urut 03". Read by
`candidates`.
"""

from __future__ import annotations

import re
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, NAME, PLACE, ROLE, Chunk
from electgraph.extract.namelists import called_a_pair, past_office_clause
from electgraph.extract.nicknames import called_at
from electgraph.extract.pairs import skip_brackets_of_names
from electgraph.extract.winners import votes_follow

__all__ = ["intro_after", "intro_before", "stands_as"]

_NUMBER = re.compile(r"^0?\d{1,2}$")
_GETS = ("mendapatkan", "mendapat", "memperoleh", "meraih")  # a ballot number drawn


def intro_after(
    chunks: list[Chunk], c: int, mate: int | None
) -> tuple[str | None, str | None] | None:
    """A pair introduced after its names: "A berpasangan dengan B", "A-B (nomor urut dua)",
    "A dan B dengan nomor urut 03"."""
    if mate is None:
        return None
    after = skip_brackets_of_names(chunks, c + 1)
    after += after < len(chunks) and chunks[after].text == ","  # "A (RKN), berpasangan"
    after = past_office_clause(chunks, after)  # "A yang kini menjabat Wali Kota X berpasangan"
    if after < len(chunks) and chunks[after].low == "berpasangan":
        return None, None
    k = skip_brackets_of_names(chunks, mate + 1)
    if (nick := called_at(chunks, k)) is not None:
        k = nick + 1  # "A dan B dikenal dengan jargon Diahi sebagai bakal calon nomor urut 1"
    if votes_follow(chunks, k) or called_a_pair(chunks, k):
        return None, None
    if (
        k + 1 < len(chunks)
        and chunks[k].low == "dengan"
        and chunks[k + 1].low in lx.PAIR_NICKNAME_WORDS
    ):
        return None, None  # "A dan B dengan akronim RAMAH": a pair known by its nickname
    if chunks[mate - 1].low in lx.DASHES and _runs_in(chunks, k):
        return None, None  # "rekomendasi diberikan kepada A-B untuk Pilkada Kabupaten X"
    got = k < len(chunks) and chunks[k].low in _GETS
    if k < len(chunks) and chunks[k].low in ("(", "dengan", "sebagai", *_GETS):
        k += 1  # "A-B (nomor urut 2)", "A-B mendapatkan nomor urut 2", "A dan B sebagai ..."
    # "A-B (paslon nomor urut satu)", "(paslon dengan nomor urut tiga)", "sebagai bakal calon
    # wali kota nomor urut satu"
    while k < len(chunks) and (chunks[k].low in lx.CANDIDATE_WORDS or chunks[k].low == "dengan"
                               or (chunks[k].kind == ROLE and chunks[k - 1].low in (
                                   lx.CANDIDATE_WORDS))):
        k += 1
    if k + 1 < len(chunks) and chunks[k].low == "nomor":
        # "nomor urut 2"; got, the "urut" may be left out: "C-D mendapatkan nomor 3"
        at = k + 2 if chunks[k + 1].low == "urut" else k + 1 if got else len(chunks)
        raw = chunks[at].low if at < len(chunks) else ""
        number = lx.BALLOT_NUMBER_WORDS.get(raw) or (
            raw.lstrip("0") or "0" if _NUMBER.match(raw) else None
        )
        if number is not None:
            return number, None
    return None


def stands_as(chunks: list[Chunk], c: int) -> str | None:
    """The office sought by the name at c, or by the list of names it opens, when a verb of
    standing follows: "A menjadi bakal calon Bupati X", "A dan B masuk sebagai bakal calon
    Bupati X", "A, B, dan C yang menjadi bakal calon Gubernur Y", "A maju sebagai calon ...".
    "" when it is a pair's office ("A dan B maju sebagai calon Bupati dan Wakil Bupati X"),
    whose two members seek one each."""
    k = c + 1
    while k < len(chunks) and (chunks[k].kind == NAME or chunks[k].low in (",", "dan", "serta")):
        k += 1
    k += k < len(chunks) and chunks[k].low == "yang"
    while k < len(chunks) and chunks[k].low in _STANDING_ADVERBS:
        k += 1
    if k + 1 < len(chunks) and chunks[k].low in _STANDING_VERBS and chunks[k + 1].low == "sebagai":
        k += 2  # "maju sebagai", "ditetapkan sebagai"
    elif k < len(chunks) and chunks[k].low in ("menjadi", "sebagai"):
        k += 1
    else:
        return None
    k += k < len(chunks) and chunks[k].low == "bakal"
    if k + 1 >= len(chunks) or chunks[k].low != "calon" or chunks[k + 1].kind != ROLE:
        return None
    office = str(chunks[k + 1].attrs.get("head", ""))
    if not set(office.split()) & lx.OFFICE_SOUGHT_WORDS:
        return None
    deputy = k + 3 < len(chunks) and chunks[k + 2].low in ("dan", "-", "/", "–") and str(
        chunks[k + 3].attrs.get("head", "")).startswith("wakil")
    return "" if deputy else f"calon {office}"


_STANDING_ADVERBS = frozenset({"resmi", "akan", "juga", "kembali", "telah", "sudah", "pun"})
_STANDING_VERBS = frozenset({"maju", "masuk", "ditetapkan", "diusung", "diusulkan", "tampil",
                             "didaftarkan", "mendaftar", "berlaga", "bertarung"})


def _runs_in(chunks: list[Chunk], k: int) -> bool:
    """Whether the words at k put the pair before them in a named election: "untuk Pilkada
    Kabupaten X", "yang akan berlaga di Pilkada Kota Y", "maju pada Pilbup Z"."""
    for m in range(k, min(len(chunks), k + 5)):
        if chunks[m].kind == ELECTION:
            return m > k and not chunks[m].attrs.get("generic") and chunks[m - 1].low in _IN
        if chunks[m].low not in _TO_RUN:
            return False
    return False


_IN = frozenset({"untuk", "di", "pada", "dalam"})
_TO_RUN = _IN | {"yang", "akan", "berlaga", "maju", "bertarung", "bersaing", "bertanding"}


# "Pasangan Cagub Cawagub NTT A dan B": a candidate's office contracted, before its region.
_SOUGHT_OFFICE_WORDS = lx.SOUGHT_OFFICES


def intro_before(chunks: list[Chunk], c: int) -> tuple[str | None, str | None] | None:
    """(ballot number, office) when the name at c is introduced as a candidate."""
    k = start = _list_start(chunks, c)
    number = None
    seen_words: list[str] = []
    reach = 9 + (c - 1 - k)
    # a "yakni" was passed, or a list of pairs follows ("Tiga pasangan calon hadir di debat
    # perdana, A – B, C – D dan E – F"): places and events before it describe the group
    introduced = _dash_pairs_after(chunks, start) >= 2
    while k >= 0 and c - k <= reach:
        low = chunks[k].low
        if (chunks[k].kind == EVENT and low.endswith(" nomor urut") and k + 1 < len(chunks)
                and _NUMBER.match(chunks[k + 1].low)):
            # "Kampanye akbar pasangan calon nomor urut 2, A dan B": the draw's words the
            # event's name took in
            return chunks[k + 1].low.lstrip("0") or "0", None
        if chunks[k].kind == PLACE and k > 0 and (
                chunks[k - 1].kind == ROLE or chunks[k - 1].low in _SOUGHT_OFFICE_WORDS or (
                k > 1 and chunks[k - 1].text == "," and chunks[k - 2].kind == ROLE)):
            pass  # "calon Walikota dan Wakil Walikota Pekanbaru": the office's region, and its
            # province after a comma ("calon Bupati Kabupaten Lahat, Sumatera Selatan, A dan B")
        elif chunks[k].kind == PLACE and k > 0 and chunks[k - 1].low in lx.PAIR_HEADS:
            pass  # "Paket Lembata Jaya, A-B": a place in the pair's nickname
        elif introduced and (chunks[k].kind in (PLACE, EVENT) or low in lx.CANDIDATE_PLACE_STOPS):
            pass  # "dua pasangan calon yang mengikuti debat Pilgub di Semarang, yakni A-B"
        elif (
            low in ('"', "“", "”")
            # "pasangan calon pada Pilkada Manado adalah A-B": an election is no place
            or (low in lx.CANDIDATE_PLACE_STOPS and chunks[k + 1].kind != ELECTION
                and not (k > 0 and chunks[k - 1].low == "terdiri"))
            or chunks[k].kind in (PLACE, EVENT)
        ):
            return None  # "calon bupati ... di Hotel X, Lubuk Pakam": the name is a place
        if low in lx.SPEECH_VERBS:
            return None  # "Paslon ini, sebut NAME, ...": the name is the speaker
        if low in lx.NON_CANDIDATE_GROUPS:
            return None  # "ketiga paslon diuji oleh enam panelis yakni A, B": not the pairs
        if low in ("yakni", "yaitu", ":", "adalah", "ialah", "diantaranya") or (
            k > 0 and (low, chunks[k - 1].low) in (("dari", "terdiri"), ("lain", "antara"),
                                                    ("antaranya", "di"))
        ):
            reach = c - k + 12  # "tiga bakal calon yang diundang, yakni A dan B"
            introduced = True
        if (
            low == "terpilih"
            and k > 0
            and chunks[k - 1].kind == ROLE
            and any(o in chunks[k - 1].low for o in lx.ELECTED_OFFICES)
        ):
            return number, None  # "Bupati dan Wakil Bupati terpilih yakni A-B"
        if _NUMBER.match(low) and k > 0 and chunks[k - 1].low in ("urut", "nomor"):
            number = low.lstrip("0") or "0"  # "nomor urut 3", "nomor 3" in a list of pairs
        elif low in lx.BALLOT_NUMBER_WORDS and k > 0 and chunks[k - 1].low == "urut":
            number = lx.BALLOT_NUMBER_WORDS[low]  # "nomor urut satu"
        if low in lx.BALLOT_NUMBER_WORDS and k > 0 and chunks[k - 1].low == "urutan":
            number = lx.BALLOT_NUMBER_WORDS[low]  # "Di urutan dua, A-B": the ballot's order
        if (
            low in lx.CANDIDATE_WORDS
            or (number and low in ("urut", "nomor", "urutan")
                and c - k <= 4 + 3 * _digits_bracketed(chunks, k + 3))
        ):
            if any(  # "saksi paslon", "Ketua Tim nomor urut 03": for the pair, not the pair
                w in ("saksi", "tim", "relawan", "pendukung")
                for x in chunks[max(0, k - 3) : k] for w in x.low.split()
            ) and not _pair_named_after(chunks, k, start):
                return None
            if not introduced and k + 2 < c and chunks[k + 1].low in lx.DEMONSTRATIVES and any(
                    x.text == "," for x in chunks[k + 2 : c]):
                return None  # "alasan ketidakhadiran pasangan tersebut, NAME menyebut ..."
            sought = [w for w in reversed(seen_words) if w in lx.OFFICE_SOUGHT_WORDS]
            office = " ".join(sought) or None
            role = f"calon {office}" if office else None
            return number, role
        if chunks[k].kind == NAME and k < c - 2:
            return None
        if _office_of_name(chunks, k, c):
            return None  # "pasangan itu diterima oleh Ketua KPU X, NAME": the office's holder
        if chunks[k].kind not in (NAME,):
            seen_words.append(low)
        k -= 1
    return None


def _digits_bracketed(chunks: list[Chunk], k: int) -> bool:
    """"nomor urut dua (2), A": the number again in digits, in brackets at k."""
    return k + 2 < len(chunks) and chunks[k].text == "(" and chunks[k + 2].text == ")"


def _dash_pairs_after(chunks: list[Chunk], k: int) -> int:
    """How many pairs written 'A – B' a list right after k holds ("A – B, C – D dan E – F")."""
    j = k + 1 + (k + 1 < len(chunks) and chunks[k + 1].text == ",")
    pairs = 0
    while (j + 2 < len(chunks) and chunks[j].kind == NAME and chunks[j + 1].text in lx.DASHES
           and chunks[j + 2].kind == NAME):
        pairs += 1
        j += 3
        while j < len(chunks) and chunks[j].low in (",", "dan", "serta"):
            j += 1
    return pairs


def _office_of_name(chunks: list[Chunk], k: int, c: int) -> bool:
    """Whether the chunk at k is an office other than the one sought, written right before the
    name at c ("Ketua KPU X, NAME"): it says whom the name is, not that it stands."""
    if chunks[k].kind != ROLE or not all(x.text == "," for x in chunks[k + 1 : c]) or c - k > 2:
        return False
    return not set(str(chunks[k].attrs.get("head", "")).split()) & lx.OFFICE_SOUGHT_WORDS


def _pair_named_after(chunks: list[Chunk], k: int, start: int) -> bool:
    """ "saksi dari pasangan calon A – B": the candidates' words run straight on to the names,
    so they are the pair the witnesses speak for; "saksi paslon 01, NAME" names a witness."""
    return all(x.kind == ROLE or x.low in _STRAIGHT_TO_NAMES for x in chunks[k + 1 : start + 1])


_STRAIGHT_TO_NAMES = lx.CANDIDATE_WORDS | lx.OFFICE_SOUGHT_WORDS | {"dan", "wakil"}


def _list_start(chunks: list[Chunk], c: int) -> int:
    """Index just before a list of names that ends at c ("A-B, C-D, dan E-F"), or c - 1.

    The names of a list share its introduction: "pasangan yang ditetapkan yakni A-B, C-D".
    Each run of names and separators is walked once per chunk list (a memo of where each
    member's run starts): walking it again for every name was quadratic in a long list.
    """
    k = c - 1
    if k < 0 or chunks[k].low not in lx.PAIR_LIST_SEPARATORS:
        return c - 1
    if _RUNS[0] is not chunks:
        _RUNS[:] = [chunks, {}]
    memo: dict[int, tuple[int, bool]] = _RUNS[1]
    path: list[tuple[int, bool]] = []  # (member, is a name), walking back
    j = k
    while j >= 0 and j not in memo:
        if chunks[j].text == ")":
            # "A dan B (NasDem, PKS), C dan D": a bracket after a pair stays in the list.
            back = range(j - 1, max(-1, j - 16), -1)
            opening = next((m for m in back if chunks[m].text == "("), -1)
            if opening < 1 or chunks[opening - 1].kind != NAME:
                break
            path.append((j, False))
            j = opening - 1
            continue
        if not (chunks[j].kind == NAME or chunks[j].low in lx.PAIR_LIST_SEPARATORS):
            break
        path.append((j, chunks[j].kind == NAME))
        j -= 1
    start, named = memo[j] if j >= 0 and j in memo else (j, False)
    for i, is_name in reversed(path):
        named = named or is_name
        memo[i] = (start, named)
    start, named = memo[k]
    return start if named else c - 1


# The chunk list `_list_start` last walked and, per member of a run, (run start, any name).
_RUNS: list[Any] = [None, {}]
