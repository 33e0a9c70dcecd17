"""electgraph: turn election news into a knowledge graph that analysts can query.

The public API is small and typed::

    from electgraph import read, extract
    for article in read(["data/articles"]).articles:
        result = extract(article)
        for fact in result.facts:
            print(fact.kind, fact.subject, fact.object, fact.evidence.text)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "read"]

if TYPE_CHECKING:
    from electgraph.extract import extract
    from electgraph.ingest import read


def __getattr__(name: str) -> Any:
    # Lazy so that `import electgraph` stays cheap for the CLI and for tests of one module.
    if name == "read":
        from electgraph.ingest import read

        return read
    if name == "extract":
        from electgraph.extract import extract

        return extract
    raise AttributeError(name)
