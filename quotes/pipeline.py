"""The run over many articles: annotate in batches, attribute, build claims, stream results.

One broken article never stops a batch: an article whose annotation or attribution
raises becomes a ``failed`` result with the error, and the rest go on. Results come in
input order, one at a time, so memory does not grow with the corpus. With a cache, an
article seen before (same text, annotator and engine) is neither parsed nor attributed
again; with ``jobs`` > 1, chunks of articles go to worker processes.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Iterable, Iterator, Optional, Sequence, Union

from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.lexicon import Lexicon
from quotes.types import Article, ArticleResult, Claim

log = logging.getLogger(__name__)
BATCH_ARTICLES = 32
COLLECTOR_THRESHOLD = 1_000_000  # allocations between automatic collections (Python: 700); each chunk collects at its end
Item = Union[Article, ArticleResult]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _annotate(annotator, articles: Sequence[Article]) -> list:
    """One Document per article, or the exception that article raised (batch first, then one by one)."""
    try:
        return list(annotator.annotate([a.text for a in articles]))
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch
        log.debug("batch annotation failed; annotating one by one", exc_info=True)
    docs: list = []
    for a in articles:
        try:
            docs.extend(annotator.annotate([a.text]))
        except Exception as err:  # noqa: BLE001 - reported as the article's status
            docs.append(err)
    return docs


def attribute_document(article: Article, doc, lexicon: Lexicon, annotator_name: Optional[str]) -> ArticleResult:
    """The result for one annotated article: ``ok`` with its claims, or ``failed`` with the error."""
    if isinstance(doc, BaseException):
        return ArticleResult(article, "failed", reason=f"annotation failed: {type(doc).__name__}: {doc}",
                             annotator=annotator_name)
    try:
        claims = build_claims(article, find_attributions(doc, lexicon))
    except Exception as err:  # noqa: BLE001 - one article never stops the run
        log.debug("attribution failed for %s", article.id, exc_info=True)
        return ArticleResult(article, "failed", reason=f"attribution failed: {type(err).__name__}: {err}",
                             annotator=annotator_name)
    return ArticleResult(article, "ok", claims, annotator=annotator_name)


def _from_cache(article: Article, records: list, annotator_name: str) -> ArticleResult:
    """Cached claims, renamed to this article (the same text may come under another id)."""
    claims = tuple(Claim.from_record(r, article=article.id, claim_id=f"{article.id}:{k}")
                   for k, r in enumerate(records, 1))
    return ArticleResult(article, "ok", claims, annotator=annotator_name)


def process_chunk(chunk: Sequence[Item], annotator, lexicon: Lexicon, cache=None) -> list[ArticleResult]:
    """The results of one chunk of items, in order, using and filling the cache."""
    done: dict[int, ArticleResult] = {}
    docs: dict[int, object] = {}
    for k, item in enumerate(chunk):
        if isinstance(item, ArticleResult):
            done[k] = item
        elif cache is not None and (records := cache.get_claims(item.text)) is not None:
            done[k] = _from_cache(item, records, annotator.name)
        elif cache is not None and (doc := cache.get(item.text)) is not None:
            docs[k] = doc
    todo = [k for k in range(len(chunk)) if k not in done and k not in docs]
    for k, doc in zip(todo, _annotate(annotator, [chunk[k] for k in todo])):
        docs[k] = doc
        if cache is not None and not isinstance(doc, BaseException):
            cache.put(chunk[k].text, doc)
    for k, doc in docs.items():
        done[k] = attribute_document(chunk[k], doc, lexicon, annotator.name)
        if cache is not None and done[k].status == "ok":
            cache.put_claims(chunk[k].text, [c.to_record() for c in done[k].claims])
    docs.clear()
    gc.collect()  # a parse is a web of cycles (words <-> sentences): free this chunk's now, not at some later sweep
    return [done[k] for k in range(len(chunk))]


def extract_articles(items: Iterable[Item], annotator, lexicon: Lexicon, *, batch_size: int = BATCH_ARTICLES,
                     cache=None, jobs: int = 1) -> Iterator[ArticleResult]:
    """Results for ``items`` (articles, or results of articles that could not be read), in order.

    >>> next(extract_articles([Article("a", "Velizade said that talks failed.")], ann, lex)).claims[0].speaker
    'Velizade'
    """
    with collector_for_long_runs():
        chunks = _chunks(items, batch_size)
        if jobs > 1:
            first = list(islice(chunks, 2))
            if len(first) > 1:  # worker processes only pay off past one chunk
                yield from _parallel([*first, *chunks], annotator, lexicon, cache, jobs)
                return
            chunks = iter(first)
        for chunk in chunks:
            yield from process_chunk(chunk, annotator, lexicon, cache)


@contextmanager
def collector_for_long_runs(threshold: int = COLLECTOR_THRESHOLD):
    """Python's cycle collector tuned for a run over many articles, and restored after it.

    Each annotated article is tens of thousands of linked objects (stanza Words point to
    their Sentence and back), so at Python's default pace the collector would rescan the
    loaded models many times a second; they are frozen out of its scans instead.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


# -- worker processes ---------------------------------------------------------------------
_WORKER: dict = {}  # per worker process: the annotator, lexicon and cache it was started with


def _init_worker(annotator, lexicon, cache) -> None:
    _WORKER.update(annotator=annotator, lexicon=lexicon, cache=cache)


def _work(chunk):
    return process_chunk(chunk, _WORKER["annotator"], _WORKER["lexicon"], _WORKER["cache"])


def _parallel(chunks: Iterable[list], annotator, lexicon: Lexicon, cache, jobs: int) -> Iterator[ArticleResult]:
    """Chunks processed by ``jobs`` forked workers (each with the loaded annotator), yielded in order.

    At most two chunks per worker are in flight, so a large corpus is never all in memory.
    """
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(jobs, initializer=_init_worker, initargs=(annotator, lexicon, cache)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
