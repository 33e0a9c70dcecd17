"""Limits that keep one article from stalling or sinking a batch: a maximum article size and a
per-article extraction time budget, both configurable.

    ELECTGRAPH_MAX_ARTICLE_CHARS   largest article text read (default 2,000,000 characters)
    ELECTGRAPH_EXTRACT_SECONDS     extraction time per article (default 60 s; 0: no budget)

An article over the size limit is an `InputError` of its file; an article over the time budget
is a failure of that article, and the batch goes on.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from electgraph.errors import ElectgraphError

__all__ = ["ExtractionTimeout", "extract_budget", "max_article_chars", "time_budget",
           "within_budget"]

MAX_CHARS_ENV = "ELECTGRAPH_MAX_ARTICLE_CHARS"
BUDGET_ENV = "ELECTGRAPH_EXTRACT_SECONDS"
DEFAULT_MAX_CHARS = 2_000_000
DEFAULT_BUDGET = 60.0
# Bytes a character can take in a file (UTF-8 up to 4, HTML markup around the text): a file
# above `max_article_chars() * FILE_FACTOR` bytes is refused before it is read into memory.
FILE_FACTOR = 8

A = TypeVar("A")
T = TypeVar("T")


class ExtractionTimeout(ElectgraphError):
    """One article took longer than the extraction budget."""


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace("_", ""))
    except ValueError as e:
        raise ElectgraphError(f"{name}={raw!r} is not a number; unset it or give one") from e
    if value < 0:
        raise ElectgraphError(f"{name}={raw!r} is negative; give 0 or more")
    return value


def max_article_chars() -> int:
    return int(_env_number(MAX_CHARS_ENV, DEFAULT_MAX_CHARS)) or DEFAULT_MAX_CHARS


def extract_budget() -> float:
    return _env_number(BUDGET_ENV, DEFAULT_BUDGET)


@contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise `ExtractionTimeout` in the block after `seconds` (SIGALRM: the main thread of a
    Unix process only; elsewhere, and with 0 seconds, the block runs without a budget)."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise ExtractionTimeout(f"{what}: extraction took over {seconds:g} s and was stopped; "
                                f"raise {BUDGET_ENV} or split the article")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def within_budget(fn: Callable[[A], T], arg: A, what: str) -> T:
    """`fn(arg)` within the extraction budget; `what` names it in the timeout's message."""
    with time_budget(extract_budget(), what):
        return fn(arg)
