"""The person records of the resolution state (see `_state.py` for the whole of it).

A batch reads and writes, per name it mentions, a summary whose size depends on how many
provinces the name is seen in, not on how many articles mention it; the articles of role-less
mentions are kept in chunks: each batch writes the ids it adds to a group in new chunks (at
most `CHUNK` ids each), and a chunk is read again only when its group moves to another
cluster, or when one of its articles is resolved again and leaves it.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from electgraph.errors import StoreLayoutError
from electgraph.resolve._context import pick_home
from electgraph.resolve._resolver import PersonMention, PriorName

__all__ = ["CHUNK", "Registered", "Summaries", "group_articles", "person_records", "stage_placed"]

CHUNK = 50  # at most this many article ids per chunk of a role-less group
# A summary: {"h": {home: placed mentions}, "f": {dateline: {cluster: [mentions, chunks]}}}
Summary = dict[str, Any]
Summaries = dict[str, Summary]


@dataclass(frozen=True, slots=True)
class Registered:
    """What one article counts for in the person summaries: its placed mentions (name ->
    home) and its role-less ones (name -> dateline, cluster, chunk holding its id)."""

    placed: Mapping[str, str] = field(default_factory=dict)
    free: Mapping[str, tuple[str, str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, article: Mapping[str, Any] | None, staged: Mapping[str, str] | None
           ) -> Registered:
        """From the article's ``a:`` record and its ``s:`` one: once staged, the placed part
        is the staged one (staging took the stored one out of the counts); the role-less part
        is counted only when resolved, so it is always the stored one."""
        uses: Mapping[str, list[Any]] = article["n"] if article else {}
        placed = dict(staged) if staged is not None else {n: u[0] for n, u in uses.items() if u[0]}
        free = {}
        for name, u in uses.items():
            if not u[0]:
                if len(u) < 4:
                    raise old_state()
                free[name] = (u[1], u[2], u[3])
        return cls(placed, free)


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


def _chunk_key(cluster: str, dateline: str, i: int) -> str:
    return f"f:{cluster}|{dateline}|{i}"


def _empty() -> Summary:
    return {"h": {}, "f": {}}


def without(summaries: Summaries, registered: Iterable[Registered]) -> Summaries:
    """The summaries without what these articles count for (a copy)."""
    out = copy.deepcopy(summaries)
    for reg in registered:
        for name, home in reg.placed.items():
            homes = out.setdefault(name, _empty())["h"]
            homes[home] = homes.get(home, 0) - 1
        for name, (dateline, cluster, _) in reg.free.items():
            groups = out.setdefault(name, _empty())["f"].setdefault(dateline, {})
            groups.setdefault(cluster, [0, 0])[0] -= 1
    return out


def prior(summary: Summary) -> PriorName:
    return PriorName(
        {h: n for h, n in summary["h"].items() if n > 0},
        {(d, c): g[0] for d, groups in summary["f"].items() for c, g in groups.items()
         if g[0] > 0})


def group_articles(
    read: Any, summaries: Summaries, groups: Collection[tuple[str, str, str]]
) -> set[str]:
    """The articles of these role-less groups (name, dateline, cluster), from their chunks."""
    keys = []
    for name, dateline, cluster in sorted(groups):
        group = summaries.get(name, _empty())["f"].get(dateline, {}).get(cluster, [0, 0])
        keys += [_chunk_key(cluster, dateline, i) for i in range(group[1])]
    found = read(keys) if keys else {}
    return {a for text in found.values() for a in json.loads(text)}


def _clean(summary: Summary) -> Summary | None:
    homes = {h: n for h, n in sorted(summary["h"].items()) if n > 0}
    free = {d: kept for d, groups in sorted(summary["f"].items())
            if (kept := {c: g for c, g in sorted(groups.items()) if g[0] > 0})}
    return {"h": homes, "f": free} if homes or free else None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def person_records(
    read: Any, summaries: Summaries, registered: Mapping[str, Registered],
    placements: Iterable[PersonMention],
) -> tuple[dict[str, str | None], dict[tuple[str, str], int]]:
    """The person records once these articles (`registered`: what they counted for) count
    for `placements` instead, and the chunk each role-less mention's id went to."""
    out = without(summaries, registered.values())
    removed: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for aid, reg in registered.items():
        for _, (dateline, cluster, i) in reg.free.items():
            removed[(cluster, dateline, i)].add(aid)
    added: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for m in placements:
        home, dateline, cluster = use(m)
        if home:
            homes = out.setdefault(m.key, _empty())["h"]
            homes[home] = homes.get(home, 0) + 1
        else:
            added[(m.key, dateline, cluster)].append(m.article)
    groups = {k: out.setdefault(k[0], _empty())["f"].setdefault(k[1], {}).setdefault(
        k[2], [0, 0]) for k in added}
    # Only chunks that lose an id are read: new ids go to new chunks, so that appending
    # never reads or rewrites what earlier batches wrote.
    wanted = sorted(_chunk_key(c, d, i) for c, d, i in removed)
    chunks = {k: set(json.loads(v)) for k, v in read(wanted).items()} if wanted else {}
    for (c, d, i), ids in removed.items():
        chunks[_chunk_key(c, d, i)] = chunks.get(_chunk_key(c, d, i), set()) - ids
    where: dict[tuple[str, str], int] = {}
    for (name, d, c), new in sorted(added.items()):
        group = groups[(name, d, c)]
        new.sort()
        for start in range(0, len(new), CHUNK):
            i = group[1]
            group[1] += 1
            chunks[_chunk_key(c, d, i)] = set(new[start : start + CHUNK])
            where.update(((aid, name), i) for aid in new[start : start + CHUNK])
        group[0] += len(new)
    state: dict[str, str | None] = {}
    for name, summary in sorted(out.items()):
        cleaned = _clean(summary)
        state["n:" + name] = _dump(cleaned) if cleaned else None
    for key, held in sorted(chunks.items()):
        state[key] = _dump(sorted(held)) if held else None
    return state, where


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
