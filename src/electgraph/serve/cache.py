"""Answers of the `/api` routes kept per store generation, and one computation per question.

A store that the server reads does not change under it: the embedded store is opened read-only
and sees the data as it was when opened, and a newer state comes as a new store object
(`ServeContext.store()`). So an answer computed on one store object stays right for as long as
that object is served; `Answers` keeps them, keyed by the request, and forgets them all when the
store is replaced (`generation` changes). It is bounded by the size of the kept bodies (least
recently used first out), and asks that come while the same question is being computed wait for
that computation instead of starting their own (an analyst's page asks several routes at once,
and a crowd asks the same popular page).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future

__all__ = ["Answer", "Answers"]

Answer = tuple[int, bytes]  # an HTTP status and a JSON body


class Answers:
    """A least-recently-used map of answers for one store generation at a time, holding at most
    `max_bytes` of bodies (0: keep nothing)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._kept: OrderedDict[Hashable, Answer] = OrderedDict()
        self._running: dict[Hashable, Future[Answer]] = {}
        self._bytes = 0
        self._generation: object = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def peek(self, generation: object, key: Hashable) -> Answer | None:
        """The kept answer to `key` on `generation`, if any (never computes: for the event
        loop, so that a kept answer does not wait for a worker thread)."""
        with self._lock:
            kept = self._kept.get(key) if generation is self._generation else None
            if kept is not None:
                self._kept.move_to_end(key)
                self.hits += 1
            return kept

    def get(self, generation: object, key: Hashable, compute: Callable[[], Answer]) -> Answer:
        """The answer to `key` on the store `generation` (an object that changes when the store
        is replaced), computed by `compute()` at most once at a time."""
        if self.max_bytes <= 0:
            return compute()
        with self._lock:
            if generation is not self._generation:
                self._kept.clear()
                self._running.clear()
                self._bytes = 0
                self._generation = generation
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                self.hits += 1
                return kept
            running = self._running.get(key)
            mine = running is None
            if running is None:
                running = self._running[key] = Future()
            self.misses += mine
        if not mine:
            return running.result()
        try:
            answer = compute()
        except BaseException as e:
            with self._lock:
                self._done(key, running)
            running.set_exception(e)
            raise
        self._keep(generation, key, answer, running)
        running.set_result(answer)
        return answer

    def _done(self, key: Hashable, running: Future[Answer]) -> None:
        if self._running.get(key) is running:  # not a newer generation's computation
            del self._running[key]

    def _keep(
        self, generation: object, key: Hashable, answer: Answer, running: Future[Answer]
    ) -> None:
        size = len(answer[1])
        with self._lock:
            self._done(key, running)
            if generation is not self._generation or size > self.max_bytes:
                return
            self._kept[key] = answer
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, old) = self._kept.popitem(last=False)
                self._bytes -= len(old)
