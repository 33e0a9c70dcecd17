"""Who takes part in an event by holding it: persons its host verb has as subject ("Pasangan
calon nomor urut 2, A dan B menggelar kampanye di ..."; a body that holds one hosts it, see
`hosts`), and the bodies it is held with ("Polres X menggelar rapat bersama Pemkab X"); and who
speaks at it ("diumumkan oleh Ketua KPU X, A, dalam konferensi pers"). Read by `attends`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.bodyrefs import many_bodies
from electgraph.extract.chunks import EVENT, NAME, ORG, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import SentView
from electgraph.model import EntityType, FactKind

__all__ = ["held_with", "organisers", "said_at"]

# What stands between the persons who hold an event and between them and its verb: a list's
# joiners, a pair's dash, a short form in brackets ("A (ASR) dan B").
_BETWEEN = frozenset({",", "dan", "serta", "-", "–", "—", "&", "(", ")"})


def organisers(chunks: list[Chunk]) -> list[int]:
    """The names of the persons a clause says held the event its host verb is followed by."""
    found: list[int] = []
    for v, ch in enumerate(chunks):
        if ch.low not in lx.HOST_VERBS or v + 1 >= len(chunks) or chunks[v + 1].kind != EVENT:
            continue
        k = v - 1
        while k >= 0 and chunks[k].low in lx.HOST_SUBJECT_FILLERS and chunks[k].kind != NAME:
            k -= 1
        names: list[int] = []
        while k >= 0 and (chunks[k].kind == NAME or chunks[k].low in _BETWEEN or (
                chunks[k].text.isupper() and k and chunks[k - 1].text == "(")):
            if chunks[k].kind == NAME:
                names.append(k)
            k -= 1
        found.extend(sorted(names))
    return found


def held_with(
    chunks: list[Chunk], sv: SentView, event: str, out: Collector, hosts: set[str]
) -> None:
    """'Polres X menggelar rapat bersama Pemkab X, Forkopimda dan KPU X': the bodies an event
    is held with took part in it."""
    at = next((c for c in range(2, len(chunks)) if chunks[c].low == "bersama"
               and chunks[c - 1].kind == EVENT), None)
    if at is None:
        return
    for c in range(at + 1, len(chunks)):
        ch = chunks[c]
        if ch.kind == ORG and ch.key not in hosts and not many_bodies(chunks, c) and not (
            ch.attrs.get("generic") and ch.attrs.get("body") in lx.LOCAL_BODIES
        ):
            key = out.entity(EntityType.ORGANIZATION, ch)
            out.fact(FactKind.ATTENDS, key, event, sv.sent.start, sv.sent.end, "attends.body")
        elif ch.kind != ORG and ch.low not in (",", "dan", "serta"):
            break


def said_at(chunks: list[Chunk]) -> list[tuple[int, int]]:
    """(name, event) of "A menyampaikan hal itu dalam konferensi pers", "diumumkan oleh Ketua
    KPU X, A, dalam konferensi pers", "Hal itu disampaikan A saat rapat ...": whoever says
    something in an event the sentence names was at it. The speaker is the last person named
    before the event, not one spoken to ("kepada A")."""
    for e in range(2, len(chunks)):
        if chunks[e].kind != EVENT or not chunks[e].key or not (
                chunks[e - 1].low in _AT_WORDS or (
                    # "tutur A, usai melakukan technical meeting di KPUD X": just out of it
                    e >= 3 and chunks[e - 1].low in _DOING and chunks[e - 2].low in _AFTER)):
            continue
        if any(x.low in lx.FUTURE_CUES for x in chunks[e:]):
            continue  # "A menerangkan, pada saat debat panelis akan bertanya": what is said
        said = [v for v in range(e) if chunks[v].low in lx.SPEAK_VERBS or (
            chunks[v].low in _SAID_PASSIVES or chunks[v].low in lx.SPEECH_VERBS)]
        names = [k for k in range(e) if chunks[k].kind == NAME and chunks[k].person
                 and not (k and chunks[k - 1].low in _SPOKEN_TO)]
        if said and names:
            return [(names[-1], e)]
    return []


# The words that put what was said inside an event, and the passives of saying.
_AT_WORDS = frozenset({"dalam", "saat", "ketika", "pada"})
_SAID_PASSIVES = frozenset({
    "disampaikan", "diumumkan", "diungkapkan", "dijelaskan", "ditegaskan", "dikatakan",
    "dipaparkan", "dibacakan",
})
_SPOKEN_TO = frozenset({"kepada", "terhadap", "untuk", "bagi"})
# "usai melakukan rapat", "setelah mengikuti pleno": the speaker came out of the event.
_AFTER = frozenset({"usai", "seusai", "setelah", "sesudah", "selepas"})
_DOING = lx.HOLDING_VERBS | {"melakukan", "melaksanakan"}
