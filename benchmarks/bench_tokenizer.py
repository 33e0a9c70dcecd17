"""Why electgraph tokenizes with its own regex: the same articles through spaCy's blank
Indonesian tokenizer and through `electgraph.extract.tokens`, side by side.

spaCy is not a dependency; the comparison runs when it is importable
(`pip install spacy` in the venv) and reports itself skipped otherwise.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from benchmarks.corpus import generate
from electgraph.extract.tokens import sentences


def run(n_articles: int = 1000, repeats: int = 3) -> dict[str, Any]:
    texts = [t for _, t in generate(n_articles)]
    ours = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            sentences(t)
        ours.append(len(texts) / (time.perf_counter() - t0))
    result: dict[str, Any] = {"electgraph_articles_per_s": round(statistics.median(ours))}
    try:
        import spacy
    except ImportError:
        result["spacy"] = "skipped: spaCy is not installed"
        return result
    nlp = spacy.blank("id")
    theirs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            nlp.tokenizer(t)
        theirs.append(len(texts) / (time.perf_counter() - t0))
    result["spacy_blank_id_articles_per_s"] = round(statistics.median(theirs))
    result["ratio"] = round(statistics.median(ours) / statistics.median(theirs), 1)
    return result
