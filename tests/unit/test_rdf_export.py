"""Every export format parses back with rdflib to a graph isomorphic to the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from electgraph import export
from electgraph.errors import NotSupported, UnknownNameError
from electgraph.export.rdf import RDFLIB_FORMATS, to_dataset, to_rdflib
from electgraph.resolve import resolve
from electgraph.stores import BaseStore
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import corpus

DATASET_FORMATS = {"nquads", "trig", "jsonld"}

# rdflib 7's dataset parsers call APIs rdflib 7 deprecates.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    s = OxigraphStore(tmp_path_factory.mktemp("export") / "store")
    s.write(resolve(corpus()))
    yield s  # type: ignore[misc]
    s.close()


def graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            clean = Graph()
            for t in g:
                clean.add(t)
            out[str(g.identifier)] = clean
    return out


def test_registry_lists_the_rdf_formats() -> None:
    assert {"turtle", "ntriples", "nquads", "trig", "jsonld"} <= set(export.available())
    assert export.format_for("graph.ttl") == "turtle"
    assert export.format_for("x/graph.jsonld") == "jsonld"
    with pytest.raises(UnknownNameError, match="turtle"):
        export.get("rdfxml")
    with pytest.raises(UnknownNameError):
        export.format_for("graph.xyz")


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMATS))
def test_every_format_round_trips_to_an_isomorphic_graph(
    fmt: str, store: OxigraphStore, tmp_path: Path
) -> None:
    out = tmp_path / f"graph.{fmt}"
    report = export.write(store, out, format=fmt)
    assert report.bytes == out.stat().st_size > 0
    if fmt in DATASET_FORMATS:
        parsed = Dataset()
        parsed.parse(out, format=RDFLIB_FORMATS[fmt])
        expected = to_dataset(store)
        got, want = graphs(parsed), graphs(expected)
        assert set(got) == set(want)
        assert len(want) > 3  # the default graph and one graph per article
        for name, g in want.items():
            assert isomorphic(got[name], g), name
    else:
        parsed_graph = Graph().parse(out, format=RDFLIB_FORMATS[fmt])
        assert isomorphic(parsed_graph, to_rdflib(store))


def test_turtle_export_uses_prefixes(store: OxigraphStore, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    export.write(store, out)
    text = out.read_text(encoding="utf-8")
    assert "@prefix eg: <https://w3id.org/electgraph/ontology#>" in text
    assert "org:Membership" in text


def test_union_graph_has_each_triple_once(store: OxigraphStore) -> None:
    g = to_rdflib(store)
    assert len(g) < store.count()  # some statements are made by several article graphs
    assert len(to_dataset(store)) > 0


def test_stores_without_rdf_cannot_export(tmp_path: Path) -> None:
    with pytest.raises(NotSupported, match="export to turtle"):
        export.write(BaseStore(), tmp_path / "x.ttl")


def test_a_plugin_exporter_registers_by_name(store: OxigraphStore, tmp_path: Path) -> None:
    export.register("count", "tests_export_plugin", "write_count", extensions=("count",))
    try:
        import sys
        import types

        from electgraph.export import ExportReport

        module = types.ModuleType("tests_export_plugin")

        def write_count(s: OxigraphStore, out: Path, *, format: str) -> ExportReport:
            out.write_text(str(s.count()))
            return ExportReport(format, str(out), out.stat().st_size, s.count())

        module.write_count = write_count  # type: ignore[attr-defined]
        sys.modules["tests_export_plugin"] = module
        report = export.write(store, tmp_path / "n.count")
        assert report.format == "count"
        assert int((tmp_path / "n.count").read_text()) == store.count()
    finally:
        export._REGISTRY.pop("count", None)
