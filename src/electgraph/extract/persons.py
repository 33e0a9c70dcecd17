"""Person names: find name candidates among word chunks, split off titles, degrees and ranks.

A capitalised run of words is only a *candidate*; `doc.py` confirms it as a person from its
context (an office next to it, a speech verb, a list of other persons...). That keeps things like
"Sistem Pengendalian Intern Pemerintah" out of the person list without a list of every name.
"""

from __future__ import annotations

import functools
import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import _region_table, balinese_start
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.nametokens import (
    TITLES_INSIDE,
    degrees_after,
    name_tokens,
    titles_before,
)
from electgraph.extract.namewords import common, form_code, one_edit
from electgraph.ids import fold

_INNER_NICKNAME = re.compile(r"\s*[“\"][^“”\"]{1,30}[”\"]\s*")

# `fold` walks a name letter by letter; the same names come back sentence after sentence.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)


_MAY_START_LOWER = lx.HONORIFICS | lx.NAME_PARTICLES | lx.RANK_SHORT_FORMS


def mark_names(chunks: list[Chunk]) -> list[Chunk]:
    """Replace runs of word chunks that look like a person's name with NAME chunks."""
    out: list[Chunk] = []
    c = 0
    n = len(chunks)
    # The rules below find no title and no name at a chunk that is no word, or at a lower-case
    # word that is no honorific or name particle: such chunks (most) stay as they are, copied
    # in runs up to the next chunk where a name may start.
    starts = [
        k for k, x in enumerate(chunks)
        if x.kind == WORD and (x.text[:1].isupper() or x.low in _MAY_START_LOWER)
    ]
    s = 0
    while c < n:
        while s < len(starts) and starts[s] < c:
            s += 1
        if (nxt := starts[s] if s < len(starts) else n) > c:
            out.extend(chunks[c:nxt])
            c = nxt
            continue
        ch = chunks[c]
        if (
            ch.low in lx.SPEECH_VERBS or ch.low == "pesan"
        ) and c and chunks[c - 1].text in ('"', "”", "’", ","):
            out.append(ch)  # ',”Ujar NAME', ',”Pesan NAME': the verb after a quote, no name
            c += 1
            continue
        if c >= 2 and chunks[c - 2].low in ("tps", "km") and chunks[c - 1].text.isdigit():
            # "di TPS 15 Lebung Gajah", "Km 9 Nipah-Nipah": a polling station's village, an
            # address by its milestone
            out.append(ch)
            c += 1
            while c < n and chunks[c].kind == WORD and chunks[c].text[:1].isupper():
                out.append(chunks[c])
                c += 1
            continue
        if ch.low == "ibu" and c + 1 < n and chunks[c + 1].low == "kota":
            out.extend(chunks[c : c + 2])  # "di Ibu Kota Provinsi X": the capital, no Mrs Kota
            c += 2
            continue
        if c + 2 < n and chunks[c + 1].text == "." and form_code(chunks, c + 1):
            out.extend(chunks[c : c + 3])  # "D. Hasil", "C. Hasil KWK": a form, no name
            c += 3
            continue
        if c + 1 < n and chunks[c + 1].kind == WORD and form_code(chunks, c + 1, dotted=False):
            out.extend(chunks[c : c + 2])  # "formulir D Hasil": the form without its dot
            c += 2
            continue
        if ch.kind != WORD or (
            # "Teradu I Ahmad Yani": the numeral numbers the party, it is no Balinese "I".
            c
            and chunks[c - 1].low in lx.NUMBERED_PARTIES
            and ch.low in lx.CASE_NUMERALS
            and ch.text.isupper()
        ) or (c and chunks[c - 1].low == "urut" and ch.low in lx.BALLOT_NUMBER_WORDS):
            # "pasangan calon nomor urut Satu Zumi Laza": the ballot number, capitalised
            out.append(ch)
            c += 1
            continue
        honorifics, ranks, k = titles_before(chunks, c)
        titled = bool(honorifics or ranks)
        first = k
        names, k = name_tokens(chunks, k, titled)
        if names and not titled and k < n and chunks[k].low in lx.RANKS and chunks[k].is_cap:
            # The words before a rank name the unit of the office before them ("Kodam II
            # Sriwijaya", "Korem 044/Garuda Dempo"), not a person: the name starts at the rank.
            out.extend(chunks[c:k])
            c = k
            continue
        if (len(names) == 1 and not titled and k < n and chunks[k].low in TITLES_INSIDE
                and c and chunks[c - 1].kind == ROLE):
            # "Dekan Fakultas Hukum Undiksha Prof Dr NAME": the campus's short name after the
            # office, then its holder, titled
            out.append(ch)
            c += 1
            continue
        if names and not titled and k < n and balinese_start(chunks, k):
            # "Ketua STAHN Mpu Kuturan Singaraja I Gede Suwindia": the words before a Balinese
            # name run into it name the body, not a person.
            out.extend(chunks[c:k])
            c = k
            continue
        if names and k < n and (_body_next(chunks[k]) or chunks[k].text.isdigit()):
            # "H. Danang Maharsa Unsur Forkopimda", "Sumatra Barat Tahun 2024": a common word
            # before a body or a number is no name.
            while len(names) > 1 and common(chunks[names[-1]]):
                names.pop()
        if len(names) >= 2 and _misspelt_region(chunks, names):
            # "Ketua KPU Lombok Timu Ada Suci", "Gubernur Sumatra Barat": a misspelt region.
            names = names[2:]
        if names and chunks[names[-1]].low == "indonesia":
            # "Garda Indonesia", "Purna Paskibraka Indonesia": a body named for the country.
            out.extend(chunks[c:k])
            c = k
            continue
        if not names or all(len(chunks[x].text) == 1 for x in names):
            # Nothing, or initials alone ("I."): no name to speak of.
            out.extend(chunks[c:first] if first > c else [ch])
            c = max(first, c + 1)
            continue
        if _after_facility(chunks, c):
            # "RSUD dr. Soetomo", "Jalan Dr. Wahidin": a place named after a person.
            out.extend(chunks[c:k])
            c = k
            continue
        degrees, end = degrees_after(chunks, names)
        last = names[-1]
        name_first = chunks[names[0]]
        # "Yuyun Sri Agung P.": the initial's own full stop, not the degrees after it
        label_end = (
            last + 2
            if len(chunks[last].text) == 1 and end > last + 1 and chunks[last + 1].text == "."
            else last + 1
        )
        # "Andi Nur Bangsawan “Anca” Lamakarate": the nickname inside is no part of the name
        label = _INNER_NICKNAME.sub(" ", _join(chunks[names[0] : label_end]))
        attrs = {
            "common": not titled and not degrees and all(common(chunks[x]) for x in names),
            "honorifics": " ".join(honorifics),
            "rank": " ".join(ranks),
            "degrees": ", ".join(degrees),
            "titled": titled or bool(degrees),
            "name_start": name_first.start,
            "name_end": chunks[label_end - 1].end,
            "tokens": [chunks[x].low for x in names],
        }
        out.append(
            Chunk(
                NAME,
                ch.i,
                chunks[end - 1].j,
                ch.start,
                chunks[end - 1].end,
                _join(chunks[c:end]),
                label=label,
                key="person:" + _fold(label),
                attrs=attrs,
            )
        )
        c = end
    _mark_themes(out)
    return out


def _after_facility(chunks: list[Chunk], c: int) -> bool:
    """Whether the words before chunk c begin the name of a place or an institution
    ("RSUD", "Rumah Sakit Umum Daerah", "Jalan"), so that a name at c is the one it bears."""
    k = c - 1
    while k >= 0 and chunks[k].text == ".":
        k -= 1
    for back in range(k, max(k - 4, -1), -1):
        ch = chunks[back]
        if ch.low in lx.STREET_WORDS:
            return True  # "di jalan Tengku putra NAME": a street, however written
        if ch.low in _PATRONYMICS or (ch.kind == NAME and back < c - 1):
            continue  # "Jalan Teuku Umar bin NAME", "Jalan Tengku putra NAME"
        if ch.kind not in (WORD, PLACE) or not ch.text[:1].isupper():
            return False
        if ch.low.split()[0] in lx.FACILITY_HEADS:
            return True
    return False


# Lower-case words inside a name, and "putra"/"putri" ("Jalan Tengku putra NAME").
_PATRONYMICS = lx.NAME_CONNECTORS | {"putra", "putri"}


def _mark_themes(chunks: list[Chunk]) -> None:
    """'bertemakan Tata Kelola Pemerintahan dan Reformasi Birokrasi', 'bertajuk "Pesta Rakyat"':
    the capitalised runs a theme word introduces (and those joined to them) name no one."""
    theme = quoted = False
    opened = -1
    for c, ch in enumerate(chunks):
        if ch.low in lx.THEME_WORDS:
            theme = True
            # 'tema “Kampanye Berintegritas Anti-Money Politics, Informasi Hoax”': in quotes,
            # the theme runs to the closing mark, past its common words
            quoted = c + 1 < len(chunks) and chunks[c + 1].text in ('"', "“")
            opened = c + 1
        elif quoted and c > opened and ch.text in ('"', "”"):
            theme = quoted = False
        elif ch.kind == NAME and theme:
            ch.attrs["common"] = True
        elif not quoted and ch.kind not in (PLACE, ORG) and ch.low not in _THEME_JOINERS:
            theme = False


_THEME_JOINERS = frozenset({"dan", ",", "&", "serta", '"', "“", "”", "'", ":"})


def _body_next(ch: Chunk) -> bool:
    return ch.kind in (ORG, ROLE) or ch.low in lx.BODIES


_region_pairs: dict[str, list[tuple[str, str]]] | None = None


def _misspelt_region(chunks: list[Chunk], names: list[int]) -> bool:
    """Whether a name's first two words are a two-word region misspelt by one letter."""
    global _region_pairs
    if _region_pairs is None:
        _region_pairs = {}
        for alias in _region_table().aliases:
            parts = alias.lower().split()
            if len(parts) == 2 and min(map(len, parts)) >= 4:
                _region_pairs.setdefault(parts[0][:2], []).append((parts[0], parts[1]))
    if names[1] != names[0] + 1:
        return False
    a, b = chunks[names[0]].low, chunks[names[1]].low
    return any(
        (a == x and one_edit(b, y)) or (b == y and one_edit(a, x))
        for x, y in _region_pairs.get(a[:2], ())
    )


def _join(chunks: list[Chunk]) -> str:
    out: list[str] = []
    for k, ch in enumerate(chunks):
        if k and ch.start > chunks[k - 1].end:
            out.append(" ")
        out.append(ch.text)
    return "".join(out)
