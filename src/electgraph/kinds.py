"""The fact-kind registry: one declaration per kind of fact and per entity type.

Every layer reads these declarations instead of keeping a table of its own: the extractor's
`facts` output (field names), the resolver (identity qualifiers, qualifiers naming entities), the
RDF mapping and its read-back, the SHACL shapes of facts, the Neo4j plan, store statistics, the
exploration queries and cards, exports and analytics. `tests/unit/test_kinds.py` fails when a
layer does not handle a registered kind.

Adding a kind: a `FactKind` value and a `FactSpec` below, the rule that extracts it (a module
and its `Component` in `electgraph.extract`, its words in the lexicon), and its terms in the
ontology (`ontology/electgraph.ttl`, `vocab.py`). Nothing else: `tests/unit/test_kinds.py`
checks that every layer takes it.

Two RDF layouts, as `ontology/README.md` explains:

* an **n-ary fact** (`rdf_class` set: a membership, a candidacy, a quote) is a node of that class
  linked to its subject and object by `rdf_subject` / `rdf_object`;
* a **binary fact** (no `rdf_class`: attends, hosts, nominates...) is an `rdf:Statement` whose
  `rdf:predicate` is `shortcut`, subject and object swapped when `reverse` (an event's
  `schema:attendee` is the fact's subject).

Either way `shortcut` is also written as a plain triple between the two entities (the one
queries and exports follow), and identity qualifiers hang on the fact node.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from electgraph.vocab import EG, ORG, RDF, SCHEMA, XSD

__all__ = [
    "ARTICLE",
    "ENTITIES",
    "FACTS",
    "Concept",
    "EntitySpec",
    "EntityType",
    "FactKind",
    "FactSpec",
    "edge_kinds",
    "spec",
]

class EntityType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    ELECTION = "Election"


class FactKind(StrEnum):
    HOLDS_ROLE = "holds_role"
    ATTENDS = "attends"
    HOSTS = "hosts"
    RELATES_TO = "relates_to"
    QUOTES = "quotes"
    CANDIDATES = "candidates"
    NOMINATES = "nominates"
    SANCTIONS = "sanctions"


ARTICLE = "Article"  # the subject and object type of `relates_to`


_V = TypeVar("_V")


def _frozen(mapping: Mapping[str, _V]) -> Mapping[str, _V]:
    return MappingProxyType(dict(mapping))


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Concept:
    """A qualifier whose values are SKOS concepts: `predicate` links the fact to the concept of
    its value (`values`: value as extracted -> concept IRI); `default` when the value is absent."""

    predicate: str
    values: Mapping[str, str]
    default: str | None = None

    def iri(self, value: str | None) -> str | None:
        return self.values.get(value or "", self.values.get(self.default or "", None))

    def value_of(self, iri: str) -> str | None:
        return next((v for v, i in self.values.items() if i == iri), None)


@dataclass(frozen=True, slots=True)
class FactSpec:
    """Everything the layers need to know about one kind of fact."""

    kind: FactKind
    subject: str  # an `EntityType` value, or ARTICLE
    object: str | None  # None: the fact has no object (a quote)
    fields: tuple[str, str | None]  # the subject's and object's keys in the `facts` output
    summary: str  # how one fact reads: "{s} attends {o}"; {q} is the shown qualifier
    identity: tuple[str, ...] = ()  # qualifiers that are part of the fact's id
    entity_qualifiers: tuple[str, ...] = ()  # per-sighting qualifiers that name entities
    shown: str | None = None  # the identity qualifier shown with the fact (a role, a sanction)
    # RDF
    rdf_class: str | None = None
    rdf_subject: str = RDF.subject
    rdf_object: str | None = RDF.object
    shortcut: str | None = None
    reverse: bool = False
    literals: Mapping[str, str] = field(default_factory=_empty)  # identity qual -> predicate
    concepts: Mapping[str, Concept] = field(default_factory=_empty)
    # per-sighting qualifiers, in the article's graph: qualifier -> (predicate, datatype); a
    # datatype of None means the value names a node (an entity key, resolved to its id)
    sighting: Mapping[str, tuple[str, str | None]] = field(default_factory=_empty)
    # Neo4j: the relationship between the entities; an n-ary fact is also a node
    rel_type: str = ""
    node_label: str | None = None
    subject_rel: str | None = None  # (subject)-[subject_rel]->(fact node)
    object_rel: str | None = None  # (fact node)-[object_rel]->(object)
    # exploration: the card sections listing the fact from either end
    sections: tuple[str, str] | None = None

    @property
    def nary(self) -> bool:
        return self.rdf_class is not None

    @property
    def edge(self) -> bool:
        """Drawn as an edge between two entities (explore, paths, exports, analytics)."""
        return self.sections is not None


_STATUS = Concept(
    EG.status, {"current": EG.current, "acting": EG.acting, "former": EG.former}, "current"
)
SANCTION = Concept(
    EG.sanctionType,
    {
        "teguran": EG.teguran,
        "teguran tertulis": EG.teguranTertulis,
        "peringatan": EG.peringatan,
        "peringatan keras": EG.peringatanKeras,
        "peringatan keras terakhir": EG.peringatanKerasTerakhir,
        "pemberhentian sementara": EG.pemberhentianSementara,
        "pemberhentian tetap": EG.pemberhentianTetap,
        "pemberhentian dari jabatan ketua": EG.pemberhentianDariJabatanKetua,
    },
)

_SPECS = (
    FactSpec(
        FactKind.HOLDS_ROLE, EntityType.PERSON, EntityType.ORGANIZATION, ("person", "org"),
        "{s} is {q} of {o}", identity=("role", "status"), shown="role",
        rdf_class=ORG.Membership, rdf_subject=ORG.member, rdf_object=ORG.organization,
        concepts=_frozen({"status": _STATUS}),
        rel_type="HOLDS_ROLE", node_label="Membership", subject_rel="HAS_MEMBERSHIP",
        object_rel="IN_ORGANIZATION", sections=("roles", "members"),
    ),
    FactSpec(
        FactKind.ATTENDS, "Entity", EntityType.EVENT, ("agent", "event"), "{s} attends {o}",
        shortcut=SCHEMA.attendee, reverse=True, rel_type="ATTENDS",
        sections=("attended", "attendees"),
    ),
    FactSpec(
        FactKind.HOSTS, EntityType.ORGANIZATION, EntityType.EVENT, ("org", "event"),
        "{s} hosts {o}", shortcut=SCHEMA.organizer, reverse=True, rel_type="HOSTS",
        sections=("hosted", "hosts"),
    ),
    FactSpec(
        FactKind.RELATES_TO, ARTICLE, ARTICLE, ("article", None), "{s} links to {o}",
        shortcut=EG.relatesTo, rel_type="RELATES_TO",
        sighting=_frozen({"title": (EG.citedTitle, XSD.string)}),
    ),
    FactSpec(
        FactKind.QUOTES, EntityType.PERSON, None, ("person", None), '{s} said "{q}"',
        identity=("text",), shown="text", rdf_class=EG.Quote, rdf_subject=EG.speaker,
        rdf_object=None, literals=_frozen({"text": EG.quoteText}),
        rel_type="SAID", node_label="Quote", subject_rel="SAID",
    ),
    FactSpec(
        FactKind.CANDIDATES, EntityType.PERSON, EntityType.ELECTION, ("person", "election"),
        "{s} stands as {q} in {o}", identity=("role",), entity_qualifiers=("running_mate",),
        shown="role", rdf_class=EG.Candidacy, rdf_subject=EG.candidate, rdf_object=EG.election,
        shortcut=EG.candidateIn, literals=_frozen({"role": EG.candidateRole}),
        sighting=_frozen({
            "number": (EG.ballotNumber, XSD.integer), "running_mate": (EG.runningMate, None)}),
        rel_type="CANDIDATE_IN", node_label="Candidacy", subject_rel="HAS_CANDIDACY",
        object_rel="FOR_ELECTION", sections=("candidacies", "candidates"),
    ),
    FactSpec(
        FactKind.NOMINATES, EntityType.ORGANIZATION, EntityType.PERSON, ("party", "person"),
        "{s} nominates {o}", shortcut=EG.nominates, rel_type="NOMINATES",
        sections=("nominated", "nominated_by"),
    ),
    FactSpec(
        FactKind.SANCTIONS, EntityType.ORGANIZATION, EntityType.PERSON, ("org", "person"),
        "{s} imposes {q} on {o}", identity=("sanction",), shown="sanction",
        shortcut=EG.sanctions, concepts=_frozen({"sanction": SANCTION}),
        sighting=_frozen({"verdict_date": (EG.verdictDate, XSD.date),
                          "sanction_text": (EG.sanctionText, XSD.string)}),
        rel_type="SANCTIONS", sections=("sanctions_imposed", "sanctioned_by"),
    ),
)

FACTS: Mapping[FactKind, FactSpec] = MappingProxyType({s.kind: s for s in _SPECS})


def spec(kind: FactKind | str) -> FactSpec:
    return FACTS[FactKind(kind)]


def edge_kinds() -> tuple[FactKind, ...]:
    """The kinds drawn as edges between two entities, in registry order."""
    return tuple(k for k, s in FACTS.items() if s.edge)


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """One entity type: its key prefix (`person:...`), RDF class and Neo4j label."""

    type: EntityType
    prefix: str
    rdf_class: str
    label: str


ENTITIES: Mapping[EntityType, EntitySpec] = MappingProxyType({
    EntityType.PERSON: EntitySpec(EntityType.PERSON, "person", SCHEMA.Person, "Person"),
    EntityType.ORGANIZATION: EntitySpec(
        EntityType.ORGANIZATION, "org", ORG.Organization, "Organization"),
    EntityType.PLACE: EntitySpec(EntityType.PLACE, "place", SCHEMA.Place, "Place"),
    EntityType.EVENT: EntitySpec(EntityType.EVENT, "event", SCHEMA.Event, "Event"),
    EntityType.ELECTION: EntitySpec(EntityType.ELECTION, "election", EG.Election, "Election"),
})
