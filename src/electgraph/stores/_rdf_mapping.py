"""Resolved graph -> RDF quads, split the way the store replaces them.

Layout (the reasons are in ontology/README.md):

* **default graph** - the resolved knowledge, one copy of each statement: node descriptions
  (type, label, region...), fact nodes with their identity (a membership's member, body, role
  and status) and the shortcut triples derived from facts (`org:holds`, `schema:attendee`,
  `schema:organizer`, `eg:relatesTo`, `eg:candidateIn`).
* **one named graph per article** (`<base>graph/<article id>`) - what that article says: its
  own description, the nodes it mentions (or implies) and the surface forms it uses, and for
  each fact it states a sighting: per-article qualifiers and `eg:evidence`, the evidence span
  (a sub-property of `prov:wasDerivedFrom`; `_rdf_evidence`: shared by the facts read at the
  same place), with the reading and the focus. The date a fact was seen is its article's
  `schema:datePublished`, not repeated per sighting. docs/rdf.md says what each statement is
  for.

Replacing an article is dropping its graph and writing the new one; facts and nodes of the
default graph that no article supports any more are then removed (see `_sparql.gc_updates`).
Node descriptions are "last write wins": `descriptions` lists them per subject so the store can
delete values that changed.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from electgraph.graph import (
    ResolvedArticle,
    ResolvedFact,
    ResolvedGraph,
    ResolvedNode,
    Sighting,
    node_id,
    post_id,
    role_id,
)
from electgraph.kinds import FACTS
from electgraph.model import EntityType, FactKind
from electgraph.stores._rdf_evidence import EvidenceWriter
from electgraph.vocab import EG, ORG, RDF, SCHEMA, SKOS, XSD

__all__ = ["ATTRIBUTE_SEP", "ArticleQuads", "Plan", "graph_iri", "plan"]

_DG = DefaultGraph()
# Vocabulary terms are built once: pyoxigraph checks an IRI each time a NamedNode is made.
_N = functools.cache(NamedNode)
A = _N(RDF.type)
PREF = _N(SKOS.prefLabel)
SURFACE = _N(EG.surfaceForm)
_INT = _N(XSD.integer)
_DATE = _N(XSD.date)
_DEC = _N(XSD.decimal)
_YEAR = _N(XSD.gYear)

CATEGORY_CLASS = {
    "election_body": EG.ElectionBody,
    "legislature": EG.Legislature,
    "government": EG.GovernmentAgency,
    "police": EG.PoliceUnit,
    "military": EG.MilitaryUnit,
    "party": EG.PoliticalParty,
    "media": EG.MediaOrganization,
}
PLACE_CLASS = {"provinsi": EG.Province, "kabupaten": EG.Regency, "kota": EG.City}
MENTION_ATTRS = {"honorifics": EG.honorific, "degrees": EG.degree, "rank": EG.rank}
# A node attribute is one `eg:attribute` literal "name=value" (names never hold "=").
ATTRIBUTE_SEP = "="

# Predicates of node descriptions in the default graph: the ones "last write wins" applies to.
DESCRIPTION_PREDICATES = frozenset(
    map(
        _N,
        (
            *(RDF.type, SKOS.prefLabel, EG.resolutionKey, EG.attribute, EG.region, EG.body),
            *(EG.level, EG.jurisdiction, EG.kemendagriCode, SCHEMA.containedInPlace),
            *(EG.electionYear, EG.electionKind, ORG.role, ORG.postIn),
        ),
    )
)


def graph_iri(base: str, article_id: str) -> str:
    return f"{base}graph/{article_id}"


@dataclass
class ArticleQuads:
    article_id: str
    graph: NamedNode
    digest: str
    quads: list[Quad] = field(default_factory=list)


@dataclass
class Plan:
    shared: list[Quad] = field(default_factory=list)
    descriptions: dict[NamedNode, set[tuple[NamedNode, NamedNode | Literal]]] = field(
        default_factory=dict
    )
    articles: list[ArticleQuads] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


class _Mapper:
    def __init__(self, graph: ResolvedGraph, base: str) -> None:
        self.base = base
        self.graph = graph
        self.nodes = {n.id: n for n in graph.nodes}
        self.plan = Plan()
        self._iris: dict[str, NamedNode] = {}
        self.by_article: dict[str, list[Quad]] = {a.id: [] for a in graph.articles}
        self.evidence = EvidenceWriter(base)

    def iri(self, id_: str) -> NamedNode:
        node = self._iris.get(id_)
        if node is None:
            node = self._iris[id_] = NamedNode(self.base + id_)
        return node

    def describe(self, s: NamedNode, p: str, o: NamedNode | Literal) -> None:
        pn = _N(p)
        self.plan.descriptions.setdefault(s, set()).add((pn, o))
        self.plan.shared.append(Quad(s, pn, o, _DG))

    def shared(self, s: NamedNode, p: str, o: NamedNode | Literal) -> None:
        self.plan.shared.append(Quad(s, _N(p), o, _DG))

    # -- nodes -----------------------------------------------------------------------------
    def node(self, n: ResolvedNode) -> None:
        s = self.iri(n.id)
        attrs = n.attrs
        self.describe(s, SKOS.prefLabel, Literal(n.label))
        # Key and attributes as resolved, so that the store can give the graph back
        # (`_rdf_read`); the typed properties below are derived from them for queries.
        self.describe(s, EG.resolutionKey, Literal(n.key))
        for name, value in n.attributes:
            self.describe(s, EG.attribute, Literal(f"{name}{ATTRIBUTE_SEP}{value}"))
        for cls in _classes(n):
            self.describe(s, RDF.type, _N(cls))
        if n.type is EntityType.PERSON:
            home = attrs.get("home", "")
            if home and home != "ri" and (place := self.place(home)):
                self.describe(s, EG.region, place)
        elif n.type is EntityType.ORGANIZATION:
            for name, pred in (("body", EG.body), ("level", EG.level)):
                if attrs.get(name):
                    self.describe(s, pred, Literal(attrs[name]))
            if place := self.place(attrs.get("region_code", "")):
                self.describe(s, EG.jurisdiction, place)
        elif n.type is EntityType.PLACE:
            if code := attrs.get("code"):
                self.describe(s, EG.kemendagriCode, Literal(code))
            province = attrs.get("province_code", "")
            if province and province != attrs.get("code") and (p := self.place(province)):
                self.describe(s, SCHEMA.containedInPlace, p)
        elif n.type is EntityType.ELECTION:
            if (year := attrs.get("year", "")).isdigit():
                self.describe(s, EG.electionYear, Literal(year, datatype=_YEAR))
            if attrs.get("kind"):
                self.describe(s, EG.electionKind, Literal(attrs["kind"]))
            if place := self.place(attrs.get("region_code", "")):
                self.describe(s, EG.jurisdiction, place)
        for seen in n.seen:
            quads = self.by_article.get(seen.article_id)
            if quads is None:
                continue
            g = self.article_graph(seen.article_id)
            link = SCHEMA.mentions if seen.mentioned else EG.implies
            quads.append(Quad(self.iri(seen.article_id), _N(link), s, g))
            for alias in seen.aliases:
                # Every form as a surface form, the label too: which form is the label depends
                # on the articles stored so far, and this graph is not rewritten when it
                # changes (a `skos:altLabel` here, disjoint from the label, was).
                quads.append(Quad(s, SURFACE, Literal(alias), g))
            for name, value in seen.attributes:
                if name in MENTION_ATTRS and value:
                    quads.append(Quad(s, _N(MENTION_ATTRS[name]), Literal(value), g))

    def place(self, code: str) -> NamedNode | None:
        """The place node of a region code, if the graph has it (else no dangling link)."""
        if not code:
            return None
        pid = node_id(f"place:{code}")
        return self.iri(pid) if pid in self.nodes else None

    def article_graph(self, article_id: str) -> NamedNode:
        return self.iri(f"graph/{article_id}")

    # -- facts -----------------------------------------------------------------------------
    def fact(self, f: ResolvedFact) -> None:
        s = self.iri(f.id)
        if not _core(self, f, s):
            self.plan.rejected.append(f"{f.id}: a {f.kind.value} fact needs an object")
            return
        self.shared(s, RDF.type, _N(EG.Fact))
        for sighting in f.sightings:
            if (quads := self.by_article.get(sighting.article_id)) is not None:
                self.sighting(f, s, sighting, quads)

    def sighting(self, f: ResolvedFact, s: NamedNode, st: Sighting, quads: list[Quad]) -> None:
        g = self.article_graph(st.article_id)
        article = self.iri(st.article_id)
        add = quads.append
        spec = FACTS[f.kind]
        q = st.quals
        for name, (predicate, datatype) in spec.sighting.items():
            if value := _sighting_value(self, q.get(name, "").strip(), datatype):
                # A cited title is said of the cited article, every other value of the fact.
                on = self.iri(f.object) if f.kind is FactKind.RELATES_TO and f.object else s
                add(Quad(on, _N(predicate), value, g))
        if f.kind is FactKind.RELATES_TO and f.object and q.get("title"):
            add(Quad(self.iri(f.object), A, _N(SCHEMA.NewsArticle), g))
        # The evidence span (once per article graph), the reading and the focus; the date it
        # was seen is the article's schema:datePublished, in the same graph (`_rdf_evidence`).
        quads.extend(self.evidence.of(s, article, st.evidence, st.extractor, g))

    # -- articles --------------------------------------------------------------------------
    def article(self, a: ResolvedArticle) -> None:
        g = self.article_graph(a.id)
        s = self.iri(a.id)
        quads = self.by_article[a.id]
        lit: list[tuple[str, NamedNode | Literal]] = [
            (RDF.type, _N(SCHEMA.NewsArticle)),
            (SCHEMA.headline, Literal(a.title)),
            (EG.textDigest, Literal(a.text_digest)),
        ]
        if a.published:
            lit.append((SCHEMA.datePublished, Literal(a.published.isoformat(), datatype=_DATE)))
        if a.url:
            lit.append((SCHEMA.url, Literal(a.url)))
        if a.dateline:
            lit.append((SCHEMA.dateline, Literal(a.dateline)))
        if a.publisher:
            lit.append((EG.publisherName, Literal(a.publisher)))
        if a.publisher_id and a.publisher_id in self.nodes:
            lit.append((SCHEMA.publisher, self.iri(a.publisher_id)))
        if a.dateline_place_id and a.dateline_place_id in self.nodes:
            lit.append((SCHEMA.locationCreated, self.iri(a.dateline_place_id)))
        if a.source_path:
            lit.append((EG.sourcePath, Literal(a.source_path)))
        quads.extend(Quad(s, _N(p), o, g) for p, o in lit)

    def run(self) -> Plan:
        for a in self.graph.articles:
            self.article(a)
        for n in self.graph.nodes:
            self.node(n)
        for f in self.graph.facts:
            self.fact(f)
        self.plan.shared.extend(self.evidence.shared)
        for a in self.graph.articles:
            quads = self.by_article[a.id]
            # The text's digest goes in too: a corrected text replaces the article even when
            # no fact or offset changed, as in every backend.
            digest = _digest(quads, a.text_digest)
            g = self.article_graph(a.id)
            quads.append(Quad(self.iri(a.id), _N(EG.contentDigest), Literal(digest), g))
            self.plan.articles.append(ArticleQuads(a.id, g, digest, quads))
        return self.plan


def _sighting_value(m: _Mapper, value: str, datatype: str | None) -> NamedNode | Literal | None:
    """A per-sighting qualifier as an RDF term: a node (datatype None), an integer (a ballot
    number "07" is 7; anything else is no number), a date or a string."""
    if not value:
        return None
    if datatype is None:
        return m.iri(value)
    if datatype == XSD.integer:
        return Literal(str(int(value)), datatype=_INT) if value.isdigit() and int(value) else None
    return Literal(value, datatype=_N(datatype))


def _core(m: _Mapper, f: ResolvedFact, s: NamedNode) -> bool:
    """The fact node in the default graph, as its `FactSpec` declares it, and the shortcut
    triple between its two entities. False when a binary fact has no object."""
    spec = FACTS[f.kind]
    q = f.quals
    a, b = m.iri(f.subject), (m.iri(f.object) if f.object else None)
    if spec.rdf_class is not None:
        m.shared(s, RDF.type, _N(spec.rdf_class))
        m.shared(s, spec.rdf_subject, a)
        if b is not None and spec.rdf_object:
            m.shared(s, spec.rdf_object, b)
    else:
        if b is None or spec.shortcut is None:
            return False
        m.shared(s, RDF.type, _N(RDF.Statement))
        m.shared(s, RDF.subject, b if spec.reverse else a)
        m.shared(s, RDF.predicate, _N(spec.shortcut))
        m.shared(s, RDF.object, a if spec.reverse else b)
    for name, predicate in spec.literals.items():
        if value := q.get(name):
            m.shared(s, predicate, Literal(value))
    for name, concept in spec.concepts.items():
        if iri := concept.iri(q.get(name)):
            m.shared(s, concept.predicate, _N(iri))
    if b is not None and spec.shortcut is not None:
        m.shared(b, spec.shortcut, a) if spec.reverse else m.shared(a, spec.shortcut, b)
    if f.kind is FactKind.HOLDS_ROLE:
        _posts(m, f, s)
    return True


def post_label(role: str, body: str) -> str:
    """A post's label: its role in its body ("Ketua, KPU Kabupaten Garut")."""
    return f"{role}, {body}"


def _posts(m: _Mapper, f: ResolvedFact, s: NamedNode) -> None:
    """A membership's role, and its post (one role in one body) that the person holds unless
    the role is a former one: the ORG ontology's way to ask who holds a seat."""
    q = f.quals
    role = q.get("role", "")
    if not role:
        return
    r = m.iri(role_id(role))
    m.describe(r, RDF.type, _N(ORG.Role))
    m.describe(r, SKOS.prefLabel, Literal(role))
    m.shared(s, ORG.role, r)
    if not f.object:
        return
    post = m.iri(post_id(f.object, role))
    body_node = m.nodes.get(f.object)
    label = post_label(role, body_node.label) if body_node else role
    m.describe(post, RDF.type, _N(ORG.Post))
    m.describe(post, SKOS.prefLabel, Literal(label))
    m.describe(post, ORG.role, r)
    m.describe(post, ORG.postIn, m.iri(f.object))
    m.shared(s, EG.post, post)
    if q.get("status") != "former":
        m.shared(m.iri(f.subject), ORG.holds, post)


def _classes(n: ResolvedNode) -> list[str]:
    attrs = n.attrs
    if n.type is EntityType.PERSON:
        return [SCHEMA.Person]
    if n.type is EntityType.ORGANIZATION:
        extra = CATEGORY_CLASS.get(attrs.get("category", ""))
        return [ORG.Organization, SCHEMA.Organization, *([extra] if extra else [])]
    if n.type is EntityType.PLACE:
        kind = PLACE_CLASS.get(attrs.get("kind", ""))
        if kind is None and n.key.startswith("place:name:"):
            kind = EG.Venue
        return [SCHEMA.Place, *([kind] if kind else [])]
    if n.type is EntityType.ELECTION:
        return [EG.Election, SCHEMA.Event]
    return [SCHEMA.Event]


def _digest(quads: list[Quad], text_digest: str) -> str:
    # In generation order, which is deterministic (nodes and facts come sorted by id), so no
    # sort is needed; a new order after an upgrade only rewrites each article once.
    h = hashlib.blake2b(text_digest.encode("ascii"), digest_size=16)
    for line in map(str, quads):
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def plan(graph: ResolvedGraph, base: str) -> Plan:
    """The quads of `graph` under `base`, split into the default graph and article graphs."""
    return _Mapper(graph, base).run()
