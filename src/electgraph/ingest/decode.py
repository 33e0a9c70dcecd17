"""Bytes to text, with the checks that turn a bad file into a clear `InputError`."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from electgraph.errors import InputError

log = logging.getLogger(__name__)

# Signatures of files people drop into a corpus folder by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


# Text saved as UTF-16 or UTF-32 by Windows tools starts with a byte-order mark (UTF-32 first:
# its little-endian mark starts with UTF-16's).
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = "electgraph-cp1252"


def _legacy_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 as Windows-1252 (Latin-1 where it has none)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    chars = []
    for b in bad:
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d
            chars.append(chr(b))
    return "".join(chars), err.end


codecs.register_error(_LEGACY, _legacy_bytes)


def read_text(path: Path) -> str:
    """The text of `path`; raises InputError for empty, binary or undecodable files.

    Text that is not UTF-8 is decoded as Windows-1252 (a superset of Latin-1 used by older
    Indonesian portals) with a warning, so nothing is lost.
    """
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror or e})") from e
    for bom, codec in _UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                return _checked(path, raw[len(bom):].decode(codec))
            except UnicodeDecodeError as e:
                raise InputError(str(path), f"starts like {codec} but is not ({e.reason} at "
                                            f"byte {e.start}); save it as UTF-8") from e
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise InputError(str(path), f"is {what}, not an article")
    if b"\x00" in raw[:4096]:
        raise InputError(str(path), "is a binary file (it contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # Only the bytes that are not UTF-8 are read as Windows-1252: a file pasted together
        # from two sources keeps its UTF-8 dashes and quotes (decoding it all as Windows-1252
        # turned "–" into "â€“" and lost the dateline). A pure Windows-1252 file decodes the same.
        text = raw.decode("utf-8-sig", errors=_LEGACY)
        log.warning("%s: not UTF-8 (byte %d); such bytes decoded as Windows-1252", path, e.start)
    return _checked(path, text)


def _checked(path: Path, text: str) -> str:
    if not text.strip():
        raise InputError(str(path), "is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")
