"""Exporters, looked up by format name and imported only when used.

    >>> from electgraph import export, stores
    >>> {"turtle", "nquads", "jsonld"} <= set(export.available())
    True
    >>> with stores.open("oxigraph", "electgraph-data") as store:    # doctest: +SKIP
    ...     export.write(store, "graph.ttl")              # format from the extension

An exporter is a function `fn(store, out: Path, *, format: str, **options) -> ExportReport`
registered under a name with the file extensions it claims and the store capabilities it
needs (`requires=("rdf",)` for serialisations the store makes itself). Visual formats
(GraphML, GEXF, Cytoscape JSON, HTML) plug in the same way, from their own module:

    export.register("graphml", "electgraph.export.graphml", "write_graphml",
                    extensions=("graphml",), description="GraphML for Gephi/yEd")
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from electgraph.errors import ExportError, NotSupported, UnknownNameError
from electgraph.stores.base import GraphStore

__all__ = [
    "ExportReport",
    "Exporter",
    "available",
    "format_for",
    "get",
    "register",
    "write",
    "write_stream",
]


@dataclass(frozen=True, slots=True)
class ExportReport:
    format: str
    path: str
    bytes: int
    statements: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "path": self.path, "bytes": self.bytes,
                "statements": self.statements}


ExportFn = Callable[..., ExportReport]


@dataclass(frozen=True, slots=True)
class Exporter:
    name: str
    module: str
    function: str
    extensions: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    description: str = ""

    def load(self) -> ExportFn:
        fn: ExportFn = getattr(importlib.import_module(self.module), self.function)
        return fn


_REGISTRY: dict[str, Exporter] = {}


def register(name: str, module: str, function: str, *, extensions: tuple[str, ...] = (),
             requires: tuple[str, ...] = (), description: str = "") -> None:
    """Make `module.function` the exporter for format `name` (replacing any previous one)."""
    _REGISTRY[name] = Exporter(name, module, function, extensions, requires, description)


def available() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str) -> Exporter:
    """The exporter for `name` (any case: "HTML" is "html")."""
    exporter = _REGISTRY.get(name) or _REGISTRY.get(name.lower())
    if exporter is None:
        raise UnknownNameError("export format", name, available())
    return exporter


def format_for(path: str | Path) -> str:
    """The format a file name asks for by its extension ("graph.ttl" -> "turtle")."""
    name = Path(path).name.lower()
    for exporter in _REGISTRY.values():
        if any(name.endswith(f".{ext}") for ext in exporter.extensions):
            return exporter.name
    known = sorted(f".{e}" for x in _REGISTRY.values() for e in x.extensions)
    raise UnknownNameError("export format for the extension of", name, known)


def write(store: GraphStore, path: str | Path, format: str | None = None,
          **options: Any) -> ExportReport:
    """Export `store` to `path` in `format` (default: guessed from the extension)."""
    exporter = get(format) if format else get(format_for(path))
    for capability in exporter.requires:
        if not getattr(store, f"supports_{capability}", False):
            raise NotSupported(store.name, f"export to {exporter.name}",
                               f"it needs a store with supports_{capability}")
    out = Path(path)
    if out.is_dir() and exporter.name != "csv":  # csv writes its three files into a directory
        raise ExportError(f"{out} is a directory; give --out a file name, e.g. {out / 'graph'}."
                          f"{exporter.extensions[0] if exporter.extensions else 'out'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return exporter.load()(store, out, format=exporter.name, **options)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}; choose a writable place "
                          "with enough free space") from e


def write_stream(store: GraphStore, stream: Any, format: str, **options: Any) -> ExportReport:
    """Export to a binary stream (stdout for `--out -`): written to a temporary file first,
    since exporters write files. Directory formats (csv) cannot be streamed."""
    import shutil
    import tempfile

    exporter = get(format)
    if exporter.name == "csv":
        raise NotSupported("export", "writing csv to stdout",
                           "it writes three files: give a directory with --out DIR")
    with tempfile.TemporaryDirectory() as tmp:
        report = write(store, Path(tmp) / f"export.{exporter.name}", exporter.name, **options)
        with open(report.path, "rb") as fh:
            shutil.copyfileobj(fh, stream)
    return ExportReport(report.format, "-", report.bytes, report.statements)


# Built-in exporters register through the same call a plugin would use.
for _name, _exts, _what in (
    ("turtle", ("ttl",), "Turtle: the union of all graphs, readable by any RDF tool"),
    ("ntriples", ("nt",), "N-Triples: the union of all graphs, one triple per line"),
    ("nquads", ("nq",), "N-Quads: every article graph kept, one quad per line"),
    ("trig", ("trig",), "TriG: every article graph kept, Turtle-like"),
    ("jsonld", ("jsonld", "json-ld"), "JSON-LD: every article graph kept"),
):
    register(_name, "electgraph.export.rdf", "write_rdf", extensions=_exts, requires=("rdf",),
             description=_what)

# Visual formats: any store the exploration queries can read (electgraph.export.visual, .html).
for _name, _module, _fn, _exts, _what in (
    ("graphml", "visual", "write_graphml", ("graphml",), "GraphML for yEd, Gephi and Cytoscape"),
    ("gexf", "visual", "write_gexf", ("gexf",), "GEXF for Gephi"),
    ("cytoscape", "visual", "write_cytoscape", ("cyjs", "cytoscape.json"), "Cytoscape JSON"),
    ("html", "html", "write_html", ("html", "htm"), "one self-contained offline HTML viewer"),
    ("json", "tables", "write_json", ("json",), "every entity and fact as one JSON document"),
):
    register(_name, f"electgraph.export.{_module}", _fn, extensions=_exts, description=_what)
register("csv", "electgraph.export.tables", "write_csv",
         description="nodes.csv, edges.csv and officials.csv in a directory (--out DIR)")
