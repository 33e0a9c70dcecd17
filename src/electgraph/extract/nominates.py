"""nominates: a political party nominates or backs a candidate, one fact per party and person.

Patterns, on the chunks of one clause (a sentence cut at ";" and ", sedangkan/sementara/..."):
- passive, pair first: "A-B diusung PKS, Gerindra dan Demokrat", "didukung PAN", "disokong ...",
  "maju lewat koalisi A, B dan C", "membawa surat pencalonan / surat usungan dari A, B",
  "dikawal partai pengusung: A, B, ..., serta ... yakni C", "mendapat dukungan tambahan dari D";
- active, party first: "koalisi A, B dan C mengusung pasangan X-Y", "DPD Partai X bersama DPW Y
  menyerahkan surat rekomendasi kepada pasangan X-Y", "X berada di belakang NAME";
- a clause that names no candidate but points back ("Keduanya diusung ...", "Pasangan ini ...")
  backs the pair named last; "Paslon nomor urut 2 didukung ..." backs that ballot number's pair;
- "A-B (diusung P, Q) serta C-D (diusung R)": each pair with its own parties;
- a list of parties that goes on in the next sentence ("Mereka diusung P, Q. Kemudian R, S."),
  and pairs counted in a backing listed in the next ones ("11 pasangan ... dari P. X kepada A
  dan B, Y kepada C dan D") (`partylists`);
- a pair named only in the sentence after its backing ("Paslon 2M yang diusung P, Q ... .
  Murad – Michael meraih ...");
- "Ketua DPD Partai X, NAME, menyerahkan rekomendasi kepada A-B": the official's party;
- "simpatisan pasangan yang diusung P" in a clause that names only someone who is no candidate
  (a singer on stage): the candidate pair named last;
- nicknames: "NAME, yang akrab disapa NICK", "NAME (ACR)", and a pair written by nicknames
  ("Danny-Azhar") whose other member belongs to a pair named in full.
Not nominations: a denied, pending or rumoured backing (tidak, belum, batal, menunggu,
kemungkinan ...), party officials named in the clause (Ketua DPD X, NAME), speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView
from electgraph.extract.nominees import (
    candidate_at,
    named_candidates,
    pair_of_one,
    party_of,
    unnamed_candidates,
)
from electgraph.extract.officelists import counted
from electgraph.extract.pairs import (
    dash_pairs,
    pair_aliases,
    pair_variants,
    person_aliases,
    skip_brackets_of_names,
)
from electgraph.extract.partylists import (
    bracketed_backing,
    counts_backers,
    officials_named,
    pairs_counted,
    parties_of,
    parties_only,
)
from electgraph.model import EntityType, Fact, FactKind

_CUE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(c) for c in lx.NOMINATION_CUES)
    + r")(?![\w-])"
)


def stems(phrases: Iterable[str], shared: tuple[str, ...]) -> tuple[str, ...]:
    """Strings one of which every phrase (lower-cased) holds: the `shared` stems ("usung" of
    "diusung", "pengusung", ...) and any phrase that holds none of them. A text that holds
    none of the stems holds none of the phrases: a few `in` tests, many times faster than a
    regex over the whole text."""
    out = list(shared)
    for phrase in sorted(p.lower() for p in phrases):
        if not any(s in phrase for s in out):
            out.append(phrase)
    return tuple(out)


_CUE_STEMS = stems(
    lx.NOMINATION_CUES,
    ("usung", "dukung", "calon", "rekom", "surat", "kwk", "belakang", "sokong", "usul"),
)


def clauses(chunks: list[Chunk]) -> list[tuple[int, int]]:
    """(start, end) chunk ranges of a sentence's clauses: cut at ';' and at ', sedangkan'."""
    out: list[tuple[int, int]] = []
    a = 0
    for c, ch in enumerate(chunks):
        if ch.text == ";" or (
            ch.low in lx.NOMINATION_CLAUSE_CUTS
            and c > 0
            and chunks[c - 1].text == ","
            and c - a > 2
        ):
            out.append((a, c))
            a = c
    out.append((a, len(chunks)))
    return [(x, y) for x, y in out if y > x]


def _pair_from(chunks: list[Chunk]) -> bool:
    """ "pasangan dari PKB yaitu A-B", "Pasangan calon bupati dan wakil bupati dari Partai X
    dan Partai Y, A dan B": a pair said to come from parties is their pair."""
    for c, ch in enumerate(chunks[:-1]):
        if ch.low != "dari" or party_of(chunks[c + 1]) is None:
            continue
        k = c - 1
        while k >= 0 and c - k <= 5 and (chunks[k].kind == ROLE or chunks[k].low in _PAIR_WORDS):
            k -= 1
        if k < c - 1 and any(x.low in lx.PAIR_HEADS for x in chunks[k + 1 : c]):
            return True
    return False


_PAIR_WORDS = frozenset({"pasangan", "paslon", "bapaslon", "calon", "bakal", "dan"})


def extract_nominates(doc: Doc, out: Collector) -> None:
    seen: dict[tuple[str, str], str] = {}
    standing = {f.subject for f in out.facts() if f.kind is FactKind.CANDIDATES}
    if not _may_cue(out.text):
        # No clause can hold a cue (most articles): only the parties in brackets after a pair,
        # which need none, can back a candidate. The same facts as the full pass, in less time.
        for sv in doc.sents:
            _bracketed_parties(doc, sv, out, seen, standing)
        _officials_unbacked(out)
        _nominees_stand(out)
        return
    aliases = person_aliases(doc) | pair_variants(doc)
    pairs = dash_pairs(doc, aliases)
    nicknames = pair_aliases(doc)
    sole = _sole_party(doc)
    # a party's officers hand its letters over; they are not whom a letter names
    officers = {f.subject for f in out.facts() if f.kind is FactKind.HOLDS_ROLE and f.object
                and out.attribute(f.object, "category") == "party"}
    last: list[str] = []
    last_pair: list[str] = []  # the candidate pair named last
    backed: tuple[int, list[str]] = (-2, [])  # the sentence that backed last, and whom
    pending: tuple[int, list[Chunk]] = (-2, [])  # parties backing a pair not yet named
    counted_backing = -2  # the last sentence that counts backing parties without naming them
    # parties backing a number of pairs, the sentence that named them last, persons still to come
    listing: tuple[int, list[Chunk], int] = (-2, [], 0)
    for sv in doc.sents:
        went_on = 0
        if sv.index in (backed[0] + 1, counted_backing + 1) and parties_only(sv.chunks):
            # "Mereka diusung P, Q. Kemudian R, S dan T.": the list goes on; "Sebelumnya 4
            # partai ... menyatakan dukungan. Ada P, Q, R dan S.": the parties counted
            for party in parties_of(sv.chunks):
                _nominate(out, sv, party, backed[1], seen)
            backed = (sv.index, backed[1])
            continue
        if backed[1] and counts_backers(sv.chunks) and _CUE.search(
                out.text[sv.sent.start : sv.sent.end].lower()):
            counted_backing = sv.index
        for a, b in clauses(sv.chunks):
            for chunks in _groups(doc, sv.chunks[a:b], aliases, out.text):
                people = pair_of_one(
                    chunks, named_candidates(doc, chunks, aliases, pairs, nicknames), last)
                if (
                    len(people) == 1
                    and last_pair
                    and not any(p in standing for p in people)
                    and any(x.low in lx.PAIR_HEADS for x in chunks)
                ):
                    # "pendukung King Nassar dan simpatisan pasangan yang diusung P": the pair
                    # is the candidates named last, not the singer.
                    people = last_pair
                if (people and sv.index == listing[0] + 1 and not parties_of(chunks)
                        and not officials_named(chunks)):
                    # "11 pasangan calon yang menerima SK B1 KWK dari Golkar antara lain ...
                    # kepada A dan B. Kampar kepada C dan D, ...": the counted pairs, listed on
                    for party in listing[1]:
                        _nominate(out, sv, party, people, seen)
                    went_on += len(people)
                if (people and sv.index == pending[0] + 1 and len(people) == 2
                        and not officials_named(chunks)):
                    # "Partai pengusung paslon 2 yakni P, Q. Paslon 2 adalah A-B."
                    for party in pending[1]:
                        _nominate(out, sv, party, people, seen)
                    pending = (-2, [])
                # "... turut hadir, mempertegas dukungan terhadap pasangan ini": the candidate
                # pair named last, not the three singers named since (two named since are it)
                back = (last_pair if last_pair and len(last) > 2 and _points_at_pair(chunks)
                        else last)
                persons, parties = _clause(doc, sv, out, chunks, people, back, seen, sole,
                                           standing - officers)
                if parties and (counted_pairs := pairs_counted(chunks)) > 1:
                    listing = (sv.index, parties, 2 * counted_pairs - len(persons))
                if persons:
                    backed = (sv.index, persons)
                elif parties and any(x.low in lx.PAIR_HEADS for x in chunks):
                    pending = (sv.index, parties)
                if people:
                    last = people
                if len(named := [p for p in people if p in standing]) == 2:
                    last_pair = named
        if went_on:
            left = listing[2] - went_on
            listing = (sv.index, listing[1], left) if left > 0 else (-2, [], 0)
        _bracketed_parties(doc, sv, out, seen, standing)
    _officials_unbacked(out)
    _nominees_stand(out)


def _points_at_pair(chunks: list[Chunk]) -> bool:
    """"pasangan ini", "paslon tersebut": a pair named before."""
    return any(ch.low in lx.PAIR_HEADS and nxt.low in lx.DEMONSTRATIVES
               for ch, nxt in pairwise(chunks))


def _officials_unbacked(out: Collector) -> None:
    """Who holds an office of an election body in the article organises the election; no
    party backs him (none of the 5,514 backings annotated in the real articles does): "anggota
    A, B dan Sekretaris C membacakan keputusan ... pasangan D dan E yang diusung P"."""
    officials = out.office_holders("election_body")
    out.discard(lambda f: f.kind is FactKind.NOMINATES and f.object in officials)


def _nominees_stand(out: Collector) -> None:
    """A pair a party backs stands as candidates ("Kemudian, A – B yang diusung P, Q"), in the
    election the article's other candidates stand in: every backed person in the real
    articles' annotations is a candidate too. Only pairs: one person backed alone may be an
    official handing over the backing."""
    facts = out.facts()
    standing = {f.subject for f in facts if f.kind is FactKind.CANDIDATES}
    elections = Counter(f.object for f in facts if f.kind is FactKind.CANDIDATES and f.object)
    election = elections.most_common(1)[0][0] if elections else None
    backed: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        if f.kind is FactKind.NOMINATES and f.object:
            backed.setdefault((f.subject, f.evidence.start), []).append(f)
    for group in backed.values():
        # "Mereka adalah A-B (X), C-D (Y), ...": pairs listed after their backing, each a pair
        if len(group) % 2 or all(f.object in standing for f in group):
            continue
        for f in group:
            if f.object and f.object not in standing:
                standing.add(f.object)
                out.fact(FactKind.CANDIDATES, f.object, election, f.evidence.start,
                         f.evidence.end, "candidates.nominated")


def _may_cue(text: str) -> bool:
    """Whether some clause of `text` may hold a cue. A clause's text lower-cased is a part of the
    whole text lower-cased (str.lower maps letter by letter, except a capital sigma, which
    looks at its neighbours), so a cue in a clause is a cue's stem somewhere in the whole."""
    if "Σ" in text:
        return True
    low = text.lower()
    return any(s in low for s in _CUE_STEMS)


def _bracketed_parties(
    doc: Doc,
    sv: SentView,
    out: Collector,
    seen: dict[tuple[str, str], str],
    candidates: set[str],
) -> None:
    """ "pasangan A dan B (NasDem, PKS), C-D (Golkar)": a candidate pair's parties in brackets
    after it, with no cue word."""
    for parties, pair in bracketed_backing(doc, sv.chunks, candidates):
        for party in parties:
            _nominate(out, sv, party, pair, seen)


def _groups(doc: Doc, chunks: list[Chunk], aliases: dict[str, str], text: str) -> list[list[Chunk]]:
    """A clause cut before each pair that follows a cue and its parties: "A-B (diusung P, Q)
    serta C-D (diusung R)" -> two groups. "P dan Q mengusung A-B" stays one."""
    a = chunks[0].start
    starts = [a + m.start() for m in _CUE.finditer(text[a : chunks[-1].end].lower())]
    if not starts:
        return [chunks]  # no cue, no cut (the loop below would make one group of all)
    groups: list[list[Chunk]] = [[]]
    named = cue_seen = parties_after = False
    for c, ch in enumerate(chunks):
        if any(ch.start <= x < ch.end for x in starts) or (
                # "A-B (nomor urut 3, dari P), dan C-D (..., diusung Q)": the pair's own party
                ch.low == "dari" and c and chunks[c - 1].text in ("(", ",")
                and c + 1 < len(chunks) and party_of(chunks[c + 1]) is not None):
            cue_seen = True
        if cue_seen and party_of(ch) is not None:
            parties_after = True
        if (ch.text in aliases or (ch.kind == NAME and ch.person is not None)) and candidate_at(
            doc, chunks, c, aliases
        ) is not None:
            if named and parties_after:
                groups.append([])
                cue_seen = parties_after = False
            named = named or not cue_seen
        groups[-1].append(ch)
    return [g for g in groups if g]


def _after_parties(chunks: list[Chunk], last: int) -> int:
    """Two words past the last party, its acronym in brackets and a "yang" ("P (PKN) yang
    belum memberikan dukungan"): as far as a denial of that backing reaches."""
    k = skip_brackets_of_names(chunks, last + 1)
    k += k < len(chunks) and chunks[k].text == ")"  # the acronym was the party: "P (PKN)"
    k += k < len(chunks) and chunks[k].low == "yang"
    return k + 2


def _blocks(chunks: list[Chunk], c: int) -> bool:
    """A word that says the backing is denied or pending; "mendaftar" only before a party
    ("mendaftar ke Partai X"), not "yang mendaftar (ke KPU) adalah A-B"."""
    low = chunks[c].low
    if low in lx.NOMINATION_BLOCKERS_BEFORE_PARTY:
        after = chunks[c + 1 : c + 5]
        # "mendaftar dengan partai pengusung P, Q": registering at the KPU, its backers with it
        return not any(x.low in _WITH_BACKERS for x in after) and any(
            party_of(x) is not None or x.low == "partai" for x in after)
    return low in lx.NOMINATION_BLOCKERS


_WITH_BACKERS = frozenset({"dengan", "bersama", "diantar", "didampingi", "pengusung"})


def _clause(
    doc: Doc,
    sv: SentView,
    out: Collector,
    chunks: list[Chunk],
    people: list[str],
    last: list[str],
    seen: dict[tuple[str, str], str],
    sole: Chunk | None,
    standing: set[str],
) -> tuple[list[str], list[Chunk]]:
    """Nominations a clause states: (the persons backed, the backing parties)."""
    # One chunk per party, a named party before an official's party ("di Kantor DPD X": a place).
    if not _CUE.search(out.text[chunks[0].start : chunks[-1].end].lower()) and not _pair_from(
        chunks
    ):
        return [], []  # tested first: cheaper than the parties, and most clauses have no cue
    parties: dict[str, Chunk] = {}
    for c, ch in sorted(enumerate(chunks), key=lambda x: x[1].kind == ROLE):
        party = party_of(ch)
        if party is not None and not (c and chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS):
            parties.setdefault(party.attrs["party"], party)
    if not parties and sole is not None and people and set(people) <= standing and _LETTER.search(
            out.text[chunks[0].start : chunks[-1].end].lower()):
        # "Partai X merilis surat rekomendasi ... Kedua, rekomendasi diberikan kepada A-B
        # untuk Pilkada Y": the letter of the one party the article names
        _nominate(out, sv, sole, people, seen)
        return people, [sole]
    if not parties:
        # "A-B diusung oleh delapan partai politik.": the parties are listed next (the caller
        # reads a following sentence of parties only as backing the persons returned here).
        many = any(x.low in ("partai", "parpol") and _counted_before(chunks, c)
                   for c, x in enumerate(chunks))
        return ((people or unnamed_candidates(out, chunks, last)) if many else []), []
    # A denial or a wait before the backing, or just after its parties ("diusung P dan Q
    # namun batal"); not one that ends a later clause ("diusung P ini menyerukan
    # ... untuk tidak menyombongkan diri").
    last_party = max(c for c, ch in enumerate(chunks) if party_of(ch) is not None)
    reach = _after_parties(chunks, last_party)
    if any(_blocks(chunks, c) for c in range(min(len(chunks), reach))):
        return [], []
    persons = people or unnamed_candidates(out, chunks, last)
    for party in parties.values():
        _nominate(out, sv, party, persons, seen)
    return persons, list(parties.values())


# A party's letter of support, which only a party gives (not "diusung", said of coalitions)
_LETTER = re.compile(r"(?<![\w-])(?:rekomendasi|b1[- ]?kwk|surat keputusan)(?![\w-])")


def _sole_party(doc: Doc) -> Chunk | None:
    """The one party the article names (in any of its forms and branches), if only one."""
    found: dict[str, Chunk] = {}
    for sv in doc.sents:
        for ch in sv.chunks:
            if (party := party_of(ch)) is not None:
                found.setdefault(party.attrs["party"], party)
                if len(found) > 1:
                    return None
    return next(iter(found.values()), None)


def _counted_before(chunks: list[Chunk], c: int) -> bool:
    """'delapan partai', 'sejumlah partai', 'Sebanyak 10 pimpinan partai pengusung': parties
    counted before the word at c, or their leaders counted."""
    k = c - 1 - (c >= 1 and chunks[c - 1].low in _PARTY_PEOPLE)
    return k >= 0 and (counted(chunks[k]) > 1 or chunks[k].low in ("sejumlah", "beberapa"))


_PARTY_PEOPLE = frozenset({"pimpinan", "ketua", "pengurus", "petinggi", "elite", "elit"})


def _nominate(
    out: Collector, sv: SentView, party: Chunk, persons: list[str], seen: dict[tuple[str, str], str]
) -> None:
    """One fact per party and person: "DPP Demokrat" and "Demokrat" backing the same person in
    one article are one backing, kept under the name the article used first."""
    key: str | None = None
    for person in persons:
        first = seen.setdefault((party.attrs["party"], person), party.key)
        if first != party.key:
            continue
        key = key or out.entity(EntityType.ORGANIZATION, party)
        out.fact(FactKind.NOMINATES, key, person, sv.sent.start, sv.sent.end, "nominates")
