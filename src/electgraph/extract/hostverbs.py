"""The verbs by which a body holds an event ("KPU X menggelar ...", "... telah menyelesaikan
pengundian"), and those by which it only watches over one held by others ("melakukan
pengawasan"). Read by `hosts` and `attends`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, Chunk

__all__ = ["WATCHING", "host_verb_follows", "watches"]


def host_verb_follows(
    chunks: list[Chunk], c: int, title: bool = False, also: frozenset[str] = frozenset()
) -> bool:
    """'KPU X menggelar', 'KPU Kota Ternate, Maluku Utara, menggelar'.

    An appositive body after another ("Polres Inhu, Polda Riau, menggelar") is not the subject.
    """
    if c >= 2 and chunks[c - 1].text == "," and chunks[c - 2].kind == ORG:
        return False
    along = False  # "KPU X bersama Kepala Seksi Intelijen Kejati X menyelenggarakan ..."
    for ch in chunks[c + 1 : c + 9]:
        if ch.low in lx.HOST_VERBS or ch.low in _COMPLETES:
            return True
        if (title and ch.low in lx.TITLE_HOST_VERBS) or ch.low in also:
            return True
        along = along or ch.low == "bersama"
        if (ch.kind in (PLACE, ORG) or ch.low in lx.HOST_SUBJECT_FILLERS
                or ch.text.startswith("(") or (along and ch.kind in (ROLE, NAME))):
            continue
        return False
    return False


def watches(chunks: list[Chunk], c: int) -> bool:
    """'Bawaslu X melaksanakan pengawasan ketat terhadap deklarasi ...', 'Polres X melakukan
    pengamanan debat': what the body carries out is watching over the event, held by others."""
    verb = next((k for k in range(c + 1, min(len(chunks), c + 9))
                 if chunks[k].low in lx.HOST_VERBS), None)
    return verb is not None and verb + 1 < len(chunks) and chunks[verb + 1].low in WATCHING


WATCHING = frozenset({"pengawasan", "pemantauan", "monitoring", "pengamanan", "pengawalan"})

# "KPU X telah menyelesaikan pengundian nomor urut": who completes an event held it.
_COMPLETES = frozenset({"menuntaskan", "menyelesaikan", "merampungkan"})
