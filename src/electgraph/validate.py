"""Check a store against the SHACL shapes in `ontology/shapes.ttl` and those the fact-kind
registry gives (`electgraph.shapes`), with pyshacl.

    >>> from electgraph import stores
    >>> from electgraph.validate import validate
    >>> with stores.open("oxigraph", "electgraph-data") as store:    # doctest: +SKIP
    ...     report = validate(store)
    >>> report.conforms, report.violations[:1]                         # doctest: +SKIP

The data graph is the union of all the store's graphs, with the ontology mixed in so that
`sh:class` sees subclasses. It is validated in chunks of subjects, not as one rdflib graph:
every shape here looks only at a focus node's own statements and at the types of their values,
so a chunk holds its subjects' statements (from every graph) and their values' own statements
(so that `sh:class` sees their types), and pyshacl validates those subjects alone. On 3,000
articles one graph took 193 s and 2.8 GB; chunks keep memory flat and time linear. rdflib and
pyshacl are imported here only.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from electgraph.errors import ElectgraphError
from electgraph.shapes import fact_shapes
from electgraph.stores.base import GraphStore, require

__all__ = ["ValidationReport", "Violation", "ontology_dir", "validate"]

ONTOLOGY_ENV = "ELECTGRAPH_ONTOLOGY"


def ontology_dir() -> Path:
    """Where electgraph.ttl and shapes.ttl are: `$ELECTGRAPH_ONTOLOGY`, the package's own copy
    (a wheel build includes it) or the source tree's `ontology/`."""
    candidates = [
        Path(os.environ[ONTOLOGY_ENV]) if os.environ.get(ONTOLOGY_ENV) else None,
        Path(__file__).resolve().parent / "ontology",
        Path(__file__).resolve().parents[2] / "ontology",
    ]
    for path in candidates:
        if path is not None and (path / "shapes.ttl").is_file():
            return path
    raise ElectgraphError(
        "cannot find ontology/shapes.ttl; set ELECTGRAPH_ONTOLOGY to the folder that holds it")


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str
    severity: str
    message: str
    shape: str
    value: str = ""

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{value}"

    def to_dict(self) -> dict[str, str]:
        return {"focus": self.focus, "path": self.path, "severity": self.severity,
                "message": self.message, "shape": self.shape, "value": self.value}


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...] = field(default=())
    triples: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "triples": self.triples,
                "violations": [v.to_dict() for v in self.violations]}


# Subjects per pyshacl run: large enough that the values each chunk repeats (persons, bodies,
# places named by many subjects) are a small part of it, small enough that the rdflib graph
# stays bounded (300 articles: 2,000 subjects 84 s, 20,000 45 s; with only the values' types
# 121 s and 81 s, one graph 33 s).
CHUNK = 10000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def validate(store: GraphStore, shapes: Path | None = None) -> ValidationReport:
    """Validate `store` against `shapes` (default: the shipped shapes)."""
    require(store, "rdf", "SHACL validation")
    from pyshacl import validate as shacl
    from rdflib import Graph
    from rdflib.namespace import RDF, SH

    folder = ontology_dir()
    shapes_graph = Graph().parse(shapes or folder / "shapes.ttl", format="turtle")
    if shapes is None:
        shapes_graph.parse(data=fact_shapes(), format="turtle")
    ontology = Graph().parse(folder / "electgraph.ttl", format="turtle")
    triples, violations = 0, []
    for data, focus, count in _chunks(store, ontology):
        # Not pyshacl's focus_nodes (it looks each node up in a list: quadratic in the chunk);
        # the values' typed nodes are validated too, and their results dropped here.
        _, results, _ = shacl(data, shacl_graph=shapes_graph, inference="none",
                              allow_warnings=True, inplace=True)
        triples += count
        for result in results.subjects(RDF.type, SH.ValidationResult):
            def one(pred: Any, r: Any = result, g: Any = results) -> str:
                value = g.value(r, pred)
                return "" if value is None else str(value)

            if focus is not None and one(SH.focusNode) not in focus:
                continue
            violations.append(Violation(
                focus=one(SH.focusNode),
                path=one(SH.resultPath),
                severity=one(SH.resultSeverity).rsplit("#", 1)[-1],
                message=one(SH.resultMessage),
                shape=one(SH.sourceShape),
                value=one(SH.value),
            ))
    # As pyshacl with allow_warnings: every result but a Warning makes the store not conform.
    conforms = all(v.severity == "Warning" for v in violations)
    violations.sort(key=lambda v: (v.severity, v.focus, v.path))
    return ValidationReport(conforms, tuple(violations), triples)


def _chunks(store: GraphStore, ontology: Any) -> Iterator[tuple[Any, set[str] | None, int]]:
    """(data graph, the subjects whose results count, its statements) per CHUNK subjects of
    the union graph (None: every result counts).

    The embedded store is read subject by subject; another RDF store is copied whole."""

    raw = getattr(store, "raw", None)
    if raw is None:
        from electgraph.export.rdf import to_rdflib

        data = to_rdflib(store)
        count = len(data)
        data += ontology
        yield data, None, count
        return
    subjects = raw.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }",
                         use_default_graph_as_union=True)
    batch: list[Any] = []
    for row in subjects:
        batch.append(row[0])
        if len(batch) == CHUNK:
            yield _chunk(raw, batch, ontology)
            batch = []
    if batch:
        yield _chunk(raw, batch, ontology)


def _chunk(raw: Any, subjects: list[Any], ontology: Any) -> tuple[Any, set[str], int]:
    """The statements of `subjects` in every graph, those of their values and the ontology,
    as one rdflib graph; the subjects; how many statements they have.

    A value's own statements, not only its type: with its type alone a value is a focus node
    that breaks every `sh:minCount`, and pyshacl spent most of its time writing those results,
    which are dropped (the value is validated in its own chunk)."""
    import pyoxigraph as ox
    from rdflib import Graph

    statements: set[tuple[Any, Any, Any]] = set()
    values: set[Any] = set()
    own = set(subjects)
    for s in subjects:
        for q in raw.quads_for_pattern(s, None, None, None):
            statements.add((q.subject, q.predicate, q.object))
            if isinstance(q.object, ox.NamedNode) and q.object not in own:
                values.add(q.object)
    around = {(q.subject, q.predicate, q.object) for o in values
              for q in raw.quads_for_pattern(o, None, None, None)}
    data = Graph()
    data += ontology
    data.addN((*map(_term, t), data) for t in statements | around)
    return data, {s.value for s in subjects}, len(statements)


@functools.lru_cache(maxsize=1 << 16)
def _iri(value: str) -> Any:
    """rdflib checks every IRI it makes; the same few thousand IRIs recur in every chunk."""
    from rdflib import URIRef

    return URIRef(value)


def _term(t: Any) -> Any:
    """A pyoxigraph term as rdflib's, as N-Triples would carry it (xsd:string unmarked)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return _iri(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    dt = t.datatype.value
    return Literal(t.value, datatype=None if dt == _XSD_STRING else URIRef(dt))
