"""The tokens of a person's name: the titles before it, its words, the degrees after it.

`persons.mark_names` walks a sentence's chunks and asks these three in turn at a chunk where a
name may start; each returns indices into the chunks, so the caller builds the NAME chunk.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.capsnames import caps_name_word
from electgraph.extract.chunkbase import balinese_start
from electgraph.extract.chunks import PLACE, WORD, Chunk
from electgraph.extract.degrees import bare_degrees as _bare_degrees
from electgraph.extract.degrees import comma_glued
from electgraph.extract.degrees import degree_at as _degree_at
from electgraph.extract.namewords import (
    bare_verb,
    common,
    given_after_office,
    glued_initial,
    initials_before_name,
    name_word,
)

_MAX_NAME_TOKENS = 6
# Titles no name has inside it: one after a capitalised word begins the name there.
TITLES_INSIDE = frozenset({"prof", "dr", "drs", "dra", "drg", "ir", "hj", "kh"})
_QUOTES = frozenset({'"', "“", "”"})


def ranked(ch: Chunk) -> bool:
    """A name written after a rank or a title no name holds inside it ("Prof Dr NAME")."""
    first = str(ch.attrs.get("honorifics", "")).split(" ", 1)[0].rstrip(".").lower()
    return bool(ch.attrs.get("rank")) or first in TITLES_INSIDE


def _inside_name(chunks: list[Chunk], k: int, names: list[int]) -> bool:
    """A capitalised common word after the first name is part of the name ("I Wayan Gede
    Antara"), except words that end a name: months, weekdays. A month between two names with
    no number next to it is a name too ("Ridho Mei Putra Duha")."""
    tok = chunks[k]
    if not names:
        return False
    if tok.low in lx.MONTHS and names[-1] == k - 1 and k + 1 < len(chunks):
        nxt = chunks[k + 1]
        return (nxt.kind == WORD and nxt.is_cap and nxt.text.isalpha()
                and nxt.low not in _NAME_BREAKERS)
    return tok.low not in _NAME_BREAKERS


_SERVED = ("masyarakat", "rakyat", "warga", "pemilih")
_NAME_BREAKERS = lx.MONTHS | lx.WEEKDAYS | lx.SOUGHT_OFFICES | {
    # a headline's verb and negation written capitalised: "Ratu-Angga Hadir Tak Tepat Waktu"
    "hadir", "tak", "tidak",
    "vs", "versus", "bersama", "selaku", "sebagai", "dan", "teradu", "pengadu", "terlapor",
    "pelapor", "juga",
    # connectives written capitalised by mistake: "A dan Sudarmo Kemudian, calon nomor 3 ..."
    "kemudian", "selanjutnya", "sedangkan", "sementara", "namun", "bahkan", "yakni", "yaitu",
    "setelah", "sebelum", "ketika", "serta", "atau", "usai", "menurut", "sehingga", "karena",
    # prepositions written capitalised: "Pj Bupati Drs. Raden Najmi Untuk Wilayah Kabupaten X"
    "untuk", "kepada", "dengan", "oleh", "bagi", "yang", "dalam", "pada", "dari",
    # common nouns written capitalised after a name: "kata Haji Herman Paslon nomor urut 4",
    # and a slogan's "Jilid II" ("Morotai Bangkit Jilid II")
    "paslon", "bapaslon", "jilid",
    # a regulation after a pair's name: "di masa Elang-Rahim Permendagri 84 tidak ..."
    "permendagri", "pergub", "perbup", "perwali", "pkpu", "perppu", "perpres",
}  # fmt: skip


_HYPHENS = frozenset({"-", "‑"})
# The Arabic article written with a hyphen inside a name ("Al-Habsyi", "El-Fasi", "As-Sayyid").
_ARABIC_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "az", "at"})


def titles_before(chunks: list[Chunk], c: int) -> tuple[list[str], list[str], int]:
    """Honorifics and ranks before a name at chunk c ("Dr. H.", "AKBP", "Irjen Pol", "Kapten
    Inf"), and the chunk after them."""
    n = len(chunks)
    honorifics: list[str] = []
    ranks: list[str] = []
    k = c
    while k < n and chunks[k].kind == WORD:
        low = chunks[k].low
        # "HM. NAME": Haji and an initial written together, with a full stop ("HM Jufri"
        # without one keeps the letters as his)
        dotted_hm = low == "hm" and k + 1 < n and chunks[k + 1].text == "."
        if (low in lx.HONORIFICS or dotted_hm) and low not in lx.NAME_PARTICLE_HONORIFICS:
            honorifics.append(chunks[k].text)
            k += 1
            if k < n and chunks[k].text == ".":
                k += 1
                # "Dr., Ir. NAME": titles stacked with a comma between them
                then = chunks[k + 1] if k + 1 < n else None
                if then is not None and chunks[k].text == "," and then.text[:1].isupper() and (
                        then.low in lx.HONORIFICS - lx.NAME_PARTICLE_HONORIFICS):
                    k += 1
        elif (end := _rank_end(chunks, k)) is not None:
            ranks.append(" ".join(chunks[x].text for x in range(k, end)))
            k = _past_dot(chunks, end)  # "Irjen. Pol. NAME"
            # "Komisaris Besar (Kombes) NAME": the rank's short form in brackets
            k = _bracketed_rank_end(chunks, k)
            while k < n and chunks[k].kind == WORD and chunks[k].low in lx.RANK_SUFFIXES:
                ranks.append(chunks[k].text)
                k = _past_dot(chunks, k + 1)
            # "Letnan Kolonel Infanteri (Letkol Inf) NAME": the corps too
            k = _bracketed_rank_end(chunks, k)
            # "Jenderal TNI (Purn) NAME": retired; "(Mar)", "(P)": the corps.
            if (
                k + 2 < n
                and chunks[k].text == "("
                and (chunks[k + 1].low in ("purn", "purnawirawan", "p", "mar", "k")
                     or chunks[k + 1].low in lx.RANK_SUFFIXES)  # "Letkol (Inf) NAME"
            ):
                close = k + 2 + (chunks[k + 2].text == "." and k + 3 < n)  # "(Purn.)"
                if chunks[close].text == ")":
                    ranks.append("(" + chunks[k + 1].text + ")")
                    k = close + 1
                # "Mayjen (Purn) TNI NAME": the corps after the brackets
                while k < n and chunks[k].kind == WORD and chunks[k].low in lx.RANK_SUFFIXES:
                    ranks.append(chunks[k].text)
                    k = _past_dot(chunks, k + 1)
        else:
            break
    if ranks and k + 1 < n and chunks[k].text == "," and chunks[k + 1].kind == WORD and (
            name_word(chunks[k + 1].text, True)):
        k += 1  # "Kapolres Tegal Kota, AKBP, Rully Thomas": a comma after the rank
    return honorifics, ranks, k


def _bracketed_rank_end(chunks: list[Chunk], k: int) -> int:
    """After a rank's short form in brackets at k ("(Kombes)", "(Letkol Inf)"); k if none."""
    if not (k + 2 < len(chunks) and chunks[k].text == "(" and chunks[k + 1].low in lx.RANKS):
        return k
    end = k + 2
    while end < len(chunks) and chunks[end].low in lx.RANK_SUFFIXES:
        end += 1
    return end + 1 if end < len(chunks) and chunks[end].text == ")" else k


def _rank_end(chunks: list[Chunk], k: int) -> int | None:
    """The chunk after a rank at k, a word ("AKBP", or a short form in lower case: "kompol") or
    a capitalised phrase ("Komisaris Besar"); None when none starts there."""
    if not chunks[k].text[:1].isupper():
        # "Kabag Ops Polres X kompol NAME": a rank's short form typed in lower case
        lower = chunks[k].low in lx.RANK_SHORT_FORMS and k + 1 < len(chunks) and (
            chunks[k + 1].text[:1].isupper())
        return k + 1 if lower else None
    if chunks[k].low not in _RANK_PHRASE_STARTS:
        return k + 1 if chunks[k].low in lx.RANKS else None
    for phrase in lx.RANK_PHRASES:
        end = k + len(phrase)
        if end <= len(chunks) and all(
                chunks[k + i].kind == WORD and chunks[k + i].low == word
                for i, word in enumerate(phrase)):
            return end
    return k + 1 if chunks[k].low in lx.RANKS else None


_RANK_PHRASE_STARTS = frozenset(phrase[0] for phrase in lx.RANK_PHRASES)
_NUMBER_WORDS = frozenset({"no", "nomor", "nomer"})


def name_tokens(chunks: list[Chunk], k: int, titled: bool) -> tuple[list[int], int]:
    """The indices of a name's words from chunk k (after its titles), and the chunk after the
    last word read."""
    n = len(chunks)
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
        if (tok.kind == WORD and names and tok.text.isupper() and tok.low in lx.OFFICE_ORDINALS
                and all(common(chunks[x]) for x in names)):
            break  # "Triwulan II", "Tahap III": a common word's ordinal, no name
        if tok.kind == WORD and names and balinese_start(chunks, k):
            break  # "Ketua STAHN Mpu Kuturan Singaraja I Gede Suwindia": a Balinese name starts
        if tok.kind == WORD and names and tok.low in _NUMBER_WORDS and k + 1 < n and (
                chunks[k + 1].text.isdigit() or chunks[k + 1].low == "urut"):
            break  # "Helmi-Mian No 1", "Rohmi-Firin Nomor Urut 1": the ballot number's word
        if tok.kind == WORD and names and tok.low in _SERVED:
            break  # "Ibnu Saud Sejahterahkan Masyarakat": a slogan's people end a name
        if tok.kind == WORD and names and tok.low in TITLES_INSIDE and tok.is_cap:
            break  # "Dekan FHIS Undiksha Prof Dr I Nengah Suastika": a title starts the name
        if tok.kind == WORD and names and bare_verb(tok.low):
            break  # a headline's verb: "Gubernur X Anwar Hafid Serahkan Bantuan ..."
        if (
            tok.kind == WORD
            and name_word(tok.text, (titled and not names) or _inside_name(chunks, k, names))
            and (
                names
                or titled
                or not tok.text.isupper()
                or len(tok.text) == 1
                or initials_before_name(chunks, k)
            )
        ) or (tok.kind == WORD and tok.text.isupper() and caps_name_word(chunks, k, names, titled)):
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
                and (name_word(chunks[k + 1].text, False)
                     or caps_name_word(chunks, k + 1, names, titled))
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
        elif _lower_middle_name(chunks, k, names) or _lower_last_name(chunks, k, names):
            names.append(k)  # "Desy fuji Lestari", "AKBP Teguh Priyo wasono, S.I.K.": a name
            k += 1  # typed in lower case
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
            and tok.text in _QUOTES
            and k + 3 < n
            and chunks[k + 1].kind == WORD
            and chunks[k + 1].text[:1].isupper()
            and chunks[k + 2].text in _QUOTES
            and chunks[k + 3].kind == WORD
            and name_word(chunks[k + 3].text, False)
        ):
            k += 3  # "Andi Nur Bangsawan “Anca” Lamakarate": a nickname inside the name
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
    while (len(names) > 1 and k < n and chunks[k].low in _SERVED and k == names[-1] + 1
           and chunks[names[-1]].low.endswith("kan") and len(chunks[names[-1]].low) >= 7):
        k = names.pop()  # the slogan's verb before them, however spelt ("Sejahterahkan")
    if (names and k < n and chunks[k].kind == PLACE and " " not in chunks[k].text
            and (chunks[k - 1].low in lx.NAME_CONNECTORS or (
                titled and k + 1 < n and chunks[k + 1].text in (",", ".")))):
        # "Nortje Van Bone": a place's name after "van" is his; so is a one-word place
        # closing a titled name in a list ("Asisten III, Drs. Arman Buton, Wakil ...").
        names.append(k)
        k += 1
    elif (names and k + 1 < n and chunks[k].kind == PLACE and " " not in chunks[k].text
          and chunks[k].start == chunks[k - 1].end + 1 and _pair_closes(chunks, names, k)):
        # "pasangan A-Hamza Buton (Amanah)": a one-word place right before a pair's nickname
        # in brackets is the running mate's last name; a place would follow "di" or "dari".
        names.append(k)
        k += 1
    return names, k


def _pair_closes(chunks: list[Chunk], names: list[int], k: int) -> bool:
    """Whether the place at k stands where a pair written "A-B (NICKNAME)" closes: the name
    before it is the pair's second, after a dash."""
    first = names[0]
    return (chunks[k + 1].text == "(" and first >= 2
            and chunks[first - 1].text in (lx.DASHES | _HYPHENS)
            and chunks[first - 2].text[:1].isupper())


def degrees_after(chunks: list[Chunk], names: list[int]) -> tuple[list[str], int]:
    """The degrees written after a name ("NAME, S.Ag", "NAME, SE. M.I.Kom", "NAME SE MM"), and
    the chunk after the name with them."""
    n = len(chunks)
    # "Jhoni Way S,Hut M,Si": the name took in the degree's initial before its comma.
    glued = len(names) >= 2 and comma_glued(chunks, names[-1] + 1)
    if glued:
        names.pop()
    bare = glued or _bare_degrees(chunks, names)
    last = names[-1]
    end = last + 1
    # "Yuyun Sri Agung P." keeps its trailing initial's full stop.
    if end < n and chunks[end].text == "." and len(chunks[last].text) == 1:
        end += 1
    degrees: list[str] = []
    while end + 1 < n and (
        chunks[end].text in ",." or ((degrees or bare) and chunks[end].kind == WORD)
        # "Rondonuwu S.Sos M.Si": a dotted degree right after the name, with no comma
        or (chunks[end].kind == WORD and chunks[end + 1].text == "."
            and _degree_at(chunks, end) > end + 2)
    ):
        # "NAME, SE. M.I.Kom": a second degree may follow the first without a comma;
        # "Basra. S. Kep., M.Kes.": a full stop may stand for the comma.
        at = end + 1 if chunks[end].text in ",." else end
        if at + 1 < n and {chunks[end].text, chunks[at].text} == {".", ","}:
            # "NAME SE., M.IP": the bare degree's full stop, then the list's comma;
            # "Drs.Mulyono,.M.Si", "S.E,. M.Ak": the two typed the other way round
            at += 1
        if bare and chunks[at].text.isupper() and chunks[at].low in lx.DEGREE_TOKENS:
            degrees.append(chunks[at].text)  # "SE MM": one bare degree after another
            end = at + 1
            continue
        after = _degree_at(chunks, at)
        if after == at:
            break
        degrees.append("".join(x.text for x in chunks[at:after]))
        end = after
    return degrees, end


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


def _lower_last_name(chunks: list[Chunk], k: int, names: list[int]) -> bool:
    """A last name in lower case, no Indonesian word, with degrees after it ("Teguh Priyo
    wasono, S.I.K."): the degrees close the name it ends."""
    tok = chunks[k]
    return (
        len(names) >= 2
        and tok.kind == WORD
        and tok.text.isalpha()
        and tok.text.islower()
        and len(tok.text) >= 4
        and tok.low not in lx.COMMON_WORDS
        and tok.low not in lx.NOT_NAME
        and k + 2 < len(chunks)
        and chunks[k + 1].text == ","
        and _degree_at(chunks, k + 2) > k + 2
    )


def _past_dot(chunks: list[Chunk], k: int) -> int:
    """k, or past the full stop at k that abbreviates the word before it."""
    return k + 1 if k < len(chunks) and chunks[k].text == "." else k
