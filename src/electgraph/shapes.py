"""SHACL shapes of the fact kinds, written from the registry (`electgraph.kinds`).

`ontology/shapes.ttl` holds the shapes of nodes, evidence and articles, which no kind changes;
the shapes of facts are derived from each `FactSpec` so that a kind added to the registry is
checked by `electgraph validate` without a second declaration to keep in step.
"""

from __future__ import annotations

from electgraph.kinds import ARTICLE, ENTITIES, FACTS, FactSpec
from electgraph.vocab import RDF, SCHEMA, XSD

__all__ = ["fact_shapes"]

SHAPES_NS = "https://w3id.org/electgraph/shapes#"


def _class_of(type_: str | None) -> str | None:
    if type_ == ARTICLE:
        return SCHEMA.NewsArticle
    known = {t.value: e.rdf_class for t, e in ENTITIES.items()}
    return known.get(type_ or "")  # None for "Entity": any node


def _prop(path: str, *, min_count: int = 0, max_count: int | None = 1, cls: str | None = None,
          datatype: str | None = None, values: tuple[str, ...] = ()) -> str:
    parts = [f"sh:path <{path}>"]
    if min_count:
        parts.append(f"sh:minCount {min_count}")
    if max_count is not None:
        parts.append(f"sh:maxCount {max_count}")
    if cls:
        parts.append(f"sh:class <{cls}>")
    if datatype:
        parts.append(f"sh:datatype <{datatype}>")
        if datatype == XSD.integer:
            parts.append("sh:minInclusive 1")
        if datatype == XSD.string:
            parts.append("sh:minLength 1")
    if values:
        parts.append("sh:in ( " + " ".join(f"<{v}>" for v in values) + " )")
    return "sh:property [ " + " ; ".join(parts) + " ]"


def _shape(name: str, target: str, props: list[str]) -> str:
    body = " ;\n    ".join([f"a sh:NodeShape ;\n    {target}", *props])
    return f"<{SHAPES_NS}{name}>\n    {body} .\n"


def _qualifiers(spec: FactSpec) -> list[str]:
    """The fact node's identity qualifiers and its per-sighting values."""
    # A fact without an object is its qualifier (a quote is its text): that one is required.
    props = [
        _prop(p, min_count=int(spec.object is None and name == spec.shown), datatype=XSD.string)
        for name, p in spec.literals.items()
    ]
    props += [
        _prop(c.predicate, min_count=1 if c.default else 0, values=tuple(c.values.values()))
        for c in spec.concepts.values()
    ]
    for name, (p, datatype) in spec.sighting.items():
        if name == "title":  # said of the cited article, not of the fact
            continue
        props.append(_prop(p, max_count=None, datatype=datatype,
                           cls=None if datatype else _class_of(spec.subject)))
    return props


def _nary(spec: FactSpec) -> str:
    props = [_prop(spec.rdf_subject, min_count=1, cls=_class_of(spec.subject))]
    if spec.rdf_object:
        props.append(_prop(spec.rdf_object, cls=_class_of(spec.object)))
    local = (spec.rdf_class or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return _shape(local, f"sh:targetClass <{spec.rdf_class}>", props + _qualifiers(spec))


def _shortcut(spec: FactSpec) -> str:
    """The plain triple between the two entities: its subject's and object's classes."""
    head, tail = (spec.object, spec.subject) if spec.reverse else (spec.subject, spec.object)
    props = [_prop(spec.shortcut or "", max_count=None, cls=_class_of(tail))]
    name = f"{spec.kind.value}-shortcut"
    target = f"sh:targetSubjectsOf <{spec.shortcut}>"
    if cls := _class_of(head):
        target += f" ;\n    sh:class <{cls}>"
    return _shape(name, target, props)


def _statements() -> str:
    """Binary facts are rdf:Statements whose predicate is one of the registered shortcuts."""
    binary = [s for s in FACTS.values() if s.rdf_class is None]
    props = [
        _prop(RDF.subject, min_count=1, max_count=1),
        _prop(RDF.object, min_count=1, max_count=1),
        _prop(RDF.predicate, min_count=1, values=tuple(s.shortcut or "" for s in binary)),
    ]
    out = [_shape("Statement", f"sh:targetClass <{RDF.Statement}>", props)]
    for spec in binary:
        if quals := _qualifiers(spec):
            first = quals[0].split("<", 1)[1].split(">", 1)[0]
            out.append(_shape(f"{spec.kind.value}-qualifiers",
                              f"sh:targetSubjectsOf <{first}>", quals))
    return "\n".join(out)


def fact_shapes() -> str:
    """Turtle: one shape per n-ary kind, the statement shape, one shape per shortcut."""
    parts = ["@prefix sh: <http://www.w3.org/ns/shacl#> .\n"]
    parts += [_nary(s) for s in FACTS.values() if s.rdf_class]
    parts.append(_statements())
    parts += [_shortcut(s) for s in FACTS.values() if s.shortcut]
    return "\n".join(parts)
