#!/usr/bin/env python3
"""An automatic proxy for the focus spans (issue 10: "at least 95% of focus spans state the
fact"), over every fact of the real dev half:

    python scripts/focus_proxy.py

A focus passes when it holds a mention of both ends of its fact (a candidacy's election may
be left implicit, as the judge's brief allows) and, for the kinds stated by a
verb or a noun of the relation (attendance, hosting, backing, sanctions, candidacy), one of
those words (`judge._RELATION_WORDS`). Roles pass on both ends (their title is an end's
mention). Quotes and links are their whole evidence and are left out. It is stricter than a
judge in one way (a pair's nickname that names both members counts as neither) and looser in
another (a word of the relation about someone else counts): use it to compare two versions of
the judge side by side, and a judge's reading of a sample (`focus_sample.py`) for the figure.
"""

from __future__ import annotations

import collections
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import real_eval  # noqa: E402

from electgraph.extract import extract  # noqa: E402
from electgraph.ingest import parse_text  # noqa: E402
from electgraph.model import Extraction, Fact, FactKind  # noqa: E402

# the module, not the function `electgraph.extract.judge` that the package exports
judging = importlib.import_module("electgraph.extract.judge")
focusedges = importlib.import_module("electgraph.extract.focusedges")
_WHOLE = (FactKind.QUOTES, FactKind.RELATES_TO)
# bodies an office's title implies: a regency's government, a police or army unit
_TITLE_IMPLIED = frozenset({"government", "police", "military"})


def passes(x: Extraction, fact: Fact) -> bool:
    """Whether the fact's focus names both ends and, where the kind has them, a relation word."""
    entities = {e.key: e for e in x.entities}
    a, b = fact.evidence.focus

    def named(key: str | None) -> bool:
        entity = entities.get(key or "")
        return entity is not None and any(a <= m.start and m.end <= b for m in entity.mentions)

    # a candidacy's election may be left implicit (the judge's brief,
    # data/real/briefs/focus_judge.md): the candidate and the words of candidacy state it
    # and a role with no body (a moderator, "Kepala DPMPD") has its title for the other end
    implicit = fact.kind is FactKind.CANDIDATES or fact.object is None
    # ... and so has a body its title implies ("Bupati Kaur": Pemkab Kaur, "Kapolres Banjar":
    # Polres Banjar), which the article holds unnamed there: the title in the focus states it
    body = entities.get(fact.object or "")
    if (fact.kind is FactKind.HOLDS_ROLE and body is not None
            and body.attrs.get("category") in _TITLE_IMPLIED):
        head = str(fact.quals.get("role", "")).casefold().split()[-1:]
        implicit = bool(head) and head[0] in x.article.text[a:b].casefold()
    if not (named(fact.subject) and (implicit or named(fact.object))):
        return False
    cues = judging._RELATION_WORDS.get(fact.kind)
    if not cues or judging._rule(fact).rsplit(".", 1)[-1] in judging._STATED_BY_FORM:
        return True
    return bool(focusedges.cues(x.article.text, a, b, cues))


def main() -> None:
    good: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for path in sorted((ROOT / "data" / "real" / "dev").glob("*.json")):
        text = real_eval.TEXTS / f"{path.stem}.txt"
        if not text.exists():
            continue
        x = extract(parse_text(text.read_text(encoding="utf-8"), path.stem))
        for fact in x.facts:
            if fact.kind in _WHOLE:
                continue
            total[fact.kind.value] += 1
            good[fact.kind.value] += passes(x, fact)
    for kind in sorted(total):
        print(f"{kind:12} {good[kind] / total[kind]:.3f} of {total[kind]}")
    print(f"{'all':12} {sum(good.values()) / sum(total.values()):.3f} of {sum(total.values())}")


if __name__ == "__main__":
    main()
