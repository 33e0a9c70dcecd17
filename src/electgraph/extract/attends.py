"""attends: who took part in an event.

Attendance needs a cue in the sentence (hadir, dihadiri, mengikuti, disaksikan, dipimpin...) and
is never read from a sentence about the future or from an absence; whoever is represented
("Bupati X diwakili ...") does not attend, the representative does. Of the article's main event,
if it is past, the persons quoted or speaking in its report took part, and so did the
candidates of a debate, a declaration or a ballot-number draw.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.bodyrefs import many_bodies as _many
from electgraph.extract.chunks import EVENT, NAME, ORG, ROLE, WORD, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentenceEvent, SentView, org_of_role
from electgraph.extract.eventchunks import looks_like_verb
from electgraph.extract.hosts import host_verb_follows, watches
from electgraph.extract.officelists import names_after
from electgraph.extract.organisers import held_with, organisers, said_at
from electgraph.extract.presence import (
    bare_list,
    body_not_there,
    by_not_at_event,
    list_opens,
    named_not_there,
    not_there,
    represented_bodies,
    says_who_came,
    they_are,
)
from electgraph.extract.ruledon import ruled_on
from electgraph.extract.tokens import quoted_spans, tokenize
from electgraph.model import EntityType, FactKind

__all__ = ["extract_attendance"]


def extract_attendance(doc: Doc, out: Collector) -> None:
    """Who took part in the events the events rule found: per sentence, then from the whole
    report of a past main event (its speakers, a contest's candidates)."""
    cued: SentenceEvent | None = None  # the last sentence, when it said who was there
    before: list[Chunk] = []
    for sv in doc.sents:
        seen = doc.events.sentences.get(sv.index)
        listed = cued is not None and (
            bare_list(sv.chunks) or list_opens(sv.chunks) or they_are(sv.chunks, before))
        before = sv.chunks
        if listed and cued is not None:
            # "Turut hadir pengurus DPC. Ketua DPC NAME, Sekretaris NAME, NAME dan NAME.", "...
            # dihadiri sejumlah tokoh. Diantaranya adalah A; B; ...": a list standing alone
            # names who the sentence before says was there, and may go on in the next one.
            seen = cued
            sentence_attendance(doc, sv, seen.event, out, set(seen.hosts), cued=True)
        elif seen is not None and seen.past:
            sentence_attendance(doc, sv, seen.event, out, set(seen.hosts))
        if listed:
            continue
        cued = seen if seen is not None and seen.past and says_who_came(sv.chunks) else None
    if doc.events.main and doc.events.main_past:
        main_event_attendance(doc, out, doc.events.main, doc.events.main_kind)


def main_event_attendance(doc: Doc, out: Collector, event: str, kind: str | None) -> None:
    """Attendance read from the whole report of a past main event."""
    if kind not in lx.REPORTED_EVENTS:
        _speakers_attend(doc, out, event)
    contest = kind in lx.CONTEST_EVENTS or (kind == "rapat pleno" and _a_draw(doc))
    if kind == "debat" or (contest and _candidates_present(doc)):
        # Pairs register one by one, on days of their own: a report of one registration may
        # name the others in passing ("Keempat paslon adalah A-B, C-D, ...").
        _candidates_attend(doc, out, event, registration=kind == "pendaftaran")
    if kind == "pelantikan":
        _inducted_attend(doc, out, event)


def _inducted_attend(doc: Doc, out: Collector, event: str) -> None:
    """'pelantikan 243 anggota PPS', 'KPU X melantik anggota PPK': the ad hoc body sworn in at
    a past inauguration took part in it."""
    for sv in doc.sents:
        chunks = sv.chunks
        cue = next((c for c, ch in enumerate(chunks) if ch.low in lx.INDUCTION_CUES or (
            ch.kind == EVENT and ch.attrs.get("kind") == "pelantikan")), None)
        if cue is None:
            continue
        for c in range(cue + 1, min(cue + 5, len(chunks))):
            ch = chunks[c]
            body = ch if ch.kind == ORG else org_of_role(ch) if ch.kind == ROLE else None
            if body is not None and body.attrs.get("body") in lx.LOCAL_BODIES:
                key = out.entity(EntityType.ORGANIZATION, body)
                out.fact(FactKind.ATTENDS, key, event, sv.sent.start, sv.sent.end,
                         "attends.body")
                break
            if ch.kind != WORD or not (ch.low in lx.INDUCTED_FILLERS or ch.text.isdigit()):
                break


def _listed_in_passing(doc: Doc, candidates: set[str]) -> set[str]:
    """The candidates named only in sentences that list two pairs or more and say nothing of
    registering ("Keempat paslon adalah A-B yang diusung X, C-D ...")."""
    seen: set[str] = set()
    passing: set[str] = set()
    for sv in doc.sents:
        named = {p for ch in sv.chunks if ch.kind == NAME and (p := doc.person_of(ch))}
        named &= candidates
        if len(named) >= 4 and not any(ch.low in lx.REGISTRATION_VERBS for ch in sv.chunks):
            passing |= named
        else:
            seen |= named
    return passing - seen


def _candidates_attend(doc: Doc, out: Collector, event: str, registration: bool = False) -> None:
    """The candidates of a past debate, declaration, draw or registration took part in it,
    unless the text says one was absent or, for a registration, names them in passing."""
    absent = _absent_persons(doc)
    if registration:
        running = {f.subject for f in out.facts() if f.kind is FactKind.CANDIDATES}
        absent |= _listed_in_passing(doc, running)
    for fact in out.facts():
        if fact.kind is FactKind.CANDIDATES and fact.subject not in absent:
            out.fact(
                FactKind.ATTENDS,
                fact.subject,
                event,
                fact.evidence.start,
                fact.evidence.end,
                "attends.candidate",
            )


def _a_draw(doc: Doc) -> bool:
    """Whether a plenary is the ballot-number draw: the headline or the lead says so ("Undian
    Nomor Urut KPU X: ...", "KPU X memutuskan nomor urut pasangan calon dalam pleno")."""
    title = {t.low for t in tokenize(doc.article.title or "")}
    for words in [title, *({t.low for t in sv.sent.tokens} for sv in doc.sents[:3])]:
        if words & _DRAW_AHEAD:
            continue  # "akan melakukan pengundian nomor urut besok": a draw still to come
        if words & lx.DRAW_WORDS or ({"nomor", "urut"} <= words and words & _NUMBER_ACTS
                                     and not words & _TALLY):
            return True
    return False


# "pencabutan nomor urut" is a draw; "paslon nomor urut 1 meraih ... suara" a tally;
# "Pengundian Nomor Urut Segera Dilaksanakan" a draw to come.
_NUMBER_ACTS = frozenset({"pencabutan", "pengambilan", "mencabut", "mengambil"})
_DRAW_AHEAD = lx.FUTURE_CUES | {"segera"}
_TALLY = frozenset({"suara", "rekapitulasi", "perolehan"})


def _candidates_present(doc: Doc) -> bool:
    """Whether the report says the candidates were there as a group ("dihadiri para pasangan
    calon", "setiap paslon mencabut nomor urutnya"): a debate needs no such words, a draw or a
    declaration does."""
    for sv in doc.sents:
        words = {ch.low for ch in sv.chunks} | {t.low for t in sv.sent.tokens}
        if words & lx.CANDIDATE_GROUP_WORDS and words & (lx.ATTEND_CUES | lx.CONTEST_ACTS):
            return True
        if any(ch.low == "bersama" and any(x.low in lx.CANDIDATE_GROUP_WORDS for x in
                                           sv.chunks[c + 1 : c + 4])
               for c, ch in enumerate(sv.chunks)):
            return True  # "KPU X menggelar deklarasi bersama empat pasangan calon"
    return False


def _absent_persons(doc: Doc) -> set[str]:
    """The persons any sentence says were not there."""
    return {p for sv in doc.sents for c in not_there(sv.chunks)
            if (p := doc.person_of(sv.chunks[c]))}


def _speakers_attend(doc: Doc, out: Collector, event: str) -> None:
    """Who speaks or is quoted in a report of a past event took part in it.

    Analysts read a quote given at the event as presence; a speaker whose presence the text
    leaves open is at worst an optional fact, never a wrong one, in the annotated data.
    """
    quotes = [f for f in out.facts() if f.kind is FactKind.QUOTES]
    # whom a sentence says was not there (represented, absent, their speech read out) spoke
    # through someone else
    absent = _absent_persons(doc)
    if _verdict_hearing(doc, event):
        # A verdict hearing's report quotes the sanctioned and the parties afterwards, where
        # the press met them; only the tribunal's own members spoke at it.
        judges = _tribunal_members(out)
        absent |= {f.subject for f in quotes if f.subject not in judges}
    present = {f.subject for f in quotes
               if not _of_the_future(f.quals.get("text", "")) and f.subject not in absent}
    for fact in quotes:
        if fact.subject in present:  # a direct quote in the report of the event
            out.fact(
                FactKind.ATTENDS,
                fact.subject,
                event,
                fact.evidence.start,
                fact.evidence.end,
                "attends.speaker",
            )
    for sv in doc.sents:
        for c, ch in enumerate(sv.chunks):
            if ch.kind != NAME or not doc.person_of(ch):
                continue
            prev = sv.chunks[c - 1].low if c else ""
            nxt = sv.chunks[c + 1].low if c + 1 < len(sv.chunks) else ""
            if (prev in lx.SPEECH_VERBS or nxt in lx.SPEAK_VERBS) and (
                    doc.person_of(ch) not in absent):
                out.fact(
                    FactKind.ATTENDS,
                    doc.person_of(ch) or "",
                    event,
                    sv.sent.start,
                    sv.sent.end,
                    "attends.speaker",
                )


def _verdict_hearing(doc: Doc, event: str) -> bool:
    """Whether the main event is the hearing at which a tribunal read its verdict: named so
    ("sidang pembacaan putusan"), or a hearing, not an examination, in a report of sanctions."""
    if not event.startswith("event:sidang") or "pemeriksaan" in event:
        return False
    return "putusan" in event or "sanksi" in doc.text.lower()


def _tribunal_members(out: Collector) -> set[str]:
    """Who holds an office in a tribunal (DKPP, MK) or on its panel ("Ketua Majelis")."""
    return {f.subject for f in out.facts() if f.kind is FactKind.HOLDS_ROLE and (
        "majelis" in f.quals.get("role", "").lower()
        or (f.object is not None and out.attribute(f.object, "body") in lx.TRIBUNALS))}


def _of_the_future(text: str) -> bool:
    """A quote that opens on what is to come ("Nanti tanggal 25 baru ada ...") may be given
    anywhere, before the event."""
    words = re.findall(r"\w+", text.lower())
    return bool(words) and words[0] in lx.FUTURE_CUES and not set(words) & lx.PAST_CUES


def sentence_attendance(
    doc: Doc, sv: SentView, event: str, out: Collector, hosts: set[str], *, cued: bool = False
) -> None:
    """Who the sentence says took part in `event` (not the hosts, not the represented);
    `cued`: the sentence before said so."""
    chunks = sv.chunks
    held_with(chunks, sv, event, out, hosts)
    for c in organisers(chunks):  # "Pasangan calon A dan B menggelar kampanye di ..."
        if (person := doc.person_of(chunks[c])) is not None:
            out.fact(FactKind.ATTENDS, person, event, sv.sent.start, sv.sent.end, "attends")
    for c, ch in enumerate(chunks):  # "Bawaslu X melaksanakan pengawasan terhadap deklarasi"
        if ch.kind == ORG and host_verb_follows(chunks, c) and watches(chunks, c) and not (
                c and looks_like_verb(chunks[c - 1].low)):  # "siap membantu Polres X ...": object
            out.fact(FactKind.ATTENDS, out.entity(EntityType.ORGANIZATION, ch), event,
                     sv.sent.start, sv.sent.end, "attends.body")
    for c, e in said_at(chunks):  # "A menyampaikan hal itu dalam konferensi pers"
        if (person := doc.person_of(chunks[c])) is not None:
            out.fact(FactKind.ATTENDS, person, chunks[e].key, sv.sent.start, sv.sent.end,
                     "attends.speaker")
    if not (cued or says_who_came(chunks)):
        return
    # Whoever is represented or absent does not attend.
    away = not_there(chunks)
    for c in represented_bodies(chunks):
        out.fact(
            FactKind.ATTENDS,
            out.entity(EntityType.ORGANIZATION, chunks[c]),
            event,
            sv.sent.start,
            sv.sent.end,
            "attends.body",
        )
    quoted = quoted_spans(doc.text, sv.sent.start, sv.sent.end)
    ruled = ruled_on(chunks)
    for c, ch in enumerate(chunks):
        if c in away or c in ruled or by_not_at_event(chunks, c):
            continue
        if quoted and any(a <= ch.start < b for a, b in quoted):
            continue  # named inside a quote: what was said ("Menjatuhkan sanksi kepada X")
        if ch.kind == NAME and not named_not_there(chunks, c):
            _pair_member(doc, chunks, c)
            person = doc.person_of(ch)
            if person:
                out.fact(FactKind.ATTENDS, person, _event_of(chunks, c, event), sv.sent.start,
                         sv.sent.end, "attends")
        elif ch.kind == ROLE:
            org = org_of_role(ch)
            if (
                org is not None
                and org.key not in hosts  # "anggota DPRD yang hadir" at the DPRD's own sitting
                and not org.attrs.get("generic")
                and not org.attrs.get("implied")
                and ch.attrs["head"] in lx.BODY_ATTENDING_OFFICES
                and not _held_by_named(chunks, c)
            ):
                out.fact(
                    FactKind.ATTENDS,
                    out.entity(EntityType.ORGANIZATION, org),
                    event,
                    sv.sent.start,
                    sv.sent.end,
                    "attends.body",
                )
        elif (
            ch.kind == ORG
            and not _many(chunks, c)
            # "PPK dan PPS": bare ad hoc bodies are the many of every district, not one body
            and not (ch.attrs.get("generic") and ch.attrs.get("body") in lx.LOCAL_BODIES)
            and ch.key not in hosts
            and c > 0
            and (chunks[c - 1].low in lx.ATTENDING_ORG_LIST_WORDS or _after_where(chunks, c))
            and not body_not_there(chunks, c)
            and (
                ch.attrs.get("category") != "party" or ch.attrs.get("body") in ("dpd", "dpw", "dpc")
                or _parties_along(chunks, c)
            )
        ):  # a party attends through its branch ("perwakilan DPD Partai Golkar Garut"), or when
            # it came along ("hadir bersama partai pengusung, yakni P"), not when it only backs a
            # pair ("diusung Golkar dan PKB")
            out.fact(
                FactKind.ATTENDS,
                out.entity(EntityType.ORGANIZATION, ch),
                event,
                sv.sent.start,
                sv.sent.end,
                "attends.body",
            )


def _after_where(chunks: list[Chunk], c: int) -> bool:
    """'Hadir dalam rapat pleno tersebut Bawaslu X, Polres X ...', 'Hadir pada kesempatan itu
    ...': the bodies come right after the words that say where they were."""
    if c < 4 or chunks[c - 1].low not in lx.DEMONSTRATIVES:
        return False
    return any(chunks[k].low in ("dalam", "pada") and chunks[k - 1].low == "hadir"
               for k in range(c - 2, max(0, c - 8), -1))


def _parties_along(chunks: list[Chunk], c: int) -> bool:
    """'A-B hadir bersama 10 partai politik pengusung, yakni P, Q dan R', 'A-B didampingi partai
    pengusung yakni P': the parties listed came along with the pair."""
    words = [x.low for x in chunks[:c]]
    joins = [k for k, w in enumerate(words) if w in ("bersama", "didampingi")]
    if not joins:
        return False
    k = joins[-1]
    came = words[k] == "didampingi" or bool(set(words[:k]) & lx.ATTEND_CUES)
    return came and bool({"partai", "parpol"} & set(words[k:]))


# Parts of an event rather than events beside it: "rapat ... dilanjutkan dengan diskusi".
_SEGMENTS = frozenset({"diskusi"})


def _event_of(chunks: list[Chunk], c: int, event: str) -> str:
    """The event the name at c attends: the sentence's, or another one the sentence names
    later that the words of attendance follow ("apel ini dirangkaikan dengan Sosialisasi X dan
    menghadirkan narasumber A")."""
    last = next((e for e in range(c - 1, -1, -1) if chunks[e].kind == EVENT and chunks[e].key),
                None)
    if last is None or chunks[last].key == event or chunks[last].attrs.get("kind") in _SEGMENTS:
        return event
    cued = any(x.low in lx.ATTEND_CUES for x in chunks[last + 1 : c])
    return chunks[last].key if cued else event


def _pair_member(doc: Doc, chunks: list[Chunk], c: int) -> None:
    """'A–B, C–D dan E–F': the second member of a pair joined by a dash to a person is a
    person too, whatever its length."""
    if (
        c >= 2
        and chunks[c].person is None
        and chunks[c - 1].text in ("-", "–", "—")
        and chunks[c - 2].kind == NAME
        and chunks[c - 2].person is not None
    ):
        doc.ensure_person(chunks[c])



def _held_by_named(chunks: list[Chunk], c: int) -> bool:
    """"Ketua Bawaslu X, A", "komisioner Bawaslu X, yakni A dan B", "A, anggota KPU X": the
    office at c is named persons', who attend in person, not the body through it."""
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    return (nxt is not None and (
        nxt.kind == NAME
        or (nxt.text == "," and c + 2 < len(chunks) and chunks[c + 2].kind == NAME)
    )) or (c >= 2 and chunks[c - 1].text == "," and chunks[c - 2].kind == NAME) or bool(
        names_after(chunks, c, as_list=True))
