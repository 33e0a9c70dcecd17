"""vocab.py and ontology/electgraph.ttl list the same terms, and every reused term exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from electgraph import vocab
from electgraph.vocab import EG, OA, ORG, PROV, SCHEMA, terms

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "electgraph.ttl", format="turtle")


def declared(g: Graph) -> set[str]:
    return {str(s) for s in g.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(vocab.EG_NS)}


def test_every_vocab_term_is_declared_in_the_ontology_and_back(ontology: Graph) -> None:
    in_vocab = set(terms(EG).values())
    in_ontology = declared(ontology)
    assert in_vocab - in_ontology == set(), "in vocab.py but not declared in the ontology"
    assert in_ontology - in_vocab == set(), "declared in the ontology but missing in vocab.py"


def test_local_names_match_iris() -> None:
    for name, iri in terms(EG).items():
        assert iri == vocab.EG_NS + name


def test_every_term_has_english_and_indonesian_labels_and_a_comment(ontology: Graph) -> None:
    for iri in declared(ontology) | {vocab.ONTOLOGY_IRI}:
        node = URIRef(iri)
        labels = {lit.language for lit in ontology.objects(node, RDFS.label)}
        assert {"en", "id"} <= labels, iri
        assert any(True for _ in ontology.objects(node, RDFS.comment)), iri


def test_terms_have_one_kind(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept,
             SKOS.ConceptScheme}
    for iri in declared(ontology):
        found = set(ontology.objects(URIRef(iri), RDF.type)) & kinds
        assert len(found) == 1, (iri, found)


@pytest.mark.parametrize("prefix", ["org", "schema", "prov", "skos"])
def test_reused_terms_exist_in_their_vocabulary(prefix: str) -> None:
    # rdflib's namespaces for these fail on unknown terms (_fail = True). Imported here: at
    # module level pytest's collection probes them and they warn.
    from rdflib import namespace as ns

    ours, theirs = {"org": (ORG, ns.ORG), "schema": (SCHEMA, ns.SDO), "prov": (PROV, ns.PROV),
                    "skos": (vocab.SKOS, ns.SKOS)}[prefix]
    for name, iri in terms(ours).items():
        assert str(getattr(theirs, name)) == iri


def test_oa_terms_are_web_annotation_terms() -> None:
    # rdflib has no Web Annotation namespace; this is the list from the W3C vocabulary.
    known = {"Annotation", "SpecificResource", "TextPositionSelector", "TextQuoteSelector",
             "hasBody", "hasTarget", "hasSource", "hasSelector", "start", "end", "exact"}
    assert set(terms(OA)) <= known


def test_a_misspelt_term_fails_loudly() -> None:
    with pytest.raises(AttributeError):
        _ = EG.holdRole  # type: ignore[attr-defined]
