"""The library's entry points, thin layers over ``quotes.pipeline``.

    extract(["Velizade said that talks failed."], nlp="spacy")  # claims as a pandas DataFrame
    claims_from_articles(articles, annotator)                  # claims one by one (the evaluation)
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional

from quotes import pipeline
from quotes.annotate.protocol import Annotator
from quotes.types import Article, Claim


def claims_from_articles(articles: Iterable[Article], annotator: Annotator,
                         cache: Optional[str] = None) -> Iterator[Claim]:
    """Every claim of ``articles`` (the evaluation's predictor); failed articles give none.

    ``cache`` is a parse cache folder: parses are reused across runs of any engine version.
    """
    return pipeline.claims(articles, annotator, cache=cache)


def _as_items(paths_or_texts) -> tuple[list, list]:
    """Paths that exist are read as inputs; any other string is an article text (ids text1, text2, ...).

    A string that names nothing but looks like a path ("seedz/", "news.csv") is an error, not a text.
    """
    from quotes.read import InputError, looks_like_path

    if isinstance(paths_or_texts, (str, os.PathLike)):
        paths_or_texts = [paths_or_texts]
    paths, texts = [], []
    for k, item in enumerate(paths_or_texts, 1):
        is_path = isinstance(item, os.PathLike) or (len(item) < 4096 and "\n" not in item and os.path.lexists(item))
        if not is_path and looks_like_path(item):
            raise InputError(f"no such file or folder: {item!r} (an article text would hold more than a path)")
        (paths if is_path else texts).append(str(item) if is_path else Article(f"text{k}", item))
    return paths, texts


def extract(paths_or_texts, nlp: str = "auto", *, language: str = "auto", model_dir: Optional[str] = None,
            annotator: Optional[Annotator] = None):
    """Claims of articles as a ``pandas.DataFrame`` with the columns of the Claims sheet.

    >>> extract(["Mustafa Varank told the Anadolu Agency that talks went well."], nlp="spacy").speaker[0]
    'Mustafa Varank'
    """
    from quotes.annotate.languages import load_for_languages
    from quotes.read import unique_ids

    paths, texts = _as_items(paths_or_texts)
    annotator = annotator or load_for_languages(nlp, language, model_dir)[0]
    items = list(unique_ids([*texts, *(pipeline.read(paths) if paths else [])]))
    return pipeline.claims_frame(items, annotator)


def claim_rows(items, annotator: Annotator, cache: Optional[str] = None) -> list[dict]:
    """The output rows of the claims of ``items`` (articles), speakers merged across them.

    The rows are those ``quotes extract`` writes (``quotes eval cases`` scores them).
    """
    return pipeline.claim_rows(items, annotator, cache=cache)
