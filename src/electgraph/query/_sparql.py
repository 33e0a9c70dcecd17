"""SPARQL text of the exploration queries, for every RDF store (embedded or a SPARQL server).

Each function returns the text of one question; `_cypher.py` has a function of the same name
and signature whose query returns the same columns, so `api.py` reads both the same way. Values
are never written into the text: they are parameters (`?subject`, `?t0`) that the store binds,
pyoxigraph as SEP-0007 substitutions (which need them in the SELECT clause, so every parameter
is projected), a SPARQL server as a VALUES block. Only vocabulary terms from fixed tables reach
the text. Every text states its PREFIXes.

Patterns follow the layout of `stores/_rdf_mapping.py`: facts, their shortcut statements and
node descriptions in the default graph, what an article says (its headline, mentions, aliases,
sightings and evidence annotations) in its own graph, read with `GRAPH ?g`. Nothing relies on
the default graph being the union of all graphs (pyoxigraph's is, with the embedded store's
settings; Fuseki's is not), so the answers are the same on both.

pyoxigraph plans a query without knowing which variables are substituted, so the text is
written for its planner (see `_PATTERNS`): the anchored triple first, no triple with two
constants next to it, required triples before OPTIONALs, per-row lookups in LATERAL. Written
naively, the same questions scan the store: 300 ms instead of 3 ms for a person's facts on
10,000 articles (benchmarks/bench_explore.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import ParamSpec

from electgraph.kinds import FACTS, FactSpec, edge_kinds
from electgraph.model import FactKind
from electgraph.stores._sparql import with_prefixes

P = ParamSpec("P")

__all__ = [
    "RELATION_KINDS",
    "article_links_query",
    "articles_query",
    "entity_query",
    "event_hosts_query",
    "mentions_query",
    "names_query",
    "quotes_query",
    "relations_query",
    "seen_query",
    "sightings_query",
]

# Facts drawn as edges between two entities; quotes and BACA JUGA links are asked for apart.
RELATION_KINDS: tuple[FactKind, ...] = edge_kinds()

_ENDS = ("subject", "object")

# Each kind as (the triple naming the subject end, the triple naming the object end, the
# triple naming the kind, the optional part) over ?fact {s} {o}, renamed per query; the optional
# part binds ?role and ?status where the fact has them.
#
# The order of the triples is for pyoxigraph's planner, which does not count substituted
# variables as bound: among triples with as many constants it reads the first written first,
# and a triple with two constants before any other. So the anchored end's triple is written
# first, the kind is a FILTER when an end is anchored (as a triple, `?fact rdf:predicate
# schema:attendee` would be read first and scan every attendance) and the kind triple first
# when none is; required triples come before any OPTIONAL (triples after an OPTIONAL are joined
# as a separate group: a scan).
# How the qualifier a relation shows (`FactSpec.shown`) is read: a literal on the fact, the
# label of the node it points at (a membership's org:Role) or a concept's IRI, which
# `_fetch` turns back into its value (concepts are labelled in the ontology, not in the data).
_SHOWN_PATHS = {FactKind.HOLDS_ROLE: "org:role ?r . ?r skos:prefLabel ?role"}


def _pattern(spec: FactSpec) -> tuple[str, str, str, str]:
    if spec.rdf_class is not None:
        by_subject = f"?fact <{spec.rdf_subject}> {{s}} ."
        by_object = f"?fact <{spec.rdf_object}> {{o}} ."
        kind_triple = ""  # the subject's predicate is the kind's own
    else:
        s, o = ("rdf:object", "rdf:subject") if spec.reverse else ("rdf:subject", "rdf:object")
        by_subject, by_object = f"?fact {s} {{s}} .", f"?fact {o} {{o}} ."
        kind_triple = f"?fact rdf:predicate <{spec.shortcut}> ."
    optional = []
    if "status" in spec.concepts:
        # Required: every membership has a status (read first, it binds ?st cheaply).
        kind_triple = f"?fact <{spec.concepts['status'].predicate}> ?st ."
        optional.append('BIND(STRAFTER(STR(?st), "#") AS ?status)')
    if spec.shown and spec.shown in spec.concepts:
        predicate = spec.concepts[spec.shown].predicate
        optional.insert(0, f"OPTIONAL {{{{ ?fact <{predicate}> ?c }}}} BIND(STR(?c) AS ?role)")
    elif spec.shown:
        path = _SHOWN_PATHS.get(spec.kind) or f"<{spec.literals[spec.shown]}> ?role"
        optional.insert(0, f"OPTIONAL {{{{ ?fact {path} }}}}")
    return by_subject, by_object, kind_triple, " ".join(optional)


# Each kind as (the triple naming the subject end, the triple naming the object end, the
# triple naming the kind, the optional part) over ?fact {s} {o}, renamed per query; the optional
# part binds ?role and ?status where the fact has them.
#
# The order of the triples is for pyoxigraph's planner, which does not count substituted
# variables as bound: among triples with as many constants it reads the first written first,
# and a triple with two constants before any other. So the anchored end's triple is written
# first, the kind is a FILTER when an end is anchored (as a triple, `?fact rdf:predicate
# schema:attendee` would be read first and scan every attendance) and the kind triple first
# when none is; required triples come before any OPTIONAL (triples after an OPTIONAL are joined
# as a separate group: a scan).
_PATTERNS = {kind: _pattern(FACTS[kind]) for kind in RELATION_KINDS}

# A sighting: the evidence span, the reading and focus the fact carries in the stating
# article's graph (`_rdf_evidence`), and the span's article. Naming that graph spares the store
# merging every graph at each step (a third faster on a 10,000-article store).
_EVIDENCE = (
    "GRAPH ?g { ?fact eg:evidence ?span ; eg:readWith ?reading . "
    "?span oa:hasSource ?article ; oa:start ?start ; oa:end ?end ; oa:exact ?text . "
    "OPTIONAL { ?article schema:headline ?title } "
    "OPTIONAL { ?article schema:datePublished ?published } "
    "OPTIONAL { ?article schema:url ?url } } "
    # LATERAL, looked up per sighting: as an OPTIONAL, in the GRAPH block or after it,
    # pyoxigraph 0.5 reads the focus of every fact in the store first (100x slower on 1,000
    # articles).
    "LATERAL { OPTIONAL { GRAPH ?g { ?fact eg:focusStart ?focus_start ; "
    "eg:focusEnd ?focus_end } } } "
    "LATERAL { OPTIONAL { GRAPH ?g { ?fact eg:focusAnchors ?anchors } } } "
    # The reading (extractor and calibrated confidence) is the default graph's, store-wide.
    "OPTIONAL { ?reading eg:confidence ?confidence }"
)
# Only which articles state a fact, and when: the evidence span's article, nothing else read.
_SEEN = (
    "GRAPH ?g { ?fact eg:evidence/oa:hasSource ?article . "
    "OPTIONAL { ?article schema:datePublished ?published } "
    "OPTIONAL { ?article schema:url ?url } }"
)
_MORE = {"evidence": _EVIDENCE, "seen": _SEEN}


def _prefixed(fn: Callable[P, str]) -> Callable[P, str]:
    """The query text with its PREFIX lines (the predeclared prefixes), for any server."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return with_prefixes(fn(*args, **kwargs))

    return wrapper


def _kind_filter(triple: str) -> str:
    """`?fact rdf:predicate schema:attendee .` as a FILTER, with a constant less."""
    _, predicate, value, _ = triple.split()
    return f"?fact {predicate} ?how . FILTER(?how = {value})"


def _branch(kind: FactKind, s: str, o: str, lead: str | None, sightings: str | None) -> str:
    by_subject, by_object, kind_triple, optional = (
        p.format(s=s, o=o) for p in _PATTERNS[kind]
    )
    if lead is None:
        first = f"{kind_triple} {by_subject} {by_object}"
    else:
        check = _kind_filter(kind_triple) if kind_triple.startswith("?fact rdf:") else kind_triple
        ends = (by_object, by_subject) if lead == "o" else (by_subject, by_object)
        first = f"{ends[0]} {ends[1]} {check}"
    if sightings:  # the sightings instead of the ends, and no role (an OPTIONAL is costly)
        return f"{{ {first} {_MORE[sightings]} }}"
    return f'{{ {first} {_endpoints(s, o)} BIND("{kind.value}" AS ?kind) {optional} }}'


def _union(
    kinds: Iterable[FactKind], s: str, o: str, lead: str | None, sightings: str | None = None
) -> str:
    """One UNION branch per kind over the variables `s` and `o` (`lead` says which end is the
    anchor), binding both ends' labels and kinds, or (`sightings`: "evidence" or "seen") the
    sightings of each fact instead: inside the branches, because joined after the UNION they
    would be a scan."""
    return " UNION ".join(_branch(k, s, o, lead, sightings) for k in kinds)


def _anchored(
    kinds: tuple[FactKind, ...], anchor: str | None, sightings: str | None = None
) -> str:
    """The relation patterns, with the anchor variable in the subject or object position (or
    either, for "node")."""
    if anchor == "node":
        out = _union(kinds, "?node", "?object", "s", sightings) + " BIND(?node AS ?subject)"
        into = _union(kinds, "?subject", "?node", "o", sightings) + " BIND(?node AS ?object)"
        return f"{{ {out} }} UNION {{ {into} }}"
    lead = {"subject": "s", "object": "o"}.get(anchor or "")
    return _union(kinds, "?subject", "?object", lead, sightings)


def _endpoints(s: str, o: str) -> str:
    return f"{s} skos:prefLabel ?subject_label . {o} skos:prefLabel ?object_label ."


def _params(anchor: str | None, projected: tuple[str, ...]) -> str:
    """The anchor variable, for the SELECT clause, unless it is there already."""
    return f" ?{anchor}" if anchor and anchor not in projected else ""


@_prefixed
def relations_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """Facts between entities. `anchor` names the parameter that fixes one end: "subject",
    "object", "node" (either end) or None (every fact).

    Columns: fact kind subject subject_label object object_label role status (the kinds of
    the ends are read from their ids).
    """
    return (
        "SELECT DISTINCT ?fact ?kind ?subject ?subject_label ?object ?object_label ?role "
        f"?status{_params(anchor, _ENDS)} WHERE "
        f"{{ {_anchored(kinds, anchor)} }}"
    )


@_prefixed
def sightings_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """Every article's statement of the facts `relations_query(kinds, anchor)` returns.

    Columns: fact article title published url start end text.
    """
    return (
        "SELECT DISTINCT ?fact ?article ?title ?published ?url ?start ?end ?text ?focus_start "
        "?focus_end ?anchors ?confidence"
        f"{_params(anchor, ())} WHERE {{ {_anchored(kinds, anchor, 'evidence')} }}"
    )


@_prefixed
def event_hosts_query() -> str:
    """Who hosts the events that ?node attends or hosts (two hops in one query, so that a
    card shows each meeting's host without a query per meeting). Columns: those of
    `relations_query`.

    The second hop is LATERAL, so that it is looked up for each of the node's events: joined
    as a group, it would be read for every event in the store first.
    """
    return (
        "SELECT DISTINCT ?fact ?kind ?subject ?subject_label ?object ?object_label ?role "
        "?status ?node WHERE { "
        "{ ?object schema:attendee ?node } UNION { ?object schema:organizer ?node } "
        "LATERAL { ?object schema:organizer ?subject . ?fact rdf:object ?subject ; "
        "rdf:subject ?object ; rdf:predicate ?how . FILTER(?how = schema:organizer) "
        f'BIND("hosts" AS ?kind) {_endpoints("?subject", "?object")} }} }}'
    )


@_prefixed
def seen_query(kinds: tuple[FactKind, ...] = RELATION_KINDS, anchor: str | None = None) -> str:
    """The articles that state the facts `relations_query(kinds, anchor)` returns, and their
    dates, without the evidence (cheaper for long lists). Columns: fact article published
    url."""
    return (
        f"SELECT DISTINCT ?fact ?article ?published ?url{_params(anchor, ())} WHERE "
        f"{{ {_anchored(kinds, anchor, 'seen')} }}"
    )


@_prefixed
def quotes_query(anchor: str | None = None) -> str:
    """Quotes, by the speaker in ?subject. Columns: fact subject subject_label text, plus the
    sighting columns of `sightings_query`."""
    return (
        "SELECT DISTINCT ?fact ?subject ?subject_label ?quote_text ?article ?title ?published "
        "?url ?start ?end ?text ?focus_start ?focus_end ?anchors ?confidence"
        f"{_params(anchor, _ENDS)} WHERE {{ ?fact eg:speaker ?subject ; "
        f"eg:quoteText ?quote_text . ?subject skos:prefLabel ?subject_label . {_EVIDENCE} }}"
    )


@_prefixed
def names_query(tokens: int, aliases: bool = True) -> str:
    """Names that contain, lower-cased, one of the parameters ?t0, ?t1... (every name when
    `tokens` is 0): labels, and aliases unless `aliases` is False (a store holds an alias once
    per article that uses it, so they cost much more to scan). Roles and posts have labels
    too: the caller keeps entity ids.

    Columns: id name is_label.
    """
    params = " ".join(f"?t{i}" for i in range(tokens))
    tests = " || ".join(f"CONTAINS(LCASE(?name), ?t{i})" for i in range(tokens))
    where = f"FILTER({tests})" if tokens else ""
    alias = ("UNION { GRAPH ?g { ?id eg:surfaceForm ?name } BIND(false AS ?is_label) } "
             if aliases else "")
    return (
        f"SELECT DISTINCT ?id ?name ?is_label {params} WHERE {{ "
        f"{{ ?id skos:prefLabel ?name BIND(true AS ?is_label) }} {alias}{where} }}"
    )


@_prefixed
def entity_query(anchored: bool = True) -> str:
    """The description of the entity ?id (of every labelled node when not `anchored`: the
    caller keeps entity ids), one row per alias. Columns: id label alias region body level."""
    return (
        "SELECT DISTINCT ?id ?label ?alias ?region ?body ?level WHERE { "
        "?id skos:prefLabel ?label . "
        "OPTIONAL { ?id eg:region|eg:jurisdiction|schema:containedInPlace ?place . "
        "?place skos:prefLabel ?region } "
        "OPTIONAL { ?id eg:body ?body } OPTIONAL { ?id eg:level ?level } "
        "OPTIONAL { GRAPH ?g { ?id eg:surfaceForm ?alias } FILTER(?alias != ?label) } }"
    )


@_prefixed
def mentions_query() -> str:
    """Articles that mention the entity ?id. Columns: id article title published url."""
    return (
        "SELECT DISTINCT ?id ?article ?title ?published ?url WHERE { GRAPH ?g { "
        "?article schema:mentions ?id ; schema:headline ?title . "
        "OPTIONAL { ?article schema:datePublished ?published } "
        "OPTIONAL { ?article schema:url ?url } } }"
    )


@_prefixed
def articles_query(anchored: bool = True) -> str:
    """The article ?article (every stored or cited article when not `anchored`; the text is
    the same, the parameter is what anchors it). A cited article that is not stored has only
    the title its citing article gave.

    Columns: article title published ingested url.
    """
    return (
        "SELECT ?article (COALESCE(SAMPLE(?h), SAMPLE(?c)) AS ?title) "
        "(SAMPLE(?p) AS ?published) (COUNT(?h) > 0 AS ?ingested) (SAMPLE(?u) AS ?url) WHERE { "
        "{ GRAPH ?g { ?article schema:headline ?h . OPTIONAL { ?article schema:datePublished ?p } "
        "OPTIONAL { ?article schema:url ?u } } } "
        "UNION { GRAPH ?cited_in { ?article eg:citedTitle ?c } } } GROUP BY ?article"
    )


@_prefixed
def article_links_query(anchor: str) -> str:
    """BACA JUGA links from (`anchor` "source") or to ("target") an article (the text is the
    same: both ends are projected, so either can be the parameter).

    Columns: fact source target.
    """
    return (
        "SELECT DISTINCT ?fact ?source ?target WHERE { ?source eg:relatesTo ?target . "
        "?fact rdf:subject ?source ; rdf:object ?target ; rdf:predicate ?how . "
        "FILTER(?how = eg:relatesTo) }"
    )
