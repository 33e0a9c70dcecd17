"""relates_to: the `BACA JUGA` lines the reader found, each a link to another article."""

from __future__ import annotations

from electgraph.extract.collect import Collector
from electgraph.model import Article, FactKind


def extract_links(article: Article, out: Collector) -> None:
    for link in article.related:
        out.fact(
            FactKind.RELATES_TO,
            article.id,
            None,
            link.line.start,
            link.line.end,
            "relates_to",
            title=link.title.text,
        )
