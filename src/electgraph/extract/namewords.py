"""Whether a word can be part of a person's name: capitalised, no common word, body, title,
month or suffixed form ("Menurutnya"), no body misspelt ("Forkominda"), no degree written
without its dots ("SSosI"); and initials ("M.S Budi", "HM Wardan"). Read by `persons`."""

from __future__ import annotations

import functools
import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ROLE, WORD, Chunk
from electgraph.extract.tokenbase import Token

__all__ = [
    "bare_verb",
    "common",
    "given_after_office",
    "glued_initial",
    "initials_before_name",
    "is_name_word",
    "letter_dropped",
    "name_word",
    "one_edit",
    "spelling_key",
    "vowel_variant",
    "word_slipped",
]

# Two words glued by a missing space ("LombokTimur", "KotaBaru") are no name.
_GLUED = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{2,}")


def is_name_word(tok: Token, after_title: bool) -> bool:
    text = tok.text
    low = tok.low
    if (
        not text[:1].isupper()
        or not text.replace("'", "").replace("’", "").replace("-", "").isalpha()
    ):
        return False
    if low.endswith("nya") and len(low) > 5 and _nya_form(low):
        return False  # "Menurutnya", "Ketuanya"; not "Mahayadnya", a Balinese name
    if low.endswith("-nya"):
        return False  # "PPK-nya", "KPU-nya": a word with its suffix set off, no name
    if _GLUED.match(text) or (text.isupper() and low in lx.NOT_INITIALS):
        return False
    if low in lx.BODIES or low in lx.ROLE_TITLES or low in lx.ELECTION_HEADS or low in lx.ISLANDS:
        return False
    if len(low) >= 8 and any(one_edit(low, b) for b in _LONG_BODIES.get(low[:3], ())):
        return False  # "Forkominda": a body misspelt
    if low in lx.NOT_NAME and not (low in _NAME_UNLESS_CAPS and not text.isupper()):
        # Right after "H." or "Letkol Inf" a capitalised word is a name even when it is also
        # a common word: "H. Minggu Basuki", "Letkol Inf Hari Purwanto".
        return after_title
    if low in lx.MONTHS or low in lx.WEEKDAYS:
        return after_title
    if low in lx.PARTIES or low in lx.EVENT_HEADS or low in lx.STATUS_PREFIXES:
        return False
    if low in lx.SPEECH_VERBS or low in lx.SPEAK_VERBS or low in lx.BACKING_PASSIVES:
        return False  # a verb written capitalised: "Nurgalia Menjelaskan bahwa ...", "Diusung"
    if low in lx.DEGREE_TOKENS and not text.isupper() and sum(c.isupper() for c in text) >= 2:
        return False  # "SSosI", "SPd": a degree without its dots ("SM" may be initials)
    return not (text.isupper() and len(text) > 3)


# Words no name has when written in capitals, a given name's otherwise: "UU No 7" is a law,
# "Uu Ruzhanul Ulum" a person.
_NAME_UNLESS_CAPS = frozenset({"uu"})


def _nya_form(low: str) -> bool:
    """A word with the suffix -nya on a word of its own: "menurut-nya", "ketua-nya"."""
    stem = low[:-3]
    return stem in lx.COMMON_WORDS or stem in lx.ROLE_TITLES or stem in lx.NOT_NAME or (
        stem in lx.BODIES)


_LONG_BODIES: dict[str, list[str]] = {}
for _b in lx.BODIES:
    if len(_b) >= 7 and " " not in _b:
        _LONG_BODIES.setdefault(_b[:3], []).append(_b)


def initials_before_name(chunks: list[Chunk], k: int) -> bool:
    """Two initials in capitals before a name: "HM Wardan", "SF Hariyanto"."""
    nxt = chunks[k + 1] if k + 1 < len(chunks) else None
    return (
        len(chunks[k].text) == 2
        and not (k and chunks[k - 1].low in lx.PLACE_CUES_BEFORE)  # "nama paket MS Glowing"
        and chunks[k].text.isalpha()
        and nxt is not None
        and nxt.kind == WORD
        and nxt.start == chunks[k].end + 1
        and not nxt.text.isupper()
        and name_word(nxt.text, False)
    )


def form_code(chunks: list[Chunk], k: int, dotted: bool = True) -> bool:
    """Whether the full stop at k is inside an election form's code: "D. Hasil", "C.Plano";
    with `dotted` false, whether k is the word after the letter ("D Hasil")."""
    after = k + 1 if dotted else k
    return (
        len(chunks[k - 1].text) == 1
        and chunks[k - 1].text in "ABCD"
        and after < len(chunks)
        and chunks[after].low in lx.FORM_WORDS
    )


def glued_initial(chunks: list[Chunk], k: int, names: list[int]) -> bool:
    """A full stop at k glued to the next word inside a name: "M.Azis", "F.X. Hadi"."""
    prev, nxt = chunks[k - 1], chunks[k + 1]
    # "M.Azis", "A.Zulqoini Syarif", "N.Lingga Kusuma": an initial glued to the name after it.
    if len(names) == 1 and prev.text in lx.GLUED_NAME_ABBREVIATIONS and len(nxt.text) > 1:
        return nxt.kind == WORD
    if (  # "Roy M.Siagian": a middle initial glued to the surname, inside a name begun
        len(names) >= 2 and len(prev.text) == 1 and prev.text.isupper() and nxt.kind == WORD
        and len(nxt.text) > 1 and nxt.text[:1].isupper() and not nxt.text.isupper()
        and f"{prev.low}.{nxt.low}" not in lx.DEGREE_TOKENS  # "Anwar ST M.Arch"
        and not chunks[k - 2].text.isupper()
    ):
        return True
    if (
        len(names) == 1
        and len(prev.text) == 1
        and prev.text.isupper()
        # A letter glued to a common word is no initial of a name; a known form code
        # ("C.Hasil", "D. Hasil") is passed over before a name starts (`form_code`).
        and (
            nxt.kind == WORD
            and len(nxt.text) > 1
            and not nxt.text.isupper()
            and nxt.low not in lx.COMMON_WORDS
        )
    ):
        return True
    if not (len(prev.text) == 1 and len(nxt.text) == 1 and nxt.text.isupper()):
        return False
    after = chunks[k + 2] if k + 2 < len(chunks) else None
    # "F.X. Hadi"; "M.S Budi", "A.R Hamdani": the second initial without its full stop.
    return after is not None and (after.text == "." or (
        after.kind == WORD and after.start == nxt.end + 1 and after.text[:1].isupper()
        and not after.text.isupper()))


def one_edit(a: str, b: str) -> bool:
    """Whether a differs from b by exactly one letter dropped, added or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:m] + long_[m + 1 :] == short for m in range(len(long_)))


def vowel_variant(a: list[str], b: list[str]) -> bool:
    """Whether two names differ only by one vowel inside one word of seven letters or more
    ("Zulkarnain" and "Zulkarnaen"); a name's first and last letters tell persons apart
    ("Suharto" and "Suharti"), and so do short names ("Hendra" and "Hendri")."""
    if len(a) != len(b):
        return False
    diff = [(x.lower(), y.lower()) for x, y in zip(a, b, strict=True) if x.lower() != y.lower()]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(x) != len(y) or len(x) < _VARIANT_MIN_LETTERS:
        return False
    at = [m for m in range(len(x)) if x[m] != y[m]]
    return len(at) == 1 and 0 < at[0] < len(x) - 1 and {x[at[0]], y[at[0]]} <= _VOWELS


_VARIANT_MIN_LETTERS = 7
_VOWELS = frozenset("aeiouy")  # "Heribertus" and "Herybertus": y is written for i


def letter_dropped(a: list[str], b: list[str]) -> bool:
    """Whether two names differ only by a letter left out inside one word of six letters or
    more ("Kamaruddin" and "Kamruddin", "Bernard" and "Bernad", "Matindas" and "Mathindas"):
    a slip of the writer's. A letter changed may be another name ("Wahyudi" and "Wahyuni"),
    and a first or last letter too ("Hafiz" and "Hafizh" are kept apart, as are short names)."""
    if len(a) != len(b):
        return False
    diff = [(x.lower(), y.lower()) for x, y in zip(a, b, strict=True) if x.lower() != y.lower()]
    if len(diff) != 1:
        return False
    short, long_ = sorted(diff[0], key=len)
    return (len(long_) == len(short) + 1 and len(short) >= _DROPPED_MIN_LETTERS
            and short[0] == long_[0] and short[-1] == long_[-1] and one_edit(short, long_))


_DROPPED_MIN_LETTERS = 6


def word_slipped(a: list[str], b: list[str]) -> bool:
    """Whether two names of two words or more differ by one slip (a letter dropped, added or
    changed) in one word of four letters or more, their other words the same ("Abdul Hafiz" and
    "Abdul Hafizh", "Ujan Maman" and "Ujang Maman", "Ikbal Ruray" and "Iqbal Ruray"): in one
    article, one person whose name the writer mistyped once. The words kept tell the person; a
    one-word name has nothing to tell it by ("Suharto" and "Suharti" stay two)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x.lower(), y.lower()) for x, y in zip(a, b, strict=True) if x.lower() != y.lower()]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < _SLIPPED_MIN_LETTERS or not one_edit(x, y):
        return False
    if len(x) != len(y):
        return True  # "Hafiz" and "Hafizh", "Ujan" and "Ujang": a letter left out or added
    # A letter changed is a slip when it sounds or looks alike ("Saifullah" and "Saipullah",
    # "IIham" and "Ilham") or its key is next to the other's ("Mesakah" and "Mesalah"); else it
    # may be another name ("Budi Wahyudi" and "Budi Wahyuni", "Andi Saputra" and "Andi Saputri").
    pair = next(frozenset((p, q)) for p, q in zip(x, y, strict=True) if p != q)
    return pair in _CHANGED_ALIKE or pair in _KEYS_SIDE_BY_SIDE


_SLIPPED_MIN_LETTERS = 4
_CHANGED_ALIKE = frozenset(frozenset(p) for p in ("fp", "sz", "kq", "ck", "ei", "il", "dt", "fv"))
_KEYS_SIDE_BY_SIDE = frozenset(
    frozenset(row[m : m + 2]) for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for m in range(len(row) - 1))


# Spellings of one sound: the old spelling ("Djumadin", "Tjahjanto", "Soekarno") and the
# Arabic digraphs written or not ("Syehwaky" and "Sehwaky", "Khairul" and "Hairul").
_RESPELLINGS = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("sy", "s"), ("kh", "h"), ("ph", "f"))
_DOUBLED = re.compile(r"(.)\1+")
# "kh" written "k" before a consonant ("Akhlis" and "Aklis", "Akhmad" and "Akmad"): one sound.
_K_BEFORE_CONSONANT = re.compile(r"k(?=[b-df-hj-np-tv-z])")
# The old "ch" after a vowel is the "h" of today's spelling: "Achmad" and "Ahmad", "Mochtar"
# and "Mohtar".
_CH_AFTER_VOWEL = re.compile(r"(?<=[aeiou])ch")


# "y" ending a name after a consonant sounds "i": "Jony" and "Joni", "Rudy" and "Rudi".
_FINAL_Y = re.compile(r"(?<=[b-df-hj-np-tv-z])y$")


def spelling_key(tokens: list[str]) -> str:
    """A person's name as it sounds: one key for the spellings an article mixes up ("Irwandi
    Djumadin" and "Irwandi Jumadin", "Arsyad Sehwaky" and "Arsyad Syehwaky", "Anasta Tias" and
    "Anastatias", "Siti Akhlis" and "Siti Aklis", "Jony" and "Joni", "Mi’an" and "Mian")."""
    return _sounds("".join(_final_i(t) for t in tokens).translate(_NO_APOSTROPHES))


_NO_APOSTROPHES = str.maketrans("", "", "'’‘`")


@functools.lru_cache(maxsize=1 << 16)
def _final_i(token: str) -> str:
    return _FINAL_Y.sub("i", token.lower())


@functools.lru_cache(maxsize=1 << 16)
def _sounds(text: str) -> str:
    for old, new in _RESPELLINGS:
        text = text.replace(old, new)
    text = _CH_AFTER_VOWEL.sub("h", text)
    return _DOUBLED.sub(r"\1", _K_BEFORE_CONSONANT.sub("h", text))


def common(ch: Chunk) -> bool:
    """A common word, written capitalised ("Penyelenggara", "Gubernur-calon"); an acronym or a
    nickname in capitals ("SANDI") is not."""
    if ch.text.isupper() and len(ch.text) > 1:
        return False
    parts = ch.low.split("-")
    # A word said twice is a plural or a manner ("Foya-foya", "Emak-emak", "Gala-gala"), even
    # when the word list lacks its root; no Indonesian name is built that way.
    return (len(parts) == 2 and parts[0] == parts[1] and parts[0].isalpha()) or all(
        part in lx.COMMON_WORDS for part in parts)


@functools.lru_cache(maxsize=1 << 16)
def name_word(text: str, after_title: bool) -> bool:
    """`is_name_word` of a chunk's text, which it depends on alone: the same few thousand words
    are asked about again and again, so the answers are kept."""
    return is_name_word(Token(text, 0, 0, text.lower()), after_title)


def given_after_office(chunks: list[Chunk], k: int) -> bool:
    """Whether the capitalised common word at k starts a name: right after an office (and a
    comma), and followed by a name word that is no common word."""
    before = k - 1 - (k >= 1 and chunks[k - 1].text == ",")
    nxt = chunks[k + 1] if k + 1 < len(chunks) else None
    return (
        before >= 0 and chunks[before].kind == ROLE and chunks[k].kind == WORD
        and chunks[k].is_cap and nxt is not None and nxt.kind == WORD
        and name_word(nxt.text, False) and not common(nxt)
    )


def bare_verb(low: str) -> bool:
    """A headline's bare verb: one in -kan that the dictionary has ("Serahkan", "Bolehkan"), or
    a root headlines use bare ("KPU Sultra Panggil PAW ...", "Bawaslu Gandeng ..."): no word of
    a name wherever it stands ("Gubernur X Anwar Hafid Serahkan Bantuan ...")."""
    return (len(low) >= 6 and low.endswith("kan") and low in lx.COMMON_WORDS) or (
        low in lx.HEADLINE_ROOT_VERBS)
