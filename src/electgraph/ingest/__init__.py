"""Read articles from files: `.txt`, `.json`, `.jsonl`, `.html`/`.htm`, and folders of them.

`read()` never stops at a bad file unless asked to: each failure is kept as an `InputError`
(path and reason) next to the articles that were read, so a batch loses nothing.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from electgraph.errors import InputError
from electgraph.ids import digest, text_key
from electgraph.ingest.decode import read_text
from electgraph.ingest.html import read_html
from electgraph.ingest.records import read_json, read_jsonl
from electgraph.ingest.text import build_article, parse_text, read_txt
from electgraph.limits import FILE_FACTOR, MAX_CHARS_ENV, max_article_chars
from electgraph.model import Article

__all__ = ["Deduper", "ReadReport", "build_article", "dedupe", "iter_files", "parse_text", "read",
           "read_file",
           "read_file_safely"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, str], list[Article]]
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
}
# Readers of files that hold many records: good records and the errors of the bad ones.
BATCH_READERS: dict[str, Callable[[Path, str], tuple[list[Article], list[InputError]]]] = {
    ".json": read_json,
    ".jsonl": read_jsonl,
}
SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")


@dataclass
class ReadReport:
    articles: list[Article] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under `paths` in a stable order: folders walked recursively, hidden files skipped."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p).parts
                # Not only regular files: a FIFO, a broken link or a link loop is reported by
                # `read_file`, never skipped silently.
                if not child.is_dir() and not any(part.startswith(".") for part in rel):
                    yield child
        else:
            yield p


def read_file(path: Path) -> tuple[list[Article], list[InputError]]:
    """The articles in one file, and the errors of its bad records (JSON arrays and lines)."""
    suffix = path.suffix.lower()
    try:
        mode = path.stat().st_mode
    except OSError as e:
        if path.is_symlink():
            loop = e.errno == errno.ELOOP
            what = "a symbolic link loop" if loop else "a broken symbolic link"
            target = os.readlink(path)
            raise InputError(str(path), f"is {what} (to {target}); fix or remove it") from e
        if e.errno == errno.ENOENT:
            raise InputError(str(path), "does not exist") from e
        raise InputError(str(path), f"cannot be read ({e.strerror or e})") from e
    if stat.S_ISDIR(mode):
        raise InputError(str(path), "is a directory")
    if not stat.S_ISREG(mode):
        # Opening a FIFO blocks until someone writes to it: never open one.
        raise InputError(str(path), "is not a regular file (a FIFO, socket or device)")
    most = max_article_chars() * FILE_FACTOR * (1000 if suffix in BATCH_READERS else 1)
    if (size := path.stat().st_size) > most:
        raise InputError(str(path), f"is {size:,} bytes, too large to be an article (limit "
                                    f"{most:,}; raise {MAX_CHARS_ENV} to read it)")
    if suffix not in SUFFIXES:
        known = ", ".join(SUFFIXES)
        raise InputError(str(path), f"has an unknown extension {suffix or '(none)'!r}; use {known}")
    text = read_text(path)
    if suffix in BATCH_READERS:
        return BATCH_READERS[suffix](path, text)
    return READERS[suffix](path, text), []


class Deduper:
    """Each id once, article by article (a streaming ingest sees one file at a time). The
    same article read twice (a .txt and its .json) is kept once, quietly; two different texts
    with one id (one URL) are a collision: the first is kept and the other is an error, so an
    article is never merged into another silently. Holds one short digest per id."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[str, str | None]] = {}  # id -> text key, first path

    def check(self, a: Article) -> InputError | bool:
        """True for an article seen first, False for one read again, the error of a
        collision."""
        # Without a URL the id is made of the text's key already (`ids.article_id`): folding
        # the whole text again would cost more than the rest of reading.
        key = digest(text_key(a.title), text_key(a.body)) if a.url else a.id
        if (first := self._kept.get(a.id)) is None:
            self._kept[a.id] = (key, a.source_path)
            return True
        if first[0] != key:
            return InputError(
                a.source_path or a.id,
                f"has the id {a.id} (same URL {a.url!r}) of {first[1] or 'another'}"
                " but a different text; only the first was kept: fix or remove one")
        log.info("%s: the same article as %s, read once", a.source_path, first[1])
        return False


def dedupe(articles: Iterable[Article]) -> tuple[list[Article], list[InputError]]:
    """Each id once (see `Deduper`): the articles kept, in order, and the collisions."""
    seen = Deduper()
    kept: list[Article] = []
    errors: list[InputError] = []
    for a in articles:
        verdict = seen.check(a)
        if isinstance(verdict, InputError):
            errors.append(verdict)
        elif verdict:
            kept.append(a)
    return kept, errors


def read_file_safely(path: Path) -> tuple[list[Article], list[InputError]]:
    """`read_file` that never raises: any exception, expected or not, is one error of `path`."""
    try:
        return read_file(path)
    except InputError as e:
        return [], [e]
    except Exception as e:  # a reader's bug must not stop the batch
        log.debug("reading %s failed", path, exc_info=True)
        return [], [InputError(str(path), f"could not be read ({type(e).__name__}: {e}); "
                                          "please report this file")]


def read(paths: Iterable[str | Path], *, strict: bool = False) -> ReadReport:
    """Read every article under `paths`.

    With `strict`, the first failure is raised; otherwise failures are collected in the report
    and reading goes on.
    """
    report = ReadReport()
    for path in iter_files(paths):
        report.files += 1
        articles, errors = read_file_safely(path)
        if errors and strict:
            raise errors[0]
        for failure in errors:
            log.debug("skipped %s", failure)
        report.articles.extend(articles)
        report.failures.extend(errors)
    report.articles, collisions = dedupe(report.articles)
    if collisions and strict:
        raise collisions[0]
    report.failures.extend(collisions)
    return report
