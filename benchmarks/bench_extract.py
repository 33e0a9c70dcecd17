"""Extraction throughput on one core: articles/s and characters/s, on the generated corpus
(real articles' length) and on the real articles whose texts are at hand (data/real)."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import Article


def run(n_articles: int = 1000, repeats: int = 5) -> dict[str, Any]:
    out = _rates([parse_text(text, name) for name, text in generate(n_articles)], repeats)
    texts = Path(os.environ.get("ELECTGRAPH_REAL_TEXTS", "/work/realnews/texts"))
    real = sorted(texts.glob("*.txt")) if texts.is_dir() else []
    if real:  # the real articles, 10 times over so that a run is long enough to time
        articles = [parse_text(p.read_text(encoding="utf-8"), p.name) for p in real] * 10
        out["real"] = _rates(articles, repeats)
    return out


def _rates(articles: list[Article], repeats: int) -> dict[str, Any]:
    extract(articles[0])  # warm the gazetteers (loaded once per process)
    chars = sum(len(a.text) for a in articles)
    rates = []
    facts = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        facts = sum(len(extract(a).facts) for a in articles)
        rates.append(len(articles) / (time.perf_counter() - t0))
    median = statistics.median(rates)
    return {
        "articles": len(articles),
        "mean_chars": round(chars / len(articles)),
        "facts": facts,
        "articles_per_s_median": round(median, 1),
        "chars_per_s_median": round(median * chars / len(articles)),
        "articles_per_s_runs": [round(r, 1) for r in rates],
    }
