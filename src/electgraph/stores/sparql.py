"""Any SPARQL 1.1 server as the graph store: Apache Jena Fuseki, GraphDB, Oxigraph server...

    >>> from electgraph import stores
    >>> store = stores.open("sparql", "http://127.0.0.1:3030/electgraph")  # doctest: +SKIP

The location is the dataset's URL. Queries go to `<location>/query` and updates to
`<location>/update` (Fuseki's layout); other servers name theirs with `query_endpoint=` and
`update_endpoint=` (or $ELECTGRAPH_SPARQL_QUERY / $ELECTGRAPH_SPARQL_UPDATE), e.g. GraphDB's
`.../repositories/NAME` and `.../repositories/NAME/statements`.

The layout is the embedded store's (`_rdf_mapping`): the resolved knowledge in the default
graph, one named graph per article. Nothing relies on the default graph being the union of the
named graphs (Fuseki's is not, unless configured with `tdb2:unionDefaultGraph`, which would hide
the real default graph: leave it off): every query of electgraph names the article graphs it
reads with `GRAPH ?g`.

Each `write()` is one SPARQL Update request (dropping the graphs of changed articles, deleting
changed node descriptions, inserting, collecting what nothing supports any more), which a
transactional server (Fuseki in memory or on TDB2, GraphDB, Oxigraph) applies whole or not at
all. The pipeline writes a batch of articles per request, so an interrupted ingest leaves whole
articles only, and running it again writes what is missing: an article whose text is stored is
skipped, a changed one replaced, never duplicated. The Graph Store Protocol is not used for
writing: a PUT replaces one graph per request and cannot update the default graph in the same
transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from electgraph.errors import QueryError, StoreError, UnknownNameError
from electgraph.graph import ResolvedGraph
from electgraph.stores import _sparql
from electgraph.stores._rdf_evidence import OLD_LAYOUT_ASK, old_layout
from electgraph.stores._rdf_gc import HOPS
from electgraph.stores._rdf_mapping import graph_iri
from electgraph.stores._rdf_read import read
from electgraph.stores._rdf_write import prepare
from electgraph.stores._sparql_http import Client, bind, term_of
from electgraph.stores.base import BaseStore, QueryResult, StoreStats, Value, WriteReport
from electgraph.vocab import DEFAULT_BASE, EG, ORG, namespaces

__all__ = ["SparqlStore"]

BASE_ENV = "ELECTGRAPH_BASE"
QUERY_ENV, UPDATE_ENV = "ELECTGRAPH_SPARQL_QUERY", "ELECTGRAPH_SPARQL_UPDATE"
# IRIs per VALUES block of the lookups a write makes (a request stays well under 1 MB).
LOOKUP_BATCH = 1000

_DG = ox.DefaultGraph()
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
_QUADS = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
_DIGESTS = f"""SELECT ?a ?text ?content WHERE {{
  GRAPH ?g {{ {{ ?a <{EG.contentDigest}> ?content }} UNION {{ ?a <{EG.textDigest}> ?text }} }}
}}"""
_DESCRIBED = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # the default graph: node descriptions
_POSTS = f"SELECT ?p WHERE {{ ?p <{ORG.postIn}> ?b }}"  # the posts of bodies
_IN_GRAPHS = ("SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?t ?p ?o } UNION { ?s ?p ?t } } "
              "FILTER (isIRI(?t)) }")
_OBJECTS = "SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER (isIRI(?o)) }"


def _values(text: str, var: str, terms: Iterable[str]) -> str:
    """`text` with `VALUES ?var { ... }` opening its WHERE group; `terms` are serialised terms
    (`str(ox.NamedNode(...))`: validated, never pasted user input)."""
    head, where, body = text.partition("WHERE {")
    return f"{head}{where} VALUES ?{var} {{ {' '.join(terms)} }}{body}"


def _chunks(items: Sequence[str], size: int = LOOKUP_BATCH) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _quad(row: Mapping[str, Any]) -> ox.Quad:
    s, p, o = (term_of(row[v]) for v in "spo")
    g = term_of(row["g"]) if "g" in row else _DG
    if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode) or isinstance(g, ox.Literal):
        raise StoreError(f"the server answered a quad no RDF store holds: {s} {p} {o} {g}")
    return ox.Quad(s, p, o, g)


class SparqlStore(BaseStore):
    """The dataset at `location` (http://HOST:PORT/DATASET) of a SPARQL 1.1 server."""

    name = "sparql"
    supports_sparql = True
    supports_cypher = False
    supports_rdf = True
    supports_read_graph = True
    allow_federation = False  # SERVICE / LOAD reach other servers: off unless asked for

    def __init__(
        self,
        location: str | None,
        *,
        base: str | None = None,
        query_endpoint: str | None = None,
        update_endpoint: str | None = None,
        timeout: float = 600.0,
    ) -> None:
        if not location or not location.startswith(("http://", "https://")):
            raise StoreError(f"the sparql backend needs the dataset's URL, not {location!r}: "
                             "--store http://HOST:PORT/DATASET")
        self.base = base or os.environ.get(BASE_ENV) or DEFAULT_BASE
        self._location = location.rstrip("/")
        self._client = Client(
            query_endpoint or os.environ.get(QUERY_ENV) or f"{self._location}/query",
            update_endpoint or os.environ.get(UPDATE_ENV) or f"{self._location}/update",
            timeout=timeout,
        )
        self._layout_checked = False

    @property
    def location(self) -> str:
        return self._location

    # -- writing ---------------------------------------------------------------------------
    def write(self, graph: ResolvedGraph) -> WriteReport:
        """Store the articles of `graph` in one update request; see the module docstring."""
        return self._write(graph, force=False)

    def rewrite(self, graph: ResolvedGraph) -> WriteReport:
        """`write`, replacing the stored articles of `graph` whatever their text."""
        return self._write(graph, force=True)

    def _check_layout(self) -> None:
        """Refuse a dataset of an older RDF layout (once per store object: one ASK)."""
        if self._layout_checked:
            return
        if self._client.query(OLD_LAYOUT_ASK).boolean:
            raise old_layout(self._location)
        self._layout_checked = True

    def _write(self, graph: ResolvedGraph, *, force: bool) -> WriteReport:
        self._check_layout()
        b = prepare(graph, self.base, self, force=force)
        if not b.empty:
            graphs = [str(ox.NamedNode(graph_iri(self.base, a))) for a in b.replaced]
            gc = bool(b.replaced or b.removals)
            touched = self._touched(graphs, b.removals) if gc else None
            text = _sparql.replace_update(graphs, b.removals, b.inserts, gc=gc, touched=touched)
            try:
                self._client.update(text)
            except QueryError as e:  # a 400 to our own update: the server's limits, say so
                raise StoreError(f"writing {b.articles} articles to {self.location} failed "
                                 f"(no article of this batch was kept): {e}") from e
        return WriteReport(tuple(b.added), tuple(b.replaced), tuple(b.unchanged),
                           rejected=tuple(b.rejected))

    def digests(self, article_ids: list[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = dict.fromkeys(article_ids)
        for chunk in _chunks(article_ids):
            pairs = " ".join(f"({ox.NamedNode(self.base + a)} "
                             f"{ox.NamedNode(graph_iri(self.base, a))})" for a in chunk)
            text = _DIGESTS.replace("WHERE {", f"WHERE {{ VALUES (?a ?g) {{ {pairs} }}", 1)
            for a, content_or_text in self._pairs(text):
                aid = a.removeprefix(self.base)
                if content_or_text[0] == "text":
                    out[aid] = content_or_text[1]
                elif out[aid] is None:
                    out[aid] = ""  # stored without a text digest: rewritten
        return out

    def _pairs(self, text: str) -> Iterator[tuple[str, tuple[str, str]]]:
        _, rows = self._client.bindings(text)
        for r in rows:
            which = "text" if "text" in r else "content"
            yield r["a"]["value"], (which, r[which]["value"])

    def described(self, subjects: Iterable[ox.NamedNode]) -> dict[ox.NamedNode, list[ox.Quad]]:
        out: dict[ox.NamedNode, list[ox.Quad]] = {}
        for chunk in _chunks([str(s) for s in dict.fromkeys(subjects)]):
            _, rows = self._client.bindings(_values(_DESCRIBED, "s", chunk))
            for r in rows:
                s = ox.NamedNode(r["s"]["value"])
                p, o = term_of(r["p"]), term_of(r["o"])
                if isinstance(p, ox.NamedNode):
                    out.setdefault(s, []).append(ox.Quad(s, p, o, _DG))
        return out

    def stored(self, quads: list[ox.Quad]) -> set[ox.Quad]:
        # Through `described`, which gives every default-graph statement of its subjects (so
        # the described nodes are asked for twice per batch; the embedded store asks its index
        # per quad instead).
        have = {q for found in self.described(q.subject for q in quads
                                              if isinstance(q.subject, ox.NamedNode)).values()
                for q in found}
        return {q for q in quads if q in have}

    def posts(self, bodies: Iterable[ox.NamedNode]) -> list[ox.NamedNode]:
        out: list[ox.NamedNode] = []
        for chunk in _chunks([str(b) for b in dict.fromkeys(bodies)]):
            _, rows = self._client.bindings(_values(_POSTS, "b", chunk))
            out.extend(ox.NamedNode(r["p"]["value"]) for r in rows)
        return out

    def _touched(self, graphs: list[str], removals: list[ox.Quad]) -> list[str]:
        """What the garbage collection must look at (see `_rdf_gc.touched`, the same walk as
        SELECTs): the IRIs of the dropped graphs and removed values, and HOPS steps down the
        default graph from them."""
        found: set[str] = set()
        for chunk in _chunks(graphs):
            found.update(self._iris(_values(_IN_GRAPHS, "g", chunk), "t"))
        for q in removals:
            found.update(str(t) for t in (q.subject, q.object) if isinstance(t, ox.NamedNode))
        frontier = set(found)
        for _ in range(HOPS):
            reached: set[str] = set()
            for chunk in _chunks(sorted(frontier)):
                reached.update(self._iris(_values(_OBJECTS, "s", chunk), "o"))
            frontier = reached - found
            found |= frontier
        return sorted(found)

    def _iris(self, text: str, var: str) -> set[str]:
        _, rows = self._client.bindings(text)
        return {str(ox.NamedNode(r[var]["value"])) for r in rows if var in r}

    # -- reading ---------------------------------------------------------------------------
    def read_graph(self, article_ids: Iterable[str] | None = None) -> ResolvedGraph:
        """The resolved graph the server holds (see `OxigraphStore.read_graph`)."""
        self._check_layout()
        return read(self, self.base, article_ids)

    def count(self) -> int:
        """Quads in the dataset: the default graph's triples and every named graph's."""
        n = self._client.query(_COUNT).rows[0][0]
        return n if isinstance(n, int) else 0

    def stats(self) -> StoreStats:
        return _sparql.stats_of(self)

    def query(
        self, text: str, params: Mapping[str, Value] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run a SPARQL query (or, with `write=True`, an update) on the server.

        The predeclared prefixes (eg:, org:, schema: ...) are declared for the server; `params`
        bind variables by name (`{"role": "Ketua"}` binds `?role`) through a VALUES block.
        The default graph is the server's: on Fuseki, the resolved knowledge only; name the
        article graphs with GRAPH ?g (see docs/sparql-server.md).
        """
        if _sparql.checked_update(text, params, write=write,
                                  allow_federation=self.allow_federation):
            self._client.update(text)
            return QueryResult(updated=True)
        return self._client.query(bind(text, params))

    def dump_rdf(self, out: Path | BinaryIO, format: str) -> None:
        """Write the dataset as RDF, like `OxigraphStore.dump_rdf` (dataset formats keep the
        article graphs, triple formats write the union once). Read with one SELECT: fine for
        a corpus; for a very large dataset use the server's own dump (Fuseki: its backup)."""
        from electgraph.stores.oxigraph import FORMATS

        fmt = FORMATS.get(format)
        if fmt is None:
            raise UnknownNameError("RDF format", format, list(FORMATS))
        _, rows = self._client.bindings(_QUADS)
        quads = [_quad(r) for r in rows]
        target: Any = str(out) if isinstance(out, Path) else out
        prefixes = namespaces() | {"id": self.base, "graph": f"{self.base}graph/"}
        if fmt.supports_datasets:
            ox.serialize(sorted(quads, key=str), target, fmt, prefixes=prefixes)
            return
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        ox.serialize(sorted(triples, key=str), target, fmt, prefixes=prefixes)

    def close(self) -> None:
        self._client.close()
