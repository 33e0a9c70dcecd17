"""Golden output of the extractor: everything it reads from every article at hand, to diff.

A change meant to make the extractor faster (not different) must leave these files identical:

    .venv/bin/python scripts/golden_facts.py /tmp/golden-before     # before the change
    .venv/bin/python scripts/golden_facts.py /tmp/golden-after --against /tmp/golden-before

One JSON Lines file per source (the real texts of ELECTGRAPH_REAL_TEXTS, the evaluation's dev
cases, every article under tests/data and data/, the generated benchmark corpus), one line per
article: its id, the `facts` format of the evaluation and the full output (entities with offsets
and attributes, facts in the order the extractor gave them), keys sorted. `--against` compares with
an earlier run and exits 1 naming the articles that differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.corpus

from benchmarks.corpus import generate  # noqa: E402

from electgraph.extract import extract  # noqa: E402
from electgraph.extract.render import to_facts, to_json  # noqa: E402
from electgraph.ingest import iter_files, parse_text, read_file_safely  # noqa: E402
from electgraph.model import Article  # noqa: E402


def _files(folder: Path) -> Iterator[Article]:
    """Every article of every readable file under `folder`, in path order (no de-duplication:
    a text read twice is checked twice); an evaluation case (`id` and `text`, no title) is read
    as the evaluation reads it."""
    if not folder.is_dir():
        return
    for path in sorted(iter_files([folder])):
        articles, errors = read_file_safely(path)
        if errors and path.suffix == ".json":
            case = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                articles = [parse_text(case["text"], str(case.get("id") or path.stem))]
        yield from articles


def sources(generated: int) -> dict[str, Iterator[Article]]:
    real = Path(os.environ.get("ELECTGRAPH_REAL_TEXTS", "/work/realnews/texts"))
    return {
        "real": _files(real),
        "eval-dev": _files(ROOT.parent / "shared" / "eval" / "dev"),
        "tests-data": _files(ROOT / "tests" / "data"),
        "data": _files(ROOT / "data"),
        "generated": (parse_text(text, name) for name, text in generate(generated)),
    }


def line(article: Article) -> str:
    result = extract(article)
    facts = to_facts(result)
    facts.pop("text")  # the article text is in the full output already
    record = {"id": article.id, "source": article.source_path, "facts": facts,
              "full": to_json(result)}
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def write(out: Path, generated: int) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, articles in sources(generated).items():
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            n = 0
            for article in articles:
                f.write(line(article) + "\n")
                n += 1
        counts[name] = n
    return counts


def differences(new: Path, old: Path) -> list[str]:
    """The articles (file: id) whose output differs, or that one run has and the other not."""
    found = []
    for path in sorted({p.name for p in (*new.glob("*.jsonl"), *old.glob("*.jsonl"))}):
        a = (new / path).read_text(encoding="utf-8").splitlines() if (new / path).exists() else []
        b = (old / path).read_text(encoding="utf-8").splitlines() if (old / path).exists() else []
        for k in range(max(len(a), len(b))):
            x, y = a[k] if k < len(a) else "", b[k] if k < len(b) else ""
            if x != y:
                found.append(f"{path}: line {k + 1} ({json.loads(x or y)['id']})")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the JSON Lines files to")
    parser.add_argument("--against", type=Path, help="an earlier run's folder to compare with")
    parser.add_argument("--generated", type=int, default=2000,
                        help="how many generated articles (default 2000)")
    args = parser.parse_args()
    counts = write(args.out, args.generated)
    print(", ".join(f"{n} {name}" for name, n in counts.items()), "articles written to", args.out)
    if args.against is None:
        return 0
    diff = differences(args.out, args.against)
    for d in diff[:50]:
        print("differs:", d)
    print(f"{len(diff)} articles differ from {args.against}" if diff else
          f"identical to {args.against}")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
