"""The holder of an office a clause gives besides the one a person is named by: "NAME, yang
juga menjabat (sebagai) ROLE", "NAME yang merupakan ROLE", "NAME, ROLE sekaligus ROLE", "NAME
yang saat ini sebagai ROLE". Pure functions of the chunks, read by `roles`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, Chunk
from electgraph.extract.tokens import ordinals

__all__ = ["second_office_holder"]


def second_office_holder(chunks: list[Chunk], c: int) -> int | None:
    """Index of NAME in 'NAME ..., yang juga menjabat (sebagai) ROLE', 'NAME yang merupakan
    ROLE', 'NAME, yang juga ROLE', 'NAME, ROLE sekaligus ROLE' (the office at c)."""
    k = c - 1
    if k >= 0 and chunks[k].low in ("sebagai", "selaku"):
        k -= 1  # "NAME yang juga selaku Wakil Kordiv Pencegahan"
    if k >= 3 and chunks[k].low == "sekaligus" and chunks[k - 1].kind == ROLE and (
            chunks[k - 2].low in (",", "selaku", "sebagai")):
        # "A, anggota KPU X sekaligus ketua divisi teknis": both offices are A's
        return k - 3 if chunks[k - 3].kind == NAME else None
    if k >= 2 and chunks[k].low == "juga" and chunks[k - 1].low == "yang":
        # "NAME yang juga anggota KPU X": the office a person is known by besides; not one
        # held before ("yang juga mantan Wakil Gubernur", "yang juga Gubernur ke-2 ...").
        if chunks[c].attrs.get("status_label") == "mantan" or _ordinal_after(chunks, c):
            return None
        n = k - 3 if chunks[k - 2].text == "," else k - 2
        if n >= 2 and chunks[n].kind == ROLE and chunks[n - 1].text == ",":
            n -= 2  # "A, anggota KPU X yang juga Ketua Divisi Hukum": both offices are A's
        return n if n >= 0 and chunks[n].kind == NAME else None
    if k >= 1 and chunks[k].low in ("dan", "serta") and chunks[k - 1].kind == ROLE:
        # "A merupakan Wakil Ketua DPRD X dan Ketua DPW Y": the second office of the subject
        return _copula_subject(chunks, k - 1)
    if k >= 2 and chunks[k].low in lx.NOW_WORDS and chunks[c - 1].low in ("sebagai", "selaku"):
        # "NAME yang saat ini sebagai Wakil Wali Kota X": the office now held
        y = next((m for m in range(k, 0, -1) if chunks[m].low not in lx.NOW_WORDS), 0)
        return y - 1 if y and chunks[y].low == "yang" and chunks[y - 1].kind == NAME else None
    if k < 1 or chunks[k].low not in _HOLDING_VERBS:
        return None
    for m in range(k - 1, max(-1, k - 12), -1):
        if chunks[m].low == "yang":
            for n in range(m - 1, max(-1, m - 12), -1):
                if chunks[n].kind == NAME:
                    return n
            return None
    return _copula_subject(chunks, c)


_HOLDING_VERBS = frozenset({"menjabat", "merangkap", "menduduki", "merupakan", "adalah"})


def _copula_subject(chunks: list[Chunk], c: int) -> int | None:
    """Index of NAME in 'NAME merupakan ROLE', 'NAME saat ini menjabat (sebagai) ROLE' (the
    office at c): the subject holds it now ("A sebelumnya adalah ROLE" is no such sentence)."""
    k = c - 1 - (c >= 1 and chunks[c - 1].low == "sebagai")
    if k < 1 or chunks[k].low not in _HOLDING_VERBS:
        return None
    m = k - 1
    while m >= 0 and chunks[m].low in lx.NOW_WORDS:
        m -= 1
    if m < 0 or chunks[m].kind != NAME or any(x.low in _BEFORE_NOW for x in chunks[:k]):
        return None  # "Pada periode sebelumnya, A menjabat sebagai bupati": held before
    return m


_BEFORE_NOW = frozenset({"sebelumnya", "dulu", "dahulu", "pernah", "mantan", "eks", "lalu"})


def _ordinal_after(chunks: list[Chunk], c: int) -> bool:
    """'Gubernur ke-2', 'Gubernur ke 2', 'Gubernur kedua': the office's holder in a line."""
    after = [ch.low for ch in chunks[c + 1 : c + 3]]
    return bool(ordinals(" ".join(after if after[:1] == ["ke"] else after[:1])))
