"""`electgraph ingest --engine dask`: extraction on a Dask cluster, resolution here.

Extraction is a pure function of one article (`streaming.extract_one`): each batch of the
streaming ingest becomes a `dask.bag` of its articles, mapped on the cluster's workers while
the batch before is staged. Resolution is a keyed merge over the whole run, so it stays in this
process with the project's resolver and its incremental state in the store (two passes, as in
`electgraph.streaming`). Into an empty embedded store the resolved batches go to the workers
too, which write them as partitioned N-Quads files that `bulk_load` reads at the end
(`electgraph.bulk`); into any other store each batch is one transaction of the store's own.

    >>> from electgraph.dask_engine import dask_client
    >>> with dask_client(None, workers=2) as client:           # doctest: +SKIP
    ...     report = ingest(["articles/"], store, engine="dask", client=client)

Without a scheduler address a `LocalCluster` is started: one single-threaded worker process
per core (extraction holds the GIL), bound to 127.0.0.1, no dashboard. With one, the workers
must have electgraph installed at the same version, and the folder the partitions are
written to must be one they share with this process (`docs/scale.md`).

Differences from the process pool: an article's time budget is not enforced on a Dask worker
(tasks run in worker threads, where the SIGALRM budget of `electgraph.limits` does not reach);
a worker that dies is replaced by Dask and its tasks run again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from electgraph.errors import ConnectionFailed, ElectgraphError
from electgraph.model import Article
from electgraph.streaming import Outcome, Submit, extract_one

if TYPE_CHECKING:
    from pathlib import Path

    from electgraph.bulk import NQuadsSink, Pending
    from electgraph.pipeline import Extractor
    from electgraph.stores.oxigraph import OxigraphStore

__all__ = ["bag_submit", "dask_client", "dask_sink"]

log = logging.getLogger(__name__)

INSTALL_HINT = "install the dask extra: pip install 'electgraph[dask]'"
CONNECT_TIMEOUT = 30  # seconds to reach a scheduler


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as e:
        raise ElectgraphError(f"the Dask engine needs dask and distributed: {INSTALL_HINT} "
                              f"({e})") from e
    return distributed


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A `distributed.Client` of the scheduler at `scheduler` (tcp://HOST:8786), or of a
    `LocalCluster` of `workers` processes on this machine when None."""
    distributed = _distributed()
    # Its INFO lines (workers starting and stopping) would drown the progress and the report.
    logging.getLogger("distributed").setLevel(max(logging.WARNING, log.getEffectiveLevel()))
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as e:
            raise ConnectionFailed(
                f"cannot reach the Dask scheduler at {scheduler}: {e}. Start one (`dask "
                "scheduler`, then `dask worker tcp://HOST:8786` on each machine) or leave out "
                "--scheduler for a local cluster") from e
        with client:
            yield client
        return
    # The scheduler serves HTTP (health, metrics) even without a dashboard, on port 8787 of
    # every interface unless told: a free port of 127.0.0.1 instead.
    http = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1",
                                  scheduler_kwargs=http) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def bag_submit(client: Any, extract: Extractor, min_confidence: float) -> Submit:
    """`Submit` on `client`: a batch's articles as a `dask.bag`, two partitions per worker
    thread, mapped with `extract_one`; the outcomes come back in article order."""
    import dask.bag

    from_sequence: Any = dask.bag.from_sequence  # untyped in dask
    fn = partial(extract_one, extract, min_confidence)
    threads = max(1, sum(client.nthreads().values()))

    def submit(batch: list[Article]) -> Callable[[], list[Outcome]]:
        bag = from_sequence(batch, npartitions=min(len(batch), 2 * threads)).map(fn)
        future = client.compute(bag)
        return lambda: list(future.result())

    return submit


def dask_sink(client: Any, store: OxigraphStore,
              directory: str | Path | None = None) -> NQuadsSink:
    """The bulk path with the partitions written on the cluster's workers."""
    from electgraph.bulk import NQuadsSink

    def start(fn: Callable[..., Any], *args: Any) -> Pending:
        # pure=False: a key from the arguments would hash the whole resolved batch.
        future: Pending = client.submit(fn, *args, pure=False)
        return future

    return NQuadsSink(store, directory, start)
