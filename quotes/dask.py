"""Runs on a Dask cluster: batches of articles parsed by the workers, results streamed back.

    quotes extract news/ -o out/claims.parquet --dask tcp://scheduler:8786
    quotes extract news/ -o out/claims.sqlite --dask local:2      # a cluster of 2 processes here

Each worker loads the annotator once (``AnnotatorPlugin``, a ``distributed.WorkerPlugin``:
the annotator is pickled small and loads its model on the worker) and opens the parse cache
itself. Articles travel in batches, a few per worker in flight; results come back as they
finish (``distributed.as_completed``), so the client never holds the corpus.

Faults: a worker that dies takes no result with it (the scheduler runs its batches again
elsewhere, and the client keeps the first result of each batch only: every article comes
out exactly once). An article that makes the annotator raise is ``failed`` inside its task
(``quotes.process``); a batch that kills its worker again and again is split and its
articles run alone, and one that still kills a worker is reported ``failed``, never retried
without end.

For articles already in a Dask DataFrame: ``claims(ddf, text="text", id="id")``.
"""
from __future__ import annotations

import logging
from contextlib import ExitStack, contextmanager
from typing import Iterable, Iterator, Optional

from distributed import WorkerPlugin

from quotes.annotate.protocol import Annotator
from quotes.lang import load_language
from quotes.process import Item, in_chunks, process_chunk
from quotes.runtime import tuned_for_long_runs
from quotes.types import Article, ArticleResult

log = logging.getLogger(__name__)
PLUGIN = "quotes-annotator"
BATCH = 16  # articles per task
IN_FLIGHT = 2  # tasks per worker thread submitted ahead
CONNECT_TIMEOUT = "30s"


class AnnotatorPlugin(WorkerPlugin):
    """Loads the annotator, the language pack and the parse cache once per worker process.

    While it is set up, the worker process is tuned as the CLI's own (``runtime.tuned_for_long_runs``):
    without it, the collector rescans the loaded model and the heap is handed back after every
    batch (the nanny even asks glibc to trim at 64 kB).
    """

    name = PLUGIN

    def __getstate__(self) -> dict:  # what travels to the workers: the annotator and the cache folder
        return {"annotator": self.annotator, "cache_folder": self.cache_folder, "key": self.key}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, lang=None, cache=None, tuned=None)

    def __init__(self, annotator: Annotator, cache: Optional[str] = None):
        self.annotator, self.cache_folder = annotator, cache
        self.key = (annotator.version_key, annotator.name, cache)  # what it loads: the same key, the same load
        self.lang = self.cache = self.tuned = None

    def setup(self, worker=None) -> None:
        from quotes.cache import open_cache

        self.lang = load_language("en")
        self.cache = open_cache(self.cache_folder, self.annotator)
        self.tuned = ExitStack()
        self.tuned.enter_context(tuned_for_long_runs())  # after the model is loaded: it is frozen out of scans

    def teardown(self, worker=None) -> None:
        if self.tuned is not None:
            self.tuned.close()
        self.annotator = self.lang = self.cache = self.tuned = None


def _plugin() -> AnnotatorPlugin:
    from distributed import get_worker

    return get_worker().plugins[PLUGIN]


def run_batch(batch: list[Article]) -> list[ArticleResult]:
    """The results of one batch, on a worker, with the worker's annotator (a task of the cluster)."""
    plugin = _plugin()
    return process_chunk(batch, plugin.annotator, plugin.lang, plugin.cache)


@contextmanager
def connect(address: str, timeout: str = CONNECT_TIMEOUT):
    """A ``distributed.Client`` of the scheduler at ``address``, or of a local cluster for ``local:N``.

    A local cluster has N worker processes of one thread, on loopback, no dashboard, and
    stops with the block.
    """
    from distributed import Client, LocalCluster

    if address.startswith("local:"):
        workers = int(address.split(":", 1)[1] or 1)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster, timeout=timeout) as client:
            yield client
    else:
        with Client(address, timeout=timeout) as client:
            yield client


def check_address(address: str) -> str:
    """``address`` when it is ``tcp://host:port`` (or another scheme) or ``local:N``, else ValueError."""
    if address.startswith("local:"):
        n = address.split(":", 1)[1]
        if not n.isdigit() or int(n) < 1:
            raise ValueError(f"--dask local:N needs a number of workers, e.g. local:2 (not {address!r})")
        return address
    if "://" not in address:
        raise ValueError(f"--dask needs a scheduler address such as tcp://host:8786, or local:N (not {address!r})")
    return address


def _threads(client) -> int:
    return max(1, sum(client.nthreads().values()))


def _lost(batch: list[Article], err: BaseException, annotator: Annotator) -> list[ArticleResult]:
    return [ArticleResult(a, "failed", reason=f"worker lost while parsing it: {type(err).__name__}: {err}",
                          annotator=annotator.name) for a in batch]


def _loaded(dask_worker) -> Optional[tuple]:
    plugin = dask_worker.plugins.get(PLUGIN)
    return plugin.key if isinstance(plugin, AnnotatorPlugin) else None


def register(client, annotator: Annotator, cache: Optional[str] = None) -> None:
    """Have every worker (and every worker that joins later) load ``annotator`` and open ``cache``.

    Workers that hold the same annotator and cache already keep them (no second load).
    """
    plugin = AnnotatorPlugin(annotator, cache)
    held = set(client.run(_loaded).values())
    if held != {plugin.key}:
        client.register_plugin(plugin, name=PLUGIN)


def cluster_results(items: Iterable[Item], annotator: Annotator, address: str, *, cache: Optional[str] = None,
                    batch: Optional[int] = None) -> Iterator[ArticleResult]:
    """One result per item, computed on the cluster at ``address``, in the order they finish."""
    with connect(address) as client:
        register(client, annotator, cache)
        yield from _stream(client, items, annotator, batch or BATCH)


def _stream(client, items: Iterable[Item], annotator: Annotator, size: int) -> Iterator[ArticleResult]:
    """Submit batches a few at a time; yield each batch's results once, as it finishes."""
    from distributed import KilledWorker, as_completed

    batches = iter(in_chunks(items, size))
    pending: dict = {}  # future -> its articles
    done = as_completed([], with_results=False)

    def submit(articles: list) -> None:
        future = client.submit(run_batch, articles, pure=False, retries=0)
        pending[future] = articles
        done.add(future)

    def fill() -> Iterator[ArticleResult]:
        ahead = IN_FLIGHT * _threads(client)  # asked once a round: workers come and go
        while len(pending) < ahead:
            chunk = next(batches, None)
            if chunk is None:
                return
            unread = [i for i in chunk if isinstance(i, ArticleResult)]
            yield from unread  # could not be read: nothing to parse
            if len(unread) < len(chunk):
                submit([i for i in chunk if not isinstance(i, ArticleResult)])

    yield from fill()
    while pending:
        future = next(done)
        articles = pending.pop(future)
        try:
            results = future.result()
        except KilledWorker as err:  # this batch took workers down with it, again and again
            if len(articles) > 1:
                for article in articles:  # alone, only the article at fault fails
                    submit([article])
            else:
                yield from _lost(articles, err, annotator)
            yield from fill()
            continue
        except Exception as err:  # noqa: BLE001 - the batch's articles are reported, the run goes on
            log.warning("a batch failed on the cluster: %s", err)
            yield from _lost(articles, err, annotator)
            yield from fill()
            continue
        future.release()
        yield from results
        yield from fill()


# -- claims of a Dask DataFrame -------------------------------------------------------------
def claims_meta() -> "pandas.DataFrame":
    """An empty DataFrame with the claims' columns and dtypes (the ``meta`` of ``claims``)."""
    import pandas as pd

    from quotes.export.rows import OUTPUT_COLUMNS

    return pd.DataFrame({c: pd.Series(dtype="float64" if c == "confidence" else "object") for c in OUTPUT_COLUMNS})


def claims_of_frame(frame: "pandas.DataFrame", annotator: Optional[Annotator], text: str,
                    id_column: str) -> "pandas.DataFrame":
    """The claims of the articles in one pandas partition, in the columns of ``claims_meta``."""
    import pandas as pd

    from quotes.export.rows import OUTPUT_COLUMNS, claim_row

    if annotator is None:
        plugin = _plugin()
        annotator, lang, cache = plugin.annotator, plugin.lang, plugin.cache
    else:
        lang, cache = load_language("en"), None
    meta = claims_meta()
    articles = [Article(str(i), t) for i, t in zip(frame[id_column], frame[text]) if isinstance(t, str)]
    rows = [claim_row(c, r.article, None) for batch in in_chunks(articles, BATCH)
            for r in process_chunk(batch, annotator, lang, cache) for c in r.claims]
    out = pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))
    return out.astype(meta.dtypes.to_dict()) if len(out) else meta


def claims(ddf, text: str = "text", id: str = "id", *, nlp: str = "spacy",
           annotator: Optional[Annotator] = None):
    """A Dask DataFrame of the claims of the articles in ``ddf`` (columns ``text`` and ``id``).

    One partition of claims per partition of articles (``map_partitions``, with the claims'
    schema as ``meta``). On a ``distributed`` cluster (a ``Client`` is active) each worker
    loads the annotator once; otherwise the annotator is loaded here and shared by the
    threads. Speakers are named as each article names them: they are not merged across
    articles (``quotes extract`` does that).

    >>> claims(dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["Smith said that talks failed."]}),
    ...        npartitions=1)).compute().speaker.tolist()
    ['Smith']
    """
    from quotes.annotate import load_annotator

    annotator = annotator or load_annotator(nlp)
    client = _active_client()
    if client is not None:
        register(client, annotator)
        annotator = None  # each worker uses its own, loaded by the plugin
    return ddf.map_partitions(claims_of_frame, annotator, text, id, meta=claims_meta())


def _active_client():
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:  # no client: dask's local schedulers
        return None
