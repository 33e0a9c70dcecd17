"""RDF serialisations of a store, and the store as an rdflib `Dataset`/`Graph` for rdflib users.

The store serialises itself (pyoxigraph's writers are fast and stream); rdflib is imported only
by `to_dataset`/`to_rdflib`, which copy the store into memory: fine for analysis of a corpus,
not for a very large store (use SPARQL there).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from electgraph.export import ExportReport
from electgraph.stores.base import GraphStore, require

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

__all__ = ["RDFLIB_FORMATS", "to_dataset", "to_rdflib", "write_rdf"]

# Our format names -> rdflib's parser names, for reading exports back.
RDFLIB_FORMATS = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
}


def write_rdf(store: GraphStore, out: Path, *, format: str, **options: Any) -> ExportReport:
    require(store, "rdf", f"export to {format}")
    if options:
        raise TypeError(f"unexpected options for {format}: {', '.join(options)}")
    store.dump_rdf(out, format)
    return ExportReport(format, str(out), out.stat().st_size, store.count())


def _dump(store: GraphStore, format: str) -> bytes:
    require(store, "rdf", "conversion to rdflib")
    buf = io.BytesIO()
    store.dump_rdf(buf, format)
    return buf.getvalue()


def to_dataset(store: GraphStore) -> Dataset:
    """A copy of the store as an rdflib `Dataset`: the default graph and every article graph."""
    from rdflib import Dataset

    ds = Dataset()
    with warnings.catch_warnings():
        # rdflib 7's own N-Quads parser uses APIs rdflib 7 deprecates; nothing for us to fix.
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=_dump(store, "nquads"), format="nquads")
    return ds


def to_rdflib(store: GraphStore) -> Graph:
    """A copy of the store as one rdflib `Graph`: the union of all its graphs."""
    from rdflib import Graph

    g = Graph()
    g.parse(data=_dump(store, "ntriples"), format="nt")
    return g
