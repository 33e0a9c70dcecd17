"""What every request of the server shares: the store and the limits.

The embedded store is opened read-only (unless the server may write), so an `electgraph ingest`
can write to the same directory while the server runs. A read-only RocksDB sees the store as it
was when opened; `ServeContext.store()` opens it again when the directory has changed, at most
once every `refresh` seconds, so new articles show up without a restart.

Store calls block (pyoxigraph and the Neo4j driver are synchronous), so they run in worker
threads, at most `workers` at once: more would only share the same cores and the interpreter
lock, making every answer late instead of most answers early. `answers` keeps the API's answers
for the store object being served (`serve.cache`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from electgraph.query._memo import freeze
from electgraph.serve.cache import Answers
from electgraph.stores.base import GraphStore

__all__ = ["ServeContext"]

T = TypeVar("T")


def _stamp(location: str) -> float:
    """The newest modification time of the files of a store directory."""
    try:
        with os.scandir(location) as it:
            return max((e.stat().st_mtime for e in it), default=0.0)
    except OSError:
        return 0.0


@dataclass
class ServeContext:
    """`opener()` opens the store; `location` (a directory) is watched for changes when given."""

    opener: Callable[[], GraphStore]
    location: str | None = None
    timeout: float = 10.0
    row_limit: int = 10_000
    write_token: str | None = None
    refresh: float = 2.0
    cache_bytes: int = 64 << 20
    workers: int = field(default_factory=lambda: max(2, os.cpu_count() or 2))
    answers: Answers = field(init=False, repr=False)
    # Called with each store object when it is opened (in the thread that opened it).
    on_open: Callable[[GraphStore], None] | None = field(default=None, repr=False)
    _limiter: Any = field(default=None, repr=False)
    _store: GraphStore | None = field(default=None, repr=False)
    _stamp: float = field(default=0.0, repr=False)
    _checked: float = field(default=0.0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.answers = Answers(self.cache_bytes)

    async def run(self, fn: Callable[[], T]) -> T:
        """`fn()` in a worker thread, at most `workers` at once (the others wait their turn)."""
        import anyio.to_thread

        if self._limiter is None:  # made here: it belongs to the running event loop
            self._limiter = anyio.CapacityLimiter(self.workers)
        return await anyio.to_thread.run_sync(fn, limiter=self._limiter)

    def fresh(self) -> bool:
        """Whether the store object being served is the one `store()` returns without looking
        at the directory again (it did within the last `refresh` seconds)."""
        return self._store is not None and (
            self.location is None or time.monotonic() - self._checked < self.refresh)

    def store(self) -> GraphStore:
        if self.fresh():
            assert self._store is not None
            return self._store
        with self._lock:
            self._checked = time.monotonic()
            stamp = _stamp(self.location) if self.location else 0.0
            if self._store is None or stamp != self._stamp:
                # The old store is not closed: a request may still be reading it; it is freed
                # when the last reference goes.
                store = self.opener()
                if self.frozen:
                    freeze(store)
                self._store = store
                self._stamp = stamp
                if self.on_open is not None:
                    self.on_open(store)
            return self._store

    def current(self) -> GraphStore | None:
        """The store object being served, without checking for a newer one."""
        return self._store

    def when_opened(self, fn: Callable[[GraphStore], None]) -> None:
        """Call `fn` with the store now (if open) and with each store object opened later."""
        self.on_open = fn
        if self._store is not None:
            fn(self._store)

    @property
    def frozen(self) -> bool:
        """Whether a store object's answers stay right while it is served: an embedded store
        opened read-only (a newer state comes as a new object), not a server others write to."""
        return self.location is not None

    def raw_rdf(self) -> Any:
        """The pyoxigraph store behind an embedded store, or None for other backends."""
        store = self.store()
        return getattr(store, "raw", None) if getattr(store, "supports_sparql", False) else None

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    @staticmethod
    def watched(location: str | None) -> str | None:
        return location if location and Path(location).is_dir() else None
