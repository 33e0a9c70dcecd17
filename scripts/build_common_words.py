"""Build src/electgraph/extract/data/common_words.txt from the nlp-id wheel (MIT, kumparan).

The extractor rejects a capitalised run of words as a person's name when every word is a common
Indonesian word ("Penyelenggara", "Mengedukasi Masyarakat", "Maju Adil Merata"). Which words are
common is read from data, not written by hand:

- nlp-id's POS-tagged news corpus (data/dataset_postag.txt): a word is common when it is written
  in lower case at least twice and no less often in lower case than capitalised as a proper noun
  inside a sentence. Words the press capitalises as names more often ("Budi", "Sri", "Agung",
  "Jaya") are thereby kept out, though the dictionary has them;
- its root-word list (data/root-word.txt): a root word of 7 letters or more never seen in the
  corpus at all ("sektoral", "dialogis") is common too (shorter ones are often given names);
- its lemma table (data/lemma_dict.json): an affixed form of a root ("ketahanan" <- "tahan")
  seen once in lower case and never capitalised as a proper noun is common.

Offline and deterministic: `pip download --no-deps nlp-id==0.1.23.0` once, then
`python scripts/build_common_words.py nlp_id-0.1.23.0-py3-none-any.whl`.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/electgraph/extract/data/common_words.txt"
_AFFIXED = re.compile(r"^(?:me|be|te|di|pe|ke|se)[a-z]{3,}|[a-z]{4,}(?:kan|an|i)$")
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”", ":"})


def build(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        corpus = z.read("nlp_id/data/dataset_postag.txt").decode("utf-8")
        roots = set(z.read("nlp_id/data/root-word.txt").decode("utf-8").split())
        lemmas: dict[str, str] = json.loads(z.read("nlp_id/data/lemma_dict.json"))
    lower: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    after_end = True
    for line in corpus.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            after_end = True
            continue
        word, tag = parts[0], parts[1]
        if word.isalpha():
            if word[0].islower():
                lower[word.lower()] += 1
            elif not after_end and tag == "NNP":
                proper[word.lower()] += 1
        after_end = word in _SENTENCE_END
    words = {w for w, n in lower.items() if n >= 2 and n >= proper[w]}
    # Short root words the corpus never shows are too often given names ("Andika", "Rudi").
    words |= {w for w in roots if len(w) >= 7 and w.isalpha() and not lower[w] and not proper[w]}
    words |= {
        w
        for w, root in lemmas.items()
        if lower[w] and not proper[w] and w != root and root in roots and _AFFIXED.match(w)
    }
    return sorted(w for w in words if len(w) > 1)


def main() -> None:
    words = build(Path(sys.argv[1]))
    header = (
        "# Common (lower-case) Indonesian words, built by scripts/build_common_words.py from\n"
        "# nlp-id 0.1.23.0 (MIT License, Copyright (c) kumparan): its tagged corpus, root words\n"
        "# and lemma table. A capitalised run made only of these words is not a person's name.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
