"""CSV files for `neo4j-admin database import full`: the bulk path for a fresh database.

    >>> from electgraph.stores.neo4j_csv import export_csv
    >>> export_csv(graph, "import/")                                   # doctest: +SKIP
    >>> print(import_command("import/"))                               # doctest: +SKIP

One node file per label and one relationship file per type, each with its own header
(`id:ID`, `:LABEL`, typed columns such as `aliases:string[]`), holding exactly what
`Neo4jStore.write` would put in an empty database: the same ids, labels, properties and
relationships, and one `Sighting` node per sighting (no `id`: nothing points at it). Arrays
are separated by U+001F (never in article text) and fields may span lines, so the import
needs `--array-delimiter=U+001F --multiline-fields=true` (see `import_command`). The
constraints and the full-text index are created when electgraph first connects.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from electgraph.graph import ResolvedGraph
from electgraph.kinds import ARTICLE, FACTS
from electgraph.stores import _cypher as cy
from electgraph.stores._neo4j_rows import (
    article_row,
    fact_row,
    hold_rows,
    node_row,
    sighting_rows,
    storable,
)

__all__ = ["CsvReport", "export_csv", "import_command"]

ARRAY_DELIMITER = "\x1f"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
# A confidence may be written as 1 (an int) or 0.9: the column is always double.
_FIXED_TYPES = {"confidence": "double"}


@dataclass
class _Table:
    """Rows of one CSV file: `fixed` columns first, then every property seen, typed."""

    fixed: tuple[str, ...]
    rows: list[tuple[tuple[str, ...], dict[str, Any]]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)

    def add(self, fixed: tuple[str, ...], props: dict[str, Any]) -> None:
        # A node's `id` is its `id:ID` column, which the import stores as the `id` property.
        skip = "id" if "id:ID" in self.fixed else None
        props = {k: v for k, v in props.items() if v is not None and v != [] and k != skip}
        for k, v in props.items():
            self.types.setdefault(k, _FIXED_TYPES.get(k) or _type_of(v))
        self.rows.append((fixed, props))

    def write(self, path: Path) -> int:
        names = sorted(self.types)
        with path.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow([*self.fixed, *(f"{n}:{self.types[n]}" for n in names)])
            for fixed, props in self.rows:
                out.writerow([*fixed, *(_cell(props.get(n)) for n in names)])
        return len(self.rows)


def _type_of(v: Any) -> str:
    if isinstance(v, list):
        return _TYPES[type(v[0])] + "[]" if v else "string[]"
    return _TYPES.get(type(v), "string")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ARRAY_DELIMITER.join(_cell(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


@dataclass(frozen=True, slots=True)
class CsvReport:
    """The files written, with their row counts, and the import command for them."""

    directory: str
    nodes: dict[str, int]
    relationships: dict[str, int]
    command: str


NODE = ("id:ID", ":LABEL")
SIGHTING = (":LABEL",)
REL = (":START_ID", ":END_ID", ":TYPE")


def _fact_props(row: dict[str, Any]) -> dict[str, Any]:
    props = {"id": row["id"], **row["first"], **row["props"], "extractors": row["extractors"]}
    props["first_seen"], props["last_seen"] = row["first_seen"], row["last_seen"]
    return props


def _tables(graph: ResolvedGraph) -> tuple[dict[str, _Table], dict[str, _Table]]:
    nodes: dict[str, _Table] = {}
    rels: dict[str, _Table] = {}

    def node(label: str, labels: str, id: str, props: dict[str, Any]) -> None:
        nodes.setdefault(label, _Table(NODE)).add((id, labels), props)

    def rel(type_: str, start: str, end: str, props: dict[str, Any]) -> None:
        rels.setdefault(type_, _Table(REL)).add((start, end, type_), props)

    ingested = {a.id for a in graph.articles}
    stubs: dict[str, str] = {}
    for a in graph.articles:
        row = article_row(a)
        node(ARTICLE, ARTICLE, a.id, {"id": a.id, **row["props"]})
        stubs.update((r.article_id, r.title) for r in a.related if r.article_id not in ingested)
    for n in graph.nodes:
        row = node_row(n)
        label = cy.NODE_LABELS[n.type]
        node(label, f"Entity{ARRAY_DELIMITER}{label}", n.id, {"id": n.id, **row["props"],
                                              "aliases": row["aliases"],
                                              "aliases_text": row["aliases_text"]})
    for type_, holds in zip(cy.HOLDS, hold_rows(graph), strict=True):
        for h in holds:
            rel(type_, h["article"], h["node"], {})
    for f in graph.facts:
        if not storable(f):
            continue
        spec = FACTS[f.kind]
        row = fact_row(f)
        for x in sighting_rows(f):
            nodes.setdefault(cy.SIGHTING, _Table(SIGHTING)).add((cy.SIGHTING,), x)
        props = _fact_props(row)
        if spec.subject == ARTICLE and f.object not in ingested and f.object is not None:
            stubs.setdefault(f.object, str(row["props"].get("title", "")))
        if spec.node_label is None:
            rel(spec.rel_type, f.subject, str(f.object), props)
            continue
        node(spec.node_label, spec.node_label, f.id, props)
        rel(str(spec.subject_rel), f.subject, f.id, {})
        if spec.object_rel is not None and f.object is not None:
            rel(spec.object_rel, f.id, f.object, {})
            rel(spec.rel_type, f.subject, f.object, props)
    for id_, title in stubs.items():
        node(ARTICLE, ARTICLE, id_, {"id": id_, "title": title} if title else {"id": id_})
    return nodes, rels


def export_csv(graph: ResolvedGraph, directory: str | Path) -> CsvReport:
    """Write the node and relationship CSV files of the whole `graph` into `directory` and
    return what was written with the `neo4j-admin` command that imports it."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes, rels = _tables(graph)
    n_counts = {label: t.write(out / f"nodes_{label}.csv") for label, t in sorted(nodes.items())}
    r_counts = {type_: t.write(out / f"rels_{type_}.csv") for type_, t in sorted(rels.items())}
    return CsvReport(str(out), n_counts, r_counts, import_command(out, n_counts, r_counts))


def import_command(
    directory: str | Path,
    nodes: Iterable[str] = (),
    relationships: Iterable[str] = (),
    database: str = "neo4j",
) -> str:
    """The `neo4j-admin` command line that imports the files of `export_csv` into an empty
    (or to-be-overwritten) database; run it with the server stopped."""
    d = Path(directory)
    files = [f"--nodes={d / f'nodes_{label}.csv'}" for label in nodes]
    files += [f"--relationships={d / f'rels_{t}.csv'}" for t in relationships]
    return " ".join([
        "neo4j-admin database import full", database,
        "--array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true",
        f"--report-file={d / 'import.report'}",
        *files,
    ])
