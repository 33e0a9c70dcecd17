"""The Indonesian election-news extractor: an `Article` in, entities and facts with evidence out.

Offline, deterministic and rule-based. The pipeline for one article:

1. `tokens`: sentences and tokens with offsets, over the body only (title, caption and
   `BACA JUGA` lines blanked out);
2. `chunks` + `persons`: one pass per sentence that marks bodies, offices, events, elections,
   places and name candidates from the gazetteers in `lexicon` and `regions`;
3. `doc`: name candidates confirmed as persons from their context, short mentions linked;
4. one module per fact kind: `roles`, `events` (hosts, attends), `quotes`, `candidates`, `links`.

Every fact names the rule that made it (`electgraph.extract.<rule>.v1`) in its provenance.
"""

from __future__ import annotations

from electgraph.extract.candidates import extract_candidates
from electgraph.extract.chunks import ELECTION, ORG, PLACE, ROLE
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc
from electgraph.extract.events import extract_events
from electgraph.extract.links import extract_links
from electgraph.extract.quotes import extract_quotes
from electgraph.extract.roles import extract_roles
from electgraph.model import Article, EntityType, Extraction

__all__ = ["RULES", "extract"]

# The rules in the order they run: later rules read what earlier ones found (quotes resolve an
# office to the person that `roles` gave it to).
RULES = ("entities", "holds_role", "hosts", "attends", "quotes", "candidates", "relates_to")


def extract(article: Article) -> Extraction:
    """Entities and facts of one article, each fact with its evidence span."""
    doc = Doc(article)
    out = Collector(article.id, article.text)
    for entity in doc.person_entities():
        out.add_entity(entity)
    _entities(doc, out)
    extract_roles(doc, out)
    extract_events(doc, out)
    extract_quotes(doc, out)
    extract_candidates(doc, out)
    extract_links(article, out)
    return Extraction(article=article, entities=out.entities(), facts=out.facts())


_TYPES = {ORG: EntityType.ORGANIZATION, PLACE: EntityType.PLACE, ELECTION: EntityType.ELECTION}


def _entities(doc: Doc, out: Collector) -> None:
    for sv in doc.sents:
        for ch in sv.chunks:
            if ch.kind in _TYPES and not ch.attrs.get("generic"):
                out.entity(_TYPES[ch.kind], ch)
            elif ch.kind == ROLE:
                org = ch.attrs.get("org")
                if org is not None and not org.attrs.get("generic"):
                    out.entity(EntityType.ORGANIZATION, org)
