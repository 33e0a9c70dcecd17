"""Exploring the graph without SPARQL or Cypher: `electgraph.query.explore(store, "Legar Saputra")`.

The functions live in `electgraph.query.api` and the result types in `electgraph.query.model`;
both are re-exported here. See `api.py` for the rules of name matching.
"""

from __future__ import annotations

from electgraph.query.api import (
    AmbiguousEntity,
    EntityArg,
    attendees,
    entity,
    events_hosted_by,
    explore,
    find,
    holders,
    mentions,
    neighbourhood,
    paths,
    related_articles,
    roles_of,
    search,
    snapshot,
    stats,
    timeline,
)
from electgraph.query.model import (
    ArticleLink,
    ArticleRef,
    Card,
    Citation,
    EntityInfo,
    EntityRef,
    Match,
    Neighbour,
    Path,
    Quote,
    Relation,
    Snapshot,
    Subgraph,
    TimelineEntry,
)

__all__ = [
    "AmbiguousEntity",
    "ArticleLink",
    "ArticleRef",
    "Card",
    "Citation",
    "EntityArg",
    "EntityInfo",
    "EntityRef",
    "Match",
    "Neighbour",
    "Path",
    "Quote",
    "Relation",
    "Snapshot",
    "Subgraph",
    "TimelineEntry",
    "attendees",
    "entity",
    "events_hosted_by",
    "explore",
    "find",
    "holders",
    "mentions",
    "neighbourhood",
    "paths",
    "related_articles",
    "roles_of",
    "search",
    "snapshot",
    "stats",
    "timeline",
]
