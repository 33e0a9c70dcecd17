"""What every request of the server shares: the store and the limits.

The embedded store is opened read-only (unless the server may write), so an `electgraph ingest`
can write to the same directory while the server runs. A read-only RocksDB sees the store as it
was when opened; `ServeContext.store()` opens it again when the directory has changed, at most
once every `refresh` seconds, so new articles show up without a restart.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from electgraph.stores.base import GraphStore

__all__ = ["ServeContext"]


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
    _store: GraphStore | None = field(default=None, repr=False)
    _stamp: float = field(default=0.0, repr=False)
    _checked: float = field(default=0.0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def store(self) -> GraphStore:
        now = time.monotonic()
        fresh = self.location is None or now - self._checked < self.refresh
        if self._store is not None and fresh:
            return self._store
        with self._lock:
            self._checked = now
            stamp = _stamp(self.location) if self.location else 0.0
            if self._store is None or stamp != self._stamp:
                # The old store is not closed: a request may still be reading it; it is freed
                # when the last reference goes.
                self._store = self.opener()
                self._stamp = stamp
            return self._store

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
