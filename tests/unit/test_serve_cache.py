"""What the server keeps: API answers per store generation (`serve.cache.Answers`) and the query
results of a frozen store (`query._memo`), which must give the answers of a store asked afresh."""

from __future__ import annotations

import threading
import time

import pytest

from electgraph import query
from electgraph.query._fetch import Backend
from electgraph.query._memo import NameTable, freeze
from electgraph.resolve import resolve
from electgraph.serve.cache import Answers
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import corpus


def test_answers_are_kept_per_generation_and_bounded() -> None:
    answers = Answers(max_bytes=10)
    calls: list[str] = []

    def compute(body: bytes) -> tuple[int, bytes]:
        calls.append(body.decode())
        return 200, body

    one, two = object(), object()
    assert answers.get(one, "a", lambda: compute(b"aaaa")) == (200, b"aaaa")
    assert answers.get(one, "a", lambda: compute(b"other")) == (200, b"aaaa")  # kept
    assert answers.peek(one, "a") == (200, b"aaaa")
    assert answers.peek(two, "a") is None  # another store: nothing kept for it
    answers.get(one, "b", lambda: compute(b"bbbb"))
    answers.get(one, "c", lambda: compute(b"cccc"))  # 12 bytes > 10: "a" goes first
    assert answers.peek(one, "a") is None and answers.peek(one, "c") is not None
    assert answers.get(two, "c", lambda: compute(b"new")) == (200, b"new")  # recomputed
    assert answers.peek(one, "b") is None  # the old generation is forgotten
    assert calls == ["aaaa", "bbbb", "cccc", "new"]


def test_one_computation_for_a_question_asked_at_once() -> None:
    answers = Answers(max_bytes=1 << 20)
    started = threading.Event()
    count = [0]

    def slow() -> tuple[int, bytes]:
        count[0] += 1
        started.set()
        time.sleep(0.3)
        return 200, b"x"

    got: list[tuple[int, bytes]] = []
    threads = [threading.Thread(target=lambda: got.append(answers.get(1, "k", slow)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [(200, b"x")] * 4 and count == [1]


def test_an_error_is_not_kept() -> None:
    answers = Answers(max_bytes=100)

    def fail() -> tuple[int, bytes]:
        raise RuntimeError("store closed")

    with pytest.raises(RuntimeError):
        answers.get(1, "k", fail)
    assert answers.get(1, "k", lambda: (200, b"ok")) == (200, b"ok")


def test_name_table_filters_as_the_query_does() -> None:
    rows = [("person-a", "Person", "Legar Saputra", True),
            ("person-b", "Person", "ÉKA PUTRI", False),
            ("org-c", "Organization", "KPU Kabupaten Banyuasin", True)]
    table = NameTable(rows)
    assert table.having(["saputra"]) == [rows[0]]
    assert table.having(["putr"]) == [rows[0], rows[1]]  # a part of a word, any row
    assert table.having(["éka", "banyu"]) == [rows[1], rows[2]]
    assert table.having(["zzz"]) == []
    assert table.having(["r saputra"]) == [rows[0]]  # words with a space match too


@pytest.fixture(scope="module")
def stores() -> tuple[OxigraphStore, OxigraphStore]:
    plain, kept = OxigraphStore(None), OxigraphStore(None)
    graph = resolve(corpus())
    plain.write(graph)
    kept.write(graph)
    freeze(kept)
    return plain, kept


def test_a_frozen_store_answers_as_a_fresh_one(
    stores: tuple[OxigraphStore, OxigraphStore],
) -> None:
    plain, kept = stores
    names = sorted({n[2] for n in Backend(plain).names([])})
    assert names
    for words in (["saputra"], ["kpu", "banyuasin"], ["legar"], ["zzzz"]):
        for aliases in (True, False):
            assert (sorted(Backend(kept).names(words, aliases=aliases))
                    == sorted(Backend(plain).names(words, aliases=aliases)))
    for _ in range(2):  # the second time from what was kept
        for name in names[:8]:
            assert query.search(kept, name) == query.search(plain, name)
        assert query.explore(kept, "Legar Saputra") == query.explore(plain, "Legar Saputra")
        assert query.holders(kept) == query.holders(plain)
