"""attends: who took part in an event.

Attendance needs a cue in the sentence (hadir, dihadiri, mengikuti, disaksikan, dipimpin...) and
is never read from a sentence about the future or from an absence; whoever is represented
("Bupati X diwakili ...") does not attend, the representative does. What the whole report of a
past main event says of who took part is read in `reportattends`.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.bodyrefs import many_bodies as _many
from electgraph.extract.chunks import EVENT, NAME, ORG, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentenceEvent, SentView, org_of_role
from electgraph.extract.eventchunks import looks_like_verb
from electgraph.extract.guestlists import bare_list, list_opens, they_are
from electgraph.extract.hosts import stage_by
from electgraph.extract.hostverbs import host_verb_follows, watches
from electgraph.extract.officelists import counted, names_after
from electgraph.extract.organisers import held_with, organisers, said_at
from electgraph.extract.presence import (
    body_not_there,
    by_not_at_event,
    named_not_there,
    not_there,
    represented_bodies,
    says_who_came,
)
from electgraph.extract.reportattends import main_event_attendance
from electgraph.extract.ruledon import ruled_on
from electgraph.extract.tokens import quoted_spans
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
    # A body holds its event rather than attends it, though a sentence before the one that
    # says so named it among the others ("menerima tanda bukti pendaftaran dari KPU X").
    held = {(f.subject, f.object) for f in out.facts() if f.kind is FactKind.HOSTS}
    out.discard(lambda f: f.kind is FactKind.ATTENDS and (f.subject, f.object) in held)


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
    quoted = quoted_spans(doc.text, sv.sent.start, sv.sent.end)
    if quoted and event != doc.events.main and not _named_outside(chunks, event, quoted):
        # '"Apalagi pertemuan tersebut dimaksudkan untuk ...," ungkap NAME' after a report of
        # those meetings: spoken of in the quote, not attended by who speaks
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
            named = _held_by_named(chunks, c)
            holder = None if named else _sole_holder(out, ch)
            group = [] if named or holder is not None else _counted_holders(out, chunks, c)
            if holder is not None:
                # "... oleh kedua paslon, ketua KPU X, ...": the office's holder named elsewhere
                # came, in person; the body did not come through someone else
                out.fact(FactKind.ATTENDS, holder, event, *_naming_span(doc, holder, sv),
                         "attends")
            elif group:
                # "Lima Komisioner KPU X resmi dilantik ... Kelima komisioner KPU X itu yakni
                # A, B, C, D dan E": the five, named elsewhere, were there in person
                for person in group:
                    out.fact(FactKind.ATTENDS, person, event, *_naming_span(doc, person, sv),
                             "attends")
            elif (
                org is not None
                and org.key not in hosts  # "anggota DPRD yang hadir" at the DPRD's own sitting
                and not org.attrs.get("generic")
                and not org.attrs.get("implied")
                and (ch.attrs["head"] in lx.BODY_ATTENDING_OFFICES
                     # "Kabag Ops Polres X, Asisten II Setda X": an office of the state's
                     # services named without its holder stands for its body
                     or org.attrs.get("category") in lx.SERVICE_CATEGORIES)
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
            # "PPK dan PPS": bare ad hoc bodies are the many of every district, not one body,
            # unless the article speaks of them as one (an entity of its own: `_lone_body`)
            and not (ch.attrs.get("generic") and ch.attrs.get("body") in lx.LOCAL_BODIES
                     and not out.has(ch.key))
            and ch.key not in hosts
            and ((c > 0 and (chunks[c - 1].low in lx.ATTENDING_ORG_LIST_WORDS
                            or _after_where(chunks, c)))
                 or _attends_as_subject(chunks, c))
            and not body_not_there(chunks, c)
            and not stage_by(chunks, c)  # "tahapan ... dibuka oleh KPU RI": a stage's opener
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


def _attends_as_subject(chunks: list[Chunk], c: int) -> bool:
    """'KPU Kabupaten Kediri menghadiri Rapat Koordinasi ...', 'Polres X dan Kodim Y turut hadir
    dalam ...', 'Pemkab X turut serta dalam rapat ...': the bodies the verb of taking part has
    for its subject."""
    k = c + 1
    while k < len(chunks) and (chunks[k].kind == ORG or (
            chunks[k].low in (",", "dan", "serta") and k + 1 < len(chunks)
            and chunks[k + 1].kind == ORG)):
        k += 1  # the other bodies of the subject: "Polres X, Kodim Y dan Kejari Z"
    while k < len(chunks) and chunks[k].low in _SUBJECT_ADVERBS:
        k += 1
    if k >= len(chunks) or not (chunks[k].low in lx.BODY_ATTEND_VERBS or (
            chunks[k - 1].low == "turut" and chunks[k].low == "serta")):
        return False
    # the event is the verb's object ("menghadiri Rapat X", "hadir dalam rapat itu"), not one
    # the sentence names elsewhere ("Usai deklarasi, Forkopimda mengikuti pawai budaya")
    return any(x.kind == EVENT for x in chunks[k + 1 : k + 1 + _OBJECT_REACH])


_OBJECT_REACH = 4


# Words between a subject and its verb: "KPU X juga turut hadir", "Bawaslu X pun mengikuti".
_SUBJECT_ADVERBS = frozenset({"juga", "turut", "ikut", "pun", "telah", "sudah", "tampak",
                              "terlihat", "secara", "langsung"})


def _after_where(chunks: list[Chunk], c: int) -> bool:
    """'Hadir dalam rapat pleno tersebut Bawaslu X, Polres X ...', 'Hadir pada kesempatan itu
    ...': the bodies come right after the words that say where they were."""
    if c < 4 or chunks[c - 1].low not in lx.DEMONSTRATIVES:
        return False
    return any(chunks[k].low in ("dalam", "pada") and chunks[k - 1].low == "hadir"
               for k in range(c - 2, max(0, c - 8), -1))


def _parties_along(chunks: list[Chunk], c: int) -> bool:
    """'A-B hadir bersama 10 partai politik pengusung, yakni P, Q dan R', 'A-B didampingi partai
    pengusung yakni P', 'dihadiri partai pengusung yakni P': the parties listed came."""
    words = [x.low for x in chunks[:c]]
    joins = [k for k, w in enumerate(words) if w in ("bersama", "didampingi", "dihadiri")]
    if not joins:
        return False
    k = joins[-1]
    # "rapat pleno dengan dihadiri partai pengusung yakni P, Q": they came
    came = words[k] in ("didampingi", "dihadiri") or bool(set(words[:k]) & lx.ATTEND_CUES)
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



def _naming_span(doc: Doc, person: str, sv: SentView) -> tuple[int, int]:
    """The sentence, stretched to the person's nearest mention: evidence names whom it is
    about."""
    start, end = sv.sent.start, sv.sent.end
    if (known := doc.persons.get(person)) is not None and known.mentions:
        near = min(known.mentions, key=lambda m: abs(m.start - start))
        start, end = min(start, near.start), max(end, near.end)
    return start, end


def _sole_holder(out: Collector, role: Chunk) -> str | None:
    """The one person the article names as holding this office of this body ("Ketua KPU X,
    A" before "ketua KPU X" alone), if one does."""
    holders = _holders(out, role) if not role.attrs.get("status_label") else set()
    return holders.pop() if len(holders) == 1 else None


def _counted_holders(out: Collector, chunks: list[Chunk], c: int) -> list[str]:
    """The persons the article names as holding the counted office at c ("Lima Komisioner KPU
    X"), when it names as many as the count says."""
    n = counted(chunks[c - 1]) if c else 0
    holders = sorted(_holders(out, chunks[c])) if n > 1 else []
    return holders if len(holders) == n else []


def _holders(out: Collector, role: Chunk) -> set[str]:
    """The persons the article's role facts give this office of this body (a named one)."""
    org = org_of_role(role)
    if org is None or org.attrs.get("generic"):
        return set()
    title = role.attrs["title"].lower()
    return {f.subject for f in out.facts() if f.kind is FactKind.HOLDS_ROLE
            and f.object == org.key and f.quals.get("role", "").lower() == title}


def _holder_before(chunks: list[Chunk], c: int) -> bool:
    """"A, anggota KPU X", "A selaku Ketua merangkap Anggota Bawaslu X": a name before the
    office at c, past the offices held with it."""
    k = c - 1
    while k >= 0 and (chunks[k].kind == ROLE or chunks[k].low in lx.OFFICE_ALSO_WORDS):
        k -= 1
    return k >= 1 and chunks[k].low in (",", "selaku", "sebagai") and chunks[k - 1].kind == NAME


def _held_by_named(chunks: list[Chunk], c: int) -> bool:
    """"Ketua Bawaslu X, A", "komisioner Bawaslu X, yakni A dan B", "A, anggota KPU X", "A
    selaku Ketua Bawaslu X": the office at c is named persons', who attend in person, not the
    body through it."""
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    return (nxt is not None and (
        nxt.kind == NAME
        or (nxt.text == "," and c + 2 < len(chunks) and chunks[c + 2].kind == NAME)
    )) or _holder_before(chunks, c) or bool(
        names_after(chunks, c, as_list=True))


def _named_outside(chunks: list[Chunk], event: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether the sentence names `event` outside its quotes."""
    return any(ch.kind == EVENT and ch.key == event
               and not any(a <= ch.start < b for a, b in quoted) for ch in chunks)
