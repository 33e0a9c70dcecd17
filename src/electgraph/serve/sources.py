"""Where an article comes from (its URL), which the exploration API's `ArticleRef` leaves out.

One small query per article, the id bound as a parameter: an entity page cites tens of them.
"""

from __future__ import annotations

from typing import Any

from electgraph.query._fetch import Backend
from electgraph.stores._sparql import with_prefixes
from electgraph.stores.base import GraphStore

__all__ = ["article_sources"]

# What an article says of itself is in its own graph (named: no union default graph needed).
_SPARQL = with_prefixes("""SELECT ?article ?title ?url ?published WHERE { GRAPH ?g {
  ?article schema:headline ?title .
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:datePublished ?published }
} } LIMIT 1""")
_CYPHER = ("MATCH (a:Article {id: $article}) "
           "RETURN a.title AS title, a.url AS url, a.published AS published")


def article_sources(store: GraphStore, ids: list[str]) -> dict[str, Any]:
    """{article id: {"title", "url", "published"}} for the ids that the store knows."""
    b = Backend(store)
    text = _SPARQL if getattr(store, "supports_sparql", False) else _CYPHER
    out: dict[str, Any] = {}
    for article in dict.fromkeys(ids):
        rows = b.rows(text, article=article)
        if rows:
            r = rows[0]
            out[article] = {k: None if r.get(k) is None else str(r[k])
                            for k in ("title", "url", "published")}
    return out
