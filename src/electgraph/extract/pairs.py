"""Candidate pairs by their other names: nicknames ("A-B (Dafa)", "dengan akronim RAMAH") and
a member restated with another spelling. Read by the candidates and nominates rules."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, WORD, Chunk
from electgraph.extract.doc import Doc
from electgraph.extract.nicknames import called_at

__all__ = [
    "dash_pairs", "next_pair", "pair_aliases", "pair_variants", "person_aliases", "resolve_person",
    "skip_brackets_of_names",
]

# Words (other than list fillers) two pairs of a list may have between them.
_NEXT_PAIR_GAP = 8


_BALLOT_WORDS = lx.CANDIDATE_WORDS | {"nomor", "urut", "no"}


def pair_aliases(doc: Doc) -> dict[str, tuple[str, str]]:
    """A pair's nickname (its person key, or its text when no person) -> the pair's two persons.

    "A-B (Dafa)", "A dan B (Mulia-Pas)", "A dan B dengan akronim RAMAH": the name in brackets
    after a pair (after a dash pair, or a nickname with a dash of its own) names the pair. A
    bracket after each member ("A (Mualem) dan B (Dek Fad)") gives each person's own nickname.
    """
    found: dict[str, tuple[str, str]] = {}
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 4):
            a, join, b = ch[c], ch[c + 1], ch[c + 2]
            # "A berpasangan dengan B (ERI-HI)": the pair joined by the verb
            paired = join.low == "berpasangan" and b.low == "dengan" and c + 4 < len(ch)
            if paired:
                b = ch[c + 3]
            if a.kind != NAME or b.kind != NAME or not (
                    paired or join.low in lx.PAIR_NAME_JOINERS):
                continue
            pa, pb = doc.person_of(a), doc.person_of(b)
            if pa is None or pb is None or pa == pb:
                continue
            k = c + 3 + paired
            if ch[k].text == "," and k + 1 < len(ch) and ch[k + 1].text == "(":
                k += 1  # "A berpasangan dengan B, ST,. MT, (AKJ-Syam)": after B's degrees
            if ch[k].text == "(":
                end = next((m for m in range(k + 1, min(len(ch), k + 5)) if ch[m].text == ")"), 0)
                inner = ch[k + 1 : end]
                dashed = any(x.low in lx.DASHES for x in inner)
                # "A dan B (Andalan Hati)": a nickname sharing no word with B's name is the
                # pair's; "A dan B (Gus B)" is B's own.
                own = any(set(x.low.split()) & set(b.low.split()) for x in inner)
                if not end or not (join.low in lx.DASHES or dashed or not own):
                    continue
                if any(x.low in _BALLOT_WORDS or x.low.isdigit() for x in inner):
                    continue  # "A – B (Nomor Urut 1)": the pair's number, not its nickname
            elif (called := called_at(ch, k)) is not None:
                inner = ch[called : called + 1]
            else:
                continue
            for x in inner:
                if x.low in lx.DASHES or not x.text[:1].isupper():
                    continue
                key = doc.person_of(x)
                if key is None:  # a nickname of common words, written in any case later
                    found.setdefault(x.text.casefold(), (pa, pb))
                    key = x.text
                if key not in (pa, pb):
                    found.setdefault(key, (pa, pb))
    for word, pair in doc.pairs_by_word.items():  # "Paslon SipakarioMi diusung oleh ..."
        found.setdefault(word, pair)
    _initials_of_pairs(doc, found)
    return found


def nickname_in(text: str, nicknames: dict[str, tuple[str, str]]) -> str | None:
    """The key of the pair nickname `text` is, as written or in another case ("Sipakariomi",
    later "SipakarioMi")."""
    if text in nicknames:
        return text
    return text.casefold() if text.casefold() in nicknames else None


def _initials_of_pairs(doc: Doc, found: dict[str, tuple[str, str]]) -> None:
    """'A B-C D' then 'pasangan AB-CD': each member named by the initials of their name, written
    as a dash pair. Both halves must match one pair the article names in full."""
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            a, join, b = ch[c], ch[c + 1], ch[c + 2]
            if a.kind == NAME and b.kind == NAME and join.low in lx.DASHES:
                pa, pb = doc.person_of(a), doc.person_of(b)
                if pa is not None and pb is not None and pa != pb:
                    pairs.setdefault((_initials(doc, pa), _initials(doc, pb)), (pa, pb))
    if not pairs:
        return
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            a, join, b = ch[c], ch[c + 1], ch[c + 2]
            if join.low in lx.DASHES and (pair := pairs.get((a.text, b.text))) is not None and (
                    doc.person_of(a) is None and doc.person_of(b) is None):
                found.setdefault(a.text, pair)
                found.setdefault(b.text, pair)


def _initials(doc: Doc, person: str) -> str:
    """'Timotius Kaidel' -> 'TK'; honorifics ("Haji") give no letter; '' for one word."""
    words = [t for t in doc.persons[person].tokens if t.lower() not in lx.HONORIFICS]
    return "".join(t[0].upper() for t in words) if len(words) > 1 else ""


def pair_variants(doc: Doc) -> dict[str, str]:
    """A pair's member named again under another reading -> the member as first named.

    "A dan I Nyoman Giri Prasta" then "A-Nyoman Giri Prasta", "A dan Putu Agus Suradnyana" then
    "A-Putu Agus Suradnya": the name beside a candidate's first running mate that shares a name
    with that mate is the mate (a spelling the name linking kept apart)."""
    first: dict[str, str] = {}
    found: dict[str, str] = {}
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            a, join, b = ch[c], ch[c + 1], ch[c + 2]
            if a.kind != NAME or b.kind != NAME or join.low not in lx.PAIR_NAME_JOINERS:
                continue
            if join.low not in lx.DASHES and ((c and ch[c - 1].low in lx.DASHES) or (
                    c + 3 < len(ch) and ch[c + 3].low in lx.DASHES)):
                continue  # "A – B dan C – D": the "dan" joins two pairs, B and C are none
            if (c + 4 < len(ch) and ch[c + 3].low in lx.DASHES and ch[c + 4].kind == NAME) or (
                    c >= 2 and ch[c - 1].low in lx.DASHES and ch[c - 2].kind == NAME):
                continue  # "A-Mersyah-B": a name cut in two by a dash, no pair to read
            pa, pb = doc.person_of(a), doc.person_of(b)
            if pa is None or pb is None or pa == pb:
                continue
            pa, pb = found.get(pa, pa), found.get(pb, pb)
            new = [(me, other) for me, other in ((pa, pb), (pb, pa)) if me not in first]
            for me, other in ((pa, pb), (pb, pa)):
                mate = first.get(me)
                if (
                    mate is not None
                    and mate != other
                    and other not in first
                    and join.low in lx.DASHES
                    and (_share_name(doc, mate, other) or _nickname_of(doc, other))
                ):
                    found[other] = mate
            for me, other in new:
                if me not in found:
                    first[me] = other
    return found


def _nickname_of(doc: Doc, person: str) -> bool:
    """A name of one word that shares no word with another person of the article: beside a
    running mate it is the first member's nickname ("Moh Ramdhan Pomanto-Azhar Arsyad", later
    "Danny-Azhar")."""
    me = doc.persons.get(person)
    if me is None or len(me.tokens) != 1:
        return False
    word = me.tokens[0].lower()
    return not any(word in {t.lower() for t in p.tokens} for k, p in doc.persons.items()
                   if k != person)


def _share_name(doc: Doc, one: str, other: str) -> bool:
    names = [
        {t.lower() for t in doc.persons[k].tokens if len(t) > 2} - lx.HONORIFICS
        if k in doc.persons
        else set()
        for k in (one, other)
    ]
    return bool(names[0] & names[1])


def person_aliases(doc: Doc) -> dict[str, str]:
    """Nicknames and acronyms of persons: "NAME, yang akrab disapa NICK", "NAME (ACR)"."""
    found: dict[str, str] = {}
    for sv in doc.sents:
        ch = sv.chunks
        for c, x in enumerate(ch):
            if x.kind != NAME:
                continue  # no person (`Doc.person_of`), tested without the call
            person = doc.person_of(x)
            if person is None:
                continue
            if (
                c + 3 < len(ch)
                and ch[c + 1].text == "("
                and ch[c + 3].text == ")"
                and ch[c + 2].text.isupper()
                and ch[c + 2].text.isalpha()
                # "A dan B (HANDAL)": after a pair, the acronym is the pair's (`pair_aliases`)
                and not (c >= 2 and ch[c - 1].low in lx.PAIR_NAME_JOINERS
                         and ch[c - 2].kind == NAME)
            ):
                found.setdefault(ch[c + 2].text, person)
            for k in range(c + 1, min(len(ch) - 1, c + 6)):
                if ch[k].low in lx.NICKNAME_CUES and ch[k + 1].kind in (NAME, WORD):
                    if ch[k + 1].text[:1].isupper() and doc.person_of(ch[k + 1]) is None:
                        found.setdefault(ch[k + 1].text, person)
                    break
    return found


def resolve_person(doc: Doc, ch: Chunk, aliases: dict[str, str]) -> str | None:
    """The person a chunk names: by a nickname (its text), or a person under its first reading
    (a pair member spelt otherwise, `candidates.pair_variants`, keyed by person)."""
    if ch.kind in (NAME, WORD) and ch.text in aliases and doc.person_of(ch) is None:
        return aliases[ch.text]
    person = doc.person_of(ch)
    return aliases.get(person, person) if person is not None else None


def dash_pairs(doc: Doc, aliases: dict[str, str]) -> list[tuple[str, str]]:
    """Pairs written "A-B" with both names resolved, in full or by nicknames."""
    out: list[tuple[str, str]] = []
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            if ch[c + 1].text in lx.DASHES:
                a, b = resolve_person(doc, ch[c], aliases), resolve_person(doc, ch[c + 2], aliases)
                if a and b and a != b and (a, b) not in out:
                    out.append((a, b))
    return out


def skip_brackets_of_names(chunks: list[Chunk], k: int) -> int:
    """Past a nickname in brackets ("(Dafa)", "(Mulia-Pas)", "(ASADULA)") at k."""
    if k < len(chunks) and chunks[k].text == "(":
        end = next((m for m in range(k + 1, min(len(chunks), k + 5)) if chunks[m].text == ")"), 0)
        if end and all(x.kind == NAME or x.low in lx.DASHES or (x.kind == WORD and x.text.isupper())
                       for x in chunks[k + 1 : end]):
            return end + 1
    return k


def next_pair(chunks: list[Chunk], last: int, c: int, mate: int | None) -> bool:
    """The pair at c is the next one of a list whose earlier pair ended at `last`: "A-B yang
    diajukan P dan C-D", "A dan B (P, Q), C dan D", "A dan B, kedua, C-D"."""
    if mate is None or c <= last or not _pair_filler(chunks, c - 1):
        return False
    if c >= 1 and chunks[c - 1].kind == ROLE:
        return False
    gap = 0
    k = last + 1
    while k < c:
        if chunks[k].text == "(":
            end = next((m for m in range(k + 1, min(c, k + 16)) if chunks[m].text == ")"), 0)
            if end:
                k = end + 1
                continue
        if chunks[k].kind in (NAME, ROLE) or chunks[k].low in ('"', "“", "”"):
            return False
        if chunks[k].low in lx.SPEECH_VERBS:
            return False
        gap += not _pair_filler(chunks, k)
        k += 1
    return gap <= _NEXT_PAIR_GAP


def _pair_filler(chunks: list[Chunk], k: int) -> bool:
    """A word between two pairs of a list, or its number ("..., 2. C-D")."""
    ch = chunks[k]
    if ch.low in lx.PAIR_LIST_FILLERS:
        return True
    if ch.text == ".":
        return k > 0 and chunks[k - 1].low.isdigit()
    return ch.low.isdigit() and len(ch.low) <= 2 and k + 1 < len(chunks) and (
        chunks[k + 1].text == ".")
