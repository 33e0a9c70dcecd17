"""Lists of parties and of pairs that go on past the sentence that gave the backing: "Mereka
diusung P, Q. Kemudian R dan S.", "Sebelumnya 4 partai ... menyatakan dukungan. Ada P, Q, R dan
S.", "11 pasangan calon yang menerima SK B1 KWK dari P ... kepada A dan B. Kampar kepada C dan
D, ..."; and a pair's own parties in brackets ("A-B (nomor urut 3, dari P), C-D (Q)"). Pure
functions of one sentence's chunks, read by `nominates`."""

from __future__ import annotations

from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, Chunk
from electgraph.extract.doc import Doc
from electgraph.extract.nominees import party_of
from electgraph.extract.officelists import counted

__all__ = [
    "bracketed_backing", "counts_backers", "officials_named", "pairs_counted", "parties_of",
    "parties_only",
]


def pairs_counted(chunks: list[Chunk]) -> int:
    """The pairs a clause counts ("11 pasangan calon", "Empat pasangan bakal calon"), or 0."""
    return max((counted(ch) for ch, nxt in pairwise(chunks) if nxt.low in lx.PAIR_HEADS),
               default=0)


def officials_named(chunks: list[Chunk]) -> bool:
    """A clause with an office or a word of who came ("dihadiri Bupati X A dan Wakil Bupati X
    B"): the persons it names are officials at a handover, not the pairs handed a letter."""
    return any(ch.kind == ROLE or ch.low in _CAME for ch in chunks)


# Words that say who came: the officials they name are at the handover, not handed a letter.
_CAME = frozenset({"hadir", "dihadiri", "menghadiri", "hadiri", "tampak", "didampingi",
                   "mendampingi", "turut", "kehadiran", "disaksikan", "menyaksikan"})


def counts_backers(chunks: list[Chunk]) -> bool:
    """"Sebelumnya 4 partai besar ... telah menyatakan dukungan": parties counted that the
    sentence does not name, with no one else it could be about (the caller asks for a cue)."""
    return (any(counted(ch) > 1 and nxt.low in _PARTY_NOUNS for ch, nxt in pairwise(chunks))
            and not any(ch.kind == NAME or party_of(ch) is not None for ch in chunks))


_PARTY_NOUNS = frozenset({"partai", "parpol"})


def parties_of(chunks: list[Chunk]) -> list[Chunk]:
    """The parties the chunks name, one chunk each."""
    found: dict[str, Chunk] = {}
    for ch in chunks:
        if (party := party_of(ch)) is not None:
            found.setdefault(party.attrs["party"], party)
    return list(found.values())


def parties_only(chunks: list[Chunk]) -> bool:
    """A sentence that only lists parties ("Kemudian P (PSI), Q dan Partai R.")."""
    words = [ch for ch in chunks if ch.text not in ("(", ")", ".")]
    return bool(parties_of(chunks)) and all(
        party_of(ch) is not None
        # "PPP Bulungan": the party's branch in that place
        or (ch.kind == PLACE and k > 0 and party_of(words[k - 1]) is not None)
        or ch.low in lx.PARTY_LIST_SEPARATORS
        or ch.low in lx.PARTY_LIST_CONTINUERS
        or ch.low in _PARTY_LIST_WORDS
        or counted(ch) > 1  # "Keenam belas partai politik tersebut antara lain P, Q"
        or ch.text.isdigit()  # "P (3 kursi)": each party's seats
        or (ch.kind == ORG and ch.low == "partai")
        for k, ch in enumerate(words)
    )


# Words of a sentence that only lists parties besides the parties: "partai politik",
# "non parlemen Partai Perindo", "belas" of a count, "kursi" of each party's seats.
_PARTY_LIST_WORDS = frozenset({"partai", "politik", "parpol", "non", "parlemen", "nonparlemen",
                               "partai-partai", "parpol-parpol",
                               "belas", "puluh", "kursi"})


def bracketed_backing(
    doc: Doc, chunks: list[Chunk], candidates: set[str]
) -> list[tuple[list[Chunk], list[str]]]:
    """ "pasangan A dan B (NasDem, PKS), C-D (Golkar)", "A-B (nomor urut 3, dari NasDem)": each
    candidate pair's parties in brackets after it, with no cue word."""
    found = []
    for c in range(len(chunks) - 4):
        if chunks[c + 1].low not in ("-", "–", "—", "dan", "&") or chunks[c + 3].text != "(":
            continue
        pair = [doc.person_of(chunks[c]), doc.person_of(chunks[c + 2])]
        if not all(p is not None and p in candidates for p in pair):
            continue
        end = next((m for m in range(c + 4, min(len(chunks), c + 24)) if chunks[m].text == ")"), 0)
        inner = chunks[c + 4 + _numbered_from(chunks[c + 4 : end]) : end]
        parties = [p for x in inner if (p := party_of(x)) is not None]
        if end and parties and all(
                party_of(x) is not None or x.low in lx.PARTY_LIST_SEPARATORS for x in inner):
            found.append((parties, [p for p in pair if p is not None]))
    return found


def _numbered_from(inner: list[Chunk]) -> int:
    """How many words open a pair's brackets before its parties: "(nomor urut 3, dari P)"."""
    k = 0
    if len(inner) > 3 and inner[0].low == "nomor" and inner[1].low == "urut":
        k = 3 + (inner[3].text == ",")
    return k + (k < len(inner) and inner[k].low == "dari")
