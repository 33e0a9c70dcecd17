"""nominates: a political party nominates or backs a candidate, one fact per party and person.

Patterns, on the chunks of one clause (a sentence cut at ";" and ", sedangkan/sementara/..."):
- passive, pair first: "A-B diusung PKS, Gerindra dan Demokrat", "didukung PAN", "disokong ...",
  "maju lewat koalisi A, B dan C", "membawa surat pencalonan / surat usungan dari A, B",
  "dikawal partai pengusung: A, B, ..., serta ... yakni C", "mendapat dukungan tambahan dari D";
- active, party first: "koalisi A, B dan C mengusung pasangan X-Y", "DPD Partai X bersama DPW Y
  menyerahkan surat rekomendasi kepada pasangan X-Y", "X berada di belakang NAME";
- a clause that names no candidate but points back ("Keduanya diusung ...", "Pasangan ini ...")
  backs the pair named last;
- nicknames: "NAME, yang akrab disapa NICK", "NAME (ACR)", and a pair written by nicknames
  ("Danny-Azhar") whose other member belongs to a pair named in full.
Not nominations: a denied, pending or rumoured backing (tidak, belum, batal, menunggu,
kemungkinan ...), party officials named in the clause (Ketua DPD X, NAME), speakers.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, ROLE, WORD, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView, org_of_role
from electgraph.model import EntityType, FactKind

_CUT_WORDS = frozenset({"sedangkan", "sementara", "tetapi", "namun", "adapun", "sedang"})
_DASH = frozenset({"-", "–", "—"})
_JOIN = _DASH | {"dan", "&", ",", "serta"}
_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in lx.NOMINATION_CUES) + r")(?![\w-])"
)


def clauses(chunks: list[Chunk]) -> list[tuple[int, int]]:
    """(start, end) chunk ranges of a sentence's clauses: cut at ';' and at ', sedangkan'."""
    out: list[tuple[int, int]] = []
    a = 0
    for c, ch in enumerate(chunks):
        if ch.text == ";" or (
            ch.low in _CUT_WORDS and c > 0 and chunks[c - 1].text == "," and c - a > 2
        ):
            out.append((a, c))
            a = c
    out.append((a, len(chunks)))
    return [(x, y) for x, y in out if y > x]


def _aliases(doc: Doc) -> dict[str, str]:
    """Nicknames and acronyms of persons: "NAME, yang akrab disapa NICK", "NAME (ACR)"."""
    found: dict[str, str] = {}
    for sv in doc.sents:
        ch = sv.chunks
        for c, x in enumerate(ch):
            person = doc.person_of(x)
            if person is None:
                continue
            if (
                c + 3 < len(ch)
                and ch[c + 1].text == "("
                and ch[c + 3].text == ")"
                and ch[c + 2].text.isupper()
                and ch[c + 2].text.isalpha()
            ):
                found.setdefault(ch[c + 2].text, person)
            for k in range(c + 1, min(len(ch) - 1, c + 6)):
                if ch[k].low in lx.NICKNAME_CUES and ch[k + 1].kind in (NAME, WORD):
                    if ch[k + 1].text[:1].isupper() and doc.person_of(ch[k + 1]) is None:
                        found.setdefault(ch[k + 1].text, person)
                    break
    return found


def _person(doc: Doc, ch: Chunk, aliases: dict[str, str]) -> str | None:
    if ch.kind == NAME and ch.text in aliases and doc.person_of(ch) is None:
        return aliases[ch.text]
    if ch.kind == WORD and ch.text in aliases:
        return aliases[ch.text]
    return doc.person_of(ch)


def _party_official(chunks: list[Chunk], c: int) -> bool:
    """A name introduced or followed by an office in a party or a body ("Ketua DPD X, NAME")."""
    for k in (c - 1, c - 2, c + 2):
        if 0 <= k < len(chunks) and chunks[k].kind == ROLE:
            if k == c - 2 and chunks[c - 1].text != ",":
                continue
            if k == c + 2 and chunks[c + 1].text != ",":
                continue
            org = org_of_role(chunks[k])
            if org is not None and org.attrs.get("category") in ("party", "election_body"):
                return True
    return False


def _speaker(chunks: list[Chunk], c: int) -> bool:
    for k in range(c - 1, max(-1, c - 4), -1):
        if chunks[k].low in lx.SPEECH_VERBS or chunks[k].low in ("menurut", "oleh"):
            return True
        if chunks[k].kind not in (ROLE, NAME) and chunks[k].text != ",":
            return False
    return False


def _people(
    doc: Doc,
    chunks: list[Chunk],
    aliases: dict[str, str],
    pairs: list[tuple[str, str]],
) -> list[str]:
    """The candidates a clause names, pairs completed from the pairs named in full before."""
    found: list[str] = []
    for c, ch in enumerate(chunks):
        person = _person(doc, ch, aliases)
        if person is None or _party_official(chunks, c) or _speaker(chunks, c):
            continue
        if c and chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS:
            continue  # "Jalan Mayor Ruslan": a street
        if person not in found:
            found.append(person)
    # "Danny-Azhar": a nickname pair whose other member belongs to a pair named in full.
    if len(found) == 2 and tuple(found) not in pairs:
        for pair in pairs:
            for mine, other in ((0, 1), (1, 0)):
                if found[mine] in pair and not any(found[other] in p for p in pairs):
                    found[other] = pair[1] if pair[0] == found[mine] else pair[0]
    return found


def _pairs(doc: Doc, aliases: dict[str, str]) -> list[tuple[str, str]]:
    """Pairs written "A-B" with both names resolved, in full or by nicknames."""
    out: list[tuple[str, str]] = []
    for sv in doc.sents:
        ch = sv.chunks
        for c in range(len(ch) - 2):
            if ch[c + 1].text in _DASH:
                a, b = _person(doc, ch[c], aliases), _person(doc, ch[c + 2], aliases)
                if a and b and a != b and (a, b) not in out:
                    out.append((a, b))
    return out


def _points_back(chunks: list[Chunk]) -> bool:
    for c, ch in enumerate(chunks):
        if ch.low in lx.PAIR_ANAPHORS:
            return True
        if (
            ch.low in lx.PAIR_HEADS
            and c + 1 < len(chunks)
            and chunks[c + 1].low in lx.PAIR_DEMONSTRATIVES
        ):
            return True
    return False


def _cue_at(text: str, chunks: list[Chunk]) -> int | None:
    """Index of the chunk where the first nomination cue of the clause starts."""
    a = chunks[0].start
    m = _CUE.search(text[a : chunks[-1].end].lower())
    if m is None:
        return None
    pos = a + m.start()
    return next(c for c, ch in enumerate(chunks) if ch.end > pos)


def _party(ch: Chunk) -> Chunk | None:
    """A party chunk; "Koalisi PKS" (a coalition named after its first party) gives the party."""
    if ch.kind != ORG:
        return None
    if ch.attrs.get("category") == "party":
        return ch
    head, _, rest = ch.text.partition(" ")
    found = lx.PARTIES.get(rest.lower()) if head.lower() in lx.PARTY_GROUP_HEADS else None
    if found is None:
        return None
    label, short = found
    start = ch.end - len(rest)
    return Chunk(
        ORG,
        ch.i + 1,
        ch.j,
        start,
        ch.end,
        rest,
        label=label,
        key=f"org:party:{short}",
        attrs={"category": "party", "party": short},
    )


def extract_nominates(doc: Doc, out: Collector) -> None:
    aliases = _aliases(doc)
    pairs = _pairs(doc, aliases)
    last: list[str] = []
    for sv in doc.sents:
        for a, b in clauses(sv.chunks):
            chunks = sv.chunks[a:b]
            people = _people(doc, chunks, aliases, pairs)
            _clause(doc, sv, out, chunks, people, last)
            if people:
                last = people


def _clause(
    doc: Doc,
    sv: SentView,
    out: Collector,
    chunks: list[Chunk],
    people: list[str],
    last: list[str],
) -> None:
    parties = [
        party
        for c, ch in enumerate(chunks)
        if (party := _party(ch)) is not None
        and not (c and chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS)  # "di Kantor DPD X"
    ]
    if not parties:
        return
    cue = _cue_at(out.text, chunks)
    if cue is None or any(ch.low in lx.NOMINATION_BLOCKERS for ch in chunks[: cue + 1]):
        return
    persons = people or (last if _points_back(chunks) else [])
    for party in parties:
        key = out.entity(EntityType.ORGANIZATION, party)
        for person in persons:
            out.fact(FactKind.NOMINATES, key, person, sv.sent.start, sv.sent.end, "nominates")
