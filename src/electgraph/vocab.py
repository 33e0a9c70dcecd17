"""Term IRIs of the electgraph ontology (`ontology/electgraph.ttl`) and of the vocabularies it
reuses, as plain strings.

Plain strings, not rdflib terms, so that importing this module costs nothing and any backend
can use them (the RDF store wraps them in its own term type). A misspelt term is an
`AttributeError` at import time and a mypy error before that: the namespaces are classes whose
attributes are the only terms there are. `tests/test_vocab.py` checks that `EG` lists exactly
the terms the ontology declares, and that every reused term exists in its vocabulary.
"""

from __future__ import annotations

from typing import Final

__all__ = ["EG", "OA", "ORG", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "XSD", "namespaces"]

EG_NS: Final = "https://w3id.org/electgraph/ontology#"
ONTOLOGY_IRI: Final = "https://w3id.org/electgraph/ontology"
DEFAULT_BASE: Final = "https://w3id.org/electgraph/id/"


class EG:
    """electgraph's own terms."""

    _NS: Final = EG_NS
    # facts and provenance
    Fact: Final = EG_NS + "Fact"
    evidence: Final = EG_NS + "evidence"
    extractor: Final = EG_NS + "extractor"
    Reading: Final = EG_NS + "Reading"
    readWith: Final = EG_NS + "readWith"
    seenOn: Final = EG_NS + "seenOn"
    confidence: Final = EG_NS + "confidence"
    focusStart: Final = EG_NS + "focusStart"
    focusEnd: Final = EG_NS + "focusEnd"
    focusAnchors: Final = EG_NS + "focusAnchors"
    # resolved entities (what the store needs to give the resolved graph back)
    resolutionKey: Final = EG_NS + "resolutionKey"
    attribute: Final = EG_NS + "attribute"
    surfaceForm: Final = EG_NS + "surfaceForm"
    # roles
    post: Final = EG_NS + "post"
    status: Final = EG_NS + "status"
    RoleStatusScheme: Final = EG_NS + "RoleStatusScheme"
    current: Final = EG_NS + "current"
    acting: Final = EG_NS + "acting"
    former: Final = EG_NS + "former"
    # organizations
    ElectionBody: Final = EG_NS + "ElectionBody"
    Legislature: Final = EG_NS + "Legislature"
    GovernmentAgency: Final = EG_NS + "GovernmentAgency"
    PoliceUnit: Final = EG_NS + "PoliceUnit"
    MilitaryUnit: Final = EG_NS + "MilitaryUnit"
    PoliticalParty: Final = EG_NS + "PoliticalParty"
    MediaOrganization: Final = EG_NS + "MediaOrganization"
    body: Final = EG_NS + "body"
    level: Final = EG_NS + "level"
    jurisdiction: Final = EG_NS + "jurisdiction"
    # persons
    region: Final = EG_NS + "region"
    honorific: Final = EG_NS + "honorific"
    degree: Final = EG_NS + "degree"
    rank: Final = EG_NS + "rank"
    # places
    Province: Final = EG_NS + "Province"
    Regency: Final = EG_NS + "Regency"
    City: Final = EG_NS + "City"
    Venue: Final = EG_NS + "Venue"
    kemendagriCode: Final = EG_NS + "kemendagriCode"
    # elections and candidacies
    Election: Final = EG_NS + "Election"
    electionYear: Final = EG_NS + "electionYear"
    electionKind: Final = EG_NS + "electionKind"
    Candidacy: Final = EG_NS + "Candidacy"
    candidate: Final = EG_NS + "candidate"
    election: Final = EG_NS + "election"
    candidateRole: Final = EG_NS + "candidateRole"
    ballotNumber: Final = EG_NS + "ballotNumber"
    runningMate: Final = EG_NS + "runningMate"
    candidateIn: Final = EG_NS + "candidateIn"
    # nominations and sanctions
    nominates: Final = EG_NS + "nominates"
    sanctions: Final = EG_NS + "sanctions"
    sanctionType: Final = EG_NS + "sanctionType"
    verdictDate: Final = EG_NS + "verdictDate"
    sanctionText: Final = EG_NS + "sanctionText"
    SanctionScheme: Final = EG_NS + "SanctionScheme"
    teguran: Final = EG_NS + "teguran"
    teguranTertulis: Final = EG_NS + "teguranTertulis"
    peringatan: Final = EG_NS + "peringatan"
    peringatanKeras: Final = EG_NS + "peringatanKeras"
    peringatanKerasTerakhir: Final = EG_NS + "peringatanKerasTerakhir"
    pemberhentianSementara: Final = EG_NS + "pemberhentianSementara"
    pemberhentianTetap: Final = EG_NS + "pemberhentianTetap"
    pemberhentianDariJabatanKetua: Final = EG_NS + "pemberhentianDariJabatanKetua"
    # quotes
    Quote: Final = EG_NS + "Quote"
    speaker: Final = EG_NS + "speaker"
    quoteText: Final = EG_NS + "quoteText"
    # articles
    relatesTo: Final = EG_NS + "relatesTo"
    citedTitle: Final = EG_NS + "citedTitle"
    contentDigest: Final = EG_NS + "contentDigest"
    textDigest: Final = EG_NS + "textDigest"
    publisherName: Final = EG_NS + "publisherName"
    implies: Final = EG_NS + "implies"
    sourcePath: Final = EG_NS + "sourcePath"


class ORG:
    """W3C Organization Ontology: memberships, roles and posts."""

    _NS: Final = "http://www.w3.org/ns/org#"
    Organization: Final = _NS + "Organization"
    Membership: Final = _NS + "Membership"
    Role: Final = _NS + "Role"
    Post: Final = _NS + "Post"
    member: Final = _NS + "member"
    organization: Final = _NS + "organization"
    role: Final = _NS + "role"
    postIn: Final = _NS + "postIn"
    holds: Final = _NS + "holds"


class SCHEMA:
    """schema.org: persons, places, events and news articles."""

    _NS: Final = "https://schema.org/"
    Person: Final = _NS + "Person"
    Organization: Final = _NS + "Organization"
    Place: Final = _NS + "Place"
    Event: Final = _NS + "Event"
    NewsArticle: Final = _NS + "NewsArticle"
    headline: Final = _NS + "headline"
    datePublished: Final = _NS + "datePublished"
    publisher: Final = _NS + "publisher"
    dateline: Final = _NS + "dateline"
    locationCreated: Final = _NS + "locationCreated"
    url: Final = _NS + "url"
    mentions: Final = _NS + "mentions"
    organizer: Final = _NS + "organizer"
    attendee: Final = _NS + "attendee"
    containedInPlace: Final = _NS + "containedInPlace"


class PROV:
    _NS: Final = "http://www.w3.org/ns/prov#"
    wasDerivedFrom: Final = _NS + "wasDerivedFrom"


class OA:
    """Web Annotation: the evidence of a fact as a selection of article text."""

    _NS: Final = "http://www.w3.org/ns/oa#"
    Annotation: Final = _NS + "Annotation"
    SpecificResource: Final = _NS + "SpecificResource"
    TextPositionSelector: Final = _NS + "TextPositionSelector"
    TextQuoteSelector: Final = _NS + "TextQuoteSelector"
    hasBody: Final = _NS + "hasBody"
    hasTarget: Final = _NS + "hasTarget"
    hasSource: Final = _NS + "hasSource"
    hasSelector: Final = _NS + "hasSelector"
    start: Final = _NS + "start"
    end: Final = _NS + "end"
    exact: Final = _NS + "exact"


class SKOS:
    _NS: Final = "http://www.w3.org/2004/02/skos/core#"
    prefLabel: Final = _NS + "prefLabel"
    altLabel: Final = _NS + "altLabel"


class RDF:
    _NS: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    type: Final = _NS + "type"
    Statement: Final = _NS + "Statement"
    JSON: Final = _NS + "JSON"
    subject: Final = _NS + "subject"
    predicate: Final = _NS + "predicate"
    object: Final = _NS + "object"


class RDFS:
    _NS: Final = "http://www.w3.org/2000/01/rdf-schema#"
    label: Final = _NS + "label"


class XSD:
    _NS: Final = "http://www.w3.org/2001/XMLSchema#"
    string: Final = _NS + "string"
    integer: Final = _NS + "integer"
    date: Final = _NS + "date"
    decimal: Final = _NS + "decimal"
    gYear: Final = _NS + "gYear"


def namespaces() -> dict[str, str]:
    """Prefix -> namespace, for serialisations and for the prologue of example queries."""
    return {
        "eg": EG_NS,
        "org": ORG._NS,
        "schema": SCHEMA._NS,
        "prov": PROV._NS,
        "oa": OA._NS,
        "skos": SKOS._NS,
        "rdf": RDF._NS,
        "rdfs": RDFS._NS,
        "xsd": XSD._NS,
    }


def terms(namespace: type) -> dict[str, str]:
    """Local name -> IRI of every term a namespace class lists."""
    return {k: v for k, v in vars(namespace).items() if not k.startswith("_")}
