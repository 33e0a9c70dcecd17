"""candidates: who stands for election, with the ballot number and the running mate.

"pasangan calon (paslon) nomor urut 1, A-B", "paslon nomor urut 2 A dan B", "calon bupati X,
NAME", "Cabup nomor urut 2, NAME", "bakal calon ...", "mengusung pasangan A-B", "A Vs B".
Witnesses of a pair ("saksi paslon, yakni ...") are not candidates.

Lists of pairs share their introduction across brackets ("pasangan A dan B (P, Q), C dan D (R)")
and ordinals ("pertama A-B, kedua, C-D"); a pair may be introduced after it ("A berpasangan
dengan B", "A-B (nomor urut dua)", "A dan B dengan nomor urut 03"), or be the next pair of a list
whose first pair was introduced ("pasangan A-B yang diajukan P dan C-D yang diajukan Q"); the
mate may follow "dengan" ("Paslon 02 yakni A, dengan B"), or be named later beside a candidate
whose mate is not known ("Murad – Michael"). Elected
heads are candidates too ("Bupati terpilih, A-B"). A pair's nickname ("A-B (Dafa)", "A dan B
(Mulia-Pas)", "A dan B dengan akronim RAMAH") stands for both its members (`pair_aliases`). A
pair restated with a member spelt otherwise ("A dan Putu Agus Suradnyana", later "A-Putu Agus
Suradnya") is the same pair (`pair_variants`). Whether and how a name is introduced as a
candidate is read in `candidateintro`.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.candidateintro import intro_after, intro_before, stands_as
from electgraph.extract.chunks import ELECTION, NAME, PLACE, Chunk, Chunker
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.extract.eventchunks import looks_like_verb
from electgraph.extract.namelists import past_office_clause
from electgraph.extract.pairs import next_pair, pair_aliases, pair_variants, skip_brackets_of_names
from electgraph.extract.tokens import tokenize
from electgraph.extract.winners import (
    area_pairs,
    elected_before_office,
    listed_pair,
    numbered_pairs,
    pair_and_offices,
    pair_under_heading,
    recalled_pairs,
    votes_follow,
)
from electgraph.model import EntityType, FactKind

_NAME_PARTS = re.compile(r"[\s\-]+")
_MATE_JOINERS = lx.PAIR_NAME_JOINERS | {"dengan", "bersama"}


def extract_candidates(doc: Doc, out: Collector) -> None:
    election = _main_election(doc, out)
    aliases = pair_aliases(doc)
    variants = pair_variants(doc)
    for sv in doc.sents:
        _sentence(doc, sv, out, election, aliases, variants)
        elected_before_office(doc, sv, out, election, variants)
        pair_under_heading(doc, sv, out, election, variants)
        listed_pair(doc, sv, out, election, variants)
        numbered_pairs(doc, sv, out, election, variants)
        area_pairs(doc, sv, out, election, variants)
        recalled_pairs(doc, sv, out, election, variants)
        pair_and_offices(doc, sv, out, election, variants)
    _mates_of_candidates(doc, out, election, variants)
    # "Lebih lanjut terkait paslon bupati, Ria menyatakan ...": who holds an office of an
    # election body in the article organises the election; she stands in none.
    officials = out.office_holders("election_body")
    out.discard(lambda f: f.kind is FactKind.CANDIDATES and f.subject in officials)


def _mates_of_candidates(
    doc: Doc, out: Collector, election: str | None, variants: dict[str, str]
) -> None:
    """ "Murad – Michael hanya meraih 25 persen": a pair written with a dash whose one member is
    a candidate with no running mate known makes the other member the running mate."""
    mates: dict[str, str | None] = {}
    for f in out.facts():
        if f.kind is FactKind.CANDIDATES:
            mate = f.quals.get("running_mate")
            mates[f.subject] = mates.get(f.subject) or (mate if isinstance(mate, str) else None)
    if not mates:
        return
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            if ch[c + 1].low not in lx.DASHES or not all(
                x.kind == NAME and not _not_a_name(x) for x in (ch[c], ch[c + 2])
            ):
                continue
            for me_ch, other_ch in ((ch[c], ch[c + 2]), (ch[c + 2], ch[c])):
                me = doc.person_of(me_ch)
                me = variants.get(me, me) if me is not None else None
                if me is None or me not in mates or mates[me] is not None:
                    continue
                doc.ensure_person(other_ch)
                other = doc.person_of(other_ch)
                if other is None or other == me or other in mates:
                    continue
                local = next(
                    (x.key for x in ch if x.kind == ELECTION and not x.attrs.get("generic")),
                    election,
                )
                for one, two in ((me, other), (other, me)):
                    _candidacy(out, sv, one, two, local, None, None, variants)
                    mates[one] = two


def _main_election(doc: Doc, out: Collector) -> str | None:
    best: tuple[int, str] | None = None
    regions: set[str] = set()
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch.kind == ELECTION and not ch.attrs.get("generic"):
                key = out.entity(EntityType.ELECTION, ch)
                regions.add(ch.attrs.get("region_code", ""))
                score = len(ch.label) + (20 if ch.attrs.get("region_code") else 0)
                if best is None or score > best[0]:
                    best = (score, key)
    # "Dua Paslon Daftar Pilkada Riau Hari Ini": an election of a region the body names only
    # by a generic "Pilkada 2024" is named in the title.
    for ch in _title_chunks(doc):
        code = ch.attrs.get("region_code", "")
        if ch.kind == ELECTION and code and code not in regions:
            regions.add(code)
            key = out.entity(EntityType.ELECTION, ch)
            if best is None:
                best = (0, key)
    return best[1] if best else None


def _title_chunks(doc: Doc) -> list[Chunk]:
    title = doc.article.headline
    if not title or not doc.article.text.startswith(title):
        return []
    return Chunker(tuple(tokenize(doc.article.text, 0, len(title))), doc.short_forms).chunks()


def _sentence(
    doc: Doc,
    sv: SentView,
    out: Collector,
    election: str | None,
    aliases: dict[str, tuple[str, str]],
    variants: dict[str, str],
) -> None:
    chunks = sv.chunks
    local = (
        next((ch.key for ch in chunks if ch.kind == ELECTION and not ch.attrs.get("generic")), None)
        or election
    )
    last = -1  # the last name of this sentence taken as a candidate
    for c, ch in enumerate(chunks):
        if ch.kind == NAME and not doc.person_of(ch):
            _pair_of_persons(doc, chunks, c, last)
            if len(ch.attrs["tokens"]) > 1 and stands_as(chunks, c) is not None:
                # "Budi Santoso resmi menjadi calon Wali Kota Bima"; one word may be a pair's
                # nickname ("mendorong Wiwit menjadi calon bupati")
                doc.ensure_person(ch)
            if c > last and (taken := _nicknamed_pair(doc, sv, out, c, local, variants)):
                last = taken
                continue
        if ch.kind != NAME or not doc.person_of(ch) or _nickname(chunks, c) or _not_a_name(ch):
            continue
        if c <= last:
            continue  # the running mate of the pair just taken: "A – B dan C – D" pairs B with A
        mate = _mate(chunks, c)
        if mate is None and _speaks_next(chunks, c):
            continue  # "Selain mengundang pasangan terpilih, NAME, juga menyebutkan": the speaker
        intro, after = intro_before(chunks, c), intro_after(chunks, c, mate)
        if intro is None:
            intro = after
        elif after is not None and after[0] is not None:
            # "pasangan A dan B (nomor urut dua)"; "..., C-D mendapatkan nomor urut 3": the
            # number right after the pair is its own, not the one the pair before it got
            intro = (after[0], intro[1])
        if intro is None and (stands := stands_as(chunks, c)) is not None:
            intro = (None, stands or None)
            if stands:
                mate = None  # "A, B, dan C yang menjadi bakal calon Gubernur Y": rivals
        if intro is None and last >= 0 and next_pair(chunks, last, c, mate):
            intro = (None, None)
        if intro is None:
            continue
        number, role = intro
        if (bracketed := _bracketed_pair(chunks, c)) is not None:
            # "Paslon Nomor 1, Astaguna (Made Kasta-Ketut Gunaksa)": the pair's nickname, then
            # the pair itself in brackets
            c, mate = bracketed
            ch = chunks[c]
            # a member's name may be a common word too ("Asmar-Muzamil")
            doc.ensure_person(ch, certain=True)
            doc.ensure_person(chunks[mate], certain=True)
            if not (doc.person_of(ch) and doc.person_of(chunks[mate])):
                continue
        last = max(c, mate or c)
        if (pair := aliases.get(doc.person_of(ch) or "")) is not None:
            _add_pair(out, sv, pair, local, number, role, variants)
            continue
        _add(doc, sv, out, ch, local, number, role, mate, variants)
        if mate is not None:
            _add(doc, sv, out, chunks[mate], local, number, role, c, variants)
    # "A Vs B"
    for c, ch in enumerate(chunks):
        if ch.low == "vs" and 0 < c < len(chunks) - 1:
            for k in (c - 1, c + 1):
                if chunks[k].kind == NAME and doc.person_of(chunks[k]):
                    _add(doc, sv, out, chunks[k], local, None, None, None, variants)


def _nicknamed_pair(doc: Doc, sv: SentView, out: Collector, c: int, election: str | None,
                   variants: dict[str, str]) -> int:
    """'nomor urut 1 Berazam (Asmar-Muzamil)': a pair introduced by its nickname, a name no
    person has, with its members in brackets after it. The index of the mate taken, or 0."""
    chunks = sv.chunks
    if (bracketed := _bracketed_pair(chunks, c)) is None or (
            intro := intro_before(chunks, c)) is None:
        return 0
    a, b = bracketed
    doc.ensure_person(chunks[a], certain=True)
    doc.ensure_person(chunks[b], certain=True)
    if not (doc.person_of(chunks[a]) and doc.person_of(chunks[b])):
        return 0
    _add(doc, sv, out, chunks[a], election, intro[0], intro[1], b, variants)
    _add(doc, sv, out, chunks[b], election, intro[0], intro[1], a, variants)
    return b


def _bracketed_pair(chunks: list[Chunk], c: int) -> tuple[int, int] | None:
    """The two names in brackets right after the name at c, joined as a pair ("(A-B)")."""
    k = c + 1
    if (k + 4 < len(chunks) and chunks[k].text == "(" and chunks[k + 1].kind == NAME
            and chunks[k + 2].low in lx.PAIR_NAME_JOINERS and chunks[k + 3].kind == NAME
            and chunks[k + 4].text == ")"):
        return k + 1, k + 3
    return None


def _speaks_next(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c, set off by commas, is the subject of a speech verb after a clause
    whose verb took the pair's word as its object ("Selain mengundang pasangan terpilih, NAME,
    juga menyebutkan"). An introduction that opens its clause is the name's apposition: "Calon
    Bupati Karimun Nomor Urut 2, NAME, mengatakan"."""
    k = c + 1
    if k >= len(chunks) or chunks[k].text != ",":
        return False
    k += 1
    while k < len(chunks) and chunks[k].low in ("juga", "pun", "kemudian", "lalu"):
        k += 1
    if not (k < len(chunks) and chunks[k].low in lx.SPEAK_VERBS):
        return False
    j = c - 2  # the comma before the name, then its introduction
    while j >= 0 and chunks[j].text not in (",", ".", ";", ":"):
        if looks_like_verb(chunks[j].low):
            return True
        j -= 1
    return False


def _pair_of_persons(doc: Doc, chunks: list[Chunk], c: int, last: int) -> None:
    """A pair of names followed by its votes ("1. A dan B (Nomor Urut 1): 3.666 suara") or by
    the ballot number it got ("serta Hamdam-Basir memperoleh nomor urut 4"), or joined by a
    dash and named by a nickname in a list after a pair taken (`last`: "A-B (Asri),
    Edison-Sumarni (Sonni), ...") are persons, though no word introduces them and whatever words
    their names are. A headline's "A-B Nomor Urut 1, C-D 2" has no nicknames: its short names
    are the pairs' nicknames themselves."""
    mate = _mate(chunks, c)
    if mate is None:
        return
    numbered = (got := intro_after(chunks, c, mate)) is not None and got[0]
    listed = (last >= 0 and chunks[c + 1].low in lx.DASHES and mate + 1 < len(chunks)
              and chunks[mate + 1].text == "(" and next_pair(chunks, last, c, mate))
    if numbered or listed or votes_follow(chunks, skip_brackets_of_names(chunks, mate + 1)):
        doc.ensure_person(chunks[c])
        doc.ensure_person(chunks[mate])


def _nickname(chunks: list[Chunk], c: int) -> bool:
    """The name in brackets right after a name or a pair: "A (Mualem)", "A-B (Dafa)"; a name
    after a nickname word: "paslon dengan akronim Dilan", "A-B alias Dilan"."""
    if c >= 1 and (
        chunks[c - 1].low in lx.PAIR_NICKNAME_WORDS or chunks[c - 1].low in lx.NICKNAME_CUES
    ):
        return True
    if c >= 2 and chunks[c - 1].kind == PLACE and chunks[c - 2].low == "paket":
        return True  # "Paket Lembata Jaya, A-B": the pair's nickname, a place in it
    if (
        c >= 1
        and chunks[c - 1].text == "("
        and (
            (c >= 2 and chunks[c - 2].kind == NAME)
            or (c + 1 < len(chunks) and chunks[c + 1].text == ")")
        )
    ):
        return True  # "A (Mualem)", "Jenderal TNI (Purn) A"
    return (
        c >= 3
        and chunks[c - 1].low in lx.DASHES
        and chunks[c - 2].kind == NAME
        and (chunks[c - 3].text == "(" and c >= 4 and chunks[c - 4].kind == NAME)
    )


def _not_a_name(ch: Chunk) -> bool:
    """ "Gubernur-calon": a name with a lower-case part is a title the name rule took in."""
    return any(part[:1].islower() and part.rstrip(".").lower() not in lx.HONORIFICS
               for part in _NAME_PARTS.split(ch.text) if part)  # "dr." is a title of a name


def _add_pair(
    out: Collector,
    sv: SentView,
    pair: tuple[str, str],
    election: str | None,
    number: str | None,
    role: str | None,
    variants: dict[str, str],
) -> None:
    """ "Pasangan Dafa": the pair's nickname stands for both its members."""
    for me, other in (pair, pair[::-1]):
        _candidacy(out, sv, me, other, election, number, role, variants)


def _candidacy(
    out: Collector, sv: SentView, person: str, mate: str | None, election: str | None,
    number: str | None, role: str | None, variants: dict[str, str],
) -> None:
    person = variants.get(person, person)
    mate = variants.get(mate, mate) if mate is not None else None
    out.fact(FactKind.CANDIDATES, person, election, sv.sent.start, sv.sent.end, "candidates",
             number=number, running_mate=mate, role=role)


def _mate(chunks: list[Chunk], c: int) -> int | None:
    k = skip_brackets_of_names(chunks, c + 1)  # "A (Mualem) dan B (Dek Fad)"
    # "NAME, yang berpasangan dengan NAME2" / "NAME yang berpasangan dengan NAME2", "NAME yang
    # saat ini menjabat Wali Kota X berpasangan dengan NAME2"
    for m in range(k, min(len(chunks) - 1, past_office_clause(chunks, k) + 5)):
        if chunks[m].low == "berpasangan" and m + 2 < len(chunks) and chunks[m + 2].kind == NAME:
            return m + 2
    # "A-B", "A dan B", "A dengan B"
    if k + 1 < len(chunks) and chunks[k].low in _MATE_JOINERS and chunks[k + 1].kind == NAME:
        return k + 1
    # "petahana A yang didampingi B": the running mate by her side, named with no office
    if k + 2 < len(chunks) and chunks[k].low == "yang" and chunks[k + 1].low == "didampingi" and (
            chunks[k + 2].kind == NAME):
        return k + 2
    if (
        k + 2 < len(chunks)
        and chunks[k].text == ","
        and chunks[k + 1].low in ("dan", "dengan", "bersama")
        and chunks[k + 2].kind == NAME
    ):
        return k + 2  # "Paslon 02 yakni A, dengan B", "adalah A, bersama B"
    return None


def _add(
    doc: Doc,
    sv: SentView,
    out: Collector,
    ch: Chunk,
    election: str | None,
    number: str | None,
    role: str | None,
    mate: int | None,
    variants: dict[str, str],
) -> None:
    person = doc.person_of(ch)
    if person is None:
        return
    if mate is not None:
        # a candidate's running mate is a person, even one whose name is a word ("A – Firdaus"),
        # unless the article writes that word as a word too: in lower case or opening a
        # sentence ("Farrel-Jadi" and "Jadi semua partai hadir")
        name = sv.chunks[mate]
        doc.ensure_person(name, certain=sv.chunks[mate - 1].text in lx.DASHES and not re.search(
            rf"\b{re.escape(name.low)}\b|(?:^|[.!?\"“”]\s|\n){re.escape(name.text)}\b",
            doc.text))
    mate_key = doc.person_of(sv.chunks[mate]) if mate is not None else None
    _candidacy(out, sv, person, mate_key, election, number, role, variants)
