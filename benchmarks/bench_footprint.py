"""What the embedded store spends per article: statements by pattern, bytes on disk, and the
ingest and query times that go with them.

    .venv/bin/python benchmarks/bench_footprint.py 1000                  # this tree
    .venv/bin/python benchmarks/bench_footprint.py 1000 --before /work/main/src --repeats 3
    make bench ONLY=footprint                                            # run(): this tree

The generated corpus (benchmarks/corpus.py) goes through the real extractor and resolver once
(cached as a pickle under the temp dir, so every run maps the very same graph), then:

* **statements**: the quads `_rdf_mapping.plan` writes, per article, by pattern (what they
  are for) and by (graph, predicate); the N-Quads bytes of the same quads;
* **on disk**: the RocksDB files of a fresh store after `OxigraphStore.write` in the pipeline's
  batches and `close()` (what a user finds after `electgraph ingest`), and after a full
  compaction (`Store.optimize`), without the resolution state (its own SQLite file);
* **times**: the store write (articles/s), `read_graph()`, a few exploration questions and each
  example query of `ontology/queries/`, as medians.

With `--before SRC` each repeat runs a child process on the `electgraph` of SRC (for example
main's `src`, with its own `ontology/`) and one on this tree's, alternately, so that a change of
machine load hits both alike; the table gives the medians side by side and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_NS = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/ns/oa#": "oa:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/ns/org#": "org:",
    "https://schema.org/": "schema:",
    "https://w3id.org/electgraph/ontology#": "eg:",
}
_OA_EXTRAS = {"eg:evidence", "eg:extractor", "eg:focusStart", "eg:focusEnd", "eg:confidence",
              "eg:readWith"}
_ARTICLE = {"schema:headline", "schema:datePublished", "schema:url", "schema:dateline",
            "schema:publisher", "schema:locationCreated", "eg:publisherName", "eg:sourcePath",
            "eg:textDigest", "eg:contentDigest"}
_SURFACE = {"skos:altLabel", "eg:surfaceForm", "eg:honorific", "eg:degree", "eg:rank"}
_SHORTCUTS = {"org:holds", "schema:attendee", "schema:organizer", "eg:relatesTo",
              "eg:candidateIn", "eg:nominates", "eg:sanctions"}


def short(iri: str) -> str:
    for ns, prefix in _NS.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def pattern(in_article: bool, predicate: str, obj: str) -> str:
    """What a quad is for, from where it is and its predicate (and a type's class)."""
    if predicate == "rdf:type":
        if obj.startswith("oa:") or obj == "eg:Reading":
            return "evidence annotation"
        if obj == "schema:NewsArticle":
            return "article description"
        if obj in {"eg:Fact", "rdf:Statement", "org:Membership", "eg:Candidacy", "eg:Quote"}:
            return "fact records"
        return "node descriptions" if not in_article else "other (article graph)"
    if predicate.startswith("oa:") or predicate in _OA_EXTRAS:
        return "evidence annotation"
    if predicate in {"prov:wasDerivedFrom", "eg:seenOn"}:
        return "sighting provenance"
    if in_article:
        if predicate in _ARTICLE:
            return "article description"
        if predicate in {"schema:mentions", "eg:implies"}:
            return "mentions"
        if predicate in _SURFACE:
            return "surface forms"
        return "sighting qualifiers"
    if predicate in _SHORTCUTS:
        return "shortcut triples"
    if predicate.startswith("rdf:") or predicate in {
            "org:member", "org:organization", "org:role", "eg:status", "eg:post",
            "eg:candidate", "eg:election", "eg:candidateRole", "eg:speaker", "eg:quoteText",
            "eg:sanctionType"}:
        return "fact records"
    return "node descriptions"


def graph_of(n: int, cache: Path) -> Any:
    """The resolved graph of `n` generated articles (pickled in `cache` for the next run)."""
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    from benchmarks.bench_rdf import corpus_graph

    graph = corpus_graph(n)
    with cache.open("wb") as f:
        pickle.dump(graph, f)
    return graph


def statements(graph: Any) -> dict[str, Any]:
    """The quads the mapping writes, by pattern and by (graph, predicate), per article (a
    default-graph statement written by several batches counts once, as the store keeps it)."""
    from pyoxigraph import DefaultGraph

    from electgraph.stores._rdf_mapping import plan
    from electgraph.vocab import DEFAULT_BASE

    p = plan(graph, DEFAULT_BASE)
    n = len(graph.articles)
    quads = set(p.shared) | {q for a in p.articles for q in a.quads}
    by_pattern: Counter[str] = Counter()
    by_predicate: Counter[str] = Counter()
    named = 0
    nquads = 0
    for q in quads:
        in_article = not isinstance(q.graph_name, DefaultGraph)
        named += in_article
        pred = short(q.predicate.value)
        obj = short(getattr(q.object, "value", "")) if pred == "rdf:type" else ""
        by_pattern[pattern(in_article, pred, obj)] += 1
        by_predicate[("A " if in_article else "D ") + pred + (f" {obj}" if obj else "")] += 1
        nquads += len(str(q).encode("utf-8")) + 3
    # The same triple in the default graph and in an article graph (none is written so).
    default = {(q.subject, q.predicate, q.object) for q in quads
               if isinstance(q.graph_name, DefaultGraph)}
    both = {(q.subject, q.predicate, q.object) for q in quads
            if not isinstance(q.graph_name, DefaultGraph)} & default
    return {
        "statements_per_article": round(len(quads) / n, 1),
        "in_both_graphs_per_article": round(len(both) / n, 2),
        "in_article_graphs_per_article": round(named / n, 1),
        "in_default_graph_per_article": round((len(quads) - named) / n, 1),
        "nquads_kb_per_article": round(nquads / n / 1024, 1),
        "by_pattern": {k: round(v / n, 2) for k, v in by_pattern.most_common()},
        "by_predicate": {k: round(v / n, 2) for k, v in by_predicate.most_common()},
    }


def disk_bytes(folder: Path) -> int:
    """The RocksDB files (the resolution state's SQLite file is not the RDF store)."""
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.name.startswith("resolution-state"))


def _ms(fn: Any, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) * 1000, 1)


def latencies(store: Any, repeats: int) -> dict[str, float]:
    """Medians in ms: a few API questions on a fixed person and body, and each example query
    of this electgraph's `ontology/queries/` (?name bound where the query takes it)."""
    from electgraph import query
    from electgraph.validate import ontology_dir

    roles = sorted(query.holders(store), key=lambda r: (r.subject.id, r.object.id))
    person, body = roles[len(roles) // 2].subject.id, roles[len(roles) // 3].object.id
    name = query.entity(store, person).label
    out = {
        "explore_person_ms": _ms(lambda: query.explore(store, person), repeats),
        "explore_body_ms": _ms(lambda: query.explore(store, body), repeats),
        "timeline_ms": _ms(lambda: query.timeline(store, person), repeats),
    }
    for path in sorted((ontology_dir() / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        params = {"name": name} if "Parameter: ?name" in text else None
        out[f"rq_{path.stem}_ms"] = _ms(lambda t=text, p=params: store.query(t, p), repeats)
    return out


def measure(n: int, cache: Path, repeats: int) -> dict[str, Any]:
    """One tree's figures (run in a child process per tree)."""
    import pyoxigraph as ox

    import electgraph
    from electgraph.pipeline import DEFAULT_BATCH
    from electgraph.stores.oxigraph import OxigraphStore

    graph = graph_of(n, cache)
    out: dict[str, Any] = {"electgraph": str(Path(electgraph.__file__).parents[1])}
    out |= statements(graph)
    with tempfile.TemporaryDirectory(prefix="footprint-store-", dir=cache.parent) as tmp:
        folder = Path(tmp) / "store"
        store = OxigraphStore(folder)
        t0 = time.perf_counter()
        for batch in graph.batches(DEFAULT_BATCH):
            store.write(batch)
        write_s = time.perf_counter() - t0
        out["stored_statements"] = store.count()
        store.close()
        out["write_articles_per_s"] = round(n / write_s, 1)
        out["disk_kb_per_article"] = round(disk_bytes(folder) / n / 1024, 1)
        raw = ox.Store(str(folder))
        raw.optimize()
        del raw
        out["disk_kb_per_article_compacted"] = round(disk_bytes(folder) / n / 1024, 1)
        with OxigraphStore(folder) as store:
            out["read_graph_ms"] = _ms(store.read_graph, 1)
            out |= latencies(store, repeats)
    return out


def _child(src: Path | None, n: int, cache: Path, repeats: int) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep)
    cmd = [sys.executable, __file__, str(n), "--child", "--cache", str(cache),
           "--query-repeats", str(repeats)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = round(statistics.median(r[key] for r in runs), 1)
    return out


def compare(n: int, before: Path, repeats: int, query_repeats: int) -> dict[str, Any]:
    """Before (the electgraph of `before`) and after (this tree), alternated `repeats` times."""
    cache = Path(tempfile.gettempdir()) / f"footprint-graph-{n}.pickle"
    load = [round(x, 2) for x in os.getloadavg()]
    runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    for _ in range(repeats):
        runs["before"].append(_child(before, n, cache, query_repeats))
        runs["after"].append(_child(None, n, cache, query_repeats))
    return {"articles": n, "repeats": repeats, "load_before": load,
            "load_after": [round(x, 2) for x in os.getloadavg()],
            "before": _median(runs["before"]), "after": _median(runs["after"])}


def table(result: dict[str, Any]) -> str:
    b, a = result["before"], result["after"]
    lines = [f"{result['articles']} articles, medians of {result['repeats']} alternated runs; "
             f"load {result['load_before']} -> {result['load_after']}",
             "", "| figure | before | after | after/before |", "|---|---|---|---|"]
    for key, value in b.items():
        if isinstance(value, (int, float)) and key in a:
            ratio = f"{a[key] / value:.2f}" if value else ""
            lines.append(f"| {key} | {value} | {a[key]} | {ratio} |")
    for side, figures in (("before", b), ("after", a)):
        lines += ["", f"statements per article by pattern ({side}):", "",
                  "| pattern | per article |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in figures["by_pattern"].items()]
    return "\n".join(lines)


def run(n_articles: int = 1000) -> dict[str, Any]:
    """`make bench`: this tree's figures (no before)."""
    cache = Path(tempfile.gettempdir()) / f"footprint-graph-{n_articles}.pickle"
    out = _child(None, n_articles, cache, 3)
    return {k: v for k, v in out.items() if k != "by_predicate"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", type=int, nargs="?", default=1000)
    ap.add_argument("--before", type=Path, help="the src folder of the electgraph to compare")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--query-repeats", type=int, default=5)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.articles, args.cache, args.query_repeats)))
        return
    if args.before is None:
        print(json.dumps(run(args.articles), indent=2))
        return
    result = compare(args.articles, args.before, args.repeats, args.query_repeats)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))


if __name__ == "__main__":
    main()
