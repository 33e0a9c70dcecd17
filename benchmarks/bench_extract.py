"""Extraction throughput (articles/s on one core) on the generated corpus."""

from __future__ import annotations

import statistics
import time
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract import extract
from electgraph.ingest import parse_text


def run(n_articles: int = 1000, repeats: int = 5) -> dict[str, Any]:
    articles = [parse_text(text, name) for name, text in generate(n_articles)]
    extract(articles[0])  # warm the gazetteers (loaded once per process)
    rates = []
    facts = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        facts = sum(len(extract(a).facts) for a in articles)
        rates.append(len(articles) / (time.perf_counter() - t0))
    return {
        "articles": len(articles),
        "facts": facts,
        "articles_per_s_median": round(statistics.median(rates), 1),
        "articles_per_s_runs": [round(r, 1) for r in rates],
    }
