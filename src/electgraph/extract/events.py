"""Events and who hosted them (hosts); `attends` reads who took part.

An article is usually about one event, named in full in the lead and later as "rapat tersebut",
"pleno", "debat". Short mentions link to the latest event of the same kind; a sentence without
an event mention speaks of the current one. A sentence about the future states no attendance.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import EVENT, ORG, PLACE, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentenceEvent, SentView, org_of_role
from electgraph.ids import fold
from electgraph.model import EntityType, FactKind

HOST_VERBS = frozenset({
    "menggelar", "mengadakan", "menyelenggarakan", "melaksanakan", "menggagas", "menginisiasi",
    "memfasilitasi", "membuka", "melangsungkan", "menghelat", "gelar",
})  # fmt: skip
HOSTED_BY = frozenset({
    "digelar", "diselenggarakan", "diadakan", "dilaksanakan", "diinisiasi", "dihelat",
    "diprakarsai", "difasilitasi", "dibuka",
})  # fmt: skip
VENUE_WORDS = frozenset({"kantor", "aula", "gedung", "ruang", "halaman", "sekretariat", "markas"})
FUTURE_CUES = frozenset({
    "akan", "dijadwalkan", "mendatang", "rencananya", "besok", "direncanakan", "nanti",
    "jelang", "menjelang",
})  # fmt: skip
_GENERIC_EVENT_WORDS = frozenset({"rapat", "pleno", "debat", "apel", "acara", "kegiatan", "sidang"})


SIDE_CUES = frozenset({
    "lalu", "sebelumnya", "mendatang", "dijadwalkan", "berikutnya", "selanjutnya", "akan",
    "nanti", "kemarin", "terakhir",
})  # fmt: skip


class EventTracker:
    """Links event mentions of one article to event entities.

    The first event named is the article's main event. A bare head ("rapat tersebut", "pleno",
    "Deklarasi") refers to the latest event of its kind, else to the current one. An event named
    in passing with a time cue ("debat perdana pada 27 Oktober lalu") does not become current.
    """

    def __init__(self, out: Collector) -> None:
        self.out = out
        self.main: str | None = None
        self.main_kind: str | None = None
        self.current: str | None = None
        self.by_kind: dict[str, str] = {}
        self.future: set[str] = set()

    def add(self, ch: Chunk, sv: SentView, words: set[str]) -> str:
        label_words = fold(ch.label).split()
        kind = ch.attrs["kind"]
        is_short = (
            all(
                w in lx.EVENT_HEADS or w in _GENERIC_EVENT_WORDS or w in ("terbuka", "tersebut")
                for w in label_words
            )
            and len(label_words) <= 2
        )
        if is_short and kind in self.by_kind:
            key = self.by_kind[kind]
        elif is_short and self.current:
            key = self.current
        else:
            ch.key = f"event:{fold(ch.label)}"
            key = self.out.entity(EntityType.EVENT, ch)
            if words & FUTURE_CUES and not words & {"lalu", "telah", "sudah"}:
                self.future.add(key)
        ch.key = key
        side = self.main is not None and key != self.main and bool(words & SIDE_CUES)
        if self.main is None:
            self.main, self.main_kind = key, kind
        if not side:
            self.by_kind.setdefault(kind, key)
            self.current = key
        return key


def _words(sv: SentView) -> set[str]:
    return {c.low for c in sv.chunks}


def extract_events(doc: Doc, out: Collector) -> None:
    """Events and their hosts; each sentence's event goes to `doc.events` for attendance."""
    tracker = EventTracker(out)
    hosts: set[str] = set()
    reading = doc.events
    for sv in doc.sents:
        words = _words(sv)
        events = [tracker.add(ch, sv, words) for ch in sv.chunks if ch.kind == EVENT]
        event = events[0] if events else tracker.current
        if event is None:
            continue
        future = bool(words & FUTURE_CUES) and not ({"lalu", "telah", "sudah"} & words)
        hosts |= _hosts(sv, event, events, out)
        past = not future and event not in tracker.future
        reading.sentences[sv.index] = SentenceEvent(event, frozenset(hosts), past)
    reading.main, reading.main_kind = tracker.main, tracker.main_kind
    reading.main_past = tracker.main is not None and tracker.main not in tracker.future


def _hosts(sv: SentView, event: str, events: list[str], out: Collector) -> set[str]:
    """Bodies that hosted an event, by the first rule that applies to each body mention."""
    chunks = sv.chunks
    found: set[str] = set()
    for c, ch in enumerate(chunks):
        org, hit = ch, None
        if ch.kind == ORG and not ch.attrs.get("generic") and not ch.attrs.get("implied"):
            hit = _host_rule(chunks, c, event, events)
        elif ch.kind == ROLE and (led := _led_by(chunks, c)) is not None:
            org, hit = led, (event, "hosts.leader")
        if hit is not None:
            target, rule = hit
            key = out.entity(EntityType.ORGANIZATION, org)
            out.fact(FactKind.HOSTS, key, target, sv.sent.start, sv.sent.end, rule)
            found.add(key)
    return found


def _host_rule(
    chunks: list[Chunk], c: int, event: str, events: list[str]
) -> tuple[str, str] | None:
    """(event, rule name) when the body at c hosts an event in this sentence."""
    before = [x.low for x in chunks[max(0, c - 4) : c]]
    if events and _host_verb_follows(chunks, c):  # "KPU X menggelar rapat ..."
        return _event_after(chunks, c) or event, "hosts"
    if any(w in HOSTED_BY for w in before) or (
        before[-1:] == ["oleh"] and "dipimpin" not in before
    ):
        return _event_before(chunks, c) or event, "hosts"  # "... yang digelar KPU X"
    if c and chunks[c - 1].kind == EVENT:
        return chunks[c - 1].key, "hosts.genitive"  # "rapat pleno KPU X", "sidang DKPP"
    if _at_own_office(before, chunks[:c]):
        return event, "hosts.venue"  # "di Aula KPU X"
    if before[-2:] == ["sama", "dengan"] or (before[-1:] == ["dan"] and _co_host(chunks, c)):
        return event, "hosts.cohost"  # "... bekerja sama dengan Y"
    return None


def _led_by(chunks: list[Chunk], c: int) -> Chunk | None:
    """The body of the office at c in 'Rapat dipimpin (langsung oleh) Ketua KPU X': the body
    whose chair or commander leads a meeting hosts it."""
    k = c - 1
    while k >= 0 and chunks[k].low in ("langsung", "oleh"):
        k -= 1
    if k < 0 or chunks[k].low != "dipimpin" or chunks[c].attrs["head"] not in _LEADERS:
        return None
    org = org_of_role(chunks[c])
    return org if org is not None and not org.attrs.get("generic") else None


# Offices whose holder leads a meeting on behalf of the body: its chair, its commander.
_LEADERS = frozenset({
    "ketua", "kapolres", "kapolresta", "kapolda", "dandim", "pangdam", "ketua majelis",
    "ketua divisi", "kordiv", "koordinator divisi",
})  # fmt: skip


# Words between a body and its verb that keep it the subject: "KPU X, Maluku Utara, resmi
# menggelar", "Bawaslu X bekerja sama dengan Y menggelar".
_SUBJECT_FILLERS = frozenset({
    ",", "(", ")", "resmi", "kembali", "juga", "telah", "akan", "pun", "sudah", "secara",
    "langsung", "bersama", "turut", "bekerja", "sama", "dengan",
})  # fmt: skip


def _host_verb_follows(chunks: list[Chunk], c: int) -> bool:
    """'KPU X menggelar', 'KPU Kota Ternate, Maluku Utara, menggelar'.

    An appositive body after another ("Polres Inhu, Polda Riau, menggelar") is not the subject.
    """
    if c >= 2 and chunks[c - 1].text == "," and chunks[c - 2].kind == ORG:
        return False
    for ch in chunks[c + 1 : c + 9]:
        if ch.low in HOST_VERBS or ch.low in ("menuntaskan", "menggelar"):
            return True
        if ch.kind in (PLACE, ORG) or ch.low in _SUBJECT_FILLERS or ch.text.startswith("("):
            continue
        return False
    return False


_LOCATION_VERBS = frozenset({
    "berlangsung", "digelar", "diselenggarakan", "dilaksanakan", "bertempat", "diadakan",
    "dilangsungkan",
})  # fmt: skip


def _at_own_office(before: list[str], preceding: list[Chunk]) -> bool:
    """'di Aula KPU X', 'di Kantor Bawaslu X': an event held in a body's own office is hosted
    by it; 'berlangsung di KPU X' says the same without the office word."""
    if len(before) >= 2 and before[-1] in VENUE_WORDS and before[-2] == "di":
        return True
    return bool(before) and before[-1] == "di" and any(x.low in _LOCATION_VERBS for x in preceding)


def _co_host(chunks: list[Chunk], c: int) -> bool:
    k = c - 2
    return (
        k >= 0 and chunks[k].kind == ORG and any(x.low == "sama" for x in chunks[max(0, k - 3) : k])
    )


def _event_after(chunks: list[Chunk], c: int) -> str | None:
    for ch in chunks[c + 1 : c + 8]:
        if ch.kind == EVENT:
            return ch.key
    return None


def _event_before(chunks: list[Chunk], c: int) -> str | None:
    for ch in reversed(chunks[:c]):
        if ch.kind == EVENT:
            return ch.key
    return None
