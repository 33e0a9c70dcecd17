"""What a sentence says of who was there: that it names the attendees ("hadir", "dihadiri"),
that it lists them on from the sentence before ("Diantaranya, A; B; ..."), and whom it names
without placing them at the event: the represented ("Bupati X diwakili Y": X), the absent
("tidak hadir"), whom a ruling is about ("sanksi ... kepada A"). Read by `attends`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, NAME, ORG, ROLE, WORD, Chunk

__all__ = ["body_not_there", "by_not_at_event", "named_not_there", "not_there",
           "represented_bodies", "says_who_came"]


def not_there(chunks: list[Chunk]) -> set[int]:
    """The chunks of a sentence naming whoever was not there: the represented ("Bupati X
    diwakili Y": X), a clause saying someone did not come ("A dan B tidak hadir", "X berhalangan
    hadir, namun ..."), and whoever came "tanpa" (without) them."""
    out: set[int] = set()
    for d in _represent_verbs(chunks):
        out.update(_represented(chunks, d))
    for m, ch in enumerate(chunks):  # "Sekda mewakili Pj Bupati X": X was not there
        if ch.low == "mewakili":
            k = m + 1
            while k < len(chunks) and (
                chunks[k].kind in (ROLE, NAME, ORG) or chunks[k].text in "()"
                or (chunks[k].kind == WORD and chunks[k].is_cap)
            ):
                k += 1
            out.update(range(m + 1, k))
    for c in range(len(chunks)):
        low = chunks[c].low
        nxt = chunks[c + 1].low if c + 1 < len(chunks) else ""
        if nxt in _ABSENCE_ADVERBS and c + 2 < len(chunks):
            nxt = chunks[c + 2].low  # "belum pernah hadir", "tidak bisa hadir"
        if (low in lx.NEGATIONS and (nxt in lx.PRESENCE_WORDS or nxt in _ATTENDED_BY)) or (
                low in lx.ABSENCE_CUES):
            out.update(range(_absent_from(chunks, c), _clause_end(chunks, c)))
            break
    out.update(_invited(chunks))
    out.update(_contestants(chunks))
    without = next((c for c, ch in enumerate(chunks) if ch.low in lx.WITHOUT_WORDS), None)
    if without is not None:
        # "... tanpa didampingi B setelah itu, C dan D": the next arrivals came with no one
        out.update(range(without + 1, next((k for k in range(without + 1, len(chunks)) if (
            chunks[k].low in lx.CLAUSE_BREAKS or chunks[k].low in lx.NEXT_IN_TURN)), len(chunks))))
    out.update(_read_out(chunks))
    out.update(_named_venue(chunks))
    out.update(_spoken_for(chunks))
    for c, ch in enumerate(chunks):  # "A dilantik menggantikan B": B's seat, not B, was there
        if ch.low in _REPLACING:
            k = c + 1
            while k < len(chunks) and (chunks[k].kind in (NAME, ROLE) or chunks[k].text == ","):
                out.add(k)
                k += 1
    return out


def _invited(chunks: list[Chunk]) -> set[int]:
    """ "Bawaslu dan Forkopimda turut diundang hadir", "KPU bakal mengundang pasangan yang kalah
    untuk menghadiri penetapan": an invitation says who is asked to come, not who came; the
    clause names no one there."""
    for c, ch in enumerate(chunks):
        if ch.low in _INVITES and any(
            x.low in lx.PRESENCE_WORDS for x in chunks[c + 1 : c + 1 + _INVITE_REACH]
        ):
            return set(range(_absent_from(chunks, c), _clause_end(chunks, c)))
    return set()


def _contestants(chunks: list[Chunk]) -> set[int]:
    """ "Pilkada Sumut 2024 diikuti dua pasangan calon, yakni A-B dan C-D": an election
    "followed" by pairs is contested by them; the clause names no one at an event."""
    for c, ch in enumerate(chunks):
        k = c - 1
        while k >= 0 and chunks[k].low in (",", "yang"):
            k -= 1
        if (
            ch.low == "diikuti"
            and k >= 0
            and chunks[k].kind == ELECTION
            # "Deklarasi Kampanye Damai Pilkada 2024 yang diikuti ...": the event's
            and not any(x.kind == EVENT for x in chunks[:k])
        ):
            end = _clause_end(chunks, c)
            # "..., kata Ketua KPU X, NAME, dalam sosialisasi itu": who says it is no contestant
            said = next((m for m in range(c + 1, end) if chunks[m].low in lx.SPEECH_VERBS), end)
            return set(range(c + 1, said))
    return set()


_INVITES = frozenset({"diundang", "mengundang", "undang", "mengundangnya"})
# "mengundang pasangan calon yang kalah untuk menghadiri": the presence word ends the request
_INVITE_REACH = 8


def _spoken_for(chunks: list[Chunk]) -> set[int]:
    """ "para saksi dari pasangan calon A – B (X) dan C – D": the pairs whose witnesses came are
    named for whom these speak, not as there."""
    out: set[int] = set()
    for c, ch in enumerate(chunks):
        if ch.low not in _FOR_A_PAIR:
            continue
        k = c + 1
        while k < len(chunks) and chunks[k].low in _PAIR_LEAD:
            k += 1
        if k == c + 1 or chunks[k - 1].low == "dari":
            continue  # "saksi dari Bawaslu": the witness's body, no pair
        while k < len(chunks) and (chunks[k].kind == NAME or chunks[k].low in _PAIR_LIST):
            out.add(k)
            k += 1
    return out


# Witnesses stand in for their pair; a pair's supporters often come with it ("simpatisan
# Paslon A-B yang datang"), so they say nothing of it.
_FOR_A_PAIR = frozenset({"saksi", "saksi-saksi"})
_PAIR_LEAD = lx.CANDIDATE_WORDS | {"dari", "masing-masing", "kedua", "ketiga"}
_PAIR_LIST = frozenset({"-", "–", "—", "dan", ",", "serta", "(", ")"})


def _clause_end(chunks: list[Chunk], c: int) -> int:
    """Where the clause holding chunk c ends: at a break ("namun", "sedangkan", ";") or the
    sentence's end; a concessive clause ("Meski tak dihadiri A, ...") at its comma."""
    concessive = any(ch.low in _CONCESSIVES for ch in chunks[:c])
    end = c + 1
    while end < len(chunks) and chunks[end].low not in lx.CLAUSE_BREAKS and not (
            concessive and chunks[end].text == ","):
        end += 1
    return end


_CONCESSIVES = frozenset({"meski", "meskipun", "walau", "walaupun", "kendati"})


def _absent_from(chunks: list[Chunk], c: int) -> int:
    """Where the clause of an absence at `c` begins. A relative clause on a person names only
    that person: in "A hadir tanpa didampingi B yang berhalangan", B was away, A was there."""
    start = c
    while start > 0 and chunks[start - 1].low not in lx.CLAUSE_BREAKS:
        if chunks[start - 1].low == "yang" and start > 1 and chunks[start - 2].kind == NAME:
            start -= 1
            while start > 0 and (chunks[start - 1].kind in (NAME, ROLE, ORG)
                                 or chunks[start - 1].low in (",", "dan")):
                start -= 1
            return start
        start -= 1
    return start


# Passives of presence a negation denies: "Meski tak dihadiri langsung pasangan A dan B".
_ATTENDED_BY = frozenset({"dihadiri", "diikuti", "disaksikan"})
# Words between a negation and presence: "belum pernah hadir", "tidak dapat hadir".
_ABSENCE_ADVERBS = frozenset({"pernah", "sempat", "bisa", "dapat", "juga"})
_REPLACING = frozenset({"menggantikan", "mengganti", "menggantikannya"})


def _named_venue(chunks: list[Chunk]) -> set[int]:
    """'bertempat di Gedung Serba Guna Ratu Piekulun, RSUD X, Sabtu (25/5)': the place, up to
    the day or the time it gives, names no one who came (a name right after 'di' alone is
    `attends._venue`'s)."""
    out: set[int] = set()
    for v, ch in enumerate(chunks):
        if ch.low not in _VENUE_CUES:
            continue
        k = v + 1
        while k < len(chunks) and not (chunks[k].low in _VENUE_ENDS or chunks[k].kind == ROLE):
            out.add(k)
            k += 1
    return out


_VENUE_CUES = frozenset({"bertempat", "berlokasi", "bertempatkan"})
_VENUE_ENDS = lx.WEEKDAYS | {"pukul", "pada", "yang", ";", ".", "dan", "serta", "dihadiri"}


def _read_out(chunks: list[Chunk]) -> set[int]:
    """'Gubernur X dalam sambutan tertulisnya yang dibacakan oleh Y', 'Sambutan Menteri X
    dibacakan Y': X sent the words that Y read out; X was not there."""
    out: set[int] = set()
    for s, ch in enumerate(chunks):
        read = next((r for r in range(s + 1, min(len(chunks), s + 8))
                     if chunks[r].low == "dibacakan"), None)
        if ch.low not in lx.SPEECH_NOUNS or read is None:
            continue
        author = [k for k in range(s + 1, read) if chunks[k].kind in (NAME, ROLE, ORG)]
        out.update(author or _represented(chunks, s))
    return out


def _represent_verbs(chunks: list[Chunk]) -> list[int]:
    """Where 'diwakili' (or 'di wakili') stands, or 'melalui' between whoever acts and the
    office acting for them ("Gubernur X, NAME melalui Kepala Kesbangpol Y, NAME2 ...")."""
    return [
        d
        for d, ch in enumerate(chunks)
        if ch.low == "diwakili" or (ch.low == "wakili" and d and chunks[d - 1].low == "di") or (
            ch.low == "melalui" and d and chunks[d - 1].kind in (NAME, ROLE, ORG)
            and d + 1 < len(chunks) and chunks[d + 1].kind == ROLE)
    ]


def represented_bodies(chunks: list[Chunk]) -> set[int]:
    """'Kanwil X diwakili oleh Kepala Divisi Y': a body takes part through whoever represents
    it, unlike a person."""
    found: set[int] = set()
    for d in _represent_verbs(chunks):
        if chunks[d].low == "melalui":
            continue  # "diserahkan DPP PDIP melalui Kabid X": the body acts, attends nothing
        span = _represented(chunks, d - 1 if chunks[d].low == "wakili" else d)
        found.update(
            c for c in span if chunks[c].kind == ORG and not chunks[c].attrs.get("generic")
        )
    return found


def _represented(chunks: list[Chunk], d: int) -> range:
    """'Sekda X, Kapolres Y diwakili Kabag Ops Z': whoever 'diwakili' at d follows, back to the
    list's previous item ("Kapolres Y"), not the whole list before it."""
    k = d - 1
    while k >= 0 and chunks[k].low in ("yang", ",", "dalam", "hal", "ini"):
        k -= 1
    start = k
    while start > 0 and chunks[start - 1].low not in lx.REPRESENTED_BREAKS:
        start -= 1
    return range(max(start, 0), k + 1)


# A ruling's words that look like attendance: "menerima sanksi", "diwakili kuasa hukumnya".
_VERDICT_OBJECTS = frozenset({"sanksi", "teguran", "peringatan", "hukuman", "kuasa", "putusan"})


def _verdict_word(chunks: list[Chunk], c: int) -> bool:
    """A cue word that says something else here: a verdict received ("menerima sanksi"), or a
    rank in a tally ("A memimpin dengan 33,8 persen, diikuti oleh pasangan B": leads and is
    followed, neither chairs nor is attended)."""
    if chunks[c].low in ("diikuti", "memimpin") and any(
            x.low in _TALLY_WORDS for x in chunks[max(0, c - 6) : c + 6]):
        return True  # "memimpin dengan perolehan suara tertinggi": leads the count
    return chunks[c].low in ("menerima", "diwakili", "dijatuhi") and any(
        x.low in _VERDICT_OBJECTS for x in chunks[c + 1 : c + 3])


_TALLY_WORDS = frozenset({"%", "persen", "suara", "perolehan", "tertinggi", "terbanyak"})


def says_who_came(chunks: list[Chunk]) -> bool:
    """Whether the sentence says who was there ("hadir", "dihadiri"), before any "bahwa"
    ("X mengungkapkan bahwa ... diminta hadir": said, not done)."""
    said = next((c for c, ch in enumerate(chunks) if ch.low == "bahwa"), len(chunks))
    return any(ch.low in lx.ATTEND_CUES and not _verdict_word(chunks, c)
               and not (c and chunks[c - 1].low in _AHEAD_MODALS)
               for c, ch in enumerate(chunks[:said])) or _done_by(chunks[:said]) or any(
        # "A, B dan C turun langsung memastikan ...": went there in person; "sejumlah ormas
        # juga turut serta, antara lain A, B dan C", "Dalam vicon tersebut, A dan B memberikan
        # arahan": took part
        (ch.low, chunks[c + 1].low) in _TOOK_PART
        for c, ch in enumerate(chunks[: said - 1])) or any(
        # "... menjelaskan bahwa rekapitulasi ini dihadiri oleh PPK": an event's guests, told
        ch.low == "dihadiri" and _event_before(chunks, c) for c, ch in enumerate(chunks))


def _event_before(chunks: list[Chunk], c: int) -> bool:
    k = c - 1 - (c >= 1 and chunks[c - 1].low in lx.DEMONSTRATIVES)
    return k >= 0 and chunks[k].kind == EVENT


# "pasangan calon yang telah ditetapkan akan mengikuti tahapan kampanye": to take part later
_AHEAD_MODALS = frozenset({"akan", "bakal", "hendak"})
_TOOK_PART = frozenset({("turun", "langsung"), ("turut", "serta"), ("memberikan", "arahan"),
                        ("memberi", "arahan"), ("menyampaikan", "arahan"),
                        # "yang diambil sumpah janji diantaranya A, B": sworn in, so there
                        ("diambil", "sumpah"), ("diambil", "sumpahnya")})


def _done_by(chunks: list[Chunk]) -> bool:
    """'dilanjutkan dengan penandatanganan deklarasi kampanye damai oleh kedua paslon, ketua KPU
    X, ...', 'Penandatanganan naskah deklarasi dilakukan oleh A dan B': who signs or reads out
    at the event is there."""
    if not any(ch.low == "oleh" for ch in chunks):
        return False  # most sentences: no one is said to do anything "oleh"
    for c, ch in enumerate(chunks):
        if ch.low.split()[0] not in _ACTS_AT_EVENT:
            continue
        by = next((k for k in range(c + 1, min(len(chunks), c + 8)) if chunks[k].low == "oleh"),
                  None)
        if by is not None and not any(x.low in lx.BY_NOT_AT_EVENT for x in chunks[by - 2 : by]):
            return True
    return False


# Acts done at an event by those there: signing, reading out, swearing.
_ACTS_AT_EVENT = frozenset({"penandatanganan", "penandatangan", "pembacaan", "pengucapan",
                            # a ceremony's acts: "pengguntingan pita oleh A", "pemukulan gong"
                            "pengguntingan", "pemotongan", "pemukulan", "penekanan",
                            "penyematan", "pelepasan"})


# -- names in an attendance sentence of no one there ----------------------------------------------


def named_not_there(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c, in a sentence saying who came, is a venue, another name of the
    person before it, or who tells the news aside."""
    return _venue(chunks, c) or _alias(chunks, c) or _source(chunks, c)


def body_not_there(chunks: list[Chunk], c: int) -> bool:
    """Whether the body at c sent a letter read out, or is where a named person comes from."""
    return _sender(chunks, c) or _affiliation(chunks, c) or _come_from(chunks, c)


def by_not_at_event(chunks: list[Chunk], c: int) -> bool:
    """'diusung oleh X', 'disiarkan langsung oleh X': X backed or broadcast, was not there."""
    k = c - 1
    while k >= 0 and chunks[k].low in (",", "dan", "serta"):
        k -= 1
    if k < 0 or chunks[k].low != "oleh":
        return False
    return any(x.low in lx.BY_NOT_AT_EVENT for x in chunks[max(0, k - 2) : k])


def _source(chunks: list[Chunk], c: int) -> bool:
    """'Setelah dilantik, kata X, para petugas mengikuti bimtek': X is who tells, aside."""
    return (
        2 <= c < len(chunks) - 1
        and chunks[c - 1].low in lx.SPEECH_VERBS
        and chunks[c - 2].text == ","
        and chunks[c + 1].text == ","
    )


def _alias(chunks: list[Chunk], c: int) -> bool:
    """'Fadhlullah (Dek Fad)', 'Adiep (LO Paslon A-B)': a name in brackets after a name is that
    person's other name, or whom that person stands for."""
    k = c - 1
    while k > max(0, c - 6) and chunks[k].text not in "()":
        k -= 1
    return k >= 1 and chunks[k].text == "(" and chunks[k - 1].kind == NAME


def _venue(chunks: list[Chunk], c: int) -> bool:
    """'di RM Fega Manggar', 'di Hotel X': a name right after 'di' is where, not who."""
    if c >= 1 and chunks[c - 1].low == "di":
        return True
    return (
        c >= 2
        and chunks[c - 2].low == "di"
        and chunks[c - 1].kind == WORD
        and chunks[c - 1].text[:1].isupper()
    )


def _sender(chunks: list[Chunk], c: int) -> bool:
    """'surat (penetapan) dari KPU X': the body that sent a letter read out is not there."""
    return (
        c >= 2
        and chunks[c - 1].low == "dari"
        and any(x.low in lx.EVENT_DOCUMENT_WORDS for x in chunks[max(0, c - 4) : c - 1])
    )


def _come_from(chunks: list[Chunk], c: int) -> bool:
    """'kelima panelis itu berasal dari Universitas X (UMM), Y (UM) dan Z (UB)': the bodies
    a list says those who came come from, each with its acronym."""
    k = c - 1
    while k >= max(1, c - _LIST_REACH) and (
            chunks[k].kind in (ORG, NAME) or chunks[k].text in _LIST_MARKS):
        k -= 1
    # the first of them may be read into an office: "akademisi itu berasal dari Universitas X"
    return (k >= 1 and chunks[k].low == "dari" and chunks[k - 1].low == "berasal") or (
        k >= 0 and chunks[k].kind == ROLE and "berasal dari" in chunks[k].low)


_LIST_MARKS = frozenset({",", "(", ")", "dan", "serta"})
_LIST_REACH = 40  # chunks back to the list's start: a page's endless list is read in linear time


def _affiliation(chunks: list[Chunk], c: int) -> bool:
    """'A dari Universitas X', 'narasumber dari Universitas X, A': where a named person comes
    from, not a body that came. Unnamed, the speakers stand for their bodies ("narasumber dari
    Bawaslu dan Polda"), and so does "perwakilan dari X"."""
    if c < 2 or chunks[c - 1].low != "dari":
        return False
    before = chunks[c - 2]
    if before.kind == NAME and before.low not in lx.ATTENDING_ORG_LIST_WORDS:
        return True
    after = [ch for ch in chunks[c + 1 : c + 3] if ch.text != ","]
    return before.low in lx.SPEAKER_WORDS and bool(after) and after[0].kind == NAME
