"""One exception root for everything electgraph raises on purpose.

Messages say what was wrong, show the value and say what to do; the CLI prints them as one line
without a traceback and maps the class to an exit code.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(text: str) -> str:
    """`text` (a path, a name) safe to print on one line and to store as UTF-8: control
    characters, lone surrogates and the bytes of a non-UTF-8 file name become escapes."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace")
                        .decode("ascii") if not 0xD800 <= ord(m[0]) <= 0xDFFF
                        else f"\\x{ord(m[0]) & 0xFF:02x}" if 0xDC80 <= ord(m[0]) <= 0xDCFF
                        else f"\\u{ord(m[0]):04x}", text)


class ElectgraphError(Exception):
    """Root of every error electgraph raises on purpose."""

    exit_code = 1


class InputError(ElectgraphError):
    """An input file cannot be read as an article (empty, binary, malformed...)."""

    def __init__(self, path: str, reason: str) -> None:
        path = shown(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnknownNameError(ElectgraphError):
    """A backend, exporter or format name that is not registered."""

    def __init__(self, kind: str, name: str, available: list[str]) -> None:
        names = ", ".join(sorted(available))
        super().__init__(f"no {kind} named {name!r}; choose one of: {names}")
        self.kind = kind
        self.name = name
        self.available = available


class StoreError(ElectgraphError):
    """The graph store cannot be opened, read or written."""


class StoreLayoutError(StoreError):
    """The store was written in an RDF layout this version does not read (re-ingest it)."""


class ConnectionFailed(StoreError):
    """A graph server cannot be reached or refuses the credentials."""

    exit_code = 2


class ExportError(ElectgraphError):
    """An export cannot be written (a directory, no permission, no space)."""


class QueryError(ElectgraphError):
    """A user query is malformed or not allowed (for example a write without --write)."""


class NotSupported(ElectgraphError):
    """The selected backend cannot do the requested operation."""

    def __init__(self, backend: str, operation: str, hint: str = "") -> None:
        msg = f"the {backend} store does not support {operation}"
        super().__init__(f"{msg}; {hint}" if hint else msg)


class AmbiguousName(ElectgraphError):
    """A name matches several entities; the message lists them with what tells them apart."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        listed = "; ".join(candidates)
        super().__init__(f"{name!r} matches {len(candidates)} entities: {listed}. Use the id.")
        self.candidates = candidates


class NotFound(ElectgraphError):
    """No entity matches a name."""
