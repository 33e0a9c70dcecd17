"""Entity resolution across articles: extraction keys -> global node and fact ids.

The extractor already gives canonical keys per article; this module decides which keys in
different articles are the same thing, and says why in a `ResolutionReport`.

Rules (each is tested in tests/unit/test_resolve.py):

1. **Bodies, parties, places, elections**: one node per key. Keys already encode what makes them
   one: body + level + region code ("KPU Banyuasin", "KPU Kabupaten Banyuasin" and "Komisi
   Pemilihan Umum (KPU) Kabupaten Banyuasin" are all `org:kpu:kabupaten:16.07`). Every surface
   form is kept as an alias; the label is the most frequent one (ties: longest, then first in
   alphabetical order), so it does not depend on the order articles come in.
2. **Persons**: keys are folded names without honorifics, degrees or ranks. A person mention (one
   key in one article) is *placed* by the bodies it holds a role in and the election it stands
   in there: a regional body places it in that body's province, a national one (`ri`) nationally.
   Mentions of one name are one person per place: `person:<name>@<province>` (or `@ri`). So two
   "Ahmad Fauzi"s holding roles in Sumatera Selatan and in Jawa Barat are two people. The suffix
   is there even when no other region is in sight, so that a role holder's id does not depend on
   which other articles are resolved with it.
   A mention that holds no role (quoted, attending) joins the placed person of its name whose
   province is the article's dateline province; failing that, the only placed person of that
   name; failing that (none, or several and the dateline tells nothing) it stays
   `person:<name>`, and when several were possible the report says it was ambiguous.
   A false split shows up as two nodes with one name (and in the report); a false merge would
   silently mix two careers, so the rule errs on the side of splitting.
3. **Events** are occurrences reported by one article, so by default they are scoped to it:
   `event:<label>|<article id>`. Two articles' events are one when they have the same label,
   the same hosts and the same article date (`event:<label>|<date>|<host ids>`): that is two
   outlets reporting one meeting on the same day. Events without a host or a date stay scoped.
4. **Articles** keep their id (from the folded title). A `BACA JUGA` title links to the id an
   article with that title has, so the link is right whether or not that article is ingested.
5. **Facts** get the id `fact_id(kind, subject, object, identity qualifiers)`: the same fact
   stated by two articles is one fact with two sightings (dates, evidence).
"""

from __future__ import annotations

from collections.abc import Iterable

from electgraph.graph import Merge, ResolutionReport, ResolvedGraph
from electgraph.model import Extraction
from electgraph.resolve._resolver import Resolver
from electgraph.resolve._state import (
    Resolution,
    StateStore,
    resolve_stored,
    resolve_with_state,
    stage,
    stored_extractions,
)

__all__ = [
    "Resolution",
    "StateStore",
    "dedupe",
    "resolve",
    "resolve_incremental",
    "resolve_stored",
    "stage",
    "stored_extractions",
]


def dedupe(extractions: Iterable[Extraction]) -> tuple[dict[str, Extraction], list[Merge]]:
    """The extractions by article id, the last one winning, and a merge for each dropped."""
    unique: dict[str, Extraction] = {}
    dropped: list[Merge] = []
    for x in extractions:
        if x.article.id in unique:
            dropped.append(Merge(x.article.id, "Article", x.article.id, "duplicate-article",
                                 "two inputs have the same title (so the same id); the last "
                                 "one was kept", (x.article.source_path or "",), (x.article.id,)))
        unique[x.article.id] = x
    return unique, dropped


def resolve(extractions: Iterable[Extraction]) -> ResolvedGraph:
    """Resolve the extractions of many articles into one graph with global ids.

    The result does not depend on the order of `extractions`, except for the order of
    `articles` (kept as given, so that batches follow the input). When two extractions have
    the same article id, the last one wins and the report says so.
    """
    unique, dropped = dedupe(extractions)
    r = Resolver(list(unique.values()))
    r.resolve_persons()
    r.resolve_others()
    r.resolve_events()
    facts = r.resolve_facts()
    articles = r.resolve_articles()
    nodes = tuple(acc.build() for _, acc in sorted(r.nodes.items()))
    report = ResolutionReport(tuple(dropped + sorted(r.merges, key=lambda m: (m.rule, m.key))))
    return ResolvedGraph(tuple(articles), nodes, tuple(facts), report)


def resolve_incremental(
    extractions: Iterable[Extraction], store: StateStore, *, defer: bool = False
) -> Resolution:
    """`resolve()` against what `store` keeps of earlier runs (see `electgraph.resolve._state`):
    ingesting a corpus in several runs gives the graph of one run."""
    return resolve_with_state(extractions, store, defer=defer)
