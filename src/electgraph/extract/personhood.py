"""Whether a name is a person's: what surrounds it ("Ketua KPU X, NAME", "kata NAME"), what its
words are (a thing's head, an outlet's tail, a derived word, a verb, God's names), and the lists
it stands in beside confirmed persons. Read by `Doc` when it links names to persons."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, NAME, ORG, PLACE, PUNCT, ROLE, WORD, Chunk
from electgraph.extract.namelists import (
    affiliation_owner,
    called_a_pair,
    dashed_address,
    past_office_clause,
    place_list,
    thing_list,
)
from electgraph.extract.namewords import bare_verb
from electgraph.extract.officelists import party_number

__all__ = [
    "confirmed", "derived_word", "held_or_speaks", "in_person_list", "names_a_thing",
    "states_office", "verb_word",
]


def _word(chunks: list[Chunk], c: int) -> str:
    return chunks[c].low if 0 <= c < len(chunks) and chunks[c].kind in (WORD, PUNCT) else ""


def confirmed(chunks: list[Chunk], c: int) -> bool:
    """Whether the name candidate chunks[c] is a person, judging by what surrounds it."""
    ch = chunks[c]
    if ch.attrs.get("titled"):
        return True
    if place_list(chunks, c) or thing_list(chunks, c) or dashed_address(chunks, c):
        return False
    if c and chunks[c - 1].kind == WORD and chunks[c - 1].low in _KIND_NOUNS and (
            chunks[c - 1].text.islower()):
        return False  # "sebagai lembaga Pengawal Demokrasi": a thing named after its kind
    if names_a_thing(ch.attrs["tokens"]):
        return False
    prev = chunks[c - 1] if c > 0 else None
    prev2 = chunks[c - 2] if c > 1 else None
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    nxt2 = chunks[c + 2] if c + 2 < len(chunks) else None
    if prev is not None and prev.kind == ROLE and affiliation_owner(chunks, c) is not None:
        return False  # "NAME (Guru Besar UNIMA Tondano)": the campus's town, not a holder
    if prev is not None and (
        prev.kind == ROLE or (prev.text == "," and prev2 is not None and prev2.kind == ROLE)
    ):
        return True
    if prev is not None and prev.low in lx.PERSON_CUES_BEFORE:
        return True
    if c >= 2 and party_number(chunks, c - 1) and chunks[c - 2].low in _CASE_PARTIES:
        return True  # "teradu kelima Rusmilawati": numbered as a party to a case
    if nxt is not None and nxt.text in (",", "(") and nxt2 is not None and nxt2.kind == ROLE:
        return True
    if (nxt is not None and nxt.text in lx.DASHES and nxt2 is not None and nxt2.kind == ROLE
            and (prev is None or prev.text in _ITEM_OPENS)):
        return True  # "1. A – Anggota Bawaslu X": a list's item
    if (nxt is not None and nxt.kind == ORG and nxt.attrs.get("body") in lx.LOCAL_BODIES
            and (prev is None or prev.text in _ITEM_OPENS or prev.low in ("yakni", "yaitu"))):
        return True  # "1. HERMAWAN PPK CAKUNG": a list's item, a member and the body
    if (
        nxt is not None
        and nxt.low in ("selaku", "sebagai")
        and nxt2 is not None
        and nxt2.kind == ROLE
    ):
        return True
    if (nxt is not None and nxt.text == "(" and nxt2 is not None and nxt2.kind == ORG
            and nxt2.attrs.get("category") == "party" and c + 3 < len(chunks)
            and chunks[c + 3].text == ")" and len(ch.attrs["tokens"]) > 1
            # "Partai Solidaritas Indonesi (PSI)": a party's own name, misspelt
            and not any(t.lower() in lx.COMMON_WORDS for t in ch.attrs["tokens"])
            and not (prev is not None and prev.low == "partai")):
        return True  # "Melky Jakhin Pangemanan (PSI)": a member of a party, in brackets
    if (nxt is not None and nxt.low in ("selaku", "sebagai") and nxt2 is not None
            and nxt2.low in _PERSON_FUNCTIONS):
        return True  # "A sebagai pelapor", "A selaku narasumber": a part only a person plays
    if prev is not None and prev.kind == WORD and prev.low in lx.SPEECH_VERBS:
        return True
    if (
        _candidate_cue(chunks, c)
        or _pairs_with(chunks, c)
        or (prev is not None and prev.low in ("vs", "versus"))
        or (nxt is not None and nxt.low in ("vs", "versus"))
    ):
        return True
    multi = len(ch.attrs["tokens"]) > 1
    if prev is not None and prev.text == ";":
        return True  # semicolon lists in these reports list people (or bodies, which are ORG)
    if multi and c > 0 and _looks_like_person_name(chunks, c):
        return True
    if (
        multi
        and nxt is not None
        and nxt.kind == WORD
        and nxt.low.startswith(lx.VERB_PREFIXES)
        and not nxt.text[:1].isupper()
    ):
        return True
    if (
        multi
        and nxt is not None
        and nxt.text in ("-", "–", "—")
        and nxt2 is not None
        and nxt2.kind == NAME
    ):
        return True
    return bool(
        multi
        and prev is not None
        and prev.text in ("-", "–", "—")
        and prev2 is not None
        and prev2.kind == NAME
    )




def _candidate_cue(chunks: list[Chunk], c: int) -> bool:
    """'pasangan nomor urut 1, NAME', 'calon bupati X NAME', 'berpasangan dengan NAME'."""
    for k in range(c - 1, max(-1, c - 8), -1):
        ch = chunks[k]
        if ch.kind == NAME:
            return False
        if ch.low in lx.CANDIDATE_WORDS or (
            (ch.low.isdigit() or ch.low in lx.BALLOT_NUMBER_WORDS)  # "nomor urut satu"
            and k > 0 and chunks[k - 1].low == "urut"
        ):
            return True
    return False


def _pairs_with(chunks: list[Chunk], c: int) -> bool:
    """'Safaruddin berpasangan dengan B', 'A (RKN), berpasangan dengan B': a candidate named
    before the running mate, even at a sentence's start or with a short form in brackets."""
    k = _past_bracket(chunks, c + 1)
    if k < len(chunks) and chunks[k].text == ",":
        k += 1
    k = past_office_clause(chunks, k)  # "A yang saat ini menjabat Wali Kota X berpasangan"
    if k < len(chunks) and chunks[k].low == "berpasangan":
        return True
    # "A dan B (HANDAL) menjadi bakal pasangan calon": both named, then called a pair
    if k + 1 < len(chunks) and chunks[k].low == "dan" and chunks[k + 1].kind == NAME:
        return called_a_pair(chunks, _past_bracket(chunks, k + 2))
    return (c >= 2 and chunks[c - 1].low == "dan" and chunks[c - 2].kind == NAME
            and called_a_pair(chunks, _past_bracket(chunks, c + 1)))


def _past_bracket(chunks: list[Chunk], k: int) -> int:
    """Past a short form in brackets at k ("(RKN)", "(HANDAL)")."""
    if k + 2 < len(chunks) and chunks[k].text == "(" and chunks[k + 2].text == ")":
        return k + 3
    return k


def _looks_like_person_name(chunks: list[Chunk], c: int) -> bool:
    """A run of capitalised words inside a sentence (not at its start, where any word is
    capitalised) is a person's name unless its first word names a kind of thing ("Sistem ...",
    "Operasi ...") or it carries an acronym in brackets, which things have and people do not."""
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    prev = chunks[c - 1]
    if prev.low in lx.PLACE_CUES_BEFORE or prev.text in lx.OPENING_QUOTES:
        return False  # "di Tarogong Kidul", "Kecamatan Seram Utara", a quoted theme
    if (
        prev.text == ","
        and c > 1
        and chunks[c - 2].kind == PLACE
        and (chunks[c - 2].attrs.get("kind") == "venue" or (c > 2 and chunks[c - 3].low == "di"))
    ):
        return False  # "di Hotel Madani, Lubuk Pakam": a place in apposition to a venue
    if nxt is not None and nxt.kind == ELECTION and nxt.attrs.get("generic"):
        return False  # "Aparat Pengawas Pemilu": a name of a post or a body, not a person's
    return not (nxt is not None and nxt.text == "(" and _acronym_in_brackets(chunks, c + 1))


def _acronym_in_brackets(chunks: list[Chunk], k: int) -> bool:
    """'Badan Pengawas Pemilu (Bawaslu)', 'Operasi Mantap Praja (OMP)': one capitalised word or
    body in the brackets at k shortens a thing's name; 'NAME (Dapil 5)' places a person."""
    return (k + 2 < len(chunks) and chunks[k + 2].text == ")"
            and chunks[k + 1].text[:1].isupper())


# Parties to an ethics case, numbered ("teradu kelima NAME"); not "saksi ketiga Capres".
_CASE_PARTIES = frozenset({"teradu", "pengadu", "terlapor", "pelapor"})
_PERSON_FUNCTIONS = _CASE_PARTIES | {
    "saksi", "narasumber", "pemateri", "pembicara", "moderator", "panelis", "pemohon",
    "termohon", "tersangka", "terdakwa", "juru",  # "juru bicara", "juru kampanye"
}


def derived_word(token: str) -> bool:
    """A derived word (`lx.DERIVED_FORM`: "Pelayanan", "Meningkatkan"), or a headline's bare
    verb in -kan ("Serahkan", "Ciptakan") when the dictionary has it ("Mulkan", "Reskan" are
    names it has not): no name."""
    return bool(lx.DERIVED_FORM.match(token)) or bare_verb(token)



def verb_word(token: str) -> bool:
    """An active verb of the dictionary ("Melantik", "Bersepakat" in a headline's capitals) or
    a passive one ("Disanksi", "Diedukasi": di- before a dictionary word the corpus list lacks
    in its passive form): never a word of a name. A root of five letters or more keeps names
    out ("Dimas", "Diana")."""
    if len(token) >= 7 and token.startswith("di") and (
            token in lx.COMMON_WORDS or token[2:] in lx.COMMON_WORDS):
        return True
    return len(token) >= 6 and token.startswith(("me", "ber")) and (
        token in lx.COMMON_WORDS or token in _EVENT_VERBS)


# The verbs of the lexicon's events: "Melantik" is in no corpus list of common words.
_EVENT_VERBS = lx.HOST_VERBS | lx.ATTEND_CUES | lx.SPEAK_VERBS | lx.INAUGURATION_VERBS


def names_a_thing(tokens: list[str], *, derived: bool = True) -> bool:
    """Whether a name's words name a thing, not a person: "Sistem ...", "Salam Pena News" (an
    outlet), "Indonesia Baru Center", "Ida Sang Hyang Widhi" (God, in a prayer); with
    `derived`, any derived word ("Resmi Melantik") too, which a surname may look like
    ("Keleosan"): a rule that saw the name in a person's slot asks without it."""
    return (tokens[0] in lx.NON_PERSON_HEADS or (derived and any(map(derived_word, tokens)))
            or any(t in lx.SACRED_WORDS for t in tokens)
            or any(t in lx.NON_PERSON_TAILS for t in tokens[1:])
            # "Kadis Kesbang Pol": a corps' or a service's word alone ("Pol", "TNI")
            or all(t in lx.RANK_SUFFIXES for t in tokens)
            # "(Sosdiklih Parmas)": a division's short name
            or (len(tokens) > 1 and all(t in lx.DIVISION_WORDS for t in tokens)))


def headline(chunks: list[Chunk]) -> bool:
    """A line written as a headline ("KPU Bolehkan Paslon Kalah ... Maju Lagi di Pilkada
    Ulang"): short, every word capitalised but the small ones ("di", "soal", "atas"), a verb
    after its first word. There a capital says nothing about where a name begins. A list of
    officials or pairs, every word capitalised too, has no verb ("Mereka adalah A-B ..." has
    "adalah" in lower case)."""
    words = [t for ch in chunks if ch.kind != PUNCT
             for t in ch.text.split() if t.isalpha() and len(t) > 3]
    if not 5 <= len(words) <= 25 or any(
            not t[0].isupper() and t not in lx.HEADLINE_SMALL_WORDS for t in words):
        return False  # a lead-in with a list of names after it ("Berikut daftar ...:") is none
    if any(ch.text in lx.QUOTE_MARKS for ch in chunks):
        return False  # "Lanjutkan Bu Khofifah Mas Emil,” kata NAME": a quote's end
    return any(_headline_verb(t.lower()) for t in words[1:] if t[0].isupper())


def _headline_verb(token: str) -> bool:
    """"Bolehkan", "Diperingatkan", "Terkait", "Menyerahkan": a verb of the dictionary."""
    return len(token) >= 6 and token in lx.COMMON_WORDS and (
        token.startswith(("me", "ber", "di", "ter")) or token.endswith("kan"))


def held_or_speaks(chunks: list[Chunk], c: int) -> bool:
    """"Ketua KPU X, NAME", "ujar NAME": an office right before the name, or a verb of saying."""
    k = c - 1 - (c >= 2 and chunks[c - 1].text == ",")
    return k >= 0 and (chunks[k].kind == ROLE or chunks[k].low in lx.SPEECH_VERBS)


def states_office(chunks: list[Chunk], c: int) -> bool:
    """ "kepada Restu selaku Anggota Bawaslu X": a name inside a sentence that says which office
    it holds is a person's, even one spelt as a common word. So is one word set off after an
    office and a body the lexicon knows, and closed there ("Turut hadir Komisioner KIP Aceh
    Utara, Zulfikar."; not "Kepala Dinas Pariwisata X, Olahraga, dan ...", a list going on)."""
    if c > 0 and c + 2 < len(chunks) and chunks[c + 1].low == "selaku" and (
            chunks[c + 2].kind == ROLE):
        return True
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    after = chunks[c + 2] if c + 2 < len(chunks) else None
    if (nxt is not None and after is not None and (c == 0 or chunks[c - 1].text in _ITEM_OPENS)
            and nxt.text in _OFFICE_SETS and after.kind == ROLE
            and isinstance(after.attrs.get("org"), Chunk)):
        return True  # a list's item "1. Restu – Anggota Bawaslu X", "Restu (Anggota Bawaslu X):"
    org = chunks[c - 2].attrs.get("org") if c >= 2 and chunks[c - 2].kind == ROLE else None
    return (
        isinstance(org, Chunk) and bool(org.attrs.get("body")) and chunks[c - 1].text == ","
        and " " not in chunks[c].text
        and (nxt is None or nxt.text in (".", ")") or (
            nxt.text == "," and after is not None and after.text[:1].islower()
            and after.low not in lx.NAME_LIST_WORDS))
    )


_ITEM_OPENS = frozenset({",", ":", ";"})
# Kinds of thing a capitalised name may follow in lower case: "lembaga Pengawal Demokrasi",
# "aplikasi Sirekap", "program Desa Anti Politik Uang".
_KIND_NOUNS = frozenset({"lembaga", "aplikasi", "program", "sistem", "gerakan", "organisasi",
                         "komunitas", "yayasan", "slogan", "tagline", "semboyan", "jargon"})
_OFFICE_SETS = frozenset({"(", "–", "-", "—"})


def in_person_list(chunks: list[Chunk], c: int) -> bool:
    """A name separated only by list punctuation from a confirmed person is a person."""
    if place_list(chunks, c) or thing_list(chunks, c) or names_a_thing(chunks[c].attrs["tokens"]):
        return False
    for step in (-1, 1):
        k = c + step
        while 0 <= k < len(chunks):
            if chunks[k].text in (",", ";", "-", "–", "—") or chunks[k].low in lx.NAME_LIST_WORDS:
                k += step
            elif _bracketed_short_form(chunks, k, step):
                k += 3 * step  # "A (SJL) dan B (MAP)": each name's short form in brackets
            elif (past := _past_affiliation(chunks, k, step)) is not None:
                k = past  # "A (Ketua Bawaslu X), B dan C (Polres X)": each one's body after
            else:
                break
        if (
            0 <= k < len(chunks)
            and k != c + step
            and chunks[k].kind == NAME
            and chunks[k].person is not None
        ):
            return True
    return False


def _past_affiliation(chunks: list[Chunk], k: int, step: int) -> int | None:
    """Past a bracket at k that holds a body or an office ("(Polres Bantul)", "(Sekretaris
    Dewan)") going `step`: where the list goes on, else None."""
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    if chunks[k].text != opening:
        return None
    m = k + step
    while 0 <= m < len(chunks) and abs(m - k) <= _AFFILIATION_SPAN and chunks[m].text not in "()":
        m += step
    if not (0 <= m < len(chunks)) or chunks[m].text != closing:
        return None
    inner = chunks[min(k, m) + 1 : max(k, m)]
    return m + step if any(x.kind in (ORG, ROLE) for x in inner) else None


_AFFILIATION_SPAN = 8


def _bracketed_short_form(chunks: list[Chunk], k: int, step: int) -> bool:
    """Whether a short form in capitals in brackets, "(SJL)", starts at k going `step`."""
    inner, close = k + step, k + 2 * step
    if not (min(k, close) >= 0 and max(k, close) < len(chunks)):
        return False
    opening, closing = (chunks[k], chunks[close]) if step > 0 else (chunks[close], chunks[k])
    word = chunks[inner].text
    return (opening.text == "(" and closing.text == ")" and word.isalpha() and word.isupper()
            and 2 <= len(word) <= 5)
