"""Whether an event's name, where it stands in a sentence, names an event that was held, and
the article's: not a document ("surat penetapan"), a stage of the election in a list, or a
process spoken of as what a body watches over or needs ("memantau distribusi logistik"), a
pledge's words, an event said not yet held or one that only dates another ("usai pengundian");
and how events named together relate ("A dan B" as one occasion, "melantik sekaligus
pengambilan sumpah" as its parts, "rapat pleno untuk pengundian" its agenda)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, WORD, Chunk


def spoken_of(chunks: list[Chunk], c: int) -> bool:
    """'Dalam sambutannya, NAME mengungkapkan bahwa sosialisasi ... belum berakhir': an event
    named in what someone says is spoken of; the sentence stays at the event being reported."""
    return any(chunks[k].low in lx.SPEAK_VERBS and chunks[k + 1].low == "bahwa"
               for k in range(max(0, c - 8), c - 1))


def is_document(chunks: list[Chunk], c: int) -> bool:
    """'surat penetapan pemenang', 'jadwal debat': a document or a date, not an event held;
    or a stage of the election in a sentence that says none was held (`_stage`)."""
    return c > 0 and (chunks[c - 1].low in lx.EVENT_DOCUMENT_WORDS or _stage(chunks, c) or (
        # "surat pengusulan pelantikan", "jadwal pelaksanaan debat": a document's subject
        c > 1 and chunks[c - 2].low in lx.EVENT_DOCUMENT_WORDS and chunks[c - 1].kind == WORD
        and chunks[c - 1].low.startswith("pe") and chunks[c - 1].low.endswith("an")) or (
        # "berdasarkan berita acara rapat pleno KPU X Nomor ...": the minutes of a sitting, by
        # their number ("menolak menandatangani berita acara pleno" is at the sitting)
        c > 1 and chunks[c - 1].low == "acara" and chunks[c - 2].low == "berita"
        and any(x.low in ("nomor", "no") for x in chunks[c + 1 : c + 4])))


def _stage(chunks: list[Chunk], c: int) -> bool:
    """'mulai dari tahapan pemutakhiran data, distribusi logistik, pemungutan ...', 'menghadapi
    tahapan kampanye, distribusi logistik dan ...': a stage of the election named in a list
    after "tahapan", in a sentence with no word that an event took place ("digelar"). One
    stage alone ("hari terakhir tahapan pendaftaran ...") may be the event reported."""
    if any(ch.low in lx.EVENT_CONTEXT for ch in chunks):
        return False
    nxt = c + 1
    if nxt < len(chunks) and chunks[nxt].text == "(":  # "Pendaftaran (27-29 Agustus), ..."
        nxt = next((j + 1 for j in range(nxt, len(chunks)) if chunks[j].text == ")"), nxt)
    listed = nxt + 1 < len(chunks) and chunks[nxt].low in _STAGE_LIST_WORDS and (
        chunks[nxt + 1].kind == EVENT)  # the first of a list: "tahapan kampanye, distribusi ..."
    k = _cue_before(chunks, c, 10, lambda k: chunks[k].low in _STAGE_WORDS, verbs=False)
    return k is not None and (
        listed or any(x.low in _STAGE_LIST_WORDS for x in chunks[k + 1 : c]))


_STAGE_WORDS = frozenset({"tahapan", "tahap", "tahapan-tahapan"})
_STAGE_LIST_WORDS = frozenset({",", "dan", "serta", "sampai", "hingga"})


def topic_of(chunks: list[Chunk], c: int) -> bool:
    """'memantau secara intensif distribusi logistik', 'perlu sosialisasi yang ekstra', 'mulai
    dari distribusi logistik hingga penghitungan suara', 'tantangan seperti keterbatasan SDM,
    distribusi logistik': a process named as what someone watches over or needs, or in a list
    of examples, is a topic, not an event held."""

    def cue(k: int) -> bool:
        return chunks[k].low in lx.EVENT_TOPIC_CUES or (
            chunks[k].low == "dari" and k > 0 and chunks[k - 1].low == "mulai") or (
            # "berkoordinasi dengan KPU terkait pendistribusian logistik"; but "rapat pleno
            # terbuka terkait pengundian nomor urut" names the sitting's agenda
            chunks[k].low == "terkait" and not (k > 0 and chunks[k - 1].kind == EVENT))

    return _cue_before(chunks, c, 8, cue, verbs=True) is not None


def _cue_before(
    chunks: list[Chunk], c: int, span: int, cue: Callable[[int], bool], verbs: bool
) -> int | None:
    """Where a cue word stands within `span` chunks before c, with only a list between: events,
    elections, list words and lower-case words (without verbs in me-/di- unless `verbs`)."""
    for k in range(c - 1, max(-1, c - span), -1):
        if cue(k):
            return k
        ch = chunks[k]
        if not (ch.kind in (EVENT, ELECTION) or ch.low in _STAGE_LIST_WORDS or (
                ch.kind == WORD and ch.text.islower()
                and (verbs or not ch.low.startswith(("me", "di"))))):
            return None
    return None


def part_of_inauguration(chunks: list[Chunk], c: int) -> bool:
    """'melantik sekaligus pengambilan sumpah ...': what is done with the inauguration."""
    return c > 1 and chunks[c - 1].low == "sekaligus" and chunks[c - 2].low in (
        lx.INAUGURATION_VERBS)


def joined_to(chunks: list[Chunk], found: list[tuple[Chunk, int]], main: int) -> set[int]:
    """The events a sentence names right after the main one, joined by "dan" or "serta"
    ("Rapat Konsolidasi Pelaksanaan Pemilu Tahun 2024 dan Deklarasi Pemilu Damai")."""
    at = {id(ch): c for c, ch in enumerate(chunks)}
    out: set[int] = set()
    for (first, a), (ch, b) in pairwise(found):
        c = at.get(id(ch))
        if a == main and b != main and c and chunks[c - 1].low in ("dan", "serta") and (
                at.get(id(first), c) >= c - 3):
            out.add(b)
    return out


def pledged(chunks: list[Chunk], c: int, opening: bool) -> bool:
    """'“Melaksanakan kampanye pemilihan yang aman ...,”' as the article's opening line, '...
    berjanji: Pertama, ... Kedua, melaksanakan kampanye pemilihan yang aman': an event named in
    what is pledged, no event the report is about."""
    if any(ch.low in _PLEDGE_WORDS for ch in chunks[:c]):
        return True
    return opening and chunks[0].text in lx.OPENING_QUOTES and inside_quotes(chunks)[c]


_PLEDGE_WORDS = frozenset({"berjanji", "berikrar", "bertekad", "menyatakan:"})


def not_yet_held(chunks: list[Chunk], c: int) -> bool:
    """'... pengukuhan timnya belum dilakukan', 'Pengukuhan tim di X belum dilaksanakan': the
    event at c is said not to have happened (a negation, then a passive, in its clause)."""
    for k in range(c + 1, min(len(chunks) - 1, c + _NOT_YET_REACH)):
        low = chunks[k].low
        if chunks[k].kind == EVENT or low in (",", ";", "yang") or low in lx.CLAUSE_BREAKS:
            return False
        if low in ("belum", "tak", "tidak", "batal"):
            nxt = chunks[k + 1].low
            return nxt.startswith("di") and len(nxt) > 5
    return False


_NOT_YET_REACH = 6  # chunks from the event to "belum" in its clause


def inside_quotes(chunks: list[Chunk]) -> list[bool]:
    """Per chunk, whether it stands inside a quotation that opens in the sentence."""
    out, quoted = [], False
    for ch in chunks:
        if ch.text in lx.QUOTE_MARKS:
            quoted = ch.text != "”" and not (quoted and ch.text == '"')
        out.append(quoted and ch.text not in lx.QUOTE_MARKS)
    return out

def follows_on(chunks: list[Chunk], c: int) -> bool:
    """'dilanjutkan (dengan) EVENT': an event after the one the sentence reports."""
    k = c - 1 - (c >= 1 and chunks[c - 1].low == "dengan")
    return k >= 0 and chunks[k].low in ("dilanjutkan", "dilanjut", "disusul")


def timed_by(chunks: list[Chunk], c: int) -> bool:
    """'usai penetapan nomor urut', 'setelah pengundian': an event that only dates another."""
    return c >= 1 and chunks[c - 1].low in _TIME_WORDS


_TIME_WORDS = frozenset({"usai", "seusai", "setelah", "sesudah", "selepas", "pasca", "sebelum",
                         "sehabis"})


def held_in_sitting(chunks: list[Chunk]) -> set[int]:
    """The decisions a sentence says were made in a sitting it names after them: "mengumumkan
    penetapan Bupati terpilih dalam rapat paripurna" (one event: the paripurna)."""
    out: set[int] = set()
    for c, ch in enumerate(chunks):
        if ch.kind != EVENT or ch.attrs.get("kind") not in _DECISIONS:
            continue
        for k in range(c + 1, min(len(chunks) - 1, c + 5)):
            nxt = chunks[k + 1]
            if nxt.text in lx.QUOTE_MARKS and k + 2 < len(chunks):
                nxt = chunks[k + 2]  # 'tertuang dalam "Rapat Pleno Terbuka ..."'
            if chunks[k].low in ("dalam", "pada", "melalui") and nxt.kind == EVENT and (
                    nxt.attrs.get("kind") in _SITTINGS):
                out.add(c)
                break
    return out


# Light verbs between a purpose word and the event it names ("untuk melakukan pengundian").
_DOING = frozenset({"melakukan", "melaksanakan", "menggelar", "mengadakan", "membahas"})
_DECISIONS = frozenset({"penetapan", "pengundian", "rekapitulasi", "penandatanganan"})
_SITTINGS = frozenset({"rapat", "rapat pleno", "rapat paripurna", "sidang"})


def on_agenda(chunks: list[Chunk], c: int) -> bool:
    """'dengan agenda pengumuman penetapan ...', 'rapat pleno untuk pengundian ...': the event
    before is about this, not another."""
    if c and chunks[c - 1].low in lx.PURPOSE_WORDS:
        return True
    if c > 1 and chunks[c - 2].low in lx.PURPOSE_WORDS and chunks[c - 1].low in _DOING:
        return True  # "rapat pleno terbuka untuk melakukan pengundian nomor urut"
    return any(x.low in lx.AGENDA_WORDS for x in chunks[max(0, c - 3) : c])
