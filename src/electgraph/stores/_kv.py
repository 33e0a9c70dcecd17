"""The resolution state of a store on disk: a SQLite table of JSON records beside the data.

Used by the embedded store (`oxigraph.py`), whose RocksDB directory holds one more file,
`resolution-state.sqlite3` (RocksDB ignores files it did not make); None keeps it in memory.
Keys and values are strings (see `electgraph.resolve._state` for what they hold).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Mapping
from pathlib import Path

__all__ = ["STATE_FILE", "SqliteState"]

STATE_FILE = "resolution-state.sqlite3"
# SQLite's limit on host parameters in one statement is 32766 since 3.32; stay well under it.
_CHUNK = 900


class SqliteState:
    """The state table. A store is opened in one thread and used or closed in others (the
    server's worker threads, its shutdown): one lock serialises the connection's use."""

    def __init__(self, folder: Path | None, *, read_only: bool = False) -> None:
        self._lock = threading.Lock()
        if folder is None:
            self._db = sqlite3.connect(":memory:", check_same_thread=False)
        elif read_only:
            path = folder / STATE_FILE
            uri = f"file:{path}?mode=ro" if path.exists() else "file::memory:"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(folder / STATE_FILE, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            # No fsync per commit (an ingest commits twice per batch; under load each waited
            # tens of ms on the disk). In WAL mode a killed process loses no commit, and a power
            # loss can only roll back the last ones: the state stays consistent, and an article
            # whose `a:` record is gone counts as not stored, so a rerun repairs it
            # (`streaming._changed`), as after a kill between the graph and the state writes.
            self._db.execute("PRAGMA synchronous=NORMAL")
        if not read_only or folder is None:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def read(self, keys: Collection[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        wanted = list(keys)
        for i in range(0, len(wanted), _CHUNK):
            part = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            try:
                with self._lock:
                    rows = self._db.execute(
                        f"SELECT key, value FROM state WHERE key IN ({marks})", part).fetchall()
            except sqlite3.OperationalError:  # a read-only store written before the state
                return out
            out.update(rows)
        return out

    def write(self, items: Mapping[str, str | None]) -> None:
        """Set (or, for None, delete) every item, in one transaction."""
        with self._lock, self._db:
            self._db.executemany(
                "INSERT INTO state (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, v) for k, v in items.items() if v is not None])
            self._db.executemany(
                "DELETE FROM state WHERE key = ?", [(k,) for k, v in items.items() if v is None])

    def clear(self) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM state")

    def close(self) -> None:
        with self._lock:
            self._db.close()
