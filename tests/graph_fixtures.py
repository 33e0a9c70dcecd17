"""Hand-built extractions of real articles, standing in for the extractor in graph tests.

Each fixture reads an article from data/articles with the real reader and states what the
extractor is expected to find in it, with evidence spans located in the text, so the tests
exercise resolution and storage on realistic input without depending on the extractor.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from electgraph.graph import ResolutionReport, ResolvedFact, ResolvedGraph, ResolvedNode
from electgraph.ingest import build_article, parse_text
from electgraph.model import (
    Article,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Fact,
    FactKind,
    Span,
    qualifiers,
)

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
SEED = "000_banyuasin_rakor_spip.txt"
SURAT_SUARA = "001_banyuasin_surat_suara.txt"
RAKOR_LOGISTIK = "003_sumsel_rakor_logistik.txt"

KPU_BANYUASIN = "org:kpu:kabupaten:16.07"
KPU_SUMSEL = "org:kpu:provinsi:16"
BAWASLU_BANYUASIN = "org:bawaslu:kabupaten:16.07"
BAWASLU_GARUT = "org:bawaslu:kabupaten:32.05"


def read_article(name: str) -> Article:
    path = ARTICLES / name
    return parse_text(path.read_text(encoding="utf-8"), str(path))


class Builder:
    """Collects entities and facts for one article, finding evidence spans in its text."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, Entity] = {}
        self.facts: list[Fact] = []

    def span(self, text: str, nth: int = 0) -> Evidence:
        start = -1
        for _ in range(nth + 1):
            start = self.article.text.index(text, start + 1)
        return Evidence(self.article.id, start, start + len(text), text)

    def entity(self, key: str, type_: EntityType, label: str, *surfaces: str,
               **attrs: str) -> str:
        mentions = tuple(
            Span(ev.start, ev.end, ev.text)
            for ev in (self.span(s) for s in surfaces or (label,) if s in self.article.text)
        )
        aliases = tuple(sorted({s for s in surfaces if s != label}))
        self.entities[key] = Entity(key, type_, label, aliases, mentions,
                                    tuple(sorted(attrs.items())))
        return key

    def person(self, name: str, *surfaces: str, **attrs: str) -> str:
        return self.entity(f"person:{name.lower()}", EntityType.PERSON, name, *surfaces, **attrs)

    def fact(self, kind: FactKind, subject: str, obj: str | None, evidence: str,
             extractor: str = "electgraph.extract.test.v1", nth: int = 0, **quals: str) -> None:
        self.facts.append(Fact(kind, subject, obj, self.span(evidence, nth), extractor,
                               qualifiers(**quals)))

    def build(self) -> Extraction:
        return Extraction(self.article, tuple(self.entities.values()), tuple(self.facts))


def kpu_banyuasin(b: Builder, *surfaces: str) -> str:
    return b.entity(KPU_BANYUASIN, EntityType.ORGANIZATION, "KPU Kabupaten Banyuasin",
                    *surfaces, body="kpu", level="kabupaten", region_code="16.07",
                    category="election_body")


def kpu_sumsel(b: Builder, *surfaces: str) -> str:
    return b.entity(KPU_SUMSEL, EntityType.ORGANIZATION, "KPU Provinsi Sumatera Selatan",
                    *surfaces, body="kpu", level="provinsi", region_code="16",
                    category="election_body")


def seed_extraction(article: Article | None = None) -> Extraction:
    """The seed article: Legar Saputra (Kordiv Hukum dan Pengawasan) and Agus Fauzie
    (Sekretaris) of KPU Kabupaten Banyuasin attend a meeting hosted by KPU Provinsi Sumsel."""
    b = Builder(article or read_article(SEED))
    legar = b.person("Legar Saputra")
    agus = b.person("Agus Fauzie")
    kpu = kpu_banyuasin(b, "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin", "KPU Banyuasin")
    prov = kpu_sumsel(b, "KPU Provinsi Sumatera Selatan")
    b.entity("place:16.07", EntityType.PLACE, "Kabupaten Banyuasin", "Kabupaten Banyuasin",
             code="16.07", kind="kabupaten", province_code="16")
    rakor = b.entity("event:rapat koordinasi pengawasan", EntityType.EVENT,
                     "Rapat Koordinasi Pengawasan")
    b.entity("election:pilkada serentak 2024", EntityType.ELECTION, "Pilkada Serentak 2024",
             year="2024", kind="pilkada")
    role = "Kordiv Hukum dan Pengawasan"
    b.fact(FactKind.HOLDS_ROLE, legar, kpu,
           "Kordiv Hukum dan Pengawasan Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin, "
           "Legar Saputra", "electgraph.extract.roles.v1", role=role, status="current")
    b.fact(FactKind.HOLDS_ROLE, agus, kpu, "Sekretaris KPU Banyuasin, Agus Fauzie",
           "electgraph.extract.roles.v1", role="Sekretaris", status="current")
    b.fact(FactKind.ATTENDS, legar, rakor, "menghadiri Rapat Koordinasi Pengawasan")
    b.fact(FactKind.ATTENDS, agus, rakor, "menghadiri Rapat Koordinasi Pengawasan")
    b.fact(FactKind.HOSTS, prov, rakor, "Rapat tersebut berlangsung di KPU Provinsi Sumatera "
           "Selatan")
    quote = ("KPU Banyuasin sangat berkomitmen dalam menjaga integritas dan akuntabilitas "
             "proses pemilihan.")
    b.fact(FactKind.QUOTES, legar, None, quote, "electgraph.extract.quotes.v1", text=quote)
    for link in b.article.related:
        b.fact(FactKind.RELATES_TO, b.article.id, None, link.title.text,
               "electgraph.extract.links.v1", title=link.title.text)
    return b.build()


def surat_suara_extraction() -> Extraction:
    """Hendri Wijaya, Ketua KPU Banyuasin, receives ballots (2024-10-30)."""
    b = Builder(read_article(SURAT_SUARA))
    hendri = b.person("Hendri Wijaya", "Hendri Wijaya, S.Sos.", degrees="S.Sos.")
    rika = b.person("Rika Oktaviani", "Rika Oktaviani, S.H.", degrees="S.H.")
    kpu = kpu_banyuasin(b, "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin", "KPU Banyuasin")
    bawaslu = b.entity(BAWASLU_BANYUASIN, EntityType.ORGANIZATION,
                       "Bawaslu Kabupaten Banyuasin", "Bawaslu Kabupaten Banyuasin",
                       body="bawaslu", level="kabupaten", region_code="16.07",
                       category="election_body")
    b.fact(FactKind.HOLDS_ROLE, hendri, kpu, "Ketua KPU Banyuasin, Hendri Wijaya",
           role="Ketua", status="current")
    b.fact(FactKind.HOLDS_ROLE, rika, bawaslu, "Anggota Bawaslu Kabupaten Banyuasin, Rika "
           "Oktaviani", role="Anggota", status="current")
    quote = "Surat suara kami terima dalam kondisi tersegel."
    b.fact(FactKind.QUOTES, hendri, None, quote, text=quote)
    return b.build()


def rakor_logistik_extraction() -> Extraction:
    """KPU Sumsel hosts a rakor (2024-11-12) attended by Hendri Wijaya, Ketua KPU Banyuasin."""
    b = Builder(read_article(RAKOR_LOGISTIK))
    hendri = b.person("Hendri Wijaya")
    syahrial = b.person("Syahrial Effendi", "H. Syahrial Effendi, S.H., M.H.",
                        honorifics="H.", degrees="S.H., M.H.")
    kpu = kpu_banyuasin(b, "KPU Kabupaten Banyuasin")
    prov = kpu_sumsel(b, "KPU Provinsi Sumatera Selatan", "KPU Sumsel")
    rakor = b.entity("event:rapat koordinasi", EntityType.EVENT, "rapat koordinasi",
                     "rapat koordinasi")
    b.fact(FactKind.HOLDS_ROLE, hendri, kpu, "Ketua KPU Kabupaten Banyuasin Hendri Wijaya",
           role="Ketua", status="current")
    b.fact(FactKind.HOLDS_ROLE, syahrial, prov, "Ketua KPU Sumsel, H. Syahrial Effendi",
           role="Ketua", status="current")
    b.fact(FactKind.HOSTS, prov, rakor, "KPU Provinsi Sumatera Selatan menggelar rapat "
           "koordinasi")
    b.fact(FactKind.ATTENDS, hendri, rakor, "Ketua KPU Kabupaten Banyuasin Hendri Wijaya")
    quote = "Tidak boleh ada TPS yang menerima kotak suara pada hari H."
    b.fact(FactKind.QUOTES, syahrial, None, quote, text=quote)
    return b.build()


def synthetic_extraction(title: str, body: str, people: list[tuple[str, str, str]],
                         roleless: tuple[str, ...] = ()) -> Extraction:
    """An article made up for a rule: `people` are (name, role, body key) with the body's
    region parsed from the key; `roleless` names are mentioned without a role."""
    names = [p[0] for p in people] + list(roleless)
    body = f"{body}\n{', '.join(names)}."  # so that every name has a span to point at
    b = Builder(build_article(title, body, source_path=f"synthetic/{title}"))
    for name, role, org in people:
        person = b.person(name)
        _, body_name, level, code = org.split(":")
        b.entity(org, EntityType.ORGANIZATION, f"{body_name.upper()} {code}", body=body_name,
                 level=level, region_code=code, category="election_body")
        b.fact(FactKind.HOLDS_ROLE, person, org, name, role=role, status="current")
    for name in roleless:
        person = b.person(name)
        b.fact(FactKind.QUOTES, person, None, name, text=f"kata {name}")
    return b.build()


def corpus() -> list[Extraction]:
    return [seed_extraction(), surat_suara_extraction(), rakor_logistik_extraction()]


def candidacy_extraction() -> Extraction:
    """What the fixtures and the sample corpus leave out: nominating parties, a sanction with
    its verdict date, an office sought, an acting and a former role, a role without a body, a
    dated article."""
    body = (
        "BANYUASIN - Pasangan Budi Santoso dan Rina Lestari resmi mendaftar sebagai calon "
        "bupati Banyuasin, diusung PDI Perjuangan dan Partai Golkar. Plt. Ketua KPU Kabupaten "
        "Banyuasin, Dedi Kurnia, menerima berkas. Mantan Ketua, Hendri Wijaya, hadir. "
        "Sekretaris Yayan juga hadir. DKPP menjatuhkan sanksi peringatan keras kepada Dedi "
        "Kurnia, Senin (4/11/2024)."
    )
    article = build_article(
        "Pasangan Budi Santoso dan Rina Lestari Mendaftar ke KPU Banyuasin", body,
        source_path="synthetic/candidacy", url="https://example.org/candidacy",
        publisher="Contoh News")
    b = Builder(article)
    budi, rina = b.person("Budi Santoso"), b.person("Rina Lestari")
    dedi, hendri, yayan = b.person("Dedi Kurnia"), b.person("Hendri Wijaya"), b.person("Yayan")
    kpu = kpu_banyuasin(b, "KPU Kabupaten Banyuasin")
    pdip = b.entity("org:party:pdip", EntityType.ORGANIZATION, "PDI Perjuangan",
                    category="party", party="pdip")
    golkar = b.entity("org:party:golkar", EntityType.ORGANIZATION, "Partai Golkar",
                      category="party", party="golkar")
    election = b.entity("election:pemilihan bupati::16.07:2024", EntityType.ELECTION,
                        "Pemilihan Bupati Banyuasin 2024", "calon bupati Banyuasin",
                        kind="Pemilihan Bupati", region_code="16.07", year="2024")
    pair = "Pasangan Budi Santoso dan Rina Lestari resmi mendaftar"
    for person, mate in ((budi, rina), (rina, budi)):
        b.fact(FactKind.CANDIDATES, person, election, pair, number="3", running_mate=mate,
               role="calon bupati")
        for party in (pdip, golkar):
            b.fact(FactKind.NOMINATES, party, person, "diusung PDI Perjuangan dan Partai Golkar")
    dkpp = b.entity("org:dkpp:ri:", EntityType.ORGANIZATION, "DKPP", category="election_body")
    b.fact(FactKind.SANCTIONS, dkpp, dedi, "DKPP menjatuhkan sanksi peringatan keras",
           sanction="peringatan keras", verdict_date="2024-11-04")
    b.fact(FactKind.HOLDS_ROLE, dedi, kpu, "Plt. Ketua KPU Kabupaten Banyuasin, Dedi Kurnia",
           role="Ketua", status="acting")
    b.fact(FactKind.HOLDS_ROLE, hendri, None, "Mantan Ketua, Hendri Wijaya", role="Ketua",
           status="former")
    b.fact(FactKind.HOLDS_ROLE, yayan, None, "Sekretaris Yayan", role="Sekretaris",
           status="current")
    return b.build()


def normalised(g: ResolvedGraph) -> ResolvedGraph:
    """`g` with every collection sorted, party lists too, and no report: what must survive."""

    def node(n: ResolvedNode) -> ResolvedNode:
        seen = sorted(
            (replace(s, aliases=tuple(sorted(s.aliases)), attributes=tuple(sorted(s.attributes)))
             for s in n.seen), key=lambda s: s.article_id)
        return replace(n, aliases=tuple(sorted(n.aliases)),
                       attributes=tuple(sorted(n.attributes)), seen=tuple(seen))

    def fact(f: ResolvedFact) -> ResolvedFact:
        def quals(q: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
            return tuple(sorted(q))

        sightings = sorted((replace(s, qualifiers=quals(s.qualifiers)) for s in f.sightings),
                           key=lambda s: (s.article_id, s.evidence.start, s.evidence.end))
        return replace(f, qualifiers=quals(f.qualifiers), sightings=tuple(sightings))

    articles = sorted((replace(a, related=tuple(sorted(a.related, key=lambda r: r.article_id)))
                       for a in g.articles), key=lambda a: a.id)
    return ResolvedGraph(
        tuple(articles),
        tuple(sorted(map(node, g.nodes), key=lambda n: n.id)),
        tuple(sorted(map(fact, g.facts), key=lambda f: f.id)),
        ResolutionReport(),
    )
