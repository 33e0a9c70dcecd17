"""Incremental resolution: what resolving one run needs to know about the runs before it.

Resolution is not local to an article: a role-less "Ahmad Fauzi" joins the person of that name
placed in the article's province (rule 2 of `electgraph.resolve`), a node's label is the most
frequent surface form over all articles. So that a
corpus ingested in k runs (or streamed in k batches) gives the same graph as one run, in any
order, the store keeps a small *resolution state* as JSON records under string keys
(`GraphStore.read_state` / `write_state`):

* ``a:<article>`` what the article contributed: its person mentions (name -> own home,
  dateline province, cluster), label and attribute counts per node key;
* ``n:<person key>`` a summary of that name's mentions, of a size that does not grow with
  them: ``{"h": {home: placed mentions}, "f": {dateline: {cluster: role-less mentions}}}``.
  A placed mention (own home) never changes cluster, so only how many each home has matters
  (a replaced article takes its own out, from its ``a:`` record); a role-less one's cluster
  depends only on its dateline and the name's set of homes, so they move by group;
* ``f:<cluster>|<dateline>|<i>`` a shard of the articles of a group of role-less mentions
  (`_persons.shards`: by a hash of the id, about `_persons.SHARD` ids each), read whole only
  when the group moves to another cluster (its articles are then resolved again);
* ``s:<article>`` the placed mentions (name -> home) `stage` counted in the summaries for an
  article not resolved yet, so that resolving it, or staging it again, takes them out once;
* ``k:<node key>`` label and attribute counts over all stored articles;
* ``t:<title key>`` the articles with that title, and ``l:<title key>`` the articles whose
  `BACA JUGA` line cites it, with the id it points to (the article with that title when only
  one has it, else the title's own id);
* ``x:<article>`` the extraction of an article with a role-less person mention or a cited
  title, kept so the article can be resolved again when a later run places that name
  elsewhere or brings (a second) article with that title.

A run loads the records its articles name, resolves with them, and the articles of earlier
runs whose role-less mentions now go to another person are resolved again and rewritten
(`Resolution.affected`). The records are written after the graph (`Resolution.state`); both
writes are idempotent, and a rerun takes an article as stored only when its ``a:`` record is
there too, so a run killed between the two writes is repaired by running it again.

A state written before the summaries (``n:`` records listing every article) is refused with
`StoreLayoutError`, which says to ingest again into a new store.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from electgraph.graph import ResolutionReport, ResolvedGraph
from electgraph.ids import text_key
from electgraph.model import Extraction, FactKind
from electgraph.resolve import _codec, _persons
from electgraph.resolve._accumulate import Counts
from electgraph.resolve._context import pick_home
from electgraph.resolve._resolver import Resolver

__all__ = [
    "Resolution",
    "StateStore",
    "resolve_stored",
    "resolve_with_state",
    "stage",
    "stored_extractions",
]

log = logging.getLogger(__name__)


class StateStore(Protocol):
    """The part of `GraphStore` incremental resolution uses."""

    def read_state(self, keys: Collection[str]) -> dict[str, str]: ...

    def write_state(self, items: Mapping[str, str | None]) -> None: ...


@dataclass(frozen=True, slots=True)
class Resolution:
    graph: ResolvedGraph
    state: dict[str, str | None]  # records to write once the graph is stored (None: delete)
    affected: tuple[str, ...]  # earlier articles resolved again: the write replaces them


def _load(store: StateStore, prefix: str, ids: Iterable[str]) -> dict[str, Any]:
    keys = [prefix + i for i in ids]
    if not keys:
        return {}
    return {k[len(prefix):]: json.loads(v) for k, v in store.read_state(keys).items()}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _person_names(x: Extraction) -> set[str]:
    from electgraph.resolve._context import all_keys

    return {k for k in all_keys(x) if k.startswith("person:")} | {
        e.key for e in x.entities if e.key.startswith("person:")}


def _cited(x: Extraction) -> set[str]:
    """The title keys the article's `BACA JUGA` lines cite."""
    titles = [r.title.text for r in x.article.related]
    titles += [f.quals.get("title") or f.object or "" for f in x.by_kind(FactKind.RELATES_TO)]
    return {text_key(t) for t in titles if t}


def resolve_with_state(
    extractions: Iterable[Extraction], store: StateStore, *, defer: bool = False,
    kept: Mapping[str, str] | None = None, moved: dict[tuple[str, str, str], int] | None = None,
) -> Resolution:
    """Resolve `extractions` as if every article stored before were resolved with them; the
    graph holds these articles and the earlier ones whose resolution changed (`affected`).

    With `defer`, the earlier articles are only named in `affected`, for the caller to resolve
    again later (`stored_extractions`), all at once: rewriting them replaces stored articles,
    which costs the store a garbage collection, better paid once per run than per batch.
    `kept`: the ``x:`` records the extractions were decoded from, by article id (see
    `resolve_stored`). `moved`: with `defer`, one dict for the batches of a run, in which the
    groups of earlier role-less mentions found to move are kept, so that each batch does not
    read their articles again (the caller has them from the first)."""
    from electgraph.resolve import dedupe

    kept = dict(kept or {})
    batch, dropped = dedupe(extractions)
    original = set(batch)
    missing: set[str] = set()
    old: dict[str, Any] = {}  # article -> its record from an earlier run
    staged: dict[str, Any] = {}  # article -> its placed mentions, counted by `stage`
    summaries: _persons.Summaries = {}
    seen: set[str] = set()
    while True:  # ends: every round adds articles, and there are finitely many stored
        fresh = [i for i in batch if i not in seen]
        seen.update(fresh)
        old.update(_load(store, "a:", fresh))
        staged.update(_load(store, "s:", fresh))
        registered = {a: _persons.Registered.of(old.get(a), staged.get(a)) for a in batch}
        names = set().union(*map(_person_names, batch.values()),
                            *(r.placed.keys() | r.free.keys() for r in registered.values()))
        summaries.update(_persons.load(store.read_state, names - summaries.keys()))
        base = _persons.without(summaries, registered.values())
        own = {text_key(x.article.title) for x in batch.values()}
        cited = set().union(*map(_cited, batch.values()))
        titles = _load(store, "t:", sorted(own | cited))
        links = _load(store, "l:", sorted(own | cited))
        r = Resolver(list(batch.values()),
                     {name: _persons.prior(base[name]) for name in sorted(names & base.keys())},
                     titles)
        r.resolve_persons()
        r.affected.update(_moved(store, summaries, r.moved, moved) - batch.keys())
        for key in own:  # earlier articles citing a title whose article this run changes
            target = r.related_id(key)
            r.affected.update(a for a, was in links.get(key, {}).items()
                              if a not in batch and was != target)
        new = sorted(r.affected - batch.keys() - missing)
        if not new or defer:
            break
        found = store.read_state(["x:" + a for a in new])
        for key, text in found.items():
            batch[key[2:]] = _codec.decode(text)
            kept[key[2:]] = text
        # An article whose extraction was not kept (a state from an older version) keeps its
        # old resolution: say so rather than loop.
        for aid in set(new) - {k[2:] for k in found}:
            log.warning("cannot resolve %s again: its extraction is not in the state", aid)
            missing.add(aid)
    r.resolve_others()
    r.resolve_events()
    facts = r.resolve_facts()
    articles = r.resolve_articles()
    keys = set(r.nodes).union(*(rec["k"] for rec in old.values()))
    node_recs = _load(store, "k:", sorted(keys))
    state: dict[str, str | None] = {}
    for key in sorted(keys):
        labels, attrs = node_recs.get(key, ({}, {}))
        labels = dict(_minus(Counter(labels), old, batch, lambda rec, k=key: _node(rec, k)[0]))
        attrs = {name: dict(_minus(Counter(values), old, batch,
                                   lambda rec, k=key, n=name: _node(rec, k)[1].get(n, {})))
                 for name, values in attrs.items()}
        attrs = {n: v for n, v in attrs.items() if v}
        acc = r.nodes.get(key)
        if acc is not None:
            acc.add_counts(labels, attrs)
            labels, attrs = dict(acc.labels), {n: dict(c) for n, c in acc.attrs.items() if c}
        state["k:" + key] = _dump([labels, attrs]) if labels or attrs else None
    nodes = tuple(acc.build() for _, acc in sorted(r.nodes.items()))
    state.update(_persons.person_records(store.read_state, summaries, registered, r.placements))
    state.update(_link_state(r, links, batch))
    state.update(_article_state(r, batch, kept, staged))
    report = ResolutionReport(tuple(dropped + sorted(r.merges, key=lambda m: (m.rule, m.key))))
    graph = ResolvedGraph(tuple(articles), nodes, tuple(facts), report)
    if defer:
        return Resolution(graph, state, tuple(sorted(r.affected - batch.keys())))
    return Resolution(graph, state, tuple(sorted(set(batch) - original)))


def stage(extractions: Iterable[Extraction], store: StateStore) -> list[str]:
    """The first pass of a run: keep each extraction in the state and count where its persons
    are placed (role-less ones are counted once resolved), so that the second pass resolves
    every batch knowing every placed person of the run; nothing is written twice. The ids, in
    order."""
    from electgraph.resolve import dedupe
    from electgraph.resolve._context import person_homes

    batch, _ = dedupe(extractions)
    placed: dict[str, dict[str, str]] = {}
    for aid, x in batch.items():
        homes = person_homes(x)
        placed[aid] = {key: home for key in sorted(_person_names(x))
                       if (home := pick_home(homes.get(key, set())))}
    ids = sorted(batch)
    old, staged = _load(store, "a:", ids), _load(store, "s:", ids)
    state = _persons.stage_placed(store.read_state, placed, {
        a: _persons.Registered.of(old.get(a), staged.get(a)) for a in ids})
    titled: dict[str, set[str]] = {}
    for aid, x in batch.items():
        titled.setdefault(text_key(x.article.title), set()).add(aid)
    for key, ids in _load(store, "t:", sorted(titled)).items():
        titled[key].update(ids)
    state.update({"t:" + key: _dump(sorted(ids)) for key, ids in titled.items()})
    for aid, x in batch.items():
        state["x:" + aid] = _codec.encode(x)
    store.write_state(state)
    return list(batch)


def stored_extractions(store: StateStore, article_ids: Collection[str]) -> list[Extraction]:
    """The extractions the state keeps of these articles (those with role-less persons)."""
    found = store.read_state(["x:" + a for a in article_ids])
    return [_codec.decode(text) for _, text in sorted(found.items())]


def resolve_stored(
    store: StateStore, article_ids: Collection[str], *, defer: bool = False,
    moved: dict[tuple[str, str, str], int] | None = None,
) -> Resolution:
    """`resolve_with_state` of the extractions the state keeps of these articles (staged by
    `stage`, or kept for a later run), knowing the records they come from."""
    found = store.read_state(["x:" + a for a in article_ids])
    extractions = [_codec.decode(text) for _, text in sorted(found.items())]
    return resolve_with_state(extractions, store, defer=defer, moved=moved if defer else None,
                              kept={key[2:]: text for key, text in found.items()})


def _node(record: Mapping[str, Any], key: str) -> Counts:
    found = record["k"].get(key)
    return (found[0], found[1]) if found else ({}, {})


def _minus(
    total: Counter[str], old: Mapping[str, Any], batch: Collection[str], part: Any
) -> Counter[str]:
    """`total` without what the batch's articles contributed in an earlier run."""
    for aid, rec in old.items():  # few: the batch's articles stored before
        if aid in batch:
            total.subtract(part(rec))
    return +total


def _link_state(
    r: Resolver, links: Mapping[str, dict[str, str]], batch: Mapping[str, Extraction]
) -> dict[str, str | None]:
    out: dict[str, dict[str, str]] = {}
    for aid, x in batch.items():
        for key in _cited(x):
            out.setdefault(key, dict(links.get(key, {})))[aid] = r.related_id(key)
    return {"l:" + key: _dump(v) for key, v in out.items()}


def _moved(
    store: StateStore, summaries: _persons.Summaries, groups: Collection[tuple[str, str, str]],
    known: dict[tuple[str, str, str], int] | None,
) -> set[str]:
    """The articles of these groups of role-less mentions; with `known` (deferred batches of
    one run), those of groups already named with as many articles are not read again: the
    caller has them (during a run, only the run's own articles join or leave such a group)."""
    if known is None:
        return _persons.group_articles(store.read_state, summaries, groups)
    todo = set()
    for group in groups:
        count = _persons.count(summaries, *group)
        if known.get(group) != count:
            known[group] = count
            todo.add(group)
    return _persons.group_articles(store.read_state, summaries, todo) if todo else set()


def _article_state(
    r: Resolver, batch: Mapping[str, Extraction], kept: Mapping[str, str],
    staged: Collection[str],
) -> dict[str, str | None]:
    names: dict[str, dict[str, list[str]]] = {a: {} for a in batch}
    free: set[str] = set()
    for m in r.placements:
        names[m.article][m.key] = use = list(_persons.use(m))
        if not use[0]:
            free.add(m.article)
    nodes: dict[str, dict[str, Counts]] = {a: {} for a in batch}
    for key, acc in r.nodes.items():
        for aid, counts in acc.counts.items():
            if aid in nodes and (counts[0] or counts[1]):
                nodes[aid][key] = counts
    out: dict[str, str | None] = {}
    for aid, x in batch.items():
        out["a:" + aid] = _dump({"n": names[aid], "k": nodes[aid]})
        if aid in staged:
            out["s:" + aid] = None  # counted now by the summaries as resolved
        if not (aid in free or _cited(x)):
            out["x:" + aid] = None
        elif aid not in kept:
            out["x:" + aid] = _codec.encode(x)
        # else: the record it was decoded from stays as it is; encoding it again and writing
        # the same text back was a tenth of resolving a batch.
    return out

