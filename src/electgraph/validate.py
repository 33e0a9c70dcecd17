"""Check a store against the SHACL shapes in `ontology/shapes.ttl` and those the fact-kind
registry gives (`electgraph.shapes`), with pyshacl.

    >>> from electgraph import stores
    >>> from electgraph.validate import validate
    >>> with stores.open("oxigraph", "electgraph-data") as store:    # doctest: +SKIP
    ...     report = validate(store)
    >>> report.conforms, report.violations[:1]                         # doctest: +SKIP

The data graph is the union of all the store's graphs, with the ontology mixed in so that
`sh:class` sees subclasses. rdflib and pyshacl are imported here only.
"""

from __future__ import annotations

import os
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


def validate(store: GraphStore, shapes: Path | None = None) -> ValidationReport:
    """Validate `store` against `shapes` (default: the shipped shapes)."""
    require(store, "rdf", "SHACL validation")
    from pyshacl import validate as shacl
    from rdflib import Graph
    from rdflib.namespace import RDF, SH

    from electgraph.export.rdf import to_rdflib

    folder = ontology_dir()
    data = to_rdflib(store)
    shapes_graph = Graph().parse(shapes or folder / "shapes.ttl", format="turtle")
    if shapes is None:
        shapes_graph.parse(data=fact_shapes(), format="turtle")
    ontology = Graph().parse(folder / "electgraph.ttl", format="turtle")
    conforms, results, _ = shacl(data, shacl_graph=shapes_graph, ont_graph=ontology,
                                 inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        def one(pred: Any, r: Any = result) -> str:
            value = results.value(r, pred)
            return "" if value is None else str(value)

        violations.append(Violation(
            focus=one(SH.focusNode),
            path=one(SH.resultPath),
            severity=one(SH.resultSeverity).rsplit("#", 1)[-1],
            message=one(SH.resultMessage),
            shape=one(SH.sourceShape),
            value=one(SH.value),
        ))
    violations.sort(key=lambda v: (v.severity, v.focus, v.path))
    return ValidationReport(bool(conforms), tuple(violations), len(data))
