"""Whom a backing names as its candidates: not a party official ("Ketua DPD X, NAME"), not
whoever speaks of, signs or hands over the letter of support, not a street; pairs completed
from the pairs named before (`named_candidates`); and, when the clause names none, the pair of
a ballot number or the pair named last (`unnamed_candidates`). Read by `nominates`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, org_of_role
from electgraph.extract.pairs import nickname_in, resolve_person
from electgraph.model import FactKind

__all__ = [
    "candidate_at", "named_candidates", "pair_of_one", "party_of", "party_official", "speaker",
    "unnamed_candidates",
]


def party_official(chunks: list[Chunk], c: int) -> bool:
    """A name introduced or followed by an office in a party or a body ("Ketua DPD X, NAME")."""
    # "Sekretaris Partai Golkar Provinsi Gorontalo, NAME": the office's region between.
    regional = c >= 3 and chunks[c - 2].kind == PLACE
    # "Ketua DPP Partai Gerakan Indonesia Raya (Gerindra), NAME": the body's short form between
    short = 3 if c >= 5 and chunks[c - 2].text == ")" and chunks[c - 4].text == "(" else 0
    for k, gap in ((c - 1, c - 1), (c - 2 - regional - short, c - 1), (c + 2, c + 1)):
        if (
            0 <= k < len(chunks)
            and chunks[k].kind == ROLE
            and (k == gap or chunks[gap].text == ",")
        ):
            org = org_of_role(chunks[k])
            if org is not None and org.attrs.get("category") in _OFFICIALS_OF:
                return True
    # "Ketua Umum (Ketum) Golkar yang baru, NAME": the office, words on it, then the name.
    k = c - 1
    while k >= 0 and c - k <= 5 and (chunks[k].low in _ON_THE_OFFICE or chunks[k].text == ","):
        k -= 1
    if k >= 0 and k < c - 1 and chunks[k].kind == ROLE:
        org = org_of_role(chunks[k])
        return org is not None and org.attrs.get("category") == "party"
    return False


# Bodies whose officials back or run a campaign, and stand in none: parties, election bodies,
# campaign teams ("Ketua Tim Pemenangan A-B, NAME").
_OFFICIALS_OF = frozenset({"party", "party_board", "election_body", "campaign"})
# Words between a party office and its holder's name: "Ketua Umum Golkar yang baru, NAME".
_ON_THE_OFFICE = frozenset({"yang", "baru", "lama", "terpilih", "saat", "ini", "sekarang"})
# Who signs or hands over a party's letter of support is no candidate: "B1-KWK yang
# ditandatangani NAME", "Rekomendasi diserahkan Sekretaris DPP X, NAME", "diserahkan DPP X
# melalui NAME" (but "diserahkan kepada NAME": the word between stops the look back).
_SIGNED_BY = frozenset({"ditandatangani", "ditandatanganinya", "diteken", "ditandatangan",
                        "diserahkan", "melalui"})


def speaker(chunks: list[Chunk], c: int) -> bool:
    """A name after a speech verb, "menurut", "oleh" or "ditandatangani" (over its office), or
    before a speech verb and "bahwa": not the candidate."""
    if c + 2 < len(chunks) and chunks[c + 1].low in lx.SPEAK_VERBS and (
            chunks[c + 2].low in ("bahwa", ",")):
        return True  # "NAME menerangkan bahwa ... dukungan partai": who explains the backing
    if c + 1 < len(chunks) and chunks[c + 1].low in _CONFIRMS:
        return True  # "tim pemenangan, NAME membenarkan keluarnya dukungan dari PKS"
    for k in range(c - 1, max(-1, c - 9), -1):
        low = chunks[k].low
        if low in lx.SPEECH_VERBS or low in lx.SPEECH_VERBS_PASSIVE or low in ("menurut", "oleh"):
            return True
        if low in _SIGNED_BY:
            return True
        # "melalui Kabid X yang juga Koordinator Pilkada di Kalsel, NAME": the offices over the
        # name, with their words and region, as far as the hand-over word.
        if chunks[k].kind not in (ROLE, NAME, PLACE) and low not in _OVER_THE_NAME:
            return False
    return False


_OVER_THE_NAME = frozenset({",", "yang", "juga", "di", "selaku", "sekaligus"})
# Verbs by which someone confirms news of a backing, not receives it.
_CONFIRMS = frozenset({"membenarkan", "mengonfirmasi", "mengkonfirmasi", "mengakui"})


def candidate_at(doc: Doc, chunks: list[Chunk], c: int, aliases: dict[str, str]) -> str | None:
    """The person at c when it can be a candidate: not a party official, a speaker or a street."""
    person = resolve_person(doc, chunks[c], aliases)
    if person is None or party_official(chunks, c) or speaker(chunks, c):
        return None
    if c and chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS:
        return None  # "Jalan Mayor Ruslan": a street
    k = c - 1
    while k >= max(0, c - 3) and (chunks[k].kind == PLACE or chunks[k].text in ('"', "“")):
        k -= 1
    if k >= 0 and chunks[k].low == "koalisi":
        return None  # 'tim koalisi "Rokan Hulu Bahagia Lahir Batin"': the coalition's name
    if _party_leaders_listed(chunks, c):
        return None  # "sejumlah ketua partai, termasuk A dari PKS, B dari PPP": officers
    if 0 < c < len(chunks) - 1 and chunks[c - 1].text == "(" and chunks[c + 1].text == ")" and (
        c < 2 or chunks[c - 2].kind != NAME  # "Jenderal TNI (Purn) NAME": no name before it
        # "Ketua Umum Partai X Agus Harimurti Yudhoyono (AHY)": the officer's alias
        or party_official(chunks, c - 2) or speaker(chunks, c - 2)
    ):
        return None
    return person


def _party_leaders_listed(chunks: list[Chunk], c: int) -> bool:
    """Whether the name at c is in a list of parties' leaders: "sejumlah ketua partai,
    termasuk A dari PKS, B dari PPP", "para pimpinan parpol koalisi yakni A, B"."""
    k = c - 1
    while k >= 0 and c - k <= 24 and (
            chunks[k].kind in (NAME, ORG) or chunks[k].low in _IN_LEADERS_LIST):
        k -= 1
    while k >= 0 and chunks[k].low in _LIST_OPENING:
        k -= 1
    words = [x.low for x in chunks[max(0, k - 2) : k + 1]]
    return any(w in ("partai", "parpol") for w in words) and any(
        w in _PARTY_LEADERS for w in words)


_IN_LEADERS_LIST = frozenset({",", "dan", "serta", "dari", "(", ")"})
_LIST_OPENING = frozenset({",", ":", "termasuk", "yakni", "yaitu", "antara", "lain", "seperti",
                           "diantaranya", "antaranya", "di"})
_PARTY_LEADERS = frozenset({"ketua", "pimpinan", "petinggi", "elite", "elit", "pengurus",
                            "sekretaris"})


def party_of(ch: Chunk) -> Chunk | None:
    """A party chunk; "Koalisi PKS" (a coalition named after its first party) gives the party;
    a party official's office gives the party ("Ketua DPD Partai X, NAME, menyerahkan ...")."""
    if ch.kind == ROLE and (org := org_of_role(ch)) is not None:
        return org if org.attrs.get("category") == "party" else None
    if ch.kind != ORG:
        return None
    if ch.attrs.get("category") == "party":
        return ch
    head, _, rest = ch.text.partition(" ")
    found = lx.PARTIES.get(rest.lower()) if head.lower() in lx.PARTY_GROUP_HEADS else None
    if found is None:
        return None
    label, short = found
    attrs: dict[str, object] = {"category": "party", "party": short}
    start = ch.end - len(rest)
    return Chunk(ORG, ch.i + 1, ch.j, start, ch.end, rest, label, f"org:party:{short}", attrs)


def named_candidates(
    doc: Doc,
    chunks: list[Chunk],
    aliases: dict[str, str],
    pairs: list[tuple[str, str]],
    nicknames: dict[str, tuple[str, str]],
) -> list[str]:
    """The candidates a clause names, pairs completed from the pairs named in full before."""
    found: list[str] = []
    for c, ch in enumerate(chunks):
        # `_candidate` finds a person only in a linked name or an alias's text: test that first.
        may = ch.text in aliases or (ch.kind == NAME and ch.person is not None)
        person = candidate_at(doc, chunks, c, aliases) if may else None
        if person is not None and c >= 2 and chunks[c - 1].low == "atau" and (
            chunks[c - 2].kind == NAME
        ):
            continue  # "Gitalis Dwi Natalia atau Gita KDI": the name she is known by
        team = org_of_role(ch) if ch.kind == ROLE else ch
        if person is None and team is not None and isinstance(pair := team.attrs.get("pair"),
                                                               tuple):
            # "Ketua Tim Pemenangan Bobby - Surya": the pair the team works for
            found.extend(p for names in pair if (p := doc.person_named(list(names)))
                         and p not in found)
            continue
        if person is None:  # a nickname that is a common word ("Pasangan Hebat")
            person = nickname_in(chunks[c].text, nicknames)
        # "Pasangan Dafa": a pair's nickname stands for both its members.
        for one in nicknames.get(person or "", (person,)) if person else ():
            if one not in found:
                found.append(one)
    # "Danny-Azhar": a nickname pair whose other member belongs to a pair named in full.
    if len(found) == 2 and tuple(found) not in pairs:
        for pair in pairs:
            for mine, other in ((0, 1), (1, 0)):
                if found[mine] in pair and not any(found[other] in p for p in pairs):
                    found[other] = pair[1] if pair[0] == found[mine] else pair[0]
    return found


def unnamed_candidates(out: Collector, chunks: list[Chunk], last: list[str]) -> list[str]:
    """Whom a backing names no candidate for: the pair of a ballot number ("Paslon nomor urut 2
    didukung ..."), or the persons named last when the clause points back to them or is a
    label or passive with no subject under a pair's line."""
    persons = _numbered(out, chunks) or (
        last if _points_back(chunks) or _subjectless(chunks) else [])
    if not persons and _labelled_list(chunks):
        # the candidates among the persons named last, not a party's officer who leads their
        # campaign ("Ketua Tim Pemenangan paslon A dan B, NAME yang merupakan Ketua DPD X")
        facts = out.facts()
        standing = {f.subject for f in facts if f.kind is FactKind.CANDIDATES}
        officers = {f.subject for f in facts if f.kind is FactKind.HOLDS_ROLE
                    and (f.object or "").split(":")[1].split("-")[0] in lx.PARTY_UNITS}
        named = [p for p in last if p not in officers]
        persons = [p for p in named if p in standing] or named
    if not persons and _backers_named(chunks):
        persons = _the_one_pair(out)
    return persons


def _backers_named(chunks: list[Chunk]) -> bool:
    """'para ketua partai pengusung dari Golkar, PKB ...': the backing parties, by that name."""
    return any(ch.low in ("partai", "parpol") and c + 1 < len(chunks)
               and chunks[c + 1].low in ("pengusung", "pendukung") for c, ch in enumerate(chunks))


def _the_one_pair(out: Collector) -> list[str]:
    """The candidates of an article that names one pair only (two members, each the other's
    running mate); none otherwise."""
    mates = {f.subject: f.quals.get("running_mate") for f in out.facts()
             if f.kind is FactKind.CANDIDATES and f.quals.get("running_mate")}
    paired = {p for p, m in mates.items() if m is not None and mates.get(m) == p}
    return sorted(paired) if len(paired) == 2 else []


def _points_back(chunks: list[Chunk]) -> bool:
    """ "Keduanya", "Pasangan ini", "Pasangan yang diusung oleh P dan Q ini": the clause
    speaks of the pair named before."""
    for c, ch in enumerate(chunks):
        if ch.low in lx.PAIR_ANAPHORS:
            return True
        if ch.low not in lx.PAIR_HEADS:
            continue
        nxt = chunks[c + 1].low if c + 1 < len(chunks) else ""
        if nxt in lx.DEMONSTRATIVES:
            return True
        if nxt.removeprefix("ber") in lx.PAIR_NICKNAME_WORDS and any(
            x.low in lx.DEMONSTRATIVES for x in chunks[c + 3 : c + 6]
        ):
            return True  # "Pasangan bertagline Iklas ini": the pair its tagline names
        if nxt == "yang":  # the demonstrative closes the relative clause, no name inside it
            for x in chunks[c + 2 : c + 12]:
                if x.kind == NAME:
                    break
                if x.low in lx.DEMONSTRATIVES:
                    return True
    return False


def pair_of_one(chunks: list[Chunk], people: list[str], last: list[str]) -> list[str]:
    """ "A dan B mendapat nomor urut 3. Diusung oleh P dan Q, A menafsirkan ...": a passive with
    no subject that names one member of the pair named last backs the whole pair."""
    if len(people) == 1 and len(last) == 2 and people[0] in last and _subjectless(chunks):
        return last
    return people


def _subjectless(chunks: list[Chunk]) -> bool:
    """ "Diusung oleh: P, Q" opening its line under a pair, "A dan B; yang diusulkan oleh P, Q":
    a passive with no subject, or a relative clause cut off from its names, backs the pair
    named last."""
    words = [ch.low for ch in chunks[:4]]
    if words[:1] in ([";"], [","]):
        words = words[2:] if words[1:2] == ["yang"] else words[1:]
    return len(words) > 1 and words[0] in lx.BACKING_PASSIVES and words[1] in ("oleh", ":")


def _labelled_list(chunks: list[Chunk]) -> bool:
    """ "Partai Politik Pengusul: P, Q, R" under a pair's lines in a listing, "Dengan partai
    pengusul P, Q dan R", "partai koalisi pengusung dan pendukung, yakni P, Q": the parties of
    the pair named last."""
    for c, ch in enumerate(chunks):
        if ch.low not in ("pengusul", "pengusung"):
            continue
        for nxt in chunks[c + 1 : c + 6]:
            if party_of(nxt) is not None or nxt.text == ":":
                return True
            if nxt.low not in _LIST_LEAD:
                break
    return False


_LIST_LEAD = frozenset({",", "dan", "pendukung", "yakni", "yaitu", "adalah", "partai"})


def _numbered(out: Collector, chunks: list[Chunk]) -> list[str]:
    """ "Paslon nomor urut 2 didukung ...": the candidates that hold that ballot number."""
    number = next(
        (x.low.lstrip("0") for k, x in enumerate(chunks[1:], 1) if chunks[k - 1].low == "urut"),
        None,
    )
    if not number:
        return []
    facts = [f for f in out.facts() if f.kind is FactKind.CANDIDATES]
    return [f.subject for f in facts if f.quals.get("number") == number]
