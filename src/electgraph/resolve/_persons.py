"""The person records of the resolution state (see `_state.py` for the whole of it).

A batch reads and writes, per name it mentions, a summary whose size depends on how many
provinces the name is seen in, not on how many articles mention it. The articles of a group
of role-less mentions are kept in shards, an article's shard a hash of its id modulo a number
of shards that doubles as the group grows (`shards`: at most `SHARD` ids each on average): a
batch reads and writes only the shards its own articles join or leave (the whole group, once,
when the number of shards changes: amortised, a constant per article), and all of a group's
shards are read only when the group moves to another cluster. The layout is a function of the
group's articles alone, not of the order they came in, so a corpus ingested in several runs
leaves the state of one run.
"""

from __future__ import annotations

import copy
import json
import zlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from electgraph.errors import StoreLayoutError
from electgraph.resolve._context import pick_home
from electgraph.resolve._resolver import PersonMention, PriorName

__all__ = [
    "SHARD", "Registered", "Summaries", "count", "group_articles", "person_records", "shards",
    "stage_placed",
]

SHARD = 32  # article ids per shard of a role-less group, at most on average
# A summary: {"h": {home: placed mentions}, "f": {dateline: {cluster: role-less mentions}}}
Summary = dict[str, Any]
Summaries = dict[str, Summary]


@dataclass(frozen=True, slots=True)
class Registered:
    """What one article counts for in the person summaries: its placed mentions (name ->
    home) and its role-less ones (name -> dateline, cluster)."""

    placed: Mapping[str, str] = field(default_factory=dict)
    free: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, article: Mapping[str, Any] | None, staged: Mapping[str, str] | None
           ) -> Registered:
        """From the article's ``a:`` record and its ``s:`` one: once staged, the placed part
        is the staged one (staging took the stored one out of the counts); the role-less part
        is counted only when resolved, so it is always the stored one."""
        uses: Mapping[str, list[Any]] = article["n"] if article else {}
        placed = dict(staged) if staged is not None else {n: u[0] for n, u in uses.items() if u[0]}
        return cls(placed, {n: (u[1], u[2]) for n, u in uses.items() if not u[0]})


def old_state() -> StoreLayoutError:
    return StoreLayoutError(
        "the resolution state of this store was written by an older electgraph (one record "
        "per person name listing every article that mentions it); this version keeps counts "
        "per name and cannot read it. Ingest the articles again into a new store "
        "(`electgraph ingest SOURCES --store NEW_DIR`), or delete this one and ingest into it "
        "again")


def _summary(text: str) -> Summary:
    value = json.loads(text)
    if not (isinstance(value, dict) and set(value) == {"h", "f"}
            and isinstance(value["h"], dict) and isinstance(value["f"], dict)):
        raise old_state()
    return value


def load(read: Any, names: Iterable[str]) -> Summaries:
    """The summaries of these names (`read`: the store's `read_state`)."""
    keys = ["n:" + n for n in sorted(set(names))]
    return {k[2:]: _summary(v) for k, v in read(keys).items()} if keys else {}


def shards(mentions: int) -> int:
    """How many shards a group of that many role-less mentions is kept in."""
    n = 1
    while mentions > SHARD * n:
        n *= 2
    return n


def _shard_key(cluster: str, dateline: str, i: int) -> str:
    return f"f:{cluster}|{dateline}|{i}"


def _shard_of(article: str, n: int) -> int:
    return zlib.crc32(article.encode()) % n


def _empty() -> Summary:
    return {"h": {}, "f": {}}


def without(summaries: Summaries, registered: Iterable[Registered]) -> Summaries:
    """The summaries without what these articles count for (a copy)."""
    out = copy.deepcopy(summaries)
    for reg in registered:
        for name, home in reg.placed.items():
            homes = out.setdefault(name, _empty())["h"]
            homes[home] = homes.get(home, 0) - 1
        for name, (dateline, cluster) in reg.free.items():
            groups = out.setdefault(name, _empty())["f"].setdefault(dateline, {})
            groups[cluster] = groups.get(cluster, 0) - 1
    return out


def prior(summary: Summary) -> PriorName:
    return PriorName(
        {h: n for h, n in summary["h"].items() if n > 0},
        {(d, c): n for d, groups in summary["f"].items() for c, n in groups.items() if n > 0})


def count(summaries: Summaries, name: str, dateline: str, cluster: str) -> int:
    n: int = summaries.get(name, _empty())["f"].get(dateline, {}).get(cluster, 0)
    return n


def group_articles(
    read: Any, summaries: Summaries, groups: Collection[tuple[str, str, str]]
) -> set[str]:
    """The articles of these role-less groups (name, dateline, cluster), from their shards."""
    keys = []
    for name, dateline, cluster in sorted(groups):
        held = count(summaries, name, dateline, cluster)
        if held > 0:
            keys += [_shard_key(cluster, dateline, i) for i in range(shards(held))]
    found = read(keys) if keys else {}
    return {a for text in found.values() for a in json.loads(text)}


def _clean(summary: Summary) -> Summary | None:
    homes = {h: n for h, n in sorted(summary["h"].items()) if n > 0}
    free = {d: kept for d, groups in sorted(summary["f"].items())
            if (kept := {c: n for c, n in sorted(groups.items()) if n > 0})}
    return {"h": homes, "f": free} if homes or free else None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def person_records(
    read: Any, summaries: Summaries, registered: Mapping[str, Registered],
    placements: Iterable[PersonMention],
) -> dict[str, str | None]:
    """The person records once these articles (`registered`: what they counted for) count
    for `placements` instead."""
    out = without(summaries, registered.values())
    moves: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}  # group -> (out, in)
    for aid, reg in registered.items():
        for name, (dateline, cluster) in reg.free.items():
            moves.setdefault((name, dateline, cluster), (set(), set()))[0].add(aid)
    for m in placements:
        home, dateline, cluster = use(m)
        if home:
            homes = out.setdefault(m.key, _empty())["h"]
            homes[home] = homes.get(home, 0) + 1
        else:
            moves.setdefault((m.key, dateline, cluster), (set(), set()))[1].add(m.article)
            groups = out.setdefault(m.key, _empty())["f"].setdefault(dateline, {})
            groups[cluster] = groups.get(cluster, 0) + 1
    # Which shards to read: those the batch's articles leave or join, or all of a group whose
    # number of shards changes (it is then laid out again).
    wanted: set[str] = set()
    plans = []
    for (name, d, c), (gone, came) in sorted(moves.items()):
        was = shards(count(summaries, name, d, c))
        now = shards(max(count(out, name, d, c), 0))
        plans.append((c, d, gone, came, was, now))
        if was != now:
            wanted.update(_shard_key(c, d, i) for i in range(was))
        else:
            wanted.update(_shard_key(c, d, _shard_of(a, was)) for a in gone | came)
    found = {k: set(json.loads(v)) for k, v in read(sorted(wanted)).items()} if wanted else {}
    state: dict[str, str | None] = {}
    for c, d, gone, came, was, now in plans:
        if was != now:
            held = set().union(*(found.get(_shard_key(c, d, i), set()) for i in range(was)))
            held = (held - gone) | came
            parts: dict[str, set[str]] = {_shard_key(c, d, i): set() for i in range(max(was, now))}
            for a in held:
                parts[_shard_key(c, d, _shard_of(a, now))].add(a)
        else:
            parts = {k: found.setdefault(k, set()) for k in
                     {_shard_key(c, d, _shard_of(a, was)) for a in gone | came}}
            for a in gone:
                parts[_shard_key(c, d, _shard_of(a, was))].discard(a)
            for a in came:
                parts[_shard_key(c, d, _shard_of(a, was))].add(a)
        state.update({k: _dump(sorted(v)) if v else None for k, v in parts.items()})
    for name, summary in sorted(out.items()):
        cleaned = _clean(summary)
        state["n:" + name] = _dump(cleaned) if cleaned else None
    return state


def stage_placed(
    read: Any, placed: Mapping[str, Mapping[str, str]], registered: Mapping[str, Registered]
) -> dict[str, str | None]:
    """The summaries once these articles' placed mentions (article -> name -> home) replace
    those they counted for, and the ``s:`` record of each: what it now counts for."""
    names = {n for p in placed.values() for n in p}
    names |= {n for r in registered.values() for n in r.placed}
    summaries = without(load(read, names),
                        [Registered(r.placed) for r in registered.values()])
    for homes in placed.values():
        for name, home in homes.items():
            counts = summaries.setdefault(name, _empty())["h"]
            counts[home] = counts.get(home, 0) + 1
    state: dict[str, str | None] = {}
    for name, summary in sorted(summaries.items()):
        cleaned = _clean(summary)
        state["n:" + name] = _dump(cleaned) if cleaned else None
    state.update({"s:" + aid: _dump(dict(homes)) for aid, homes in placed.items()})
    return state


def use(m: PersonMention) -> tuple[str, str, str]:
    """The mention as the ``a:`` record keeps it: own home, dateline province, cluster."""
    return pick_home(m.homes) or "", m.dateline or "", m.cluster or m.key
