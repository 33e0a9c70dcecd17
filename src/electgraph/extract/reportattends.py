"""Attendance read from the whole report of a past main event: the persons quoted or speaking
in it took part; so did the candidates of a debate, a declaration, a ballot-number draw or a
registration, and the ad hoc body sworn in at an inauguration. Read by `attends`.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import EVENT, NAME, ORG, ROLE, WORD
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, org_of_role
from electgraph.extract.inaugurated import inaugurated_as
from electgraph.extract.pairs import pair_variants
from electgraph.extract.presence import not_there
from electgraph.extract.tokens import tokenize
from electgraph.model import EntityType, Fact, FactKind

__all__ = ["main_event_attendance"]


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
    a past inauguration took part in it; so did each person it swore in ("melantik A dan B
    sebagai Bupati dan Wakil Bupati X")."""
    for sv in doc.sents:
        chunks = sv.chunks
        for name, _, _ in inaugurated_as(chunks):
            if (person := doc.person_of(chunks[name])) is not None:
                out.fact(FactKind.ATTENDS, person, event, sv.sent.start, sv.sent.end,
                         "attends.inducted")
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
    registering ("Keempat paslon adalah A-B yang diusung X, C-D ..."). The order in which they
    came says they registered ("Pertama A-B ... pada pukul 11.00, kedua C-D ... pukul 14.30")."""
    seen: set[str] = set()
    passing: set[str] = set()
    variants = pair_variants(doc)  # "Pasangan Danny-Azhar menyusul": Danny is the listed A
    for sv in doc.sents:
        named = {variants.get(p, p) for ch in sv.chunks
                 if ch.kind == NAME and (p := doc.person_of(ch))}
        named &= candidates
        words = {ch.low for ch in sv.chunks} | {t.low for t in sv.sent.tokens}
        if len(named) >= 4 and not words & _REGISTERING:
            passing |= named
        else:
            seen |= named
    return passing - seen


# "mendaftar", and the words of the order in which pairs came to register: "pada pukul 11.00",
# "tiba di KPU", "menyusul paslon ketiga" (not "pendaftar": "menunggu pendaftar ketiga setelah
# pasangan A-B dan C-D", who came on other days)
_REGISTERING = lx.REGISTRATION_VERBS | frozenset({"pukul", "tiba", "menyusul"})


def _candidates_attend(doc: Doc, out: Collector, event: str, registration: bool = False) -> None:
    """The candidates of a past debate, declaration, draw or registration took part in it,
    unless the text says one was absent or, for a registration, names them in passing."""
    absent = _absent_persons(doc)
    if registration:
        running = {f.subject for f in out.facts() if f.kind is FactKind.CANDIDATES}
        absent |= _listed_in_passing(doc, running)
    for fact in out.facts():
        if fact.kind is FactKind.CANDIDATES and fact.subject not in absent:
            _attends_as(out, fact, event, "attends.candidate")


def _attends_as(out: Collector, fact: Fact, event: str, rule: str) -> None:
    """The subject of a fact attends the event, on that fact's evidence."""
    out.fact(FactKind.ATTENDS, fact.subject, event, fact.evidence.start, fact.evidence.end, rule)


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
        if words & lx.CANDIDATE_GROUP_WORDS and words & (lx.ATTEND_CUES | lx.CONTEST_ACTS
                                                         | _NUMBER_ACTS):
            # "setelah kedua pasangan calon melakukan pencabutan nomor urut"
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
    # "tutur A, usai melakukan technical meeting": whose words the text places at another
    # event spoke there, not at this one
    absent |= {f.subject for f in out.facts() if f.kind is FactKind.ATTENDS
               and f.object != event and f.extractor.endswith(".speaker.v1")}
    if _verdict_hearing(doc, event):
        # A verdict hearing's report quotes the sanctioned and the parties afterwards, where
        # the press met them; only the tribunal's own members spoke at it.
        judges = _tribunal_members(out)
        absent |= {f.subject for f in quotes if f.subject not in judges}
    present = {f.subject for f in quotes
               if not _of_the_future(f.quals.get("text", "")) and f.subject not in absent}
    for fact in quotes:
        if fact.subject in present:  # a direct quote in the report of the event
            _attends_as(out, fact, event, "attends.speaker")
    for sv in doc.sents:
        for c, ch in enumerate(sv.chunks):
            if ch.kind != NAME or not doc.person_of(ch):
                continue
            prev = sv.chunks[c - 1].low if c else ""
            nxt = sv.chunks[c + 1].low if c + 1 < len(sv.chunks) else ""
            if nxt == "," and c + 2 < len(sv.chunks) and c >= 2 and prev == "," and (
                    sv.chunks[c - 2].kind == ROLE) and not (
                    # "B mewakili Bupati X, A, menyampaikan": B speaks, for A
                    c >= 3 and sv.chunks[c - 3].low in _STANDING_IN):
                nxt = sv.chunks[c + 2].low  # "Ketua Divisi Hukum, A, menegaskan ..."
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


_STANDING_IN = frozenset({"mewakili", "diwakili", "menggantikan"})


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
