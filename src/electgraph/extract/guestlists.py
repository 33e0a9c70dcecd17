"""Lists that stand alone and name who the sentence before said came: "Turut hadir pengurus
DPC. Ketua DPC A, Sekretaris B, C dan D.", "... dihadiri sejumlah tokoh. Diantaranya adalah A;
B; ...", a paragraph of bodies after "hadir pula ...". Read by `attends`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PLACE, PUNCT, ROLE, Chunk

__all__ = ["bare_list", "list_opens", "they_are"]


_LIST_JOINERS = frozenset({"dan", "serta", "beserta", "&"})


# How a list of guests ends: "..., dan tokoh-tokoh lainnya", "serta tamu undangan lainnya".
_LIST_TAILS = frozenset({"tokoh", "tokoh-tokoh", "lainnya", "dll", "undangan", "tamu", "lain"})


def list_opens(chunks: list[Chunk]) -> bool:
    """A sentence that opens on "Diantaranya", "Di antaranya", "Antara lain", "Yakni", "Mulai
    dari" (... "hingga" the last), or "Serta" ("Serta empat orang PPK X, yakni ..."): the list
    of the one before."""
    return any(ch.low in lx.LIST_OPENING_WORDS for ch in chunks[:2]) or (
        [ch.low for ch in chunks[:2]] == ["mulai", "dari"]) or (
        bool(chunks) and chunks[0].low == "serta") or (
        # "Kemudian, Ketua PWI dan IWO X, perwakilan organisasi NU, PSHT, ...": the next items
        len(chunks) > 2 and chunks[0].low in lx.NEXT_IN_TURN and chunks[1].text == ","
        and bare_list(chunks[2:]))


def they_are(chunks: list[Chunk], before: list[Chunk]) -> bool:
    """"Tiga narasumber dihadirkan dalam sosialisasi ini. Mereka adalah A, B dan C.": the list
    of those the sentence before says came, by a verb ("Tim panelis debat itu memiliki latar
    belakang beragam. Mereka adalah ...": a panel named, of a debate perhaps still to come)."""
    return [ch.low for ch in chunks[:2]] in (["mereka", "adalah"], ["mereka", "ialah"]) and any(
        ch.low in lx.ATTEND_CUES and ch.low not in _CUE_NOUNS for ch in before)


# The cues that name a part at an event rather than say someone came to it.
_CUE_NOUNS = lx.SPEAKER_WORDS | {"peserta", "materi", "paparan", "sambutan", "sambutannya",
                                 "arahannya", "pembina", "penguji", "pemateri"}


def bare_list(chunks: list[Chunk]) -> bool:
    """A sentence that is nothing but a list of persons, with their offices, or of bodies
    ("Polres X, Kemenag X, NU, Muhammadiyah, organisasi kepemudaan, ... dan undangan lain")."""
    names = sum(ch.kind == NAME for ch in chunks)
    bodies = sum(ch.kind == ORG for ch in chunks)
    # "..., PLN Unit Induk Wilayah NTT dan ...": a body the chunker did not know, in a list of
    # offices (a headline in Title Case lists none).
    roles = sum(ch.kind == ROLE for ch in chunks)
    offices = roles > 0
    if [ch.kind for ch in chunks if ch.text not in (",", ".")] == [ROLE, NAME]:
        return True  # "... Zulfan Effendi, SH. Anggota KPU X, NAME.": the list's last item,
        # cut off by the full stop of a degree
    return (names >= 2 or (bodies >= 2 and names + bodies + roles >= _LISTED_ITEMS)) and all(
        ch.kind in (NAME, ROLE, ORG, PUNCT) or ch.low in _LIST_JOINERS or ch.low in _LIST_TAILS
        or (offices and (ch.kind == PLACE or (ch.text[:1].isupper() and ch.text.isalpha())))
        or (ch.low in _GUEST_GROUPS and (names < 2 or bodies >= 2))
        for ch in chunks)


_LISTED_ITEMS = 4
# Groups of guests a list of bodies names in lower case: "organisasi kepemudaan", "ormas".
_GUEST_GROUPS = frozenset({"organisasi", "kepemudaan", "ormas", "okp", "lain-lain", "lain",
                           "perwakilan", "seluruh"})
