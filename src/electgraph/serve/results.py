"""SPARQL results as the standard formats: JSON, XML, CSV and TSV for SELECT and ASK, Turtle and
N-Triples for CONSTRUCT and DESCRIBE; chosen by the request's Accept header (or `format=`).

The rows are serialised here rather than by pyoxigraph so that the endpoint can stop reading at
its row limit: it takes at most `limit + 1` solutions and refuses the query past the limit.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

__all__ = [
    "GRAPH_TYPES",
    "TABLE_TYPES",
    "negotiate",
    "serialize_boolean",
    "serialize_rows",
    "serialize_triples",
]

# Media type -> short name, in the order of preference when the client accepts anything.
TABLE_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
_SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
          "ttl": "text/turtle", "ntriples": "application/n-triples",
          "nt": "application/n-triples"}

Row = Sequence[Any]


def negotiate(accept: str, graph: bool, fmt: str | None = None) -> str | None:
    """The media type to answer with: `fmt` (a short name or a type) if given, else the best
    type of the Accept header that this kind of result has; None when there is none."""
    offered = GRAPH_TYPES if graph else TABLE_TYPES
    if fmt:
        wanted = _SHORT.get(fmt.lower(), fmt.lower())
        return wanted if wanted in offered else None
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",") if accept.strip() else ["*/*"]):
        kind, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, kind.lower()))
    for neg_q, _, kind in sorted(ranked):
        if neg_q >= 0:
            continue
        if kind in offered:
            return kind
        if kind in ("*/*", "application/*", "text/*"):
            top = next(iter(offered))
            prefix = kind.split("/")[0]
            if kind == "*/*" or top.startswith(prefix):
                return top
            return next((t for t in offered if t.startswith(prefix)), None)
    return None


def _json_term(t: Any) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": str(t)}


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return f"<literal>{escape(str(t))}</literal>"


def serialize_rows(columns: Sequence[str], rows: Sequence[Row], media: str) -> bytes:
    """SELECT results in the format of `media` (a key of TABLE_TYPES)."""
    fmt = TABLE_TYPES[media]
    if fmt == "json":
        bindings = [{c: _json_term(v) for c, v in zip(columns, row, strict=True) if v is not None}
                    for row in rows]
        doc = {"head": {"vars": list(columns)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False).encode()
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(c)}/>" for c in columns), "</head>",
               "<results>"]
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(c)}>{_xml_term(v)}</binding>"
                    for c, v in zip(columns, row, strict=True) if v is not None]
            out.append("</result>")
        out += ["</results>", "</sparql>"]
        return "\n".join(out).encode()
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(columns)
        for row in rows:
            w.writerow(["" if v is None else getattr(v, "value", str(v)) for v in row])
    else:
        buf.write("\t".join(f"?{c}" for c in columns) + "\n")
        for row in rows:
            buf.write("\t".join("" if v is None else str(v) for v in row) + "\n")
    return buf.getvalue().encode()


def serialize_boolean(value: bool, media: str) -> bytes:
    """ASK results: JSON or XML (CSV and TSV have no boolean form; they get JSON's)."""
    if TABLE_TYPES[media] == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>").encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def serialize_triples(triples: Sequence[ox.Triple], media: str, prefixes: dict[str, str]) -> bytes:
    """CONSTRUCT and DESCRIBE results as Turtle or N-Triples."""
    fmt = ox.RdfFormat.TURTLE if GRAPH_TYPES[media] == "turtle" else ox.RdfFormat.N_TRIPLES
    kw: dict[str, Any] = {"prefixes": prefixes} if fmt == ox.RdfFormat.TURTLE else {}
    out = ox.serialize(triples, format=fmt, **kw)
    return out or b""
