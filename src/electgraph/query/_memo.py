"""What the exploration queries of a store that does not change have answered, kept.

A store that nothing writes to while it is read (the server's read-only store object sees the
data as it was when opened) is marked with `freeze`; its `Backend` then keeps query results
(least recently used first out) and the table of every name, so that the same question is asked
of it once: a page asks for the same entities' descriptions many times, and every search would
scan the names of every entity. Stores that are not frozen are always asked.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Hashable
from itertools import accumulate
from typing import Any

from electgraph.stores.base import GraphStore

__all__ = ["MEMO_ENTRIES", "Memo", "Name", "NameTable", "freeze", "frozen"]

Name = tuple[str, str, str, bool]  # id, kind, name, whether it is the label


# Query results kept per frozen store, least recently used first out (a page asks about ten
# queries; the answers themselves are kept by the server, bounded by their size).
MEMO_ENTRIES = 2_000


class Memo:
    def __init__(self) -> None:
        self.kept: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self.lock:
            found = self.kept.get(key)
            if found is not None:
                self.kept.move_to_end(key)
            return found

    def put(self, key: Hashable, rows: Any) -> None:
        with self.lock:
            self.kept[key] = rows
            if len(self.kept) > MEMO_ENTRIES:
                self.kept.popitem(last=False)


_FROZEN: weakref.WeakKeyDictionary[GraphStore, Memo] = weakref.WeakKeyDictionary()


def freeze(store: GraphStore) -> None:
    """Promise that `store` will not change while it is read (a read-only store object sees
    the data as it was when opened): its query results are then kept and reused."""
    _FROZEN.setdefault(store, Memo())


class NameTable:
    """Every name of a store, searchable by the query's filter (the lower-cased name contains
    a word) in C speed: one text of all names, a line each, searched with `str.find`."""

    def __init__(self, rows: list[Name]) -> None:
        self.rows = rows
        # Words have no white space, so a line break between names never joins two of them.
        lines = [r[2].lower().replace("\n", " ") for r in rows]
        self.text = "\n".join(lines)
        self.starts = list(accumulate((len(x) + 1 for x in lines[:-1]), initial=0))

    def having(self, words: list[str]) -> list[Name]:
        found: set[int] = set()
        for w in words:
            at = self.text.find(w)
            while at != -1:
                line = bisect_right(self.starts, at) - 1
                found.add(line)
                nxt = line + 1
                at = self.text.find(w, self.starts[nxt]) if nxt < len(self.starts) else -1
        return [self.rows[i] for i in sorted(found)]


def frozen(store: GraphStore) -> Memo | None:
    """The memo of a frozen store, None for any other."""
    return _FROZEN.get(store)
