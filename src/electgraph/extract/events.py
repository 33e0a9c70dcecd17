"""Events and who hosted them (hosts); `attends` reads who took part.

An article is usually about one event, named in the headline or the lead and later as "rapat
tersebut", "pleno", "debat", or by another form of its name ("rapat pleno terbuka", "rapat pleno
terbuka rekapitulasi ...", "rekapitulasi hasil ..."). Mentions are grouped in a first pass
(`eventtracker.py`): a mention of the same kind of event, or sharing a distinctive head with one
named before, is that event unless its own name or its sentence sets it apart ("debat
sebelumnya", "debat pertama" in an article on the third). Each event gets the fullest of its
names. A sentence without an event mention speaks of the current one; a sentence about the
future states no attendance. A body that inaugurates ("KPU X melantik 30 anggota PPK") holds an
inauguration even when the text names none. Which body hosts is read by `hosts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, ORG, WORD, Chunk, Chunker
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentenceEvent, SentView
from electgraph.extract.eventcontext import (
    follows_on,
    held_in_sitting,
    inside_quotes,
    is_document,
    joined_to,
    not_yet_held,
    on_agenda,
    part_of_inauguration,
    pledged,
    spoken_of,
    timed_by,
    topic_of,
)
from electgraph.extract.eventtracker import EventTracker, TrackedEvent, fold, trim_label
from electgraph.extract.hosts import sentence_hosts, title_hosts
from electgraph.extract.implied import ahead, implied, recalled
from electgraph.extract.mainhost import unnamed_host
from electgraph.extract.tokenbase import Sentence
from electgraph.extract.tokens import quoted_spans, tokenize
from electgraph.model import EntityType, FactKind


def _words(sv: SentView) -> set[str]:
    words = {c.low for c in sv.chunks}
    if "bakal" in words and any(_ahead(sv.chunks, c) for c in range(len(sv.chunks))):
        words.add("akan")  # "bakal digelar" is "akan digelar"
    return words


def _ahead(chunks: list[Chunk], c: int) -> bool:
    """A word that puts what follows ahead: "akan", "dijadwalkan"; "bakal" before a verb
    ("Debat ... bakal digelar Selasa"), not before "calon" (a prospective candidate)."""
    low = chunks[c].low
    if low == "bakal":
        nxt = chunks[c + 1] if c + 1 < len(chunks) else None
        return nxt is not None and nxt.kind == WORD and nxt.low.startswith(_VERB_STARTS)
    return low in lx.FUTURE_CUES


_VERB_STARTS = ("di", "ber", "me", "ter")


def _about_future(chunks: list[Chunk]) -> bool:
    """A future cue outside a relative clause: 'Rapat ... membahas sosialisasi yang akan
    dilaksanakan' reports a past meeting about a later event; nor in what a "jelang"
    approaches ('Apel siaga ... jelang pencoblosan 14 Februari nanti': the vote is ahead),
    nor inside a quotation."""
    approached = next((c for c, ch in enumerate(chunks) if ch.low in ("jelang", "menjelang")),
                      len(chunks))
    cues = [c for c, ch in enumerate(chunks[:approached])
            if _ahead(chunks, c) and not (c and chunks[c - 1].low == "yang")
            and not _dates_an_election(chunks, c)]
    if not cues:
        return False
    inside = inside_quotes(chunks)
    # '"Kami akan bersurat," kata X saat Paripurna ...': the speaker's plan, when the event is
    # named outside the quotation (an event named inside it is the speaker's, tense and all).
    told = any(ch.kind == EVENT and not inside[c] for c, ch in enumerate(chunks))
    return any(not (told and inside[c]) for c in cues)


def _elaborates(chunks: list[Chunk]) -> bool:
    """A sentence opening with 'Di antaranya', 'Antara lain', 'Yakni': a list going on with
    the sentence before."""
    opening = [ch.low for ch in chunks[:3]]
    return bool(opening) and (opening[0] in _ELABORATING or opening[:2] in (
        ["di", "antaranya"], ["antara", "lain"], ["salah", "satunya"]))


_ELABORATING = frozenset({"diantaranya", "yakni", "yaitu", "termasuk", "seperti"})


def _dates_an_election(chunks: list[Chunk], c: int) -> bool:
    """'untuk Pilkada 2024 mendatang', 'pada 27 November 2024 nanti': the cue puts the election
    or the date ahead, not the event the sentence reports."""
    if chunks[c].low not in ("mendatang", "nanti") or c == 0:
        return False
    before = chunks[c - 1]
    return before.kind == ELECTION or before.text.isdigit() or before.low in lx.MONTHS


def _another_after(
    sv: SentView, c: int, by_paragraph: dict[int, list[tuple[int, set[str]]]]
) -> bool:
    """Whether the paragraph names an event of another kind after the event at c."""
    kind = sv.chunks[c].attrs["kind"]
    return any(x.kind == EVENT and x.attrs["kind"] != kind for x in sv.chunks[c + 1 :]) or any(
        i > sv.index and named - {kind} for i, named in by_paragraph.get(sv.sent.paragraph, ()))


@dataclass(slots=True)
class _Sentence:
    sv: SentView
    chunks: list[tuple[Chunk, int]]  # event mentions and their events
    event: int | None
    future: bool


def _enter(ch: Chunk, ev: TrackedEvent, out: Collector) -> None:
    ch.key = ev.key
    out.entity(EntityType.EVENT, ch, label=ev.label)


_TITLE_TRIGGERS = (
    frozenset(w for k in lx.EVENT_HEADS for w in k.split())
    | lx.HOST_VERBS
    | lx.TITLE_HOST_VERBS
)


def _title_view(doc: Doc) -> SentView | None:
    """The headline as a sentence of chunks (the body's reading blanks it out)."""
    art = doc.article
    title = art.headline.strip()
    if not title:
        return None
    start = art.text.find(title)
    if start < 0 or start >= art.body_start:
        return None
    tokens = tokenize(art.text, start, start + len(title))
    if not any(t.low in _TITLE_TRIGGERS for t in tokens):
        return None  # no event and no host verb: not worth chunking
    sent = Sentence(tokens[0].start, tokens[-1].end, tuple(tokens), -1)
    return SentView(sent, Chunker(tuple(tokens), doc.short_forms).chunks(), -1)


def extract_events(doc: Doc, out: Collector) -> None:
    """Events and their hosts; each sentence's event goes to `doc.events` for attendance."""
    tracker = EventTracker(
        frozenset(t for p in doc.persons.values() for t in p.tokens if len(t) > 2)
    )
    plan: list[_Sentence] = []
    before_future = False
    joined: set[int] = set()  # events named with the main one as one occasion ("A dan B")
    # the kinds of event each sentence names, by paragraph
    by_paragraph: dict[int, list[tuple[int, set[str]]]] = {}
    for sv in doc.sents:
        if named := {x.attrs["kind"] for x in sv.chunks if x.kind == EVENT}:
            by_paragraph.setdefault(sv.sent.paragraph, []).append((sv.index, named))
    for sv in doc.sents:
        words = _words(sv)
        # "X akan mengikuti tahapan ... Di antaranya menyampaikan visi misi pada sidang
        # paripurna": the list goes on with the plan before, so its events are ahead too.
        goes_on = before_future and _elaborates(sv.chunks)
        about_future = before_future = _about_future(sv.chunks) or goes_on
        if not about_future:
            words -= lx.FUTURE_CUES
        found: list[tuple[Chunk, int]] = []
        passing: set[int] = set()  # events the sentence's speaker speaks of
        current = tracker.current
        held_in = held_in_sitting(sv.chunks)
        deferred: list[Chunk] = []
        for c, ch in enumerate(sv.chunks):
            if ch.kind == EVENT and not is_document(sv.chunks, c) and not (
                # once the article has its event, or the paragraph names another after it ("...
                # memastikan distribusi logistik tepat waktu,” ujar A saat menghadiri Apel"), a
                # process watched over is a topic
                (tracker.main is not None or _another_after(sv, c, by_paragraph))
                and topic_of(sv.chunks, c)
            ) and not pledged(sv.chunks, c, sv.index == 0):
                if tracker.main is not None and part_of_inauguration(sv.chunks, c) and (
                        tracker.events[tracker.main].kind == "pelantikan"):
                    # "Ketua KPU X melantik sekaligus pengambilan sumpah dan pembacaan pakta
                    # integritas": parts of the inauguration, not events of their own
                    trim_label(ch, tracker.person_words)
                    found.append((ch, tracker.main))
                    tracker.events[tracker.main].agenda.add(ch.attrs["kind"])
                    continue
                if found and on_agenda(sv.chunks, c):  # "rapat X dengan agenda penetapan ..."
                    trim_label(ch, tracker.person_words)
                    found.append((ch, found[-1][1]))
                    tracker.events[found[-1][1]].agenda.add(ch.attrs["kind"])
                    continue
                if c in held_in:
                    deferred.append(ch)  # the sitting named after it is the event
                    continue
                nxt = sv.chunks[c + 1] if c + 1 < len(sv.chunks) else None
                # Before the article has an event, what a speaker reports is that event.
                spoken = tracker.main is not None and spoken_of(sv.chunks, c)
                added = tracker.add(ch, words, nxt, ahead(sv.chunks, c) or spoken or goes_on)
                found.append((ch, added))
                if tracker.main not in (None, added) and follows_on(sv.chunks, c):
                    # "... berlangsung khidmat dan dilanjutkan dengan apel siaga. Hadir dalam
                    # kegiatan ...": what followed the article's event; "kegiatan" is still it
                    tracker.current = tracker.main
                elif len(found) > 1 and found[-2][1] != added and timed_by(sv.chunks, c):
                    # "Deklarasi ini digelar ..., usai penetapan nomor urut": that dates it
                    tracker.current = found[-2][1]
                    passing.add(added)
                if not_yet_held(sv.chunks, c) and len(tracker.events[added].mentions) == 1:
                    tracker.events[added].future = True  # "pengukuhan timnya belum dilakukan"
                if c and (act := lx.EVENT_HEADS.get(sv.chunks[c - 1].low)) is not None:
                    # "melakukan penandatanganan Deklarasi X": the act done at the event; a later
                    # bare "Penandatanganan dilakukan bersama ..." is that event
                    tracker.events[added].agenda.add(act)
                    tracker.by_kind.setdefault(act, added)
                if spoken and added != tracker.main:
                    passing.add(added)
                for agenda in deferred:  # "mengumumkan penetapan X dalam rapat paripurna"
                    trim_label(agenda, tracker.person_words)
                    found.append((agenda, found[-1][1]))
                    tracker.events[found[-1][1]].agenda.add(agenda.attrs["kind"])
                    # a later "proses penetapan" alone means this sitting's decision
                    tracker.by_kind.setdefault(agenda.attrs["kind"], found[-1][1])
                deferred = []
        if not found and (verb_event := implied(sv)) is not None and not (
            # "urut kehadiran saat mendaftar" in a report on the draw: the registration before
            tracker.main is not None and recalled(sv.chunks, verb_event)
            and tracker.events[tracker.main].kind != verb_event.attrs["kind"]
        ):
            found.append((verb_event, tracker.add(verb_event, words)))
        own = [k for _, k in found if k not in passing]
        if tracker.main in own:
            joined |= joined_to(sv.chunks, found, tracker.main)
        if not own and current in joined:
            # "diadakan Rapat Konsolidasi ... dan Deklarasi Pemilu Damai. Turut hadir dalam
            # kegiatan ini ...": the occasion, named by its first event
            current = tracker.main
        event = own[0] if own else current
        future = about_future and not (lx.PAST_CUES & words)
        plan.append(_Sentence(sv, found, event, future))
    title = _title_view(doc)
    title_found: list[tuple[Chunk, int]] = []
    if title is not None:
        title_words = _words(title)
        for c, ch in enumerate(title.chunks):
            if ch.kind != EVENT or is_document(title.chunks, c):
                continue
            if tracker.main is None:  # an event named only in the headline
                nxt = title.chunks[c + 1] if c + 1 < len(title.chunks) else None
                title_found.append((ch, tracker.add(ch, title_words, nxt)))
                _report_of(plan, tracker.main)
            elif (idx := tracker._same(ch.label, ch.attrs["kind"], False)) is not None:
                title_found.append((ch, idx))
                if idx == tracker.main:  # the lead, before the text names it, reports it too
                    _report_of(plan, idx)
    if tracker.main is not None:
        _pointed_back(plan, tracker.main)
    if tracker.main is None and tracker.events:
        tracker.main = 0  # only events ahead of the text: the first is the article's
    elif tracker.main is not None:
        # "Ketua Bawaslu X juga hadir di tempat pendaftaran tersebut" before the sentence that
        # names the registration: a bare head pointed at names the article's event
        head = tracker.events[tracker.main].kind.split()[-1]
        for s in plan:
            if s.event is None and _points_at(s.sv.chunks, head):
                s.event = tracker.main
    quoted: list[tuple[int, int]] | None = None  # found only when an event has a fuller name
    for ev in tracker.events:
        naming = ev.mentions
        if (len(naming) > 1 and not naming[0].attrs.get("implied")
                and _COPULA_AFTER.match(doc.text, naming[0].end)):
            # "Debat calon kepala daerah merupakan ajang edukasi politik": the lead speaks of
            # debates in general; the event is named by its next mention of its own kind
            naming = naming[1:]
            ev.label = next((m.label for m in naming if m.attrs.get("kind") == ev.kind), ev.label)
        if _has_fuller_name(ev.label, naming):
            quoted = quoted if quoted is not None else [span for s in doc.sents for span in (
                quoted_spans(doc.text, s.sent.start, s.sent.end))]
            ev.label = _fullest_name(ev, naming, quoted)
        ev.key = f"event:{fold(ev.label)}"
    hosts: set[str] = set()
    reading = doc.events
    for ch, idx in title_found:
        _enter(ch, tracker.events[idx], out)
    if title is not None and tracker.main is not None:
        hosts |= title_hosts(title, tracker.events[tracker.main].key, out)
    for s in plan:
        for ch, idx in s.chunks:
            _enter(ch, tracker.events[idx], out)
        if s.event is None:
            continue
        key = tracker.events[s.event].key
        keys = [tracker.events[idx].key for _, idx in s.chunks]
        hosts |= sentence_hosts(s.sv, key, keys, out)
        past = not s.future and not tracker.events[s.event].future
        reading.sentences[s.sv.index] = SentenceEvent(key, frozenset(hosts), past)
    if tracker.main is not None and not hosts:
        main = tracker.events[tracker.main]
        hosts |= unnamed_host(doc, main.key, main.kind, main.label, main.first, out)
    if tracker.main is not None:
        main = tracker.events[tracker.main]
        # "rapat pleno (untuk) pengundian nomor urut": a sitting held for a contest is one
        contest = sorted((main.heads | main.agenda) & lx.CONTEST_EVENTS)
        kind = main.kind if main.kind in lx.CONTEST_EVENTS or not contest else contest[0]
        reading.main, reading.main_kind = main.key, kind
        reading.main_past = not main.future
    kinds = {ev.key: ev.kind for ev in tracker.events}
    tribunal = any(ch.kind == ORG and ch.attrs.get("body") in lx.TRIBUNALS
                   for sv in doc.sents for ch in sv.chunks)
    out.discard(lambda f: f.kind is FactKind.HOSTS and not _may_hold(
        out.attribute(f.subject, "category"), out.attribute(f.subject, "body"),
        kinds.get(f.object or "", ""), f.object or "", tribunal))


def _points_at(chunks: list[Chunk], head: str) -> bool:
    """Whether the sentence names an event only by its bare head and a demonstrative, or the
    occasion ("Kegiatan tersebut terfokus di Aula ...", "Hadir pada kesempatan itu, ...")."""
    return any(ch.low in (head, *_OCCASIONS) and c + 1 < len(chunks)
               and chunks[c + 1].low in lx.DEMONSTRATIVES for c, ch in enumerate(chunks))


_OCCASIONS = ("kegiatan", "acara", "kesempatan")


def _fullest_name(ev: TrackedEvent, naming: list[Chunk], quoted: list[tuple[int, int]]) -> str:
    """The event's name: as first written, unless a later mention of its own kind outside a
    quote names it in full ("Debat Molor 2.5 jam" in the lead, "Debat kedua calon Bupati dan
    Wakil Bupati Kabupaten X" after it)."""
    if not naming or naming[0].attrs.get("implied"):
        return ev.label  # a verb's event keeps the name its first noun gave it
    full = max((m for m in naming if not m.attrs.get("implied")
                and m.attrs.get("kind") == ev.kind
                and not any(a <= m.start < b for a, b in quoted)),
               key=lambda m: len(m.label.split()), default=None)
    if full is not None and len(full.label.split()) > len(ev.label.split()) + _FULLER_BY:
        return full.label
    return ev.label


_FULLER_BY = 2  # words a later name must add to replace the first: "rapat pleno terbuka" adds 1
_COPULA_AFTER = re.compile(r"\s*(?:merupakan|adalah|ialah)\b", re.I)


def _has_fuller_name(label: str, naming: list[Chunk]) -> bool:
    words = len(label.split()) + _FULLER_BY
    return any(len(m.label.split()) > words for m in naming)


def _pointed_back(plan: list[_Sentence], main: int) -> None:
    """"A-B resmi mendaftarkan diri ... Berkas mereka diterima oleh Ketua KPU X ... prosesi
    pendaftaran ini ...": the article's event first named with a demonstrative points back to
    what the sentences before it told, which named no event."""
    for k, s in enumerate(plan):
        first = next(((c, ch) for c, (ch, idx) in enumerate(s.chunks) if idx == main), None)
        if first is None:
            continue
        at = s.sv.chunks.index(first[1]) if first[1] in s.sv.chunks else -1
        if k and 0 <= at < len(s.sv.chunks) - 1 and (
                s.sv.chunks[at + 1].low in lx.DEMONSTRATIVES):
            for before in plan[:k]:
                if before.event is None and not before.future:
                    before.event = main
        return


def _report_of(plan: list[_Sentence], event: int | None) -> None:
    """The sentences that name no event yet report `event`, the one the headline names."""
    for s in plan:
        s.event = s.event if s.event is not None else event


def _may_hold(category: str, body: str, kind: str, event: str, tribunal: bool) -> bool:
    """Whether a body of this category holds an event of this kind: a DPRD's paripurna is a
    legislature's (not the KPU's whose decision it announces), a court holds hearings only, and
    the hearing of a verdict is the tribunal's (DKPP) where the article names one, not the
    sanctioned body's (an examination may sit at a provincial Bawaslu's office, which then
    hosts it too); where it names none, the supervisor's own ruling on a breach ("Sidang
    putusan Bawaslu Kota X")."""
    if kind == "rapat paripurna":
        return category == "legislature"
    if kind == "sidang" and "putusan" in event:
        return body in lx.TRIBUNALS or category == "judiciary" or (
            not tribunal and body in lx.SUPERVISION_HOSTS)
    if kind == "kampanye" and "deklarasi" not in event:
        return category != "election_body"  # the candidates' rally, not the KPU's
    # a prosecutor's office is no court: it holds socialisations too ("KPU X bersama Kejati X
    # menyelenggarakan Sosialisasi ...")
    return category != "judiciary" or kind == "sidang" or body in _PROSECUTORS


_PROSECUTORS = frozenset({"kejari", "kejati", "kejaksaan negeri", "kejaksaan tinggi"})
