"""The run over many articles: annotate in batches, attribute, build claims, stream results.

One broken article never stops a batch: an article whose annotation or attribution
raises becomes a ``failed`` result with the error, and the rest go on. Results come
in input order, one at a time, so memory does not grow with the corpus.
"""
from __future__ import annotations

import logging
from itertools import islice
from typing import Iterable, Iterator, Optional, Sequence, Union

from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.lexicon import Lexicon
from quotes.types import Article, ArticleResult

log = logging.getLogger(__name__)
BATCH_ARTICLES = 32
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


def extract_articles(items: Iterable[Item], annotator, lexicon: Lexicon, *,
                     batch_size: int = BATCH_ARTICLES) -> Iterator[ArticleResult]:
    """Results for ``items`` (articles, or results of articles that could not be read), in order.

    >>> next(extract_articles([Article("a", "Velizade said that talks failed.")], ann, lex)).claims[0].speaker
    'Velizade'
    """
    for chunk in _chunks(items, batch_size):
        articles = [x for x in chunk if isinstance(x, Article)]
        docs = iter(_annotate(annotator, articles)) if articles else iter(())
        for item in chunk:
            if isinstance(item, ArticleResult):
                yield item
            else:
                yield attribute_document(item, next(docs), lexicon, annotator.name)
