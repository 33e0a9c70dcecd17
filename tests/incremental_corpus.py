"""A generated corpus (benchmarks/corpus.py) with role-less mentions of the names it places, for
the tests of incremental resolution (tests/unit and tests/e2e)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import generate

RUNS = 5

# Role-less mentions of names the corpus places (quoted only), from several provinces: a later
# run must join them to the person an earlier run placed, or the other way round.
ROLELESS = [
    ("PALEMBANG", "Ahmad Saputra"),
    ("JAKARTA", "Budi Hidayat"),
    ("MAKASSAR", "Siti Rahman"),
    ("GARUT", "Dewi Lestari"),
    ("JEPARA", "Rahmat Wijaya"),
    ("PALEMBANG", "Agus Pratama"),
]


def roleless_article(n: int, place: str, name: str) -> str:
    return (f"Warga {place.title()} Ikut Pantau Tahapan Nomor {n}\n"
            f"{place}, WARTAPEMILU.ID - Warga ikut memantau tahapan Pilkada Serentak 2024, "
            "Kamis (10/10/2024).\n"
            f'"Semua harus berjalan jujur," kata {name} kepada wartawan.\n')


def write_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    files = []
    for name, text in generate(count, seed=11):
        files.append(folder / name)
        files[-1].write_text(text, encoding="utf-8")
    for i, (place, person) in enumerate(ROLELESS):
        files.append(folder / f"r{i:02d}.txt")
        files[-1].write_text(roleless_article(900 + i, place, person), encoding="utf-8")
    return files


