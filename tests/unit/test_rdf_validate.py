"""SHACL validation of a store: a store written by electgraph conforms, a damaged one does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from electgraph.errors import NotSupported
from electgraph.resolve import resolve
from electgraph.stores import BaseStore
from electgraph.stores.oxigraph import OxigraphStore
from electgraph.validate import ontology_dir, validate
from graph_fixtures import corpus

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    s = OxigraphStore(tmp_path / "store")
    s.write(resolve(corpus()))
    yield s  # type: ignore[misc]
    s.close()


def test_a_written_store_conforms(store: OxigraphStore) -> None:
    report = validate(store)
    assert report.conforms, [str(v) for v in report.violations]
    assert report.triples > 0


def test_a_fact_without_evidence_is_a_violation(store: OxigraphStore) -> None:
    store.query("DELETE WHERE { GRAPH ?g { ?f eg:evidence ?a } }", write=True)
    report = validate(store)
    assert not report.conforms
    assert any("evidence" in v.message for v in report.violations)


@pytest.mark.parametrize("damage", [
    "DELETE WHERE { GRAPH ?g { ?span oa:exact ?text } }",
    "DELETE WHERE { GRAPH ?g { ?fact eg:readWith ?reading } }",
    "DELETE WHERE { ?reading eg:extractor ?x }",
    'INSERT { GRAPH ?g { ?span oa:end -1 } } WHERE { GRAPH ?g { ?span oa:start ?s } }',
])
def test_a_damaged_evidence_span_or_reading_is_a_violation(
    store: OxigraphStore, damage: str
) -> None:
    # A span carries no class (layout 3): its shape targets the subjects of its properties.
    store.query(damage, write=True)
    assert not validate(store).conforms


def test_a_membership_with_two_members_is_a_violation(store: OxigraphStore) -> None:
    store.query("INSERT { ?m org:member <https://example.org/someone> } "
                "WHERE { ?m a org:Membership } ", write=True)
    report = validate(store)
    assert not report.conforms
    paths = {v.path.rsplit("#", 1)[-1] for v in report.violations}
    assert "member" in paths
    text = str(report.violations[0])
    assert text.startswith("Violation: <https://")


def test_a_node_without_its_resolution_key_is_a_violation(store: OxigraphStore) -> None:
    # read_graph() relies on it; a store written before it existed is told to re-ingest.
    store.query("DELETE WHERE { ?n eg:resolutionKey ?k }", write=True)
    report = validate(store)
    assert not report.conforms
    assert any(v.path.endswith("#resolutionKey") and "re-ingest" in v.message
               for v in report.violations)


def test_a_malformed_attribute_is_a_violation(store: OxigraphStore) -> None:
    store.query('INSERT { ?n eg:attribute "no separator" } WHERE { ?n eg:resolutionKey ?k }',
                write=True)
    report = validate(store)
    assert not report.conforms
    assert any(v.path.endswith("#attribute") for v in report.violations)


def test_validation_needs_an_rdf_store() -> None:
    with pytest.raises(NotSupported, match="SHACL"):
        validate(BaseStore())


def test_the_ontology_is_found() -> None:
    folder = ontology_dir()
    assert (folder / "electgraph.ttl").is_file() and (folder / "shapes.ttl").is_file()


def test_chunks_find_what_one_graph_finds(
    store: OxigraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Validation runs on chunks of subjects (one graph took 2.8 GB on 3,000 articles): with
    chunks of 7 subjects, a statement and its value's type land in different chunks, and the
    report is the one of a single graph (a store without `raw` is copied whole)."""
    from electgraph import validate as v

    store.query("INSERT { ?m org:member <https://example.org/someone> } "
                "WHERE { ?m a org:Membership } ", write=True)
    store.query("DELETE WHERE { GRAPH ?g { ?f eg:evidence ?a } }", write=True)

    class Whole(BaseStore):  # the same store, seen through dump_rdf only
        supports_rdf = True

        def dump_rdf(self, out: Any, format: str) -> None:
            store.dump_rdf(out, format)

    whole = validate(Whole())
    monkeypatch.setattr(v, "CHUNK", 7)
    chunked = validate(store)
    def seen(r: v.ValidationReport) -> list[tuple[str, ...]]:  # a shape may be a blank node
        return [(x.focus, x.path, x.severity, x.message, x.value) for x in r.violations]

    assert not whole.conforms and not chunked.conforms and chunked.triples == whole.triples
    assert seen(chunked) == seen(whole)
