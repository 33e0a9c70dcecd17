"""The first pass over an article's event mentions: which mentions name one event, and the
fullest of its names. A bare head ("rapat tersebut", "pleno") refers to the latest event of its
kind, else to the current one; a name sharing a distinctive head or two topic words with one
named before is that event unless its ordinal or its sentence sets it apart. Read by `events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ORG, Chunk
from electgraph.extract.tokens import ordinals as series_of
from electgraph.ids import fold as _fold_text

__all__ = ["EventTracker", "TrackedEvent", "fold", "trim_label"]

# Event names repeat within and across articles: fold each once.
fold = lru_cache(maxsize=4096)(_fold_text)


@dataclass(slots=True)
class TrackedEvent:
    """One event of the article: its fullest name so far and what tells it from others."""

    label: str
    words: frozenset[str]
    kind: str
    heads: frozenset[str]
    ordinals: frozenset[int]
    future: bool
    first: Chunk
    mentions: list[Chunk] = field(default_factory=list)
    key: str = ""
    # the kinds on its agenda: "rapat ... untuk pengundian"
    agenda: set[str] = field(default_factory=set)
    # named so far only by a verb ("KPU X melantik ..."): the first noun to name it names it
    implied: bool = False
    # first named with no day and no past cue: a plan the next mention may reveal
    undated: bool = False
    # ahead only by the words around a mention ("semangat ... untuk mengikuti debat"), never
    # by a cue of the future ("akan", "dijadwalkan")
    only_ahead: bool = False


def _heads(words: frozenset[str], kind: str) -> frozenset[str]:
    """The kinds of event a name's words name, but for the generic ones ("rapat", "sidang")."""
    found = {lx.EVENT_HEADS[w] for w in words if w in lx.EVENT_HEADS} | {kind}
    return frozenset(found - lx.EVENT_GENERIC_HEADS)


class EventTracker:
    """Groups the event mentions of one article into events (the first pass).

    The first event named in the body is the article's main event; one named only in the
    headline is the main event of a body that names none. A bare head ("rapat tersebut",
    "pleno", "Deklarasi") refers to the latest event of its kind, else to the current one. An
    event named in passing with a time cue ("debat perdana pada 27 Oktober lalu") does not
    become current.
    """

    def __init__(self, person_words: frozenset[str] = frozenset()) -> None:
        self.person_words = person_words  # a person's name ends an event's name
        self.events: list[TrackedEvent] = []
        self.main: int | None = None
        self.current: int | None = None
        self.by_kind: dict[str, int] = {}

    def add(
        self, ch: Chunk, words: set[str], nxt: Chunk | None = None, ahead: bool = False
    ) -> int:
        trim_label(ch, self.person_words)
        label_words = fold(ch.label).split()
        kind = ch.attrs["kind"]
        # "terbuka" and "tersebut" add nothing to a bare head: "rapat pleno terbuka" after
        # "pengundian nomor urut" is the sitting of that draw, as "rapat pleno" is.
        head_words = [w for w in label_words if w not in ("terbuka", "tersebut")]
        is_short = len(head_words) <= 2 and all(
            w in lx.EVENT_HEADS or w in lx.GENERIC_EVENT_WORDS for w in head_words
        )
        # A future cue in a relative clause ("... masa kampanye yang akan berlangsung esok")
        # speaks of something else: the caller passes words without those.
        future = ahead or (bool(words & lx.FUTURE_CUES) and not words & lx.PAST_CUES)
        side_sentence = bool(words & lx.SIDE_CUES)
        if is_short and kind in self.by_kind:
            idx = self.by_kind[kind]
        elif is_short and (named := self._named(label_words)) is not None:
            idx = named  # "rapat ini" after "rapat Paripurna ... agenda penetapan ..."
        elif is_short and self.current is not None and self._may_mean_current(label_words, kind):
            idx = self.current
        else:
            label = ch.label
            if (len(label_words) <= 2 and is_short and nxt is not None and nxt.kind == ORG
                    and not nxt.attrs.get("generic")):
                label = f"{ch.label} {nxt.text}"  # "sidang DKPP RI": the body's own hearing
            found = self._same(label, kind, side_sentence)
            if found is None and nxt is not None and nxt.low in lx.DEMONSTRATIVES:
                found = self._pointed_at(label_words, kind)
            idx = found if found is not None else self._new(ch, label, kind, future)
            if found is None:
                self.events[idx].undated = not words & (lx.WEEKDAYS | lx.PAST_CUES)
        event = self.events[idx]
        cued = bool(words & lx.FUTURE_CUES)
        if not event.mentions:
            event.only_ahead = ahead and not cued
        elif cued:
            event.only_ahead = False
        elif event.only_ahead and words & lx.WEEKDAYS:
            # "semangat pasangan calon untuk mengikuti debat ... Debat tersebut diselenggarakan
            # KPU ... pada Selasa malam": dated with no cue of the future, it was held
            event.future = event.only_ahead = False
        # "A-B mendaftar ke KPU X" reports an act, which a later plan ("... tersebut, keduanya
        # akan mengikuti pemeriksaan yang dijadwalkan ...") does not put ahead
        acted = event.implied
        if event.implied and is_short and kind == event.kind and not ch.attrs.get("implied"):
            # "KPU X melantik 327 anggota PPS. Pelantikan dilaksanakan di ...": the event's name
            # as written, which a later part of it ("pengambilan sumpah") does not replace
            event.label, event.words, event.implied = ch.label, frozenset(label_words), False
        if len(event.mentions) == 1 and event.undated and words & lx.PLAN_CUES and not acted:
            # "KPU X memastikan debat hanya sekali. Rencananya, debat itu digelar pada 16
            # November": an event first named with no day, then as planned, is still to come.
            event.future = True
        event.mentions.append(ch)
        # An event ahead of the text ("berhak mengikuti pengundian") is named in passing.
        side = (self.main is not None and idx != self.main and side_sentence) or (
            ahead and idx != self.main
        )
        if side:
            return idx
        if self.main is None:
            self.main = idx
        self.by_kind.setdefault(kind, idx)
        self.current = idx
        return idx

    def _may_mean_current(self, label_words: list[str], kind: str) -> bool:
        """A bare head of no kind of its own ("rapat", "acara tersebut") means the current
        event; "Rapat paripurna" after a "pelantikan" is another event."""
        current = self.events[self.current] if self.current is not None else None
        if current is not None and kind != current.kind and (
                {kind, current.kind} <= _ONE_BODYS_SESSIONS):
            return False  # "hasil pleno KPU" read at the DPRD's paripurna: the KPU's session
        if current is not None and current.kind in _INFORMAL and kind not in (
                current.kind, *_ANY_GATHERING):
            return False  # "pleno", "sidang etik" after "pertemuan dengan A": a body's session
        return current is not None and (
            all(w in lx.GENERIC_EVENT_WORDS or w in ("terbuka", "tersebut") for w in label_words)
            or kind == current.kind or kind in current.heads)

    def _pointed_at(self, label_words: list[str], kind: str) -> int | None:
        """"pelantikan PAW PPK itu" in a sentence about something else: the event named before
        by these words, else the one of this kind (not merely the kind of one of its names)."""
        named = self._named(label_words)
        if named is None and kind in self.by_kind and self.events[self.by_kind[kind]].kind == kind:
            named = self.by_kind[kind]
        return named

    def _named(self, label_words: list[str]) -> int | None:
        """The main event, else the latest, whose name holds a bare head's words."""
        words = {w for w in label_words if w not in ("terbuka", "tersebut")}
        if not words:
            return None
        order = [self.main] if self.main is not None else []
        order += list(range(len(self.events) - 1, -1, -1))
        return next((i for i in order if words <= self.events[i].words), None)

    def _new(self, ch: Chunk, label: str, kind: str, future: bool) -> int:
        words = frozenset(fold(label).split())
        ordinals = series_of(label)
        self.events.append(
            TrackedEvent(label, words, kind, _heads(words, kind), ordinals, future, ch,
                   implied=ch.attrs.get("implied") not in (None, "", "topic"))
        )
        return len(self.events) - 1

    def _same(self, label: str, kind: str, side_sentence: bool) -> int | None:
        """The event named before that this name names too, if any; a fuller name becomes the
        event's label."""
        words = frozenset(fold(label).split())
        for idx, ev in enumerate(self.events):
            if ev.words == words:
                return idx
        if words & lx.EVENT_OTHER_WORDS:
            return None
        if side_sentence:
            # In a sentence about something else ("... akan digelar"), only the same event named
            # again, in fewer or more words ("Debat publik" of "debat publik paslon ..."), is it;
            # not the second of a series ("debat ke dua" after "debat pertama").
            numbers = series_of(label)
            return next((i for i, ev in enumerate(self.events) if ev.kind == kind and (
                words <= ev.words or ev.words <= words) and numbers == ev.ordinals), None)
        heads = _heads(words, kind)
        ordinals = series_of(label)
        order = [self.main] if self.main is not None else []
        order += [i for i in range(len(self.events)) if i != self.main]
        for idx in order:
            ev = self.events[idx]
            if ev.words & lx.EVENT_OTHER_WORDS:
                continue
            if ordinals and ev.ordinals and not ordinals & ev.ordinals:
                continue
            if kind != ev.kind and {kind, ev.kind} <= _ONE_BODYS_SESSIONS:
                continue  # the KPU's plenary and the DPRD's paripurna on it are two sessions
            if kind == ev.kind or kind in ev.agenda or heads & ev.heads or _same_topic(
                    words, ev.words):
                # a verb's event takes the first noun's name, unless it names two events
                # ("pelantikan dan penetapan")
                # ... but for the oath, a part of it: "resmi dilantik ... pengambilan sumpah
                # jabatan disaksikan ... Pelantikan ini dilangsungkan di": the inauguration
                if (words > ev.words or (ev.implied and heads <= {ev.kind})) and not (
                        ev.implied and ev.kind == "pelantikan" and words & _OATH_WORDS
                        and "pelantikan" not in words):
                    ev.label, ev.words, ev.implied = label, words, False
                    ev.heads |= heads
                ev.ordinals |= ordinals
                return idx
        return None


# Meetings that are no session of a body: a later bare "pleno" or "sidang" is another event.
_INFORMAL = frozenset({"pertemuan"})
# Bare heads that may name any gathering.
_ANY_GATHERING = frozenset({"rapat", "acara", "kegiatan"})

# Sessions that one kind of body holds, each its own: a KPU's "rapat pleno", a DPRD's "rapat
# paripurna", though both may be about "penetapan" of the same winners.
_ONE_BODYS_SESSIONS = frozenset({"rapat pleno", "rapat paripurna"})


def _same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names sharing two topic words ("pleno pencabutan nomor urut", "pengundian nomor
    urut") name one event."""
    shared = (a & b) - lx.EVENT_TOPIC_GENERIC
    return len({w for w in shared if w not in lx.EVENT_HEADS}) >= 2


def trim_label(ch: Chunk, person_words: frozenset[str] = frozenset()) -> None:
    """Cut a name the chunker ran on past a clause ('pengundian maka kedua'), into a person
    ('penetapan Hasto-Wawan sebagai ...') or past 'dan' into no event ('bimtek dan siap')."""
    words = ch.label.split()
    for n, w in enumerate(words[1:], 1):
        low = w.lower()
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if (
            low in lx.EVENT_LABEL_BREAKS
            or (low in person_words and low not in lx.EVENT_WORDS)
            or (low == "dan" and not _event_word(nxt))
        ):
            ch.label = " ".join(words[:n])
            return


def _event_word(word: str) -> bool:
    """A word that may go on an event's name after 'dan': a name, an event word, or an action
    noun ('pemberhentian dan pengusulan')."""
    low = word.lower()
    return (
        word[:1].isupper()
        or low in lx.EVENT_WORDS
        or low in _HEAD_WORDS
        or (low.startswith("pe") and low.endswith("an") and len(low) > 6)
    )


_HEAD_WORDS = frozenset(w for k in lx.EVENT_HEADS for w in k.split())


# The oath an inauguration holds: its part, not its name (unless named with it: "pelantikan
# dan pengambilan sumpah")
_OATH_WORDS = frozenset({"sumpah", "janji"})
