"""Articles to results: annotate in batches, attribute, build claims, in input order.

One broken article never stops a batch: an article whose annotation or attribution
raises becomes a ``failed`` result with the error, and the rest go on. Results come in
input order, one at a time, so memory does not grow with the corpus. With a cache, an
article seen before (same text, annotator and engine) is neither parsed nor attributed
again; with ``jobs`` > 1, chunks of articles go to worker processes. ``quotes.dask`` sends
the same chunks to the workers of a Dask cluster.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from dataclasses import replace
from itertools import chain, islice
from typing import Iterable, Iterator, Optional, Sequence, Union

from quotes.annotate import annotator_name, article_language, release_document
from quotes.annotate.protocol import Annotator
from quotes.cache import renamed
from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.lang import Language
from quotes.runtime import collector_for_long_runs, die_with_parent, orphaned
from quotes.types import Article, ArticleResult

log = logging.getLogger(__name__)
BATCH_ARTICLES = 32
Item = Union[Article, ArticleResult]


def in_chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _annotate(annotator: Annotator, articles: Sequence[Article]) -> Iterator:
    """One Document per article, in order, or the exception that article raised.

    The articles are annotated as one batch; when the batch breaks, the articles not yet
    done are annotated one by one, so only the article at fault fails. Documents come one
    at a time (the annotator builds each as it is asked for), so a chunk's parses are never
    all held at once.
    """
    done = 0
    try:
        for doc in annotator.annotate([a.text for a in articles]):
            done += 1
            yield doc
        return
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch
        log.debug("batch annotation failed; annotating one by one", exc_info=True)
    for a in articles[done:]:
        try:
            yield next(iter(annotator.annotate([a.text])))
        except Exception as err:  # noqa: BLE001 - reported as the article's status
            yield err


def attribute_document(article: Article, doc, lang: Language, annotator_name: Optional[str]) -> ArticleResult:
    """The result for one annotated article: ``ok`` with its claims, or ``failed`` with the error."""
    if isinstance(doc, BaseException):
        return ArticleResult(article, "failed", reason=f"annotation failed: {type(doc).__name__}: {doc}",
                             annotator=annotator_name)
    try:
        claims = build_claims(article, find_attributions(doc, lang.for_language(article.language)))
    except Exception as err:  # noqa: BLE001 - one article never stops the run
        log.debug("attribution failed for %s", article.id, exc_info=True)
        return ArticleResult(article, "failed", reason=f"attribution failed: {type(err).__name__}: {err}",
                             annotator=annotator_name)
    return ArticleResult(article, "ok", claims, annotator=annotator_name)


def process_chunk(chunk: Sequence[Item], annotator: Annotator, lang: Language, cache=None) -> list[ArticleResult]:
    """The results of one chunk of items, in order, using and filling the cache."""
    done: dict[int, ArticleResult] = {}
    cached: dict[int, object] = {}
    chunk = [item if isinstance(item, ArticleResult) else replace(item, language=article_language(annotator, item.text))
             for item in chunk]
    for k, item in enumerate(chunk):
        if isinstance(item, ArticleResult):
            done[k] = item
        elif cache is not None and (claims := cache.get_claims(item.text)) is not None:
            done[k] = ArticleResult(item, "ok", renamed(claims, item.id), annotator=annotator_name(annotator, item.language))
        elif cache is not None and (doc := cache.get(item.text)) is not None:
            cached[k] = doc
    todo = [k for k in range(len(chunk)) if k not in done and k not in cached]
    for k, doc in chain(cached.items(), zip(todo, _annotate(annotator, [chunk[k] for k in todo]))):
        if cache is not None and k not in cached and not isinstance(doc, BaseException):
            cache.put(chunk[k].text, doc)
        done[k] = attribute_document(chunk[k], doc, lang, annotator_name(annotator, chunk[k].language))
        if cache is not None and done[k].status == "ok":
            cache.put_claims(chunk[k].text, done[k].claims)
        release_document(doc)  # freed now, while the next parse is built in its place
    return [done[k] for k in range(len(chunk))]


def extract_articles(items: Iterable[Item], annotator: Annotator, lang: Language, *, batch_size: int = BATCH_ARTICLES,
                     cache=None, jobs: int = 1) -> Iterator[ArticleResult]:
    """Results for ``items`` (articles, or results of articles that could not be read), in order.

    >>> next(extract_articles([Article("a", "Velizade said that talks failed.")], ann, lex)).claims[0].speaker
    'Velizade'
    """
    with collector_for_long_runs():  # the allocator is the process owner's to tune (runtime.py)
        chunks = in_chunks(items, batch_size)
        if jobs > 1:
            first = list(islice(chunks, 2))
            if len(first) > 1:  # worker processes only pay off past one chunk
                yield from _parallel([*first, *chunks], annotator, lang, cache, jobs)
                return
            chunks = iter(first)
        for chunk in chunks:
            yield from process_chunk(chunk, annotator, lang, cache)


# -- worker processes ---------------------------------------------------------------------
_WORKER: dict = {}  # per worker process: the annotator, language pack and cache it was started with


def _init_worker(annotator, lang, cache, parent: int) -> None:
    die_with_parent(parent)  # a killed run leaves no worker behind
    _WORKER.update(annotator=annotator, lang=lang, cache=cache, parent=parent)


def _work(chunk):
    orphaned(_WORKER["parent"])
    return process_chunk(chunk, _WORKER["annotator"], _WORKER["lang"], _WORKER["cache"])


def _parallel(chunks: Iterable[list], annotator, lang: Language, cache, jobs: int) -> Iterator[ArticleResult]:
    """Chunks processed by ``jobs`` forked workers (each with the loaded annotator), yielded in order.

    At most two chunks per worker are in flight, so a large corpus is never all in memory.
    """
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(jobs, initializer=_init_worker, initargs=(annotator, lang, cache, os.getpid())) as pool:
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
