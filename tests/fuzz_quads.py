"""Store contents compared statement by statement (tests/unit/test_fuzz_pipeline.py), and the
differences that are known: labels depend on what the resolution state held when a batch was
written (its label history), not only on the articles stored.

1. Which names an article graph records as `skos:altLabel` and which as `eg:surfaceForm`
depends on the node's label when that article's batch was written.

`_rdf_mapping` writes an article's spelling of a node as `eg:surfaceForm` when it equals the
node's label then, else as `skos:altLabel`. Streaming ingest writes batch by batch, and a later
batch can change a node's label (its `skos:prefLabel`, in the default graph) without rewriting
earlier article graphs; so the same files loaded with batch size 1 and 2, or replaced in a store
that already held them, leave the same `read_graph()` but other statements: those alias
statements and the `eg:contentDigest` of their graphs, which is a digest of the graph.

2. A post's label (`skos:prefLabel` of a role in a body, not part of `read_graph()`) takes the
role's most common spelling among the articles the state counts; replacing articles counts the
stored spellings of the run's later articles before their new texts are read, so the label can
come out in another case ("KETUA, Bawaslu ..." for "Ketua, Bawaslu ...") than in a clean load.
"""

from __future__ import annotations

import pyoxigraph as ox

from electgraph.ids import text_key
from electgraph.stores.oxigraph import OxigraphStore
from electgraph.vocab import EG, SKOS

ALIASES = {ox.NamedNode(SKOS.altLabel), ox.NamedNode(EG.surfaceForm)}
LABEL = ox.NamedNode(SKOS.prefLabel)
DIGEST = ox.NamedNode(EG.contentDigest)


def quads(store: OxigraphStore) -> set[ox.Quad]:
    return set(store.raw.quads_for_pattern(None, None, None, None))


def label_history_only(mine: set[ox.Quad], theirs: set[ox.Quad]) -> bool:
    """Whether `mine` and `theirs` differ only in the known ways: an alias statement as the
    other of the two predicates, and the digest of each graph holding one; a label in other
    case, spacing or punctuation (equal once folded)."""
    differ = mine ^ theirs
    graphs = {q.graph_name for q in differ if q.predicate in ALIASES}

    def key(q: ox.Quad) -> tuple[object, ...]:
        if q.predicate in ALIASES:
            return (q.subject, "alias", q.object, q.graph_name)
        if q.predicate == DIGEST:
            return (q.subject, DIGEST, None, q.graph_name)
        if q.predicate == LABEL and isinstance(q.object, ox.Literal):
            return (q.subject, LABEL, text_key(q.object.value), q.graph_name)
        return (q.subject, q.predicate, q.object, q.graph_name)

    return ({key(q) for q in mine} == {key(q) for q in theirs}
            and all(q.graph_name in graphs for q in differ if q.predicate == DIGEST))
