"""Who is inaugurated into which office: 'Gubernur X melantik A dan B sebagai Bupati dan Wakil
Bupati Y', 'A resmi dilantik menjadi Ketua DPRD X'. From that day the office is theirs: a
holds_role (read by `roles`), not a candidacy. Pure functions of one sentence's chunks."""

from __future__ import annotations

from electgraph.extract.chunks import NAME, PLACE, ROLE, Chunk

__all__ = ["inaugurated_as", "to_be_inaugurated"]

_ACTIVE = frozenset({"melantik", "mengukuhkan", "mengangkat", "menyumpah"})
_PASSIVE = frozenset({"dilantik", "dikukuhkan", "diangkat", "disumpah"})
_AS = frozenset({"sebagai", "menjadi"})
_INTRODUCING = frozenset({"adalah", "yakni", "yaitu", ":", "ialah"})
_POINTING = frozenset({"tersebut", "itu", "ini"})
# between the names and the verb: "A dan B resmi dilantik", "secara resmi melantik A"
_ADVERBS = frozenset({"resmi", "secara", "telah", "sudah", "baru", "langsung", "akhirnya", "pun",
                      "kembali", "dipastikan"})  # "A dipastikan kembali dilantik sebagai ..."
# what may stand between one inauguration and the next it goes on with: "(Parimo), serta"
_GOES_ON = frozenset({",", "(", ")", "serta", "dan", "juga"})
# a plan is no office held yet: "Gubernur akan melantik A sebagai Bupati"
_NOT_YET = frozenset({"akan", "bakal", "segera", "belum", "dijadwalkan", "rencananya"})


def inaugurated_as(chunks: list[Chunk]) -> list[tuple[int, int, int | None]]:
    """(name, office, the office whose body it shares or None) for each person inaugurated.

    Two names and two offices joined by "dan" are read in turn ("A dan B sebagai Bupati dan
    Wakil Bupati Y": A is the regent, B the deputy, both of Y's government, which the second
    office names for both); several names and one office each hold it."""
    found: list[tuple[int, int, int | None]] = []
    last = -1  # the last office read: "..., serta C dan D sebagai ..." goes on with its verb
    for c, ch in enumerate(chunks):
        if ch.kind != ROLE or c < 3 or chunks[c - 1].low not in _AS:
            continue
        offices = [c]
        if c + 2 < len(chunks) and chunks[c + 1].low == "dan" and chunks[c + 2].kind == ROLE:
            offices.append(c + 2)
        names = _sworn_in(chunks, c - 2)
        more = [] if names else _names_ending_at(chunks, c - 2)
        goes_on = more and last >= 0 and all(
            x.low in _GOES_ON or x.kind == PLACE for x in chunks[last + 1 : more[0]])
        # "Ketiga pasangan yang dilantik adalah A dan B sebagai ..., C dan D sebagai ...": each
        # pair of the list, though the first is not read (a degree it breaks on)
        in_list = more and chunks[more[0] - 1].low in _GOES_ON and any(
            _named_as_sworn_in(chunks, k) for k in range(more[0]))
        if goes_on or in_list:
            names = more
        if not names:
            continue
        last = offices[-1]
        if len(offices) == 2 and len(names) == 2:
            found += [(names[0], c, c + 2), (names[1], c + 2, None)]
        elif len(offices) == 1:
            found += [(n, c, None) for n in names]
    return found


def _sworn_in(chunks: list[Chunk], v: int) -> list[int]:
    """The names inaugurated by the verb at or before v: "A dan B (resmi) dilantik" (v is the
    verb) or "melantik A dan B" (v is the last name)."""
    if chunks[v].low in _PASSIVE:  # "A akan dilantik": "akan" is no name, so none is read
        k = v - 1
        while k >= 0 and chunks[k].low in _ADVERBS:
            k -= 1
        return _names_ending_at(chunks, k)
    names = _names_ending_at(chunks, v)
    k = (names[0] if names else v + 1) - 1
    while k >= 0 and chunks[k].low in _ADVERBS:
        k -= 1
    if names and k >= 0 and _named_as_sworn_in(chunks, k):
        return names
    if not names or k < 0 or chunks[k].low not in _ACTIVE or (
            k and chunks[k - 1].low in _NOT_YET):
        return []
    return names


def _named_as_sworn_in(chunks: list[Chunk], k: int) -> bool:
    """Whether the words ending at k introduce whom a past inauguration swore in: "pasangan
    yang dilantik tersebut adalah A dan B sebagai ..."."""
    if chunks[k].low not in _INTRODUCING:
        return False
    k -= 1
    while k >= 0 and chunks[k].low in _POINTING:
        k -= 1
    return k >= 1 and chunks[k].low in _PASSIVE and chunks[k - 1].low == "yang"


def _names_ending_at(chunks: list[Chunk], k: int) -> list[int]:
    """The list of names that ends at k ("A, B dan C"), in order; [] if k is no name."""
    names: list[int] = []
    while k >= 0 and chunks[k].kind == NAME:
        names.insert(0, k)
        if k >= 2 and chunks[k - 1].low in (",", "dan", "serta") and chunks[k - 2].kind == NAME:
            k -= 2
            continue
        break
    return names


def to_be_inaugurated(chunks: list[Chunk], n: int) -> bool:
    """Whether the name at n is to be inaugurated, not yet in office: "Gubernur akan melantik
    A sebagai Bupati"."""
    return n >= 2 and chunks[n - 1].low in _ACTIVE and chunks[n - 2].low in _NOT_YET
