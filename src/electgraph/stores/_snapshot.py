"""What a reader opens beside a writer: the embedded store's snapshot.

pyoxigraph documents a read-only open of a store another process writes as undefined
behaviour, and it is: a reader beside an ingest once grew to 22 GB and was killed by the
kernel. So a writer, right after it opens the store, publishes a RocksDB checkpoint of it
(`Store.backup`: hard links to the immutable table files, cheap) in `SNAPSHOT` under the store,
and removes it when it closes. A reader that finds the store's lock held by another process
opens that checkpoint instead: the graph as it was when the writer began, whole articles only,
and files nobody changes under it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import struct
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from electgraph.errors import StoreError

__all__ = ["SNAPSHOT", "publish", "reading_location", "withdraw", "written_by_another"]

log = logging.getLogger(__name__)

SNAPSHOT = ".snapshot"  # a dot name: `check_store_dir` and listings pass over it
# How long a reader waits for a writer that holds the lock but has not published yet.
_PUBLISH_WAIT_S = 30.0
# struct flock as Linux lays it out: type, whence, start, len, pid (the BSDs and macOS put
# start and len first; there a reader is told no writer runs, as before the snapshots).
_FLOCK = "hhqqi"


def written_by_another(location: Path) -> bool:
    """Whether another process holds RocksDB's lock on the store (F_GETLK: asks, takes none,
    so a writer starting at this moment is never refused because of a reader)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        fd = os.open(location / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        size = struct.calcsize(_FLOCK) + 8  # the C struct's tail padding
        ask = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0).ljust(size, b"\0")
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, ask)
    except OSError:
        return False
    finally:
        os.close(fd)
    return int(struct.unpack_from("h", answer)[0]) != fcntl.F_UNLCK


def reading_location(location: Path) -> Path:
    """The directory a read-only open should use: the store itself, or its snapshot while
    another process writes the store."""
    deadline = time.monotonic() + _PUBLISH_WAIT_S
    while written_by_another(location):
        snapshot = location / SNAPSHOT
        if (snapshot / "CURRENT").exists():
            return snapshot
        if time.monotonic() > deadline:
            raise StoreError(
                f"another process writes the store at {location} and has published no snapshot "
                "for readers; run this again when it has finished")
        time.sleep(0.05)
    return location


def publish(store: ox.Store, location: Path) -> None:
    """Checkpoint the store for readers (under a temporary name, then renamed: a reader sees
    a whole snapshot or none). A snapshot a killed writer left behind is replaced."""
    withdraw(location)
    pending = location / (SNAPSHOT + ".new")
    for left in (pending, *location.glob(SNAPSHOT + ".old-*")):  # a killed writer's
        shutil.rmtree(left, ignore_errors=True)
    try:
        store.backup(str(pending))
        pending.rename(location / SNAPSHOT)
    except (OSError, RuntimeError) as e:
        # Readers are then refused while this writer runs (`reading_location`); the write
        # itself goes on.
        log.warning("no snapshot of %s for readers: %s", location, e)
        shutil.rmtree(pending, ignore_errors=True)


def withdraw(location: Path) -> None:
    """Remove the snapshot. A reader that has it open keeps the files it opened (their inodes
    live on); one that meets a missing file opens the store again, which is free by then.
    It is renamed first, so that no reader finds it half removed."""
    leaving = location / f"{SNAPSHOT}.old-{os.getpid()}"
    try:
        (location / SNAPSHOT).rename(leaving)
    except OSError:
        return  # none published (or another process withdrew it)
    shutil.rmtree(leaving, ignore_errors=True)
