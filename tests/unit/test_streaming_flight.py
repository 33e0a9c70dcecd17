"""The extraction pipeline's scheduling: batches in order, two in flight, a batch of stored
articles never sent out, and a pool's tasks giving the same outcomes as one process."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import Article
from electgraph.streaming import Outcome, extract_one, in_flight, pool_submit, worker_pool


def articles(n: int) -> list[Article]:
    return [parse_text(f"Judul {i}\nKetua KPU Kabupaten Blora Budi Santoso{i} hadir.", f"a{i}")
            for i in range(n)]


def test_batches_come_back_in_order_with_at_most_two_in_flight() -> None:
    started: list[int] = []
    waiting: list[int] = []

    def start(batch: list[Article]) -> Callable[[], list[Outcome]]:
        started.append(len(batch))
        waiting.append(len(batch))
        assert len(waiting) <= 2

        def result() -> list[Outcome]:
            waiting.remove(len(batch))
            return [f"done {a.id}" for a in batch]
        return result

    sizes = [3, 0, 2, 5, 1]
    batches = [articles(n) for n in sizes]
    seen = [(len(b), out) for b, out in in_flight(batches, start)]
    assert [n for n, _ in seen] == sizes
    assert all(out == [f"done {a.id}" for a in b] for (_, out), b in zip(seen, batches,
                                                                          strict=True))
    assert started == [3, 2, 5, 1]  # the empty batch was never sent out


def test_a_pool_gives_the_outcomes_of_one_process_in_batch_order() -> None:
    fn = partial(extract_one, extract, 0.0)
    batch = articles(23)
    pool = worker_pool(2)
    assert pool is not None
    try:
        pooled = pool_submit(pool, fn, workers=2)(batch)()
    finally:
        pool.shutdown()
    assert pooled == [fn(a) for a in batch]
