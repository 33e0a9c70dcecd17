"""Misspelt structural words, read as the word meant: "Kabuapten", "Seketaris", "Gubenur"; and
passive verbs written apart from their prefix ("di Lantik"), read as one word.

Regional outlets publish fast, and the words that carry an article's structure (a region's
level, an office) come misspelt often enough to break a body or a title into a "person"
("Ketua KPU Kabuapten X, NAME" -> a person "Kabuapten"). The tokenizer reads a word one
letter off these (dropped, added, changed, or two neighbours swapped) as the word itself.
Only words of seven letters or more: a short one is one letter from too many real words and
names; never a word of its own or one the lexicon knows ("mapolres").
"""

from __future__ import annotations

from electgraph.extract.lexicon.bodies import BODIES, BODY_LONG
from electgraph.extract.lexicon.names import COMMON_WORDS
from electgraph.extract.lexicon.offices import ROLE_TITLES

__all__ = ["CORRECTIONS", "HEADLINE_ROOT_VERBS", "ROMAN_LOOKALIKES", "SPLIT_PASSIVE_ROOTS"]

_WORDS = (
    "kabupaten", "provinsi", "sekretaris", "komisioner", "kecamatan", "kelurahan",
    "koordinator", "gubernur", "walikota", "penjabat", "sekretariat", "danramil", "kapolres",
    "kapolsek", "komandan", "kesbangpol", "bawaslu", "panwascam", "forkopimda",
    "menyelenggarakan",  # the verb by which a body hosts ("menyelengarakan rapat")
    "penyelenggara",  # "Divisi Teknis Penyelanggara Pemilu"
    "komisaris",  # the rank spelt out: "Ajun Komisari Besar Polisi NAME"
    "mahkamah",  # "Mahkama Konstitusi"
    # the verbs that say who came and who held it: "dihadri oleh", "menghadri", "didampigi"
    "dihadiri", "menghadiri", "didampingi", "menggelar", "diselenggarakan",
    "sosdiklih",  # a division: "Kordiv Sosdiqlih, Parmas, dan SDM", "Divisi Sosdikli"
    "pemilihan",  # "Komisi Pemiluhan Umum Daerah (KPUD) Kota X"
    "asisten",  # "Assisten I Sekretariat Daerah NAME"
)  # fmt: skip
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _variants(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    return out


def _corrections() -> dict[str, str]:
    table: dict[str, str] = {}
    taken: set[str] = set()  # one letter off two of the words: neither is meant
    for word in _WORDS:
        for v in _variants(word):
            if v in table and table[v] != word:
                taken.add(v)
            table[v] = word
    # A word of its own, or one the lexicon knows ("mapolres", one letter off "kapolres").
    real = COMMON_WORDS | set(_WORDS) | set(BODIES) | set(BODY_LONG) | set(ROLE_TITLES)
    return {v: w for v, w in table.items() if v not in taken and v not in real}


# Roman numerals typed with the letter l ("Asisten ll", "Wakil Ketua lll").
ROMAN_LOOKALIKES = {"ll": "ii", "lll": "iii"}
# Short words misspelt often enough to list: "Ketua Devisi Teknis", "NAME Disivi Hukum" (two
# letters swapped, beyond the one-edit variants above), "diusung oleh Pertai X" (a party's
# word, too short for the one-edit variants; "Partal", its i read as an l).
_COMMON_SLIPS = {"devisi": "divisi", "disivi": "divisi", "pertai": "partai", "patrai": "partai",
                 "partal": "partai",
                 # "Kepala Kejari diwakilkan Kasi Intel NAME": the form some outlets use
                 "diwakilkan": "diwakili",
                 "muhamadiah": "muhammadiyah", "muhammadiah": "muhammadiyah",
                 "penglima": "panglima", "palson": "paslon",
                 "depenitif": "definitif", "difinitif": "definitif",
                 "mejelis": "majelis", "buputi": "bupati",
                 # two letters off: "Kabupaten Indramayu, Propoinsi Jawa Barat", "Damdin"
                 "propoinsi": "provinsi", "damdin": "dandim"}

# Roots of the passive verbs the rules read, which outlets write apart from their prefix ("di
# Lantik oleh Ketua KPU X", "di laksanakan di Aula"): the tokenizer reads "di" and the root as
# one word ("dilantik"). Only verbs: a noun after "di" ("di tempat", "di Gedung") is a place.
SPLIT_PASSIVE_ROOTS = (
    "lantik", "kukuhkan", "hadiri", "ikuti", "saksikan", "laksanakan", "selenggarakan", "gelar",
    "adakan", "pimpin", "buka", "tetapkan", "umumkan", "usung", "dukung", "berhentikan",
    "jatuhi", "dampingi",
)  # fmt: skip

# Roots of verbs headlines write bare, capitalised ("KPU Sultra Panggil PAW ...", "Bawaslu
# Gandeng Kampus ..."): no word of a name.
HEADLINE_ROOT_VERBS = frozenset({
    "panggil", "lantik", "gelar", "tinjau", "kunjungi", "sambangi", "temui", "datangi",
    "gandeng", "ajak", "imbau", "pecat", "copot", "periksa", "awasi", "kawal",
    # taking part, as a lead written like a headline puts it: "Anggota Bawaslu X A Hadiri ..."
    "hadiri", "pimpin", "ikuti", "pantau", "dampingi",
    "usung", "dukung",  # a party's backing: "Golkar Usung Kader Sendiri"
})  # fmt: skip

# misspelt form -> the word meant (lower case)
CORRECTIONS: dict[str, str] = _corrections() | ROMAN_LOOKALIKES | _COMMON_SLIPS
