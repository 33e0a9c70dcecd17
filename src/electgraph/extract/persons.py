"""Person names: find name candidates among word chunks, split off titles, degrees and ranks.

A capitalised run of words is only a *candidate*; `doc.py` confirms it as a person from its
context (an office next to it, a speech verb, a list of other persons...). That keeps things like
"Sistem Pengendalian Intern Pemerintah" out of the person list without a list of every name.
"""

from __future__ import annotations

import functools

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import _region_table
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.degrees import bare_degrees as _bare_degrees
from electgraph.extract.degrees import degree_at as _degree_at
from electgraph.extract.namewords import (
    common,
    form_code,
    given_after_office,
    glued_initial,
    initials_before_name,
    kan_verb,
    name_word,
    one_edit,
)
from electgraph.ids import fold

_MAX_NAME_TOKENS = 6
# `fold` walks a name letter by letter; the same names come back sentence after sentence.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)
def _inside_name(names: list[int], tok: Chunk) -> bool:
    """A capitalised common word after the first name is part of the name ("I Wayan Gede
    Antara"), except words that end a name: months, weekdays."""
    return bool(names) and tok.low not in _NAME_BREAKERS


_MAY_START_LOWER = lx.HONORIFICS | lx.NAME_PARTICLES
_NAME_BREAKERS = lx.MONTHS | lx.WEEKDAYS | {
    "vs", "versus", "bersama", "selaku", "sebagai", "dan", "teradu", "pengadu", "juga",
    # connectives written capitalised by mistake: "A dan Sudarmo Kemudian, calon nomor 3 ..."
    "kemudian", "selanjutnya", "sedangkan", "sementara", "namun", "bahkan", "yakni", "yaitu",
    "setelah", "sebelum", "ketika", "serta", "atau", "usai", "menurut", "sehingga", "karena",
    # prepositions written capitalised: "Pj Bupati Drs. Raden Najmi Untuk Wilayah Kabupaten X"
    "untuk", "kepada", "dengan", "oleh", "bagi", "yang", "dalam", "pada", "dari",
    # common nouns written capitalised after a name: "kata Haji Herman Paslon nomor urut 4",
    # and a slogan's "Jilid II" ("Morotai Bangkit Jilid II")
    "paslon", "bapaslon", "jilid",
}  # fmt: skip


_HYPHENS = frozenset({"-", "‑"})
# The Arabic article written with a hyphen inside a name ("Al-Habsyi", "El-Fasi", "As-Sayyid").
_ARABIC_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "az", "at"})


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
        if c + 2 < n and chunks[c + 1].text == "." and form_code(chunks, c + 1):
            out.extend(chunks[c : c + 3])  # "D. Hasil", "C. Hasil KWK": a form, no name
            c += 3
            continue
        if ch.kind != WORD or (
            # "Teradu I Ahmad Yani": the numeral numbers the party, it is no Balinese "I".
            c
            and chunks[c - 1].low in lx.NUMBERED_PARTIES
            and ch.low in lx.OFFICE_ORDINALS
            and ch.text.isupper()
        ):
            out.append(ch)
            c += 1
            continue
        honorifics: list[str] = []
        ranks: list[str] = []
        k = c
        # Honorifics and ranks before the name: "Dr. H.", "AKBP", "Irjen Pol", "Kapten Inf".
        while k < n and chunks[k].kind == WORD:
            low = chunks[k].low
            if low in lx.HONORIFICS and low not in lx.NAME_PARTICLE_HONORIFICS:
                honorifics.append(chunks[k].text)
                k += 1
                if k < n and chunks[k].text == ".":
                    k += 1
                    # "Dr., Ir. NAME": titles stacked with a comma between them
                    then = chunks[k + 1] if k + 1 < n else None
                    if then is not None and chunks[k].text == "," and then.text[:1].isupper() and (
                            then.low in lx.HONORIFICS - lx.NAME_PARTICLE_HONORIFICS):
                        k += 1
            elif low in lx.RANKS and chunks[k].text[:1].isupper():
                ranks.append(chunks[k].text)
                k = _past_dot(chunks, k + 1)  # "Irjen. Pol. NAME"
                while k < n and chunks[k].kind == WORD and chunks[k].low in lx.RANK_SUFFIXES:
                    ranks.append(chunks[k].text)
                    k = _past_dot(chunks, k + 1)
                # "Jenderal TNI (Purn) NAME": retired; "(Mar)", "(P)": the corps.
                if (
                    k + 2 < n
                    and chunks[k].text == "("
                    and chunks[k + 1].low in ("purn", "purnawirawan", "p", "mar", "k")
                ):
                    close = k + 2 + (chunks[k + 2].text == "." and k + 3 < n)  # "(Purn.)"
                    if chunks[close].text == ")":
                        ranks.append("(" + chunks[k + 1].text + ")")
                        k = close + 1
            else:
                break
        titled = bool(honorifics or ranks)
        first = k
        names: list[int] = []
        while k < n and len(names) < _MAX_NAME_TOKENS:
            tok = chunks[k]
            if (
                tok.kind == WORD
                and tok.low in lx.NAME_PARTICLES
                and tok.text[:1].isupper()  # ", lalu Santrani Abusama": "then", no "Lalu"
                and k + 1 < n
                and chunks[k + 1].kind == WORD
                and name_word(chunks[k + 1].text, False)
            ):
                names.append(k)  # Sasak "Lalu", "Baiq": part of the name, not "then"
                k += 1
                continue
            if not names and tok.low in lx.COMMON_GIVEN_NAMES and given_after_office(chunks, k):
                names.append(k)  # "Ketua Bawaslu Kaltim, Hari Dermanto": "hari" is a word too
                k += 1
                continue
            if tok.kind == WORD and names and tok.low in lx.RANKS and tok.is_cap:
                break  # "Pangdam II Sriwijaya Mayjen TNI NAME": a rank starts the name
            if tok.kind == WORD and names and kan_verb(tok.low):
                break  # a headline's verb: "Gubernur X Anwar Hafid Serahkan Bantuan ..."
            if (
                tok.kind == WORD
                and name_word(tok.text, (titled and not names) or _inside_name(names, tok))
                and (
                    names
                    or titled
                    or not tok.text.isupper()
                    or len(tok.text) == 1
                    or initials_before_name(chunks, k)
                )
            ):
                names.append(k)
                k += 1
                # "Moh. Fadjri", "Iskardo P. Panggar": a short abbreviation keeps the name going
                # (glued to the next word only as an initial: "M.Azis"; `form_code` has already
                # passed over a form's code such as "C.Hasil").
                if (
                    k + 1 < n
                    and chunks[k].text == "."
                    and (chunks[k + 1].start > chunks[k].end or glued_initial(chunks, k, names))
                    and (len(tok.text) <= 3 or tok.low in lx.NAME_ABBREVIATIONS)
                    and chunks[k + 1].kind == WORD
                    and name_word(chunks[k + 1].text, False)
                ):
                    k += 1
            elif (
                tok.kind == WORD
                and names
                and tok.text.isupper()
                and len(tok.text) <= 3
                and tok.low not in lx.BODIES
                and tok.low not in lx.PARTIES
                and tok.low not in lx.NOT_INITIALS
            ):
                names.append(k)  # "Agusni AH", "Safrizal ZA"
                k += 1
            elif _lower_middle_name(chunks, k, names):
                names.append(k)  # "Desy fuji Lestari": a middle name typed in lower case
                k += 1
            elif (
                names
                and tok.text in _HYPHENS
                and (chunks[k - 1].low in _ARABIC_ARTICLES or (
                    # "Lom-Lom Suwondo", but "Dedi Irawan-Irawan Topani" is a pair
                    len(names) == 1 and k + 1 < n and chunks[k + 1].low == chunks[k - 1].low))
                and not chunks[k - 1].text.isupper()  # "Sabar AS-Sukardi": initials, a pair
                and tok.start == chunks[k - 1].end
                and k + 1 < n
                and chunks[k + 1].start == tok.end
                and chunks[k + 1].kind == WORD
                and chunks[k + 1].text[:1].isupper()
            ):
                k += 1  # "Idrus Al-Habsyi", "Ali El-Fasi": the article joins the next word,
                # and a name doubled with a hyphen is one word
            elif (
                names
                and tok.text in ("'", "’")
                and tok.start == chunks[k - 1].end
                and k + 1 < n
                and chunks[k + 1].kind == WORD
                and chunks[k + 1].text[:1].isupper()
                and name_word(chunks[k + 1].text, True)
            ):
                k += 1  # "Saiun Ma’ Arif": an apostrophe inside the name
            elif (names and k + 1 < n and tok.text == "." and len(chunks[names[-1]].text) == 1
                  and chunks[names[-1]].text.isupper() and chunks[k + 1].kind == PLACE
                  and " " not in chunks[k + 1].text):
                # "Reni S.A. Banjar", "N.Lingga Kusuma": after an initial comes a name, though
                # a regency has the same.
                names.append(k + 1)
                k += 2
            elif (
                tok.kind == WORD
                and names
                and tok.low in lx.NAME_CONNECTORS
                and k + 1 < n
                and chunks[k + 1].kind in (WORD, PLACE)
                and chunks[k + 1].text[:1].isupper()
            ):
                k += 1
            else:
                break
        if (names and k < n and chunks[k].kind == PLACE and " " not in chunks[k].text
                and (chunks[k - 1].low in lx.NAME_CONNECTORS or (
                    titled and k + 1 < n and chunks[k + 1].text in (",", ".")))):
            # "Nortje Van Bone": a place's name after "van" is his; so is a one-word place
            # closing a titled name in a list ("Asisten III, Drs. Arman Buton, Wakil ...").
            names.append(k)
            k += 1
        if names and not titled and k < n and chunks[k].low in lx.RANKS and chunks[k].is_cap:
            # The words before a rank name the unit of the office before them ("Kodam II
            # Sriwijaya", "Korem 044/Garuda Dempo"), not a person: the name starts at the rank.
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
        bare = _bare_degrees(chunks, names)
        last = names[-1]
        end = last + 1
        # "Yuyun Sri Agung P." keeps its trailing initial's full stop.
        if end < n and chunks[end].text == "." and len(chunks[last].text) == 1:
            end += 1
        degrees: list[str] = []
        while end + 1 < n and (
            chunks[end].text in ",." or ((degrees or bare) and chunks[end].kind == WORD)
        ):
            # "NAME, SE. M.I.Kom": a second degree may follow the first without a comma;
            # "Basra. S. Kep., M.Kes.": a full stop may stand for the comma.
            at = end + 1 if chunks[end].text in ",." else end
            if bare and chunks[at].text.isupper() and chunks[at].low in lx.DEGREE_TOKENS:
                degrees.append(chunks[at].text)  # "SE MM": one bare degree after another
                end = at + 1
                continue
            after = _degree_at(chunks, at)
            if after == at:
                break
            degrees.append("".join(x.text for x in chunks[at:after]))
            end = after
        name_first = chunks[names[0]]
        # "Yuyun Sri Agung P.": the initial's own full stop, not the degrees after it
        label_end = (
            last + 2
            if len(chunks[last].text) == 1 and end > last + 1 and chunks[last + 1].text == "."
            else last + 1
        )
        label = _join(chunks[names[0] : label_end])
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


def _lower_middle_name(chunks: list[Chunk], k: int, names: list[int]) -> bool:
    """A word in lower case between two words of a name, no Indonesian word ("Desy fuji
    Lestari"): a middle name the writer did not capitalise."""
    tok = chunks[k]
    return (
        bool(names)
        and tok.kind == WORD
        and tok.text.isalpha()
        and tok.text.islower()
        and len(tok.text) >= 4
        and not all(common(chunks[x]) for x in names)  # "Jajaran mohon Support": no name
        and tok.low not in lx.COMMON_WORDS
        and tok.low not in lx.NOT_NAME
        and tok.low not in _NAME_BREAKERS
        and k + 1 < len(chunks)
        and chunks[k + 1].kind == WORD
        and name_word(chunks[k + 1].text, False)
    )


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
    theme = False
    for ch in chunks:
        if ch.low in lx.THEME_WORDS:
            theme = True
        elif ch.kind == NAME and theme:
            ch.attrs["common"] = True
        elif ch.kind not in (PLACE, ORG) and ch.low not in _THEME_JOINERS:
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


def _past_dot(chunks: list[Chunk], k: int) -> int:
    """k, or past the full stop at k that abbreviates the word before it."""
    return k + 1 if k < len(chunks) and chunks[k].text == "." else k
