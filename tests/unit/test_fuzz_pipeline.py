"""Fuzzing the whole chain (issue 15): mutated articles, written as .txt, .json and .jsonl
files, go through the real `ingest` (read -> extract -> resolve -> store) into an embedded
store and are read back. For every batch:

* nothing raises, and every failure is one line: a bad file is a read failure, an injected
  extractor fault fails its article alone, an injected store fault its batch alone;
* every evidence, focus, mention and `BACA JUGA` span slices the article text;
* no article is lost, merged or stored twice: the store holds exactly the articles that were
  read and not failed, each once; two texts never share an id unless a collision is reported;
* what is read back equals what was written (`normalised`, see `graph_fixtures`);
* replacing every article (its text corrected, same URL) leaves the store exactly as a clean
  load of the new texts would: nothing left over by garbage collection.

One example is a batch of several mutated articles (a store round trip per article would cost
more than extraction itself). `make test` runs a short, fixed run; `make fuzz`
(`scripts/fuzz.py`) runs 100,000+ articles in parallel workers with `FUZZ_EXAMPLES` and
`FUZZ_STATS` (where each worker writes its counts).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from electgraph.errors import StoreError
from electgraph.extract import extract
from electgraph.graph import (
    RelatedTitle,
    ResolvedArticle,
    ResolvedFact,
    ResolvedGraph,
    ResolvedNode,
)
from electgraph.ids import normal_url, text_key
from electgraph.ingest import read, read_file
from electgraph.model import Article, Extraction, FactKind
from electgraph.pipeline import ingest
from electgraph.resolve import resolve
from electgraph.stores.oxigraph import OxigraphStore
from fuzz_quads import label_history_only, quads
from graph_fixtures import ARTICLES, normalised

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
# Shrinking a batch of mutated articles took over five minutes; the failing batch is printed
# whole instead. `make test` runs the same examples each time (derandomized); `make fuzz`
# (FUZZ_STATS set) new ones in each worker.
FUZZ = dict(deadline=None, derandomize="FUZZ_STATS" not in os.environ,
            phases=(Phase.explicit, Phase.reuse, Phase.generate),
            suppress_health_check=list(HealthCheck))
STATS: Counter[str] = Counter()

# A person mention's text was once its normalised label, which did not slice a name written
# with a tab or two spaces (issue 15; fixed in extract/doc.py). The switch lets the fuzz count
# such mentions instead of failing, should a regression need investigating.
KNOWN_MENTION_DEFECT = False
# An article graph's alias statements depended on the node's label when its batch was written
# (`fuzz_quads`; found by `make fuzz`, fixed in the sixth session: test_fuzz_findings.py). The
# switch lets the fuzz count such differences instead of failing, should they come back.
KNOWN_ALIAS_DEFECT = False

_SEEDS = [(a.title, [p for p in a.body.split("\n") if p.strip()])
          for a in read([ARTICLES]).articles]
# What makes the extractor work: offices, bodies, lists, quotes, links, odd characters.
_FRAGMENTS = [
    "Ketua KPU Kabupaten Banyuasin, Legar Saputra, mengatakan ",
    "Ketua Bawaslu Kota Makassar Ahmad Fauzi",
    "Sekretaris KPU Sumsel, Agus Fauzie.",
    "Plt. Bupati Garut ", "mantan Ketua DPRD ", "Kapolres Lahat AKBP Budi Santoso, S.I.K.",
    "pasangan calon nomor urut 2 ", "diusung PKS, Gerindra dan Demokrat",
    "DKPP menjatuhkan sanksi peringatan keras kepada ",
    "menghadiri Rapat Koordinasi Pengawasan", "Andi, Budi, Citra, Dedi, Eko dan Fajar",
    "“Kami siap,” kata Legar.", '"', "“", "”", ", ", " dan ", ": ", "(", ")",
    "BACA JUGA: KPU Banyuasin Terima Surat Suara\n", "\nBACA JUGA:\n", "Baca juga : ",
    "Makassar (ANTARA) - ", "BANYUASIN, KORANPALPOS.COM - ", "-Foto : Dokumen Palpos-",
    "Kamis (31/3/2022)", "27 November 2024", "\n", "\n\n", "\r\n", "\t", "\xa0", "\u2028",
    "\u200b", "\ufeff", "e\u0301", "🗳️", "مجلس", "Выборы", "\x1b[31m", "\ud800", "\x00",
]
_SPACES = ["\xa0", "  ", "\t", "\u2009", "\n", "\u3000", ""]
_PAYLOAD = st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=15))
_OPS = ["insert", "delete", "duplicate", "case", "space", "splice", "truncate", "char"]
_MUTATION = st.tuples(st.sampled_from(_OPS), st.integers(0, 1 << 20), st.integers(0, 400),
                      _PAYLOAD)


def mutate(text: str, mutation: tuple[str, int, int, str]) -> str:
    op, at, size, payload = mutation
    i = at % (len(text) + 1)
    j = min(len(text), i + size)
    if op == "insert":
        return text[:i] + payload + text[i:]
    if op == "delete":
        return text[:i] + text[j:]
    if op == "duplicate":
        return text[:j] + text[i:j] + text[j:]
    if op == "case":
        part = text[i:j]
        return text[:i] + (part.upper() if size % 2 else part.lower()) + text[j:]
    if op == "space":
        return text[:i] + text[i:j].replace(" ", _SPACES[size % len(_SPACES)]) + text[j:]
    if op == "splice":
        _, paras = _SEEDS[size % len(_SEEDS)]
        return text[:i] + "\n" + paras[at % len(paras)] + "\n" + text[i:] if paras else text
    if op == "truncate":
        return text[: max(i, 1)]
    return text[:i] + (payload[:1] or "\ufffd") + text[i + 1 :]


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """(suffix, text, url): an excerpt of a sample article (its title and 1-3 paragraphs, the
    length of a short news item) with up to 5 mutations."""
    title, paras = draw(st.sampled_from(_SEEDS))
    start = draw(st.integers(0, max(0, len(paras) - 1)))
    text = title + "\n" + "\n".join(paras[start : start + draw(st.integers(1, 3))])
    for m in draw(st.lists(_MUTATION, max_size=5)):
        text = mutate(text, m)
    # URLs from a small pool, so that one URL with two texts (a collision) happens.
    url = draw(st.one_of(st.none(), st.sampled_from(
        ["https://berita.example/a", "HTTPS://Berita.Example/a/", "https://berita.example/b"])))
    return draw(st.sampled_from([".txt", ".json", ".jsonl"])), text, url


def write_file(path: Path, suffix: str, text: str, url: str | None) -> Path:
    path = path.with_suffix(suffix)
    if suffix == ".txt":
        # surrogatepass: a lone surrogate becomes bytes that are not UTF-8 (the reader's
        # fallback); url is lost, as in a real .txt file.
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        return path
    title, _, body = text.partition("\n")
    record: dict[str, Any] = {"title": title, "text": body}
    if url:
        record["url"] = url
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


class FaultyStore(OxigraphStore):
    """The embedded store whose `write` fails on the calls numbered in `failing` (a full disk,
    a lost lock), as the real one reports it: a StoreError, nothing of that batch written.
    `landed`: each node as the last batch that landed wrote it, and `spelled`: each fact's
    identity as the landed batches spelled it, the smallest of each (what the store keeps)."""

    def __init__(self, failing: frozenset[int]) -> None:
        super().__init__(None)
        self.failing, self.calls = failing, 0
        self.landed: dict[str, ResolvedNode] = {}
        self.spelled: dict[str, dict[str, str]] = {}

    def write(self, graph: ResolvedGraph) -> Any:
        self.calls += 1
        if self.calls in self.failing:
            raise StoreError(f"injected fault: write number {self.calls} failed")
        report = super().write(graph)
        self.landed.update((n.id, n) for n in graph.nodes)
        for f in graph.facts:
            mine = self.spelled.setdefault(f.id, {})
            for name, value in f.qualifiers:
                mine[name] = min(mine.get(name, value), value)
        return report


def check_spans(x: Extraction) -> None:
    text = x.article.text
    for f in x.facts:
        ev = f.evidence
        assert text[ev.start : ev.end] == ev.text, (f.kind, ev)
        a, b = ev.focus
        assert ev.start <= a <= b <= ev.end, ev
        STATS["evidence spans"] += 1
    for e in x.entities:
        for m in e.mentions:
            STATS["mention spans"] += 1
            if text[m.start : m.end] != m.text and KNOWN_MENTION_DEFECT:
                # Counted, not failed: see test_fuzz_findings.py.
                assert " ".join(text[m.start : m.end].split()) == m.text, (e.key, m)
                STATS["person mentions whitespace-normalised (known defect)"] += 1
                continue
            assert text[m.start : m.end] == m.text, (e.key, m)
    for r in x.article.related:
        assert text[r.title.start : r.title.end] == r.title.text


def check_identity(folder: Path, failures: list[str]) -> list[Article]:
    """No two texts merged into one id unless reported: the articles of every file, before
    the batch's dedupe, grouped by id."""
    found: list[Article] = []
    for path in sorted(folder.iterdir()):
        try:
            found.extend(read_file(path)[0])
        except Exception:  # an InputError, which `ingest` reports as a read failure
            continue
    texts: dict[str, set[tuple[str, str]]] = {}
    for a in found:
        texts.setdefault(a.id, set()).add((text_key(a.title), text_key(a.body)))
        if a.url is None:  # without a URL, the id is the title and the text
            assert {normal_url(b.url) for b in found if b.id == a.id} == {None}, (
                f"merged articles: {a.id} is the id of a text with a URL too")
    for article_id, keys in texts.items():
        if len(keys) > 1:
            STATS["collisions reported"] += 1
            assert any(article_id in f and "different text" in f for f in failures), (
                f"merged articles: {len(keys)} texts share {article_id}, no collision reported")
    return found


def as_stored(g: ResolvedGraph, stored: set[str]) -> ResolvedGraph:
    """`g` as the store gives back the articles `stored` of it, with what `_rdf_read` says RDF
    does not keep: a cited article is `ingested` if it is stored; a node's aliases are those
    its stored articles gave (a failed batch's articles gave none); the per-sighting
    qualifiers of one fact in one article are kept once, the smallest value of each (so is a
    cited title)."""
    g = g.subgraph(stored)

    def fact(f: ResolvedFact) -> ResolvedFact:
        values: dict[str, dict[str, list[str]]] = {}
        for s in f.sightings:
            for name, value in s.qualifiers:
                values.setdefault(s.article_id, {}).setdefault(name, []).append(value)
        return replace(f, sightings=tuple(
            replace(s, qualifiers=tuple(sorted((k, min(v)) for k, v in
                                               values.get(s.article_id, {}).items())))
            for s in f.sightings))

    cited: dict[tuple[str, str | None], list[str]] = {}
    for f in g.facts:
        if f.kind is FactKind.RELATES_TO:
            for s in f.sightings:
                cited.setdefault((s.article_id, f.object), []).extend(
                    v for k, v in s.qualifiers if k == "title")

    def link(a: ResolvedArticle, r: RelatedTitle) -> RelatedTitle:
        return replace(r, ingested=r.article_id in stored,
                       title=min(cited.get((a.id, r.article_id)) or [r.title]))

    return replace(g, articles=tuple(
        replace(a, related=tuple(link(a, r) for r in a.related)) for a in g.articles),
        nodes=tuple(
        replace(n, aliases=tuple(sorted({x for s in n.seen for x in s.aliases})))
        for n in g.nodes), facts=tuple(map(fact, g.facts)))


def difference(got: ResolvedGraph, want: ResolvedGraph) -> str:
    """What differs, item by item, for a failure message that fits on a screen."""
    got, want = normalised(got), normalised(want)
    lines = []
    for part in ("articles", "nodes", "facts"):
        mine, theirs = set(getattr(got, part)), set(getattr(want, part))
        lines += [f"{part} read back only: {x}" for x in mine - theirs]
        lines += [f"{part} written only:   {x}" for x in theirs - mine]
    return "\n".join(lines)


def stem(source: str) -> str:
    """"000" of ".../000.txt", ".../000.json" and ".../000.jsonl:1"."""
    return Path(source).stem


def run_batch(folder: Path, store: OxigraphStore, batch_size: int,
              faults: frozenset[str] = frozenset()) -> tuple[list[str], list[Extraction]]:
    """`ingest` the folder, the extractor failing on the files named in `faults`: the failure
    lines, and the extractions that were stored (or offered to the store)."""
    done: list[Extraction] = []

    def extractor(article: Article) -> Extraction:
        if stem(article.source_path or "") in faults:
            raise RuntimeError("injected fault in the extractor")
        x = extract(article)
        done.append(x)
        return x

    report = ingest([folder], store, batch_size=batch_size, extractor=extractor)
    lines = [str(f) for f in report.failures]
    assert all("\n" not in line and "Traceback" not in line for line in lines)
    articles = read([folder]).articles
    assert report.articles == len(articles)
    # The only extraction failures are the injected ones: the extractor never raised itself.
    failed = sorted(f.source for f in report.failures if f.stage == "extract")
    assert failed == sorted(a.source_path or "" for a in articles
                            if stem(a.source_path or "") in faults)
    assert len(done) + len(failed) == len(articles)
    return lines, done


def save_stats() -> None:
    """The counts so far, where `make fuzz` reads them (also every 10 examples: a worker that
    is stopped still leaves what it did)."""
    if path := os.environ.get("FUZZ_STATS"):
        Path(path).write_text(json.dumps(dict(STATS), indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def _stats() -> Iterator[None]:
    yield
    save_stats()


# Examples `make fuzz` once failed on, run first every time (tests/data/fuzz).
REGRESSIONS = [json.loads(p.read_text(encoding="utf-8"))
               for p in sorted((Path(__file__).parents[1] / "data" / "fuzz").glob("*.json"))]


def _pinned(test: Any) -> Any:
    for case in REGRESSIONS:
        test = example(files=[tuple(f) for f in case["files"]], batch_size=case["batch_size"],
                       extract_faults=set(case["extract_faults"]),
                       write_faults=set(case["write_faults"]))(test)
    return test


@_pinned
@settings(max_examples=EXAMPLES, **FUZZ)
@given(files=st.lists(article_files(), min_size=2, max_size=16),
       batch_size=st.integers(1, 5),
       extract_faults=st.sets(st.integers(0, 15), max_size=2),
       write_faults=st.sets(st.integers(1, 4), max_size=1))
def test_mutated_articles_survive_the_whole_chain(
    files: list[tuple[str, str, str | None]], batch_size: int, extract_faults: set[int],
    write_faults: set[int],
) -> None:
    STATS["examples"] += 1
    if STATS["examples"] % 10 == 0:
        save_stats()
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as tmp:
        folder = Path(tmp)
        for i, (suffix, text, url) in enumerate(files):
            write_file(folder / f"{i:03d}", suffix, text, url)
        faults = frozenset(f"{i:03d}" for i in extract_faults if i < len(files))
        with FaultyStore(frozenset(write_faults)) as store:
            failures, done = run_batch(folder, store, batch_size, faults)
            check_identity(folder, failures)
            for x in done:
                check_spans(x)
            graph = resolve(done)
            batches = list(graph.batches(batch_size))
            lost = {a.id for n in write_faults if n <= len(batches)
                    for a in batches[n - 1].articles}
            landed = {a.id for a in graph.articles} - lost
            back = store.read_graph()
            stored = [a.id for a in back.articles]
            # The first words of each message are the figure `scripts/fuzz.py` counts it in.
            assert landed <= set(stored), f"lost articles: {sorted(landed - set(stored))}"
            extra = sorted(set(stored) - landed)
            assert not extra, f"merged articles: stored, not expected: {extra}"
            assert len(stored) == len(set(stored)), f"articles stored twice: {stored}"
            assert store.stats().articles == len(landed)
            if lost:
                # Streaming resolves the whole run before it writes a batch, so the batches
                # that land were resolved with the lost one's articles in view: the model is a
                # clean ingest of the same files, less the lost articles.
                with OxigraphStore(None) as clean:
                    run_batch(folder, clean, batch_size, faults)
                    graph = clean.read_graph()
            expected = as_stored(graph, landed)
            if lost:
                expected = _without_lost_words(expected, graph, store, lost)
            assert normalised(back) == normalised(expected), (
                "read-back difference:\n" + difference(back, expected))
        STATS["articles"] += len(done) + sum(" extract failed: " in f for f in failures)
        STATS["articles stored and read back"] += len(landed)
        STATS["files"] += len(files)
        STATS["read failures"] += sum(": read failed: " in f for f in failures)
        STATS["extractor faults injected"] += len(faults)
        STATS["store faults injected"] += len([n for n in write_faults if n <= len(batches)])


def _without_lost_words(expected: ResolvedGraph, clean: ResolvedGraph, store: FaultyStore,
                        lost: set[str]) -> ResolvedGraph:
    """A node the refused batch also wrote in the clean load keeps what the last batch that
    landed said of it, its label and attributes: the refused batch may have been the one to
    change them (a label or an attribute value its articles alone gave, or tipped). A fact it
    also stated keeps the landed batches' spelling of its identity (a quote's text in the
    case or spacing of a landed article)."""
    touched = {n.id for n in clean.nodes if any(s.article_id in lost for s in n.seen)}
    nodes = []
    for n in expected.nodes:
        if n.id in touched and (last := store.landed.get(n.id)) is not None:
            n = replace(n, attributes=last.attributes, label=last.label)
        nodes.append(n)
    stated = {f.id for f in clean.facts if any(s.article_id in lost for s in f.sightings)}
    # A spelling the refused batch gave a qualifier ("KETUA") is the run's spelling of that
    # value for every fact, so facts it did not state change spelling with it.
    spelt = {(k, _folded(v)) for f in clean.facts if f.id in stated for k, v in f.qualifiers}
    facts = [replace(f, qualifiers=tuple(sorted(store.spelled[f.id].items())))
             if f.id in store.spelled and (f.id in stated or any(
                 (k, _folded(v)) in spelt for k, v in f.qualifiers)) else f
             for f in expected.facts]
    return replace(expected, nodes=tuple(nodes), facts=tuple(facts))


def _folded(value: str) -> str:
    return " ".join(value.casefold().split())


@settings(max_examples=max(3, EXAMPLES // 5), **FUZZ)
@given(files=st.lists(article_files(), min_size=1, max_size=8), batch_size=st.integers(1, 5))
def test_replacing_every_article_leaves_what_a_clean_load_leaves(
    files: list[tuple[str, str, str | None]], batch_size: int
) -> None:
    STATS["replace examples"] += 1
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as tmp:
        old, new = Path(tmp, "old"), Path(tmp, "new")
        old.mkdir()
        new.mkdir()
        for i, (_, text, _) in enumerate(files):
            url = f"https://berita.example/{i}"  # one URL each: the id survives the correction
            write_file(old / f"{i:03d}", ".json", text, url)
            write_file(new / f"{i:03d}", ".json", f"{text}\nDiperbarui pukul {i}.", url)
        with OxigraphStore(None) as store, OxigraphStore(None) as clean:
            _, first = run_batch(old, store, batch_size)
            _, second = run_batch(new, store, batch_size)
            run_batch(new, clean, batch_size)
            # Every article is replaced (a text with no body before may be readable now).
            assert {x.article.id for x in first} <= {x.article.id for x in second}
            assert normalised(store.read_graph()) == normalised(clean.read_graph()), (
                "read-back difference: the replaced store and a clean load")
            mine, theirs = quads(store), quads(clean)
            if mine != theirs and KNOWN_ALIAS_DEFECT and label_history_only(mine, theirs):
                STATS["alias statements that depend on the label history (known defect)"] += 1
            else:
                assert mine == theirs, (f"read-back difference: {len(mine - theirs)} "
                                        f"statements only after the replacement, "
                                        f"{len(theirs - mine)} only in a clean load")
        STATS["articles"] += len(first) + len(second)
        STATS["articles replaced"] += len(second)
