"""The Indonesian election-news extractor: an `Article` in, entities and facts with evidence out.

Offline, deterministic and rule-based. The pipeline for one article:

1. `tokens`: sentences and tokens with offsets, over the body only (title, caption and
   `BACA JUGA` lines blanked out);
2. `chunks` + `persons`: one pass per sentence that marks bodies, offices, events, elections,
   places and name candidates from the gazetteers in `lexicon` and `regions`;
3. `doc`: name candidates confirmed as persons from their context, short mentions linked;
4. one component per rule: `roles`, `quotes`, `candidates`, `events` (events, hosts),
   `attends`, `links`, each declaring what it requires and assigns (`COMPONENTS`); the order
   they run in is derived from those declarations (`pipeline.order`).

Every fact names the rule that made it (`electgraph.extract.<rule>.v1`) in its provenance.
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.attends import extract_attendance
from electgraph.extract.bodyrefs import resolve_bare_bodies
from electgraph.extract.candidates import extract_candidates
from electgraph.extract.chunks import ELECTION, NAME, ORG, PLACE, ROLE, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc, place_list
from electgraph.extract.events import extract_events
from electgraph.extract.judge import judge
from electgraph.extract.links import extract_links
from electgraph.extract.namelists import dashed_address
from electgraph.extract.nominates import extract_nominates
from electgraph.extract.pipeline import Component, order
from electgraph.extract.quotes import extract_quotes
from electgraph.extract.roles import extract_roles
from electgraph.extract.sanctions import extract_sanctions
from electgraph.model import Article, EntityType, Extraction, FactKind

__all__ = ["COMPONENTS", "PIPELINE", "extract"]


def _persons(doc: Doc, out: Collector) -> None:
    """Persons last: the rules may confirm names in a person's slot (a list of officials)."""
    for entity in doc.person_entities():
        out.add_entity(entity)


def _links(doc: Doc, out: Collector) -> None:
    extract_links(doc.article, out)


# Every rule of the extractor, with what it needs and what it adds; `PIPELINE` is the order
# derived from these declarations (`electgraph.extract.pipeline`).
COMPONENTS: tuple[Component, ...] = (
    Component("bodies", resolve_bare_bodies, assigns=("doc.bodies",)),
    Component("entities", lambda doc, out: _entities(doc, out), requires=("doc.bodies",),
              assigns=("entities",)),
    Component("roles", extract_roles, requires=("entities",),
              assigns=(FactKind.HOLDS_ROLE.value, "doc.holders")),
    Component("quotes", extract_quotes, requires=("doc.holders",),
              assigns=(FactKind.QUOTES.value, FactKind.HOLDS_ROLE.value)),
    Component("candidates", extract_candidates,
              requires=("entities", FactKind.HOLDS_ROLE.value),
              assigns=(FactKind.CANDIDATES.value,)),
    # Pairs by their ballot numbers, parties from their officials' offices.
    Component("nominates", extract_nominates,
              requires=(FactKind.CANDIDATES.value, FactKind.HOLDS_ROLE.value),
              assigns=(FactKind.NOMINATES.value, FactKind.CANDIDATES.value)),
    Component("sanctions", extract_sanctions, requires=(FactKind.HOLDS_ROLE.value,),
              assigns=(FactKind.SANCTIONS.value,)),
    Component("events", extract_events, requires=("entities",),
              assigns=(FactKind.HOSTS.value, "doc.events")),
    Component("attends", extract_attendance,
              requires=("doc.events", FactKind.QUOTES.value, FactKind.CANDIDATES.value,
                        FactKind.HOLDS_ROLE.value),
              assigns=(FactKind.ATTENDS.value,)),
    Component("links", _links, assigns=(FactKind.RELATES_TO.value,)),
    # After every rule that may confirm a name in a person's slot.
    Component("persons", _persons, requires=(
        FactKind.HOLDS_ROLE.value, FactKind.QUOTES.value, FactKind.CANDIDATES.value,
        FactKind.ATTENDS.value, FactKind.NOMINATES.value, FactKind.SANCTIONS.value),
        assigns=("persons",)),
)
PIPELINE = order(COMPONENTS)


def extract(article: Article) -> Extraction:
    """Entities and facts of one article, each fact with its evidence span."""
    doc = Doc(article)
    out = Collector(article.id, article.text)
    for component in PIPELINE:
        component.rule(doc, out)
    entities = out.entities()
    return Extraction(article, entities, judge(out.facts(), entities, article.text))


_TYPES = {ORG: EntityType.ORGANIZATION, PLACE: EntityType.PLACE, ELECTION: EntityType.ELECTION}


def _entities(doc: Doc, out: Collector) -> None:
    """Bodies, places and elections the body names; offices' bodies only when written out.

    A body implied by a title ("Kapolres Kukar" -> Polres Kukar) enters with the role fact that
    uses it, not on its own. The region inside a body's or an election's name is a place the
    article names too.
    """
    _dateline_place(doc, out)
    named = _bodies_named(doc)
    dated = _dated_nationwide(doc)
    for sv in doc.sents:
        for c, ch in enumerate(sv.chunks):
            if ch.kind == ORG and c and sv.chunks[c - 1].low in lx.VENUE_HEADS:
                _office_place(sv.chunks[c - 1], ch, out)
            if ch.kind in _TYPES and (not ch.attrs.get("generic") or _lone_body(ch, named)):
                if (same := _dated_twin(ch, dated)) is not None:
                    ch.key = same.key
                out.entity(_TYPES[ch.kind], ch, label=same.label if same else None)
                _region_place(ch, out)
            elif ch.kind == ROLE:
                org = ch.attrs.get("org")
                if org is not None and not org.attrs.get("generic"):
                    if not org.attrs.get("implied"):
                        out.entity(EntityType.ORGANIZATION, org)
                    _region_place(org, out)
            elif ch.kind == NAME and ch.person is None and not _venue_word(ch) and not (
                _online_channel(ch)) and not (
                _common_word(ch) or _head_of_body(sv.chunks, c)
            ) and (_after_locative(sv.chunks, c) or place_list(sv.chunks, c)
                   or dashed_address(sv.chunks, c)):
                ch.key = f"place:name:{ch.label.lower()}"
                out.entity(EntityType.PLACE, ch)


def _dated_nationwide(doc: Doc) -> dict[str, Chunk]:
    """The one nationwide election of a year the article names, by its key without the year
    ("election:pilkada::"): a "Pilkada serentak" with no year there is the same election. An
    article that names two years ("Pemilu 2019", "Pemilu 2024") leaves the yearless one alone."""
    found: dict[str, list[Chunk]] = {}
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch.kind == ELECTION and ch.attrs.get("year") and not ch.attrs.get("region_code"):
                family = ch.key.rsplit(":", 1)[0]
                if all(x.key != ch.key for x in found.get(family, [])):
                    found.setdefault(family, []).append(ch)
    return {family: chunks[0] for family, chunks in found.items() if len(chunks) == 1}


def _dated_twin(ch: Chunk, dated: dict[str, Chunk]) -> Chunk | None:
    """The dated nationwide election that a yearless one ("Pilkada serentak") is, if any."""
    if ch.kind != ELECTION or ch.attrs.get("year") or ch.attrs.get("region_code"):
        return None
    return dated.get(ch.key.rsplit(":", 1)[0])


def _bodies_named(doc: Doc) -> set[str]:
    """The bodies the article names with a region or a level ("Bawaslu Situbondo", "KPU RI"),
    and the ad hoc bodies it names alone more than once."""
    found: set[str] = set()
    alone: set[str] = set()
    for sv in doc.sents:
        for c, ch in enumerate(sv.chunks):
            org = ch if ch.kind == ORG else ch.attrs.get("org") if ch.kind == ROLE else None
            if not isinstance(org, Chunk) or not (body := org.attrs.get("body")):
                continue
            if not org.attrs.get("generic"):
                found.add(body)
            elif body in _AD_HOC and not any(
                    x.low in _FORMING for x in sv.chunks[max(0, c - _FORMING_REACH) : c]):
                found.add(f"again:{body}") if body in alone else alone.add(body)
    return found


# Ad hoc bodies and the leaders' forum: the many of a region, one body to the annotators when
# an article speaks of them twice ("PPK se-Kabupaten X" ... "PPK"); named once they are often
# only a stage's object ("telah membentuk PPK, PPS dan KPPS").
_AD_HOC = frozenset({"ppk", "pps", "kpps", "panwascam", "pkd", "ptps", "forkopimda"})
# "pembentukan PPK, PPS, dan KPPS", "seleksi calon anggota PPS": a stage's object, not a body
# that acts in the report.
_FORMING = frozenset({"pembentukan", "membentuk", "dibentuk", "rekrutmen", "perekrutan",
                      "seleksi", "calon"})
_FORMING_REACH = 6


def _lone_body(ch: Chunk, named: set[str]) -> bool:
    """'Bawaslu' alone in an article that names no Bawaslu of a region is a body it names; so
    is 'PPK' named alone twice in one that names no PPK of a district."""
    body = ch.attrs.get("body")
    if ch.kind != ORG or body in named:
        return False
    # "seluruh Panitia Pengawas Kecamatan (Panwascam) dan Pengawas Kelurahan/Desa (PKD)": an
    # ad hoc body written out in full, with its acronym, is named too
    return body in lx.ELECTION_BODIES_BARE or (body in _AD_HOC and (
        f"again:{body}" in named or ch.text.endswith(")")))


def _venue_word(ch: Chunk) -> bool:
    """'di Aula KPU X', 'dari Gudang KPU X': a venue's head alone names no place; the body's
    office after it does (`_office_place`)."""
    return all(t in lx.VENUE_HEADS for t in ch.attrs.get("tokens", [ch.low]))


def _head_of_body(chunks: list[Chunk], c: int) -> bool:
    """'di Istana Presiden', 'Komplek Pemda Bogor', 'dari Satuan Brimob': one unknown word
    written against a body or an office is the head of that body's place or unit, which names
    no place alone."""
    nxt = chunks[c + 1] if c + 1 < len(chunks) else None
    return " " not in chunks[c].text and nxt is not None and nxt.kind in (ORG, ROLE)


def _common_word(ch: Chunk) -> bool:
    """'dari Jabatan', 'ke Sekolah', 'di Tempat': one capitalised common word after a
    preposition is no place, unless it is a district's name ("di Magersari")."""
    return bool(ch.attrs.get("common")) and " " not in ch.text and (
        (ch.low,) not in regions.district_names())


def _online_channel(ch: Chunk) -> bool:
    """'disaksikan di Youtube Tribun Jabar', 'di Chanel Youtube KPU': a channel, no place."""
    return any(t in _CHANNEL_WORDS for t in ch.attrs.get("tokens", [ch.low]))


_CHANNEL_WORDS = frozenset({"youtube", "chanel", "channel", "kanal", "instagram", "facebook",
                            "tiktok", "twitter", "zoom", "live", "streaming"})


def _after_locative(chunks: list[Chunk], c: int) -> bool:
    """'di Grand Sumber Ria', 'di Padalarang dan Ngamprah', 'di Gedung Nasional, Jalan
    Sisingamangaraja, Sidikalang': a name after 'di', or in apposition to the places after it,
    is a place."""
    if c == 0 or chunks[c - 1].kind in (PLACE, NAME):
        return False
    if c + 1 < len(chunks) and chunks[c + 1].text == "(":
        return False  # "di Koalisi Indonesia Maju (KIM)": a thing with an acronym, no place
    k = c - 1
    while (
        k >= 0
        and k > c - 8
        and (
            chunks[k].low in ("dan", ",", "serta")
            or chunks[k].kind == PLACE
            or (chunks[k].kind == NAME and chunks[k].person is None)
            or chunks[k].low in lx.VENUE_HEADS
            or chunks[k].low in lx.VENUE_POSITIONS
        )
    ):
        k -= 1
    return k >= 0 and chunks[k].low in ("di", "ke", "dari")


def _office_place(venue: Chunk, org: Chunk, out: Collector) -> None:
    """'Aula KPU Tulungagung', 'Kantor Bawaslu X': a body's office is a place too; its
    office, hall and yard ("kantor KPU", "halaman KPU Provinsi Bali") are one place, as an
    article speaks of one office of a body."""
    text = out.text[venue.start : org.end]
    place = Chunk(
        PLACE,
        venue.i,
        org.j,
        venue.start,
        org.end,
        text,
        label=text,
        key=f"place:office:{org.key}",
        attrs={"kind": "office"},
    )
    out.entity(EntityType.PLACE, place)


def _region_place(ch: Chunk, out: Collector) -> None:
    """The region named inside a body's or an election's name, as a place with its own span
    ("Banyuasin" in "KPU Kabupaten Banyuasin"); a region only implied (by a unit code) is left
    to the body's attributes."""
    code = ch.attrs.get("region_code")
    if not code or ch.kind == PLACE:
        return
    found = _find_region(ch.text, code)
    if found is None:
        return
    offset, surface = found
    region = regions.by_code(code)
    start = ch.start + offset
    place = Chunk(
        PLACE,
        ch.i,
        ch.j,
        start,
        start + len(surface),
        surface,
        label=region.name,
        key=f"place:{code}",
        attrs={
            "code": code,
            "kind": region.kind,
            "province_code": region.province_code,
            "region_label": region.label,
        },
    )
    out.entity(EntityType.PLACE, place, label=region.name)


_ALIASES_BY_CODE: dict[str, list[str]] = {}


def _find_region(text: str, code: str) -> tuple[int, str] | None:
    """(offset, surface) of the longest name of region `code` written in `text`."""
    if not _ALIASES_BY_CODE:
        for alias, cands in regions.aliases().items():
            for region in cands:
                _ALIASES_BY_CODE.setdefault(region.code, []).append(alias)
        for names in _ALIASES_BY_CODE.values():
            names.sort(key=len, reverse=True)
    low = text.lower()
    for alias in _ALIASES_BY_CODE.get(code, ()):
        at = low.find(alias)
        if (
            at >= 0
            and (at == 0 or not low[at - 1].isalnum())
            and (at + len(alias) == len(low) or not low[at + len(alias)].isalnum())
        ):
            return at, text[at : at + len(alias)]
    return None


def _dateline_place(doc: Doc, out: Collector) -> None:
    """The dateline ("INDRALAYA, WARTASRIWIJAYA.ID -") names the place the news comes from."""
    dateline = doc.article.dateline
    if not dateline:
        return
    start = doc.text.find(dateline, doc.article.body_start)
    if start < 0:
        return
    surface = dateline.title() if dateline.isupper() else dateline
    region = regions.lookup(surface)
    key = f"place:{region.code}" if region else f"place:name:{surface.lower()}"
    attrs = (
        {
            "code": region.code,
            "kind": region.kind,
            "province_code": region.province_code,
            "region_label": region.label,
        }
        if region
        else {"kind": "town"}
    )
    out.entity(
        EntityType.PLACE,
        Chunk(
            PLACE, 0, 0, start, start + len(dateline), surface, label=surface, key=key, attrs=attrs
        ),
        label=surface,
    )
