"""The embedded store -> `ResolvedGraph`: the inverse of `_rdf_mapping.plan`.

`electgraph neo4j load` copies the embedded store into another backend through the
backend-neutral graph, so the store must give back what it was given. The reader runs SELECTs
through the store's own `query` (the `GraphStore` protocol), so it reads any RDF backend: the
embedded store or a SPARQL server. Its queries name the article graphs (`GRAPH ?g`) and read the
rest from the default graph, so they answer the same whether or not the default graph is the
union of all graphs. Stores answer a few large SELECTs much faster than many small ones, so
reading is six queries over the whole store
(or, for some articles, over batches of their graphs with `VALUES ?g`) put together in Python:
`ARTICLES`, `NODE_SIGHTINGS` (what each article graph says about the nodes it mentions or
implies), `NODES` (descriptions in the default graph), `FACTS_QUERY` (one UNION branch per
registered kind, each undoing what `_rdf_mapping._core` wrote), `EVIDENCE` (one row per
sighting, with `READINGS`) and `SIGHTING_DETAILS` (per article graph: per-article qualifiers,
cited titles).

What does not come back as written (`OxigraphStore.read_graph` says the same):

* the `ResolutionReport`: the resolver's log is not part of the graph and is not stored;
* order, which RDF does not keep: articles and their related titles come back sorted by id, a
  candidacy's parties sorted; nodes by key, facts by id and sightings by (article, start, end)
  are how `resolve()` orders them anyway;
* `RelatedTitle.ingested` says whether the cited article is in the store now (for a graph
  written in one go: whether it was resolved with it);
* a sighting's date is its article's `schema:datePublished` (as `resolve()` sets it);
* per-sighting qualifiers are stored per (fact, article): if one article states a fact twice
  with different ones, both sightings get the smallest value back;
* what the mapping does not write: a ballot number comes back as the integer stored ("07" ->
  "7"), a membership status as current/acting/former; facts it rejected (a binary fact without
  an object) and sightings of articles outside the written graph were never stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pyoxigraph as ox

from electgraph.errors import QueryError, StoreError
from electgraph.graph import (
    NodeSighting,
    RelatedTitle,
    ResolvedArticle,
    ResolvedFact,
    ResolvedGraph,
    ResolvedNode,
    Sighting,
)
from electgraph.kinds import FACTS, FactSpec
from electgraph.model import EntityType, Evidence, FactKind, read_anchors
from electgraph.stores._rdf_mapping import ATTRIBUTE_SEP, MENTION_ATTRS, graph_iri
from electgraph.stores.base import IRI, GraphStore, Value
from electgraph.vocab import EG, ORG, SCHEMA

__all__ = [
    *("ARTICLES", "EVIDENCE", "FACTS_QUERY", "NODES", "NODE_ALIASES", "NODE_SIGHTINGS"),
    *("READINGS", "SIGHTING_DETAILS", "STORED_ARTICLES", "read", "restrict"),
]

# Graphs (or nodes, facts) per VALUES block when only some articles are read. pyoxigraph parses
# 5,000 IRIs in about 30 ms, and fewer, larger queries were faster: 0.6 s against 0.9-1.3 s
# per 100 generated articles with blocks of 1,000.
BATCH = 5000

ARTICLES = """
SELECT ?g ?article ?title ?text_digest ?published ?url ?publisher ?publisher_name ?dateline
       ?place ?source_path
WHERE {
  GRAPH ?g {
    ?article eg:contentDigest ?digest ; schema:headline ?title .
    OPTIONAL { ?article eg:textDigest ?text_digest }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:publisher ?publisher }
    OPTIONAL { ?article eg:publisherName ?publisher_name }
    OPTIONAL { ?article schema:dateline ?dateline }
    OPTIONAL { ?article schema:locationCreated ?place }
    OPTIONAL { ?article eg:sourcePath ?source_path }
  }
}"""

# The article ids in the store, for `RelatedTitle.ingested` when only some are read.
STORED_ARTICLES = """
SELECT ?article WHERE { GRAPH ?g { ?article eg:contentDigest ?digest } }"""

# Vocabulary constants (not values), so they may be written into the text.
_MENTION_PREDICATES = " ".join(f"<{p}>" for p in MENTION_ATTRS.values())

NODE_SIGHTINGS = f"""
SELECT ?g ?node ?mentioned ?alias ?attribute ?value
WHERE {{
  GRAPH ?g {{
    {{ ?article schema:mentions ?node BIND (true AS ?mentioned) }}
    UNION {{ ?article eg:implies ?node BIND (false AS ?mentioned) }}
    UNION {{ ?node skos:altLabel|eg:surfaceForm ?alias }}
    UNION {{ VALUES ?attribute {{ {_MENTION_PREDICATES} }} ?node ?attribute ?value }}
  }}
}}"""

# Every surface form of some nodes, over all article graphs: a node's aliases are those of
# all its sightings, also when only some articles are read (as `ResolvedGraph.subgraph`).
NODE_ALIASES = """
SELECT ?node ?alias WHERE { GRAPH ?g { ?node skos:altLabel|eg:surfaceForm ?alias } }"""

NODES = """
SELECT ?node ?key ?label ?class ?attribute
WHERE {
  ?node eg:resolutionKey ?key ; skos:prefLabel ?label .
  { ?node a ?class } UNION { ?node eg:attribute ?attribute }
}"""

# Identity qualifiers that the mapping writes through a node of their own (a membership's role
# is an org:Role with a label), read back through a path.
_READ_PATHS = {(FactKind.HOLDS_ROLE, "role"): "org:role/skos:prefLabel"}
QUALIFIERS = tuple(sorted({q for s in FACTS.values() for q in s.identity}))


def _fact_branch(spec: FactSpec) -> str:
    """The UNION branch that reads one kind back: subject and object as `ResolvedFact` has
    them (attendee and organizer statements run from the event, so they are swapped back).

    Classes and predicates are matched through a variable and a FILTER, not as constants: with
    `?fact` bound by VALUES (reading some articles), pyoxigraph 0.5 answers a pattern with a
    constant object by scanning all its matches for each value (1.2 s instead of 0.2 s for the
    facts of 100 generated articles; the same speed over the whole store)."""
    if spec.rdf_class is not None:
        lines = [f"?fact a ?class FILTER (?class = <{spec.rdf_class}>)",
                 f"?fact <{spec.rdf_subject}> ?subject ."]
        if spec.rdf_object:
            lines.append(f"OPTIONAL {{ ?fact <{spec.rdf_object}> ?object }}")
    else:
        s, o = ("?object", "?subject") if spec.reverse else ("?subject", "?object")
        lines = [f"?fact rdf:predicate ?p FILTER (?p = <{spec.shortcut}>)",
                 f"?fact rdf:subject {s} ; rdf:object {o} ."]
    for name in spec.identity:
        path = _READ_PATHS.get((spec.kind, name))
        if path is None:
            predicate = spec.literals.get(name) or spec.concepts[name].predicate
            path = f"<{predicate}>"
        lines.append(f"OPTIONAL {{ ?fact {path} ?q_{name} }}")
    lines.append(f'BIND ("{spec.kind.value}" AS ?kind)')
    return "{\n    " + "\n    ".join(lines) + "\n  }"


FACTS_QUERY = (
    f"SELECT ?fact ?kind ?subject ?object {' '.join('?q_' + q for q in QUALIFIERS)}\n"
    "WHERE {\n  " + "\n  UNION ".join(_fact_branch(s) for s in FACTS.values()) + "\n}"
)

# From the span to the fact (`_rdf_evidence`: a span node per evidence span, shared by the
# facts read there; the fact carries its reading and focus in the article's graph), one row per
# sighting. pyoxigraph 0.5 follows the written order closely enough that starting from the
# span measured a quarter faster than starting from the fact. The readings (extractor and
# confidence, in the default graph) are read apart, `READINGS`: joined here, they tripled the
# time of this query.
EVIDENCE = """
SELECT ?g ?fact ?start ?end ?exact ?reading ?focus_start ?focus_end ?anchors
WHERE {
  GRAPH ?g {
    ?span oa:start ?start ; oa:end ?end ; oa:exact ?exact .
    ?fact eg:evidence ?span ; eg:readWith ?reading .
    OPTIONAL { ?fact eg:focusStart ?focus_start ; eg:focusEnd ?focus_end }
    OPTIONAL { ?fact eg:focusAnchors ?anchors }
  }
}"""

# Every reading of the store: a few dozen, whatever its size.
READINGS = """
SELECT ?reading ?extractor ?confidence
WHERE { ?reading eg:extractor ?extractor OPTIONAL { ?reading eg:confidence ?confidence } }"""

# Per article graph, what it says about a fact besides the evidence, as (subject, name, value):
# the per-article qualifiers of a candidacy, and the title a relates_to sighting cites (said of
# the cited article, hence `?subject`). A sighting's date is its article's.
_DETAILS = {
    name: predicate for spec in FACTS.values() for name, (predicate, _) in spec.sighting.items()
}
SIGHTING_DETAILS = (
    "SELECT ?g ?subject ?name ?value\nWHERE {\n  GRAPH ?g {\n    "
    + "\n    UNION ".join(f'{{ ?subject <{p}> ?value BIND ("{n}" AS ?name) }}'
                         for n, p in _DETAILS.items())
    + "\n  }\n}"
)

# Most specific first: an election is a schema:Event too.
_TYPES = {EG.Election: EntityType.ELECTION, SCHEMA.Person: EntityType.PERSON,
          ORG.Organization: EntityType.ORGANIZATION, SCHEMA.Place: EntityType.PLACE,
          SCHEMA.Event: EntityType.EVENT}
_ATTRIBUTE_OF = {iri: name for name, iri in MENTION_ATTRS.items()}
_OLD_STORE = (
    "the store was written by an electgraph that could not read a graph back; re-ingest it "
    "with this version (`electgraph ingest ... --store ...`)"
)


def restrict(query: str, var: str, iris: Iterable[str]) -> str:
    """`query` with `VALUES ?var { <iri> ... }` opening its WHERE clause, so that it reads only
    these graphs (or nodes, facts). The IRIs are written by pyoxigraph's serialiser, which
    validates them, as in `_sparql.replace_update`: no value reaches the text unescaped."""
    head, where, body = query.partition("WHERE {")
    if not where:
        raise ValueError("the query has no 'WHERE {' to restrict")
    values = " ".join(str(ox.NamedNode(i)) for i in iris)
    return f"{head}{where}\n  VALUES ?{var} {{ {values} }}{body}"


@dataclass
class _Seen:
    mentioned: bool = False
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class _Node:
    key: str
    label: str
    classes: set[str] = field(default_factory=set)
    attributes: set[tuple[str, str]] = field(default_factory=set)


class _Reader:
    def __init__(self, store: GraphStore, base: str) -> None:
        self.store = store
        self.base = base
        self.graph_base = graph_iri(base, "")
        self.articles: dict[str, ResolvedArticle] = {}
        self.seen: dict[str, dict[str, _Seen]] = defaultdict(dict)  # node -> article -> seen
        self.evidence: dict[str, list[tuple[Evidence, str]]] = defaultdict(list)
        # (fact or cited article, article) -> name -> values
        self.details: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.nodes: dict[str, _Node] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.facts: dict[str, ResolvedFact] = {}  # without sightings

    def rows(self, query: str) -> Iterator[tuple[Any, ...]]:
        try:
            return iter(self.store.query(query).rows)
        except QueryError as e:
            raise StoreError(f"reading the graph back from the store failed: {e}") from e

    def id(self, term: Value) -> str:
        return str(term).removeprefix(self.base)

    def text(self, term: Value) -> str | None:
        """A literal's text (a date's ISO form), an IRI's id; None for an unbound variable."""
        if term is None:
            return None
        return self.id(term) if isinstance(term, IRI) else str(term)

    # -- article graphs --------------------------------------------------------------------
    def read_graphs(self, graphs: Sequence[str] | None) -> None:
        def run(query: str) -> Iterator[tuple[Any, ...]]:
            return self.rows(query if graphs is None else restrict(query, "g", graphs))

        def article(g: Value) -> str:
            return str(g).removeprefix(self.graph_base)

        for _, *row in run(ARTICLES):
            aid, title, digest, published, url, publisher, name, dateline, place, source = map(
                self.text, row
            )
            if aid is None or digest is None:
                raise StoreError(f"article {aid} has no eg:textDigest: {_OLD_STORE}")
            self.articles[aid] = ResolvedArticle(
                aid, str(title), digest, published=date.fromisoformat(published) if published
                else None, url=url, publisher=name, publisher_id=publisher, dateline=dateline,
                dateline_place_id=place, source_path=source)
        for g, node, mentioned, alias, attribute, value in run(NODE_SIGHTINGS):
            seen = self.seen[self.id(node)].setdefault(article(g), _Seen())
            if mentioned is not None:
                seen.mentioned |= mentioned is True
            if alias is not None:
                seen.aliases.add(str(alias))
            if attribute is not None:
                seen.attributes[_ATTRIBUTE_OF[str(attribute)]] = str(value)
        readings = {str(r): (str(x), float(c) if c is not None else None)
                    for r, x, c in self.rows(READINGS)}
        for g, fact, start, end, exact, reading, fs, fe, anchors in run(EVIDENCE):
            if (found := readings.get(str(reading))) is None:
                raise StoreError(f"reading {reading} has no eg:extractor: {_OLD_STORE}")
            extractor, conf = found
            ev = Evidence(article(g), int(start), int(end), str(exact),
                          int(fs) if fs is not None else None,
                          int(fe) if fe is not None else None, conf,
                          read_anchors(self.text(anchors)))
            self.evidence[self.id(fact)].append((ev, extractor))
        for g, subject, name, value in run(SIGHTING_DETAILS):
            self.details[(self.id(subject), article(g))][str(name)].add(str(self.text(value)))

    # -- the default graph -----------------------------------------------------------------
    def read_nodes(self, nodes: Sequence[str] | None) -> None:
        query = NODES if nodes is None else restrict(NODES, "node", nodes)
        for node, key, label, cls, attribute in self.rows(query):
            n = self.nodes.setdefault(self.id(node), _Node(str(key), str(label)))
            if cls is not None:
                n.classes.add(str(cls))
            if attribute is not None:
                name, _, value = str(attribute).partition(ATTRIBUTE_SEP)
                n.attributes.add((name, value))
        if nodes is not None:
            for node, alias in self.rows(restrict(NODE_ALIASES, "node", nodes)):
                self.aliases[self.id(node)].add(str(alias))

    def read_facts(self, facts: Sequence[str] | None) -> None:
        query = FACTS_QUERY if facts is None else restrict(FACTS_QUERY, "fact", facts)
        for fact, kind, subject, obj, *values in self.rows(query):
            spec = FACTS[FactKind(str(kind))]
            found = dict(zip(QUALIFIERS, values, strict=True))
            quals: dict[str, str] = {}
            for name in spec.identity:
                term = found[name]
                if name in spec.concepts:
                    concept = spec.concepts[name]
                    value = concept.value_of(str(term)) if term is not None else None
                    value = value or concept.default
                else:
                    value = self.text(term)
                if value:
                    quals[name] = value
            if spec.kind is FactKind.HOLDS_ROLE:
                quals.setdefault("role", "")  # the resolver gives every membership a role
            fid = self.id(fact)
            if stored := self.facts.get(fid):
                # Batches that spelled the identity differently (equal once folded) each
                # wrote theirs: the smallest is the one, as `resolve()` keeps it.
                for name, value in stored.qualifiers:
                    quals[name] = min(quals.get(name, value), value)
            quals_ = tuple(sorted(quals.items()))
            self.facts[fid] = ResolvedFact(fid, spec.kind, self.id(subject), self.text(obj), quals_)

    def stored_articles(self) -> set[str]:
        return {self.id(row[0]) for row in self.rows(STORED_ARTICLES)}

    # -- assembling ------------------------------------------------------------------------
    def build(self, stored: set[str], whole: bool) -> ResolvedGraph:
        # The BACA JUGA titles are those the article's relates_to sightings cite; the resolver
        # keeps none that points at the article itself.
        links: dict[str, list[RelatedTitle]] = defaultdict(list)
        for (cited, article), details in sorted(self.details.items()):
            if (titles := details.get("title")) and cited != article:
                links[article].append(RelatedTitle(min(titles), cited, cited in stored))
        articles = [replace(a, related=tuple(links[i])) for i, a in sorted(self.articles.items())]
        nodes = [n for nid in self.seen.keys() | self.nodes.keys() if (n := self.node(nid, whole))]
        facts = [f for fid in sorted(self.facts) if (f := self.fact(fid, whole))]
        return ResolvedGraph(
            tuple(articles), tuple(sorted(nodes, key=lambda n: (n.key, n.id))), tuple(facts)
        )

    def node(self, nid: str, whole: bool) -> ResolvedNode | None:
        seen_in = self.seen.get(nid, {})
        if not whole and not seen_in:
            return None
        n = self.nodes.get(nid)
        if n is None:
            raise StoreError(f"node {nid} is mentioned but has no eg:resolutionKey: {_OLD_STORE}")
        type_ = next((t for cls, t in _TYPES.items() if cls in n.classes), None)
        if type_ is None:
            raise StoreError(f"node {nid} has none of the classes of a resolved node")
        seen = tuple(
            NodeSighting(a, tuple(sorted(s.aliases)), tuple(sorted(s.attributes.items())),
                         s.mentioned)
            for a, s in sorted(seen_in.items())
        )
        # A node's aliases are those of all its sightings, as `resolve()` builds them.
        aliases = {x for s in seen for x in s.aliases} if whole else self.aliases[nid]
        return ResolvedNode(
            nid, n.key, type_, n.label, tuple(sorted(aliases)), tuple(sorted(n.attributes)), seen
        )

    def fact(self, fid: str, whole: bool) -> ResolvedFact | None:
        f = self.facts[fid]
        sightings = sorted(
            (self.sighting(f, ev, extractor) for ev, extractor in self.evidence.get(fid, ())),
            key=lambda s: (s.article_id, s.evidence.start, s.evidence.end),
        )
        if not whole and not sightings:
            return None
        return replace(f, sightings=tuple(sightings))

    def sighting(self, f: ResolvedFact, ev: Evidence, extractor: str) -> Sighting:
        a = ev.article_id
        d = self.details.get((f.id, a), {})
        # A cited title is said of the cited article; every other detail of the fact.
        cited = self.details.get((f.object or "", a), {}) if f.kind is FactKind.RELATES_TO else d
        quals = {name: min(cited[name]) for name in FACTS[f.kind].sighting if cited.get(name)}
        article = self.articles.get(a)
        published = article.published if article else None
        return Sighting(a, ev, extractor, published, tuple(sorted(quals.items())))


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def read(store: GraphStore, base: str, article_ids: Iterable[str] | None = None) -> ResolvedGraph:
    """The resolved graph held by `store` (IRIs under `base`): all of it, or the part that
    `article_ids` state, as `ResolvedGraph.subgraph` would cut it from the whole."""
    r = _Reader(store, base)
    if article_ids is None:
        r.read_graphs(None)
        r.read_nodes(None)
        r.read_facts(None)
        return r.build(set(r.articles), whole=True)
    for chunk in _chunks([graph_iri(base, a) for a in sorted(set(article_ids))], BATCH):
        r.read_graphs(chunk)
    for chunk in _chunks([base + n for n in sorted(r.seen)], BATCH):
        r.read_nodes(chunk)
    for chunk in _chunks([base + f for f in sorted(r.evidence)], BATCH):
        r.read_facts(chunk)
    return r.build(r.stored_articles(), whole=False)
