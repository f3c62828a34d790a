"""The library's entry points: a whole run to files, and claims as a DataFrame for pandas.

    run_extraction(["seeds"], "out/claims.xlsx", annotator)   # read -> ... -> export
    extract(["Velizade said that talks failed."], nlp="spacy")  # a pandas DataFrame
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from quotes import __version__
from quotes.lexicon import Lexicon, load_lexicon
from quotes.pipeline import extract_articles
from quotes.types import Article, ArticleResult, Claim


def _progress(results: Iterator[ArticleResult], enabled: bool) -> Iterator[ArticleResult]:
    """Wrap ``results`` in a tqdm bar (articles per second) when on a terminal."""
    if not enabled:
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit="article", dynamic_ncols=True))


def results_for(inputs: Sequence[str], annotator, *, lexicon: Optional[Lexicon] = None,
                glob: Optional[str] = None, text_column: str = "text", max_chars: Optional[int] = None,
                jobs: Optional[int] = None, cache=None) -> Iterator[ArticleResult]:
    """Stream the results of every article in ``inputs`` (files, folders, ``-``), in input order."""
    from quotes.read import read_inputs

    options = {"glob": glob, "text_column": text_column}
    if max_chars is not None:
        options["max_chars"] = max_chars
    items = read_inputs(list(inputs), **options)
    lexicon = lexicon or load_lexicon("en")
    return run_items(items, annotator, lexicon, jobs=jobs, cache=cache)


def run_items(items, annotator, lexicon: Lexicon, *, jobs: Optional[int] = None, cache=None) -> Iterator[ArticleResult]:
    """The pipeline over read items: ``jobs`` worker processes (default: the cores), ``cache`` a folder or None."""
    from quotes.cache import open_cache
    from quotes.pipeline import default_jobs

    return extract_articles(items, annotator, lexicon, cache=open_cache(cache, annotator),
                            jobs=jobs or default_jobs())


def run_info(annotator, command: str):
    from quotes.export import RunInfo

    return RunInfo(tool_version=__version__, annotator=annotator.description,
                   models=getattr(annotator, "models", annotator.description), command=command,
                   started=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def run_extraction(inputs: Sequence[str], output: str, annotator, *, html: Optional[str] = None,
                   glob: Optional[str] = None, text_column: str = "text", max_chars: Optional[int] = None,
                   jobs: Optional[int] = None, cache=None, progress: bool = False, command: str = "quotes extract"):
    """Read, annotate, attribute and write ``output`` (and the ``html`` review page); returns the run summary."""
    from quotes.export import write_outputs
    from quotes.export.html_report import write_html_report

    if cache == "default":
        cache = str(Path(output).resolve().parent / ".quotes-cache")
    results = results_for(inputs, annotator, glob=glob, text_column=text_column, max_chars=max_chars,
                          jobs=jobs, cache=cache)
    return write_outputs(_progress(results, progress), output, run_info=run_info(annotator, command),
                         html_path=html, html_writer=write_html_report if html else None)


def claims_from_articles(articles: Iterable[Article], annotator, cache: Optional[str] = None) -> Iterator[Claim]:
    """Every claim of ``articles`` (the evaluation's predictor); failed articles give none.

    ``cache`` is a parse cache folder: parses are reused across runs of any engine version.
    """
    from quotes.cache import open_cache

    lexicon = load_lexicon("en")
    for result in extract_articles(articles, annotator, lexicon, cache=open_cache(cache, annotator)):
        yield from result.claims


def _as_items(paths_or_texts) -> list:
    """Paths that exist are read as inputs; any other string is an article text (ids text1, text2, ...)."""
    if isinstance(paths_or_texts, (str, os.PathLike)):
        paths_or_texts = [paths_or_texts]
    paths, texts = [], []
    for k, item in enumerate(paths_or_texts, 1):
        is_path = isinstance(item, os.PathLike) or (len(item) < 4096 and "\n" not in item and os.path.exists(item))
        (paths if is_path else texts).append(str(item) if is_path else Article(f"text{k}", item))
    return paths, texts


def extract(paths_or_texts, nlp: str = "auto", *, model_dir: Optional[str] = None, annotator=None):
    """Claims of articles as a ``pandas.DataFrame`` with the columns of the Claims sheet.

    >>> extract(["Mustafa Varank told the Anadolu Agency that talks went well."], nlp="spacy").speaker[0]
    'Mustafa Varank'
    """
    import pandas as pd

    from quotes.annotate import load_annotator
    from quotes.export.rows import OUTPUT_COLUMNS
    from quotes.read import read_inputs

    annotator = annotator or load_annotator(nlp, model_dir=model_dir)
    paths, texts = _as_items(paths_or_texts)
    items = list(texts) + (list(read_inputs(paths)) if paths else [])
    return pd.DataFrame(claim_rows(items, annotator), columns=list(OUTPUT_COLUMNS))


def claim_rows(items, annotator, cache: Optional[str] = None) -> list[dict]:
    """The output rows of the claims of ``items`` (articles), speakers merged across them.

    The rows are those ``quotes extract`` writes (``quotes eval cases`` scores them).
    """
    from quotes.cache import open_cache
    from quotes.export.rows import claim_row
    from quotes.speakers import SpeakerRegistry

    results = [r for r in extract_articles(items, annotator, load_lexicon("en"), cache=open_cache(cache, annotator))
               if r.status == "ok"]
    registry = SpeakerRegistry()
    for r in results:
        registry.add(r.article, r.claims)
    directory = registry.resolve()
    return [claim_row(c, r.article, directory) for r in results for c in r.claims]


def all_ok(summary) -> bool:
    """Whether every article of the run was processed (none skipped or failed)."""
    counts = summary.by_status
    return not counts.get("skipped") and not counts.get("failed")


def describe_summary(summary) -> str:
    """The closing lines of a run: articles by status, claims, speakers, annotator, where the file is."""
    counts = summary.by_status
    lines = [f"articles: {summary.articles} read ({counts.get('ok', 0)} ok, {counts.get('skipped', 0)} skipped, "
             f"{counts.get('failed', 0)} failed); claims: {summary.claims}; speakers: {summary.speakers}",
             f"annotator: {summary.annotator}",
             f"written: {', '.join(str(p) for p in summary.outputs)}"]
    for article_id, status, reason in summary.problems[:20]:
        lines.append(f"  {status}: {article_id}: {reason}")
    if len(summary.problems) > 20:
        lines.append(f"  ... and {len(summary.problems) - 20} more (see the Articles sheet)")
    return "\n".join(lines)
