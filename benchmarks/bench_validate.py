"""`validate` time and peak memory on an embedded store of 3,000 generated articles (issue 15:
193 s and 2.8 GB when the whole store was one rdflib graph), and, side by side on a smaller
store, the chunked validation against the whole-graph one it replaced.

Each validation runs in a fresh process, so that its peak resident memory (ru_maxrss) is its
own; the store is written beforehand through the real extractor and resolver.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from electgraph.stores.oxigraph import OxigraphStore

SIZE = 3000
SMALL = 100  # the whole-graph way, for the side-by-side ratio (it grows to GBs)
BATCH = 500

# Run in a child process: validate the store at argv[1], chunked or ("whole") as one graph.
CHILD = """
import json, resource, sys, time
from electgraph.stores.base import BaseStore
from electgraph.stores.oxigraph import OxigraphStore
from electgraph.validate import validate

store = OxigraphStore(sys.argv[1])
class Whole(BaseStore):  # the same store seen through dump_rdf only: validated as one graph
    supports_rdf = True
    def dump_rdf(self, out, format):
        store.dump_rdf(out, format)
t0 = time.perf_counter()
report = validate(Whole() if sys.argv[2] == "whole" else store)
print(json.dumps({"s": time.perf_counter() - t0, "triples": report.triples,
                  "conforms": report.conforms,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def filled(root: Path, n: int) -> Path:
    from benchmarks.bench_replace import corpus

    with OxigraphStore(root) as store:
        for batch in corpus(n).batches(BATCH):
            store.write(batch)
    return root


def measure(store: Path, mode: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(store), mode], check=True,
                         capture_output=True, text=True)
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def run(size: int = SIZE, small: int = SMALL) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        low = filled(Path(tmp) / "small", small)
        chunked, whole = measure(low, "chunked"), measure(low, "whole")
        assert chunked["triples"] == whole["triples"]
        out[f"validate_{small}_chunked_s"] = round(chunked["s"], 2)
        out[f"validate_{small}_whole_graph_s"] = round(whole["s"], 2)
        out[f"validate_{small}_chunked_peak_mb"] = round(chunked["peak_mb"])
        out[f"validate_{small}_whole_graph_peak_mb"] = round(whole["peak_mb"])
        big = measure(filled(Path(tmp) / "big", size), "chunked")
        out[f"validate_{size}_s"] = round(big["s"], 2)
        out[f"validate_{size}_peak_mb"] = round(big["peak_mb"])
        out[f"validate_{size}_triples"] = big["triples"]
        out[f"validate_{size}_conforms"] = big["conforms"]
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    for key, value in run().items():
        print(f"{key:36} {value}")
