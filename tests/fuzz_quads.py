"""Store contents compared statement by statement (tests/unit/test_fuzz_pipeline.py), and a
diagnostic for the differences `make fuzz` once found: statements that depended on what the
resolution state held when a batch was written (its label history), not only on the articles
stored. Both are fixed (sixth session); `label_history_only` tells such a difference, should it
come back, from any other.

1. An article graph recorded a node's name as `eg:surfaceForm` when it equalled the node's label
then, else as `skos:altLabel`; a later batch could change the label without rewriting earlier
article graphs. Now every name is an `eg:surfaceForm`.

2. A post's label took the role's most common spelling among the articles the state counted.
Now a role is spelled from its folded form alone (`electgraph.roles.spelling`).
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
