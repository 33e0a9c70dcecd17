"""Checks on the directory of the embedded store before and after opening it."""

from __future__ import annotations

import os
from pathlib import Path

from electgraph.errors import StoreError

__all__ = ["check_store_dir", "is_permission"]


def check_store_dir(path: Path) -> None:
    """Refuse a directory that holds other things than a store (a mistyped --store naming the
    articles folder would otherwise get a database written into it)."""
    if not path.is_dir() or (path / "CURRENT").exists():
        return
    others = [p.name for p in path.iterdir() if not p.name.startswith(".")]
    if others:
        shown = ", ".join(sorted(others)[:3]) + (", ..." if len(others) > 3 else "")
        raise StoreError(f"{path} is not a store: it holds other files ({shown}); pass the "
                         "store directory (or a new one) as --store")


def is_permission(e: OSError, location: object) -> bool:
    text = str(e).lower()
    return ("permission denied" in text or "read-only file system" in text
            or (location is not None and not os.access(str(location), os.W_OK)))
