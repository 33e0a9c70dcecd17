"""Whom a speech points back to: "katanya", "ujarnya" and a quote with no attribution mean the
person the paragraph said to speak, else the speaker of the quote before when the paragraphs
between go on with that speech, else the last person or office holder named. Read by `quotes`.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections.abc import Iterator

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, Chunk
from electgraph.extract.doc import Doc

__all__ = ["REPORTED_PARAGRAPHS", "SAYS", "Mention", "backwards", "from_", "holder_by_title",
           "last_person_before", "pointed_speaker", "representative", "subject"]

Mention = tuple[int, int, Chunk]  # (start, end, chunk) of a name or an office
SAYS = (r"(?:mengatakan|menegaskan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|berkata"
        r"|menyebut|menambahkan|mengingatkan|berpesan|menyatakan|bilang|menerangkan|memaparkan"
        r"|mengumumkan|mengaku|menyebutkan)")
# "Ketua KPU X, NAME, menjelaskan bahwa ...": the name right before a speech verb speaks.
# "NAME juga menyampaikan": an adverb may come between.
_SAYS_AFTER = re.compile(r"[\s,]*(?:(?:juga|pun|pula|kembali|lalu|kemudian)\s+)?"
                         + SAYS + r"\b")  # used with match(text, pos)
_SAYS_IN = re.compile(r"\b" + SAYS + r"\b")
REPORTED_PARAGRAPHS = 2  # paragraphs a report of speech reaches back
_WORD = re.compile(r"[^\W\d_]+")


def from_(names: list[Mention], pos: int) -> int:
    """Index of the first name starting at or after `pos` (names are in text order)."""
    return bisect_left(names, pos, key=lambda n: n[0])


def backwards(names: list[Mention], end: int) -> Iterator[Mention]:
    """names[end - 1], names[end - 2], ... without copying the list (a slice per quote was
    quadratic)."""
    for i in range(end - 1, -1, -1):
        yield names[i]



def holder_by_title(names: list[Mention], role: Chunk) -> str | None:
    attrs = role.attrs
    for _, _, ch in names:
        if ch.kind == ROLE and ch.holders and ch.attrs["head"] == attrs.get("head"):
            same_org = getattr(ch.attrs.get("org"), "key", None) == getattr(
                attrs.get("org"), "key", None
            )
            if same_org or attrs.get("org") is None or _short_for(attrs.get("org"), ch):
                return ch.holders[0]
    return None


def _short_for(org: object, holder_role: Chunk) -> bool:
    """ "jelas Ketua KPU" after "Ketua KPU Muarojambi NAME": a body named without its region is
    the one of that body the article named with it."""
    held = holder_role.attrs.get("org")
    return (
        isinstance(org, Chunk)
        and isinstance(held, Chunk)
        and bool(org.attrs.get("generic"))
        and org.attrs.get("body") is not None
        and org.attrs.get("body") == held.attrs.get("body")
    )



def last_person_before(
    doc: Doc, names: list[Mention], pos: int, last: tuple[int, str] | None
) -> str | None:
    """Whom "katanya" points back to: the last person of the paragraph said to speak ("NAME
    menjelaskan bahwa berkas A-B ..."), else, between two quotes, the speaker of the quote
    before, else the last person or office holder named."""
    line_start = doc.text.rfind("\n", 0, pos) + 1
    opens = not doc.text[line_start:pos].strip()
    if opens:
        # A quote that opens its paragraph goes on from the one before ("NAME mengaku ...
        # Iqbal-Dinda.\n“...,” pungkasnya"): who was said to speak there.
        line_start = _paragraph_before(doc.text, line_start)
    for n in range(from_(names, pos) - 1, -1, -1):
        start, end, ch = names[n]
        if start < line_start:
            break
        if start < pos and ch.kind == NAME and ch.person and (
                _SAYS_AFTER.match(doc.text, end, min(pos, end + 40))
                or _SAYS_BEFORE.search(doc.text, max(line_start, start - 20), start)):
            # "NAME menjelaskan bahwa ...", "Berdasarkan data, kata NAME, pasangan A-B ..."
            return (representative(doc.text, names, start, line_start)
                    or _clause_head(doc.text, names, n) or ch.person)
    if opens and last is not None and _speech_goes_on(doc.text, names, last[0], line_start, pos):
        # '“...,” kata Ummi.\nSementara, pasangan A-B mendapat nomor 3.\n“...,” tandasnya': a
        # paragraph between two quotes goes on with the speech; its names are spoken of.
        return last[1]
    if last is not None and last[0] >= _paragraph_before(doc.text, line_start) and (
            _PRONOUN.search(doc.text, line_start, _first_mention(names, line_start, pos))):
        # '“...,” ungkapnya.\nUntuk itu dirinya mengajak ... memenangkan A-B. “...,”
        # tambahnya': a pronoun for subject goes on with the speaker of the quote before.
        return last[1]
    if (person := subject(doc.text, names, line_start, pos)) is not None:
        return person
    for n in range(from_(names, pos) - 1, -1, -1):
        start, _, ch = names[n]
        if start < pos:
            if ch.kind == NAME and ch.person:
                return representative(doc.text, names, start, 0) or ch.person
            if ch.kind == ROLE and not (_sought(doc.text, start) or _spoken_of(doc.text, start)
                                        or _listed_office(doc.text, names, n)):
                holder = holder_by_title(names, ch)
                if holder:
                    return representative(doc.text, names, start, 0) or holder
    return None


# "kata Hedi, ...": a speech verb right before the name, with its comma or none.
# "Hal senada disampaikan oleh NAME": the passive says who speaks after it.
_SAYS_BEFORE = re.compile(
    r"\b(?:kata|ujar|jelas|tegas|ungkap|tutur|ucap|terang"
    r"|(?:di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|utarakan))(?:\s+oleh)?)\s+$")
# What follows a name that is one of several ("A dan B", "A - B", "A/B"): no single subject.
_LISTED_AFTER = re.compile(r"\s*(?:dan\b|serta\b|[-–—/&]|,\s*[A-Z])")


_THROUGH_REACH = 40  # characters from "melalui" to the deputy's office or name; not "melalui
# fasilitas yang tersedia", a means
_THROUGH = re.compile(r"\b(?:melalui|diwakili|mewakili|perwakilan)\b", re.I)
_PRONOUN = re.compile(r"\b(?:dirinya|ia|dia|beliau)\b", re.I)


def pointed_speaker(doc: Doc, names: list[Mention], pos: int, last: tuple[int, str] | None
                    ) -> str | None:
    """Whom '“...,” tutur Ketua KPU X itu' points to: the subject of the paragraph the quote
    closes, or of the one before when the quote opens its own ("Agus juga mengajak ...\n“...,”
    tutur Ketua KPU X itu"), else the speaker of the quote before."""
    line_start = doc.text.rfind("\n", 0, pos) + 1
    if not doc.text[line_start:pos].strip():
        line_start = _paragraph_before(doc.text, line_start)
    return subject(doc.text, names, line_start, pos) or (last[1] if last is not None else None)


# "NAME yang menerima dokumen pasangan A-B menjelaskan": a clause on NAME, up to the verb.
_RELATIVE_CLAUSE = re.compile(r"\s+yang\s[^,.;\n“”\"]*")


def _clause_head(text: str, names: list[Mention], n: int) -> str | None:
    """The person a relative clause holding the name at n is about: in "Ketua KPU X NAME yang
    menerima dokumen pasangan A menjelaskan", NAME speaks, not A."""
    # the pair the name closes ("pasangan Siska Sudirman", "A dan B") is one mention
    while n > 0 and text[names[n - 1][1] : names[n][0]].strip(" -–—") in ("", "dan"):
        n -= 1
    if n == 0:
        return None
    _, end, ch = names[n - 1]
    clause = _RELATIVE_CLAUSE.match(text, end, names[n][0])
    if ch.kind == NAME and ch.person and clause and clause.end() == names[n][0]:
        return ch.person
    return None


def _first_mention(names: list[Mention], start: int, pos: int) -> int:
    at = from_(names, start)
    return min(pos, names[at][0]) if at < len(names) else pos


def subject(text: str, names: list[Mention], start: int, pos: int) -> str | None:
    """The person the paragraph from `start` is about, named first after its opening phrase
    ("Ketua DPD X, NAME dalam orasinya mengajak ... memenangkan A-B. “...,” ungkapnya",
    "Dalam kesempatan itu, NAME hadir ..."): "-nya" means its subject, not the pair or the
    person it names later."""
    at = from_(names, start)
    if at >= len(names) or names[at][0] >= pos:
        return None
    lead = text[start : names[at][0]]
    if not (all(w in _SUBJECT_OPENERS for w in _WORD.findall(lead.lower()))
            or (lead.rstrip().endswith(",") and lead.count(",") <= 2 and "." not in lead)
            or _POINTING_OPENER.fullmatch(lead)):
        return None
    if names[at][2].kind == ROLE and at + 1 < len(names) and text[
            names[at][1] : names[at + 1][0]].strip(" ,") == "":
        at += 1  # "Ketua DPD Demokrat Sumut, Lokot Nasution": the office's holder
    _, end, ch = names[at]
    if ch.kind != NAME or not ch.person or end >= pos or _LISTED_AFTER.match(text, end):
        return None
    upto = names[at + 1][0] if at + 1 < len(names) else pos
    through = _THROUGH.search(text, end, min(upto, pos))
    if through and upto - through.end() <= _THROUGH_REACH:
        return None  # "Pj Wako NAME melalui Asisten II, NAME2 mengucapkan": NAME2 speaks
    return ch.person


def _listed_office(text: str, names: list[Mention], n: int) -> bool:
    """ "memilih Gubernur dan Wakil Gubernur dan Bupati": offices listed together are the
    offices, not their holders."""
    for a, b in ((n - 1, n), (n, n + 1)):
        if a >= 0 and b < len(names) and names[a][2].kind == ROLE == names[b][2].kind and (
            text[names[a][1] : names[b][0]].strip(" ,") in ("", "dan", "serta")
        ):
            return True
    return False


# "A, dalam hal ini mewakili Bupati X, B, menyampaikan": the words between "mewakili" and the
# name it names; no sentence ends between them.
_REPRESENTING = re.compile(r"\bmewakili\b[^.\n]{0,60}$", re.I)


def representative(text: str, names: list[Mention], start: int, floor: int) -> str | None:
    """ "A, dalam hal ini mewakili Bupati X, B, menyampaikan ...": B is whom A stands in for, so
    the speech is A's, the person named last before "mewakili"."""
    m = _REPRESENTING.search(text, max(floor, start - 60), start)
    if m is None:
        return None
    for at, _, ch in backwards(names, from_(names, m.start())):
        if at < floor or "\n" in text[at : m.start()]:
            break
        if ch.kind == NAME and ch.person:
            return ch.person
    return None


def _speech_goes_on(text: str, names: list[Mention], last_end: int, start: int, pos: int) -> bool:
    """Whether the paragraphs from the one at `start` back to the quote that ended at `last_end`
    go on with that quote's speech: each has no person for its subject and reports no one's
    speech, or says its speaker only by a pronoun ("Dia menyebutkan, ... kepada A.\nSelain itu,
    ... kepada B.\n“...,” ujarnya": the first speaker's still)."""
    for _ in range(REPORTED_PARAGRAPHS):
        if _PRONOUN_SAYS.match(text, start) is None and (
                _begins_with_person(text, names, start, pos) or _SAYS_IN.search(text, start, pos)):
            return False
        if last_end >= _paragraph_before(text, start):
            return True
        start, pos = _paragraph_before(text, start), start
    return False


_PRONOUN_SAYS = re.compile(r"(?:dia|ia|beliau)\s+(?:juga\s+|pun\s+)?" + SAYS + r"\b", re.I)


def _paragraph_before(text: str, start: int) -> int:
    """Where the paragraph before the one at start begins, past blank lines between them."""
    return text.rfind("\n", 0, len(text[:start].rstrip())) + 1


# Words before a paragraph's subject: "Sementara itu, NAME ...", "Di sisi lain, Ketua ...".
# "Dalam rapat pleno tersebut Ketua KPU X NAME menetapkan ...": a phrase pointing back to the
# event opens the paragraph, and its subject follows.
_POINTING_OPENER = re.compile(
    r"\s*(?:dalam|pada|di|saat|usai|seusai|setelah)\s[^,.\n“”\"]{1,40}?\s(?:tersebut|itu|ini)\s*",
    re.I)

_SUBJECT_OPENERS = frozenset({
    "sementara", "itu", "selain", "kemudian", "lalu", "sedangkan", "adapun", "di", "sisi", "lain",
    "dalam", "kesempatan", "yang", "sama", "tersebut", "pada", "hal", "ini", "senada",
    "selanjutnya", "berikutnya", "namun", "menurut", "sedang",
})  # fmt: skip


def _begins_with_person(text: str, names: list[Mention], start: int, end: int) -> bool:
    """Whether the paragraph from start names a person or an office as its subject ("Ketua
    Bawaslu X Wanhar mengharapkan ...", "Sementara itu, NAME ..."): a new speaker, where
    "untuk pasangan A-B ..." speaks of them."""
    at = bisect.bisect_left(names, start, key=lambda n: n[0])
    if at >= len(names) or names[at][0] >= end:
        return False
    if _TALLIED.match(text, names[at][1], end) or (
            names[at][2].kind == NAME and not names[at][2].person):
        # "A-B meraup 357.738 suara": a tally the speaker reads out, no new speaker; "Suara sah
        # ...": a capitalised first word, no one's name
        return False
    return all(w in _SUBJECT_OPENERS for w in _WORD.findall(text[start : names[at][0]].lower()))


# A pair's votes after its name: "A-B meraup 357.738 suara", "C memperoleh 42 persen".
_TALLIED = re.compile(r"(?:\s*[-–]\s*\w+(?:\s+\w+){0,2})?\s+"
                      r"(?:meraup|meraih|memperoleh|mendapat(?:kan)?|mengantongi|unggul)\b", re.I)


# "untuk Ketua PPK X, ...", "kepada Ketua Panwascam Y": an office after a preposition is
# spoken of, not speaking; the speaker "kata dia" points back to is someone else.
_OBJECT_BEFORE = re.compile(r"\b(?:untuk|terhadap|kepada|bagi)\W*$", re.I)


def _spoken_of(text: str, start: int) -> bool:
    return bool(_OBJECT_BEFORE.search(text, max(0, start - 20), start))


def _sought(text: str, start: int) -> bool:
    """An office sought or filled, not held by someone speaking: "pasangan calon Bupati dan
    Wakil Bupati", "Penetapan Gubernur dan Wakil Gubernur Terpilih" name no holder."""
    words = _WORD.findall(text[max(0, start - 40) : start].lower())[-4:]
    return any(w in lx.CANDIDATE_WORDS or w in _FILLING_ACTS for w in words)


# Acts that fill an office: the office after them is the one filled ("hasil Pleno tentang
# Penetapan Gubernur"), not a person's title.
_FILLING_ACTS = frozenset({"penetapan", "pelantikan", "pemilihan", "pengumuman", "pengangkatan"})
