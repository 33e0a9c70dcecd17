"""sanctions: a body (DKPP, Bawaslu, KPU) imposes a sanction on an official.

Patterns, on the chunks of one clause (see `nominates.clauses`):
- active verb, person after: "DKPP menjatuhkan sanksi peringatan keras kepada ROLE, NAME",
  "Peringatan Keras juga dijatuhkan kepada ROLE, NAME", "Sanksi pemberhentian tetap diberikan
  kepada NAME", "Sanksi serupa diterima ROLE, NAME" (the sanction named before);
- passive verb, person before: "ROLE, NAME, diberhentikan tetap", "NAME dijatuhi teguran
  tertulis", "Teradu II, NAME, dijatuhi peringatan keras sekaligus diberhentikan dari jabatan";
- a verdict that names its person only as "Teradu", "Ia" or "ROLE itu" (a quote of the verdict)
  -> the official named last before it (speakers and judges left out);
- a list numbered by case roles ("Teradu II A, Teradu III B"): each name in it is an official,
  confirmed or not;
- the body: the sanctioning body named in the clause or the sentence (not as a venue: "di Ruang
  Sidang DKPP Jakarta"), else the one named last in
  a sentence about sanctions or verdicts, else DKPP when the article names it.
The label is one of lexicon.SANCTION_LABELS; `sanction_text` is the span as written and
`verdict_date` the date that the sentence, else its paragraph, states.
Not sanctions: demands ("meminta DKPP memberhentikan"), threats, complaints, hearings that await
a verdict and rehabilitation (lexicon.SANCTION_BLOCKERS before the sanction).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from electgraph.extract import lexicon as lx
from electgraph.extract import sanctioned
from electgraph.extract.chunks import NAME, ORG, PLACE, PUNCT, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, SentView, org_of_role
from electgraph.extract.nominates import clauses, stems
from electgraph.model import EntityType, FactKind

_SANCTION = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(k) for k in sorted(lx.SANCTION_LABELS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_SANCTION_STEMS = stems(
    lx.SANCTION_LABELS, ("berhenti", "peringatan", "teguran", "pecat", "copot")
)
# The letters that IGNORECASE matches with an ASCII letter though str.lower() does not make
# them that letter ("İ".lower() is "i" and a dot): a text with one is read in full.
FOLDS_TO_ASCII = ("İ", "ı", "ſ")
_ASCII_LABELS = all(k.isascii() for k in lx.SANCTION_LABELS)  # else no text is passed over
_FROM_CHAIR = re.compile(lx.SANCTION_FROM_CHAIR, re.IGNORECASE)
_VERBS = lx.SANCTION_VERBS
_NEGATIONS = lx.NEGATIONS
_COPOT = frozenset({"dicopot", "mencopot"})
_BY_WEIGHT = frozenset({"sanksi berat", "sanksi tegas", "sanksi ringan", "sanksi sedang"})
# What a negation before a sanction denies: the breach or the verdict itself.
_DENIED = _VERBS | lx.SANCTION_DENIED_WORDS


def _ascii_lower(text: str) -> str:
    """What IGNORECASE matched, as the labels are keyed: "diberhentıkan" is "diberhentikan"
    ("İ".lower() is "i" and a combining dot, "ı" and "ſ" stay themselves)."""
    return text.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def _body(ch: Chunk) -> bool:
    return ch.kind == ORG and ch.attrs.get("body") in lx.SANCTIONING_BODIES


def _pick_body(chunks: list[Chunk]) -> Chunk | None:
    """The sanctioning body a clause names: DKPP first, also inside a judge's title; a body
    named as a venue ("di Ruang Sidang DKPP Jakarta", "di Kantor Bawaslu") is a place, one
    after "kepada" the sanctioned."""
    bodies = [
        ch for c, ch in enumerate(chunks) if _body(ch) and not _venue(chunks, c)
        # "memutuskan sanksi kepada KPU Sultra": the body sanctioned, not the one sanctioning
        and not (c and chunks[c - 1].low in ("kepada", "terhadap"))
    ] + [
        org
        for ch in chunks
        if ch.kind == ROLE
        and (org := org_of_role(ch)) is not None
        and org.attrs.get("body") == "dkpp"
    ]
    return next((ch for ch in bodies if ch.attrs.get("body") == "dkpp"), None) or (
        bodies[0] if bodies else None
    ) or next((
        # "Plt Bupati X memberi sanksi kepada tiga camat": a regional head disciplines the
        # civil servants under him (for a breach of neutrality), as the head of his government;
        # a candidate for the office ("calon Wali Kota X") is none
        org for c, ch in enumerate(chunks) if ch.kind == ROLE
        and ch.attrs.get("head") in lx.REGIONAL_HEADS
        and not (c and chunks[c - 1].low in lx.CANDIDATE_WORDS)
        and (org := org_of_role(ch)) is not None and org.attrs.get("category") == "government"
    ), None)


def _ordered(chunks: list[Chunk], body: Chunk) -> bool:
    """ "diperintahkan Bawaslu untuk melaksanakan putusan itu", "Memerintahkan Bawaslu untuk
    mengawasi ...": a body ordered to carry a verdict out is its addressee, not its author."""
    at = next((c for c, ch in enumerate(chunks) if ch is body or (
        ch.kind == ROLE and org_of_role(ch) is body)), 0)
    return any(ch.low in _ORDER_VERBS for ch in chunks[max(0, at - 2) : at])


_ORDER_VERBS = frozenset({"memerintahkan", "diperintahkan", "menginstruksikan",
                          "diinstruksikan"})


def _venue(chunks: list[Chunk], c: int) -> bool:
    return c > 0 and (
        chunks[c - 1].kind == PLACE or chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS
    )


def _points_back(chunks: list[Chunk]) -> bool:
    for c, ch in enumerate(chunks):
        if ch.low in lx.SANCTION_ANAPHORS:
            return True
        if ch.kind == ROLE and c + 1 < len(chunks) and chunks[c + 1].low in ("itu", "tersebut"):
            return True
    return False


def _verdict_date(doc: Doc, sv: SentView) -> str | None:
    """The date the sentence or its paragraph states, else that of the verdict hearing named
    before ("dalam sidang pembacaan putusan ..., Senin (4/11/2024)")."""
    # Imported here: the ingest package pulls in json and more, the extractor imports stay light.
    from electgraph.ingest.dates import find_dates

    found = find_dates(doc.text[sv.sent.start : sv.sent.end])
    if not found:
        para = [s for s in doc.sents if s.sent.paragraph == sv.sent.paragraph]
        found = find_dates(doc.text[para[0].sent.start : para[-1].sent.end])
    for earlier in reversed(doc.sents[: sv.index]):
        if found:
            break
        if "putusan" in doc.text[earlier.sent.start : earlier.sent.end].lower():
            found = find_dates(doc.text[earlier.sent.start : earlier.sent.end])
    return found[0].isoformat() if found else None


class _Group(NamedTuple):
    """A sanction whose clause named a group, not its members ("tiga anggota Bawaslu X juga
    dijatuhi sanksi serupa.", "KPU X memecat 8 anggota PPS."): a later sentence may name them."""

    sent: int  # the sentence that named the group last
    body: Chunk
    label: str
    written: str
    size: int  # 8 for "8 anggota PPS", "delapan anggota PPS"; 0 when it counts none
    listing: bool = False  # the sentence at `sent` named some of them


class _State:
    def __init__(self, doc: Doc) -> None:
        self.person: str | None = None  # the official named last
        # The officials the last sentence that named any named, and its index: "kelima teradu"
        # may point back over a sentence that names no one.
        self.listed: tuple[int, list[str]] = (-1, [])
        self.label: tuple[str, str] | None = None  # the sanction named last (label, as written)
        # The body whose active verb's list the clause before ended ("kepada Teradu I A ...;
        # Teradu II B ..."): a clause that goes on with the list gives the same sanction.
        self.open_list: Chunk | None = None
        self.unnamed: _Group | None = None
        self.body: Chunk | None = next(
            (b for sv in doc.sents if (b := _pick_body(sv.chunks)) and b.attrs["body"] == "dkpp"),
            None,
        )


def extract_sanctions(doc: Doc, out: Collector) -> None:
    if not _may_name_sanction(out.text):
        # A clause with no sanction named gives a fact only after a clause that named one
        # ("Sanksi serupa ..."): an article that names none (most do not) gives none.
        return
    state = _State(doc)
    for sv in doc.sents:
        sent_body = _pick_body(sv.chunks)
        if not (sanctioned.numbered_first(sv.chunks) or sanctioned.serta_first(sv.chunks)):
            # "... kepada teradu satu, A. Teradu dua, B, dan teradu tiga, C", "... yakni A, B.
            # Serta empat orang mantan PPK Y, masing-masing, C, D": only a sentence that goes
            # on numbering the parties, or opens on "Serta", goes on with the list.
            state.open_list = None
        for a, b in clauses(sv.chunks):
            _clause(doc, sv, out, sv.chunks[a:b], sent_body, state)
        group = state.unnamed
        if group is not None and group.size and group.sent < sv.index and (
                sanctioned.names_again(sv.chunks, group.size)):
            # "KPU X memecat 8 anggota PPS. ... Delapan anggota PPS itu berasal dari Kecamatan
            # Y. Diantaranya ialah A, B, ...": the group named again, its members next.
            state.unnamed = group._replace(sent=sv.index)
        words = {ch.low for ch in sv.chunks}
        if sent_body is not None and words & lx.SANCTION_CONTEXT_WORDS and not _ordered(
                sv.chunks, sent_body):
            state.body = sent_body
        # Only a linked name can be named (`sanctioned.named`): test that before the call.
        named = [
            p
            for c, ch in enumerate(sv.chunks)
            if ch.kind == NAME and ch.person is not None and not sanctioned.speaks(sv.chunks, c)
            and (p := sanctioned.named(doc, sv.chunks, c))
        ]
        if named:
            state.person = named[-1]
            state.listed = (sv.index, list(dict.fromkeys(named)))


def _names_a_kind(text: str) -> bool:
    low = text.lower()
    return any(s in low for s in _SANCTION_STEMS)


def _may_name_sanction(text: str) -> bool:
    """Whether some clause of `text` may name a sanction (`_SANCTION`, which ignores case): all
    its labels are ASCII, so one in a clause is one of their stems in the whole text lower-cased,
    unless the text has a letter that only the regex folds to ASCII."""
    if not _ASCII_LABELS or any(c in text for c in FOLDS_TO_ASCII):
        return True
    return _names_a_kind(text)


def _clause(
    doc: Doc,
    sv: SentView,
    out: Collector,
    chunks: list[Chunk],
    sent_body: Chunk | None,
    state: _State,
) -> None:
    start, end = chunks[0].start, chunks[-1].end
    text = out.text[start:end]
    hits = [
        (m.start() + start, m.end() + start, lx.SANCTION_LABELS[_ascii_lower(m[1])])
        for m in _SANCTION.finditer(text)
        # "spanduk ... dicopot orang tak dikenal": a removal from office says so
        if _ascii_lower(m[1]) not in _COPOT or "jabatan" in text.lower()
    ]
    if (not hits and state.open_list is not None and state.label is not None
            and sanctioned.goes_on(chunks)):
        if persons := sanctioned.after(doc, chunks, 0):
            _facts(doc, sv, out, state.open_list, persons, *state.label)
        return
    if state.unnamed is not None and state.unnamed.sent == sv.index - 1 and (
            (named := sanctioned.names_them(doc, sv.index, chunks, state.unnamed.listing))
            is not None):
        # "... juga dijatuhi sanksi serupa. Mereka adalah Ketua Bawaslu A serta B dan C.",
        # "... diberikan peringatan tertulis, yakni:" then "1. A, anggota PPK X", "2. B, ..."
        group = state.unnamed
        opener, numbered = named
        state.unnamed = group._replace(sent=sv.index, listing=True)
        if persons := sanctioned.after(doc, chunks, opener):
            _facts(doc, sv, out, group.body, persons[:1] if numbered else persons,
                   group.label, group.written)
        return
    state.open_list = None
    if not hits and (noun := sanctioned.nominal(doc, chunks)) is not None:
        at, persons = noun
        body = _pick_body(chunks[:at]) or sent_body or state.body
        if persons and body is not None and not _blocked(chunks[: at + 1]):
            last = sanctioned.manner_end(chunks, at + 1) - 1
            _facts(doc, sv, out, body, persons, lx.SANCTION_NOUNS[chunks[at].low.split()[0]],
                   out.text[chunks[at].start : chunks[last].end])
        return
    chair = _FROM_CHAIR.search(text)
    if chair and any(out.text[a:b].lower() in lx.SANCTION_BARE_REMOVALS for a, b, _ in hits):
        # "memberhentikan NAME dari jabatan Ketua ...": removal from the chair only
        hits = [(hits[0][0], start + chair.end(), lx.SANCTION_FROM_CHAIR_LABEL)]
    if not hits:
        same = any(sanctioned.same_as_before(chunks, c) for c in range(len(chunks)))
        after_named = sanctioned.named_after(chunks)
        if not (same or after_named) or (state.label is None and (
                # an article that names no sanction's kind anywhere is passed over whole
                after_named is None or not _names_a_kind(out.text))):
            return
        # "Mereka yang dijatuhi sanksi yakni, A, B": a sanction whose kind is not said
        label, written = state.label or ("", "sanksi")
    else:
        # "sanksi tegas kepada A berupa peringatan keras": the sanction itself, not its weight
        hits = [h for h in hits if h[2] not in _BY_WEIGHT] or hits
        label = next((h[2] for h in hits if h[2]), "")
        written = out.text[hits[0][0] : hits[-1][1]]
        state.label = (label, written)
    first = next(c for c, ch in enumerate(chunks) if ch.end > hits[0][0]) if hits else 0
    verbs = [c for c, ch in enumerate(chunks) if ch.low in _VERBS]
    to = sanctioned.addressed(chunks, first) if not verbs else None
    if to is not None:
        verbs = [to]  # "SK Pemberhentian Tetap kepada A": issued to A, as by an active verb
    if not verbs:
        return
    v = min(verbs, key=lambda c: abs(c - first))
    if _blocked(chunks[: max(v, first) + 1]):
        return
    active = chunks[v].low in lx.SANCTION_VERBS_ACTIVE or v == to
    # "menjatuhkan X kepada A, serta menjatuhkan Y kepada B dan C": a second sanction with its
    # own active verb after the first one's persons gives its own facts.
    later = sanctioned.second_sanction(chunks, hits, v) if active else None
    if (named_at := sanctioned.named_after(chunks)) is not None:
        # "Mereka yang dijatuhi sanksi berat adalah ROLE, A, serta B": named after the verb
        active, v = True, named_at
    persons = (
        sanctioned.after(doc, chunks, v, later[0] if later else None) if active
        else sanctioned.before(doc, chunks, v)
    )
    if not persons and active:
        # "menyatakan Teradu A terbukti melanggar kode etik dan menjatuhkan sanksi peringatan":
        # the verb's object is that of an earlier one of the clause
        persons = next((p for u in reversed(verbs) if u < v and chunks[u].low in (
            lx.SANCTION_VERBS_ACTIVE) and (p := sanctioned.after(doc, chunks, u, v))), [])
    if not persons and active and chunks[v].low.startswith("di"):
        persons = sanctioned.before(doc, chunks, v)  # "A, B dan C diberikan sanksi peringatan"
    if not persons and not active and (
            later_at := sanctioned.named_later(chunks, v)) is not None:
        # "1 orang diberhentikan tetap atas nama A"
        persons = sanctioned.after(doc, chunks, later_at)
    if not persons and not active and _item_under(doc, sv, chunks, v, state):
        # "1. A (Ketua Bawaslu X):" then "• Dijatuhi sanksi ...": the item's heading names whom
        persons = list(state.listed[1])
    counted = state.unnamed
    if not persons and sv.index - state.listed[0] <= sanctioned.points_back_plural(chunks) and (
            counted is None or not counted.size or counted.sent != state.listed[0]):
        # "Mereka" after "foto bareng Cabup A, empat orang PPS diberhentikan": the four, not A
        persons = list(state.listed[1])
    if not persons and state.person and _points_back(chunks) and not (
            sanctioned.counted_group(chunks)):
        persons = [state.person]
    if active:
        # The body after an active verb is the sanctioned's ("menjatuhkan sanksi kepada teradu
        # 1 A selaku ketua KPU X"), not the one that gives it.
        after_verb = {id(ch) for ch in chunks[v:]}
        body = _pick_body(chunks[:v]) or (
            sent_body if sent_body is not None and id(sent_body) not in after_verb else None
        ) or state.body or _pick_body(chunks)
    else:
        # "Tak hanya KPU, tiga anggota Bawaslu X juga dijatuhi sanksi": the bodies before a
        # passive verb are the sanctioned's; the sanctioning one comes after it ("oleh DKPP").
        body = _pick_body(chunks[v:]) or state.body or sent_body
    count = sanctioned.group_count(chunks)
    if not persons and body is not None and (
            state.unnamed is None or count or not state.unnamed.size):
        # A group counted is not forgotten for a sanction that counts none ("... memutuskan
        # untuk memberhentikan", said of it in a quote).
        state.unnamed = _Group(sv.index, body, label, written, count)
    if not persons or body is None:
        return
    persons = list(dict.fromkeys(sanctioned.besides(doc, sv.chunks) + persons))
    _facts(doc, sv, out, body, persons, label, written)
    state.open_list = body if active else None
    if later is not None:
        v2, label2, (a2, b2) = later
        if more := sanctioned.after(doc, chunks, v2):
            _facts(doc, sv, out, body, more, label2, out.text[a2:b2])


def _item_under(doc: Doc, sv: SentView, chunks: list[Chunk], v: int, state: _State) -> bool:
    """Whether a passive verb opens the clause right under a heading that names one person and
    ends with a colon ("Restu (Anggota Bawaslu X):")."""
    heading = doc.sents[sv.index - 1] if sv.index else None
    return (
        heading is not None and state.listed[0] == heading.index and len(state.listed[1]) == 1
        and doc.text[heading.sent.start : heading.sent.end].rstrip().endswith(":")
        and all(ch.kind == PUNCT for ch in chunks[:v])
    )


def _blocked(chunks: list[Chunk]) -> bool:
    """A demand, a threat, a pending case or a denial before the sanction. A negation denies
    only the verdict ("tidak terbukti", "belum dijatuhi"), not any word ("tidak cermat")."""
    for c, ch in enumerate(chunks):
        if ch.low in _NEGATIONS:
            if any(n.low in _DENIED for n in chunks[c + 1 : c + 3]):
                return True
        elif ch.low in lx.SANCTION_BLOCKERS:
            return True
    return False


def _facts(
    doc: Doc,
    sv: SentView,
    out: Collector,
    body: Chunk,
    persons: list[str],
    label: str,
    written: str,
) -> None:
    key = out.entity(EntityType.ORGANIZATION, body)
    date = _verdict_date(doc, sv)
    for person in persons:
        out.fact(
            FactKind.SANCTIONS,
            key,
            person,
            sv.sent.start,
            sv.sent.end,
            "sanctions",
            sanction=label or None,
            sanction_text=written,
            verdict_date=date,
        )
