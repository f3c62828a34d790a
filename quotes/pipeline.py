"""The run: read -> cache or annotate -> attribute -> claims -> speakers -> the writers.

    run(["seeds"], "out/claims.xlsx", annotator)            # the whole run, to files
    results(read(["seeds"]), annotator)                     # one ArticleResult per article
    write_outputs(results, "out/claims.jsonl", run_info=info)  # speakers resolved, then written

The articles are annotated and attributed by ``quotes.process`` (here, in worker processes
with ``jobs``) or on the workers of a Dask cluster (``quotes.dask``). Results are spooled to disk while the
speakers are counted; the speakers are merged across the corpus; the writer of the output's
format (``quotes.export``) then reads the spool back.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from quotes._version import __version__
from quotes.annotate.protocol import Annotator
from quotes.export import ARCHIVES, Tables, article_row, output_format, spool, writer
from quotes.export.rows import OUTPUT_COLUMNS, claim_row, review_page_link
from quotes.export.safe import EXCEL_MAX_ROWS
from quotes.lang import Language, load_language
from quotes.process import Item, default_jobs, extract_articles, in_chunks
from quotes.runtime import SPOOL_PREFIX, remove_leftovers
from quotes.speakers import SpeakerDirectory, SpeakerRegistry
from quotes.types import Article, ArticleResult, Claim, RunInfo, RunSummary


ARCHIVE_BATCH = 32  # articles committed to an archive in one transaction
EXCEL_ROWS = EXCEL_MAX_ROWS - 1  # a sheet's rows, less its header
EXCEL_PROJECT_AFTER = 500  # articles done before their rate of claims predicts the run's
EXCEL_MARGIN = 1.25  # the prediction may pass the sheet by this much before the run stops


class RunError(ValueError):
    """A run that cannot be made as asked (said before any article is parsed)."""


@dataclass(frozen=True)
class Options:
    """How a run reads and where it parses: what ``quotes extract``'s options say."""

    glob: Optional[str] = None  # only files whose name matches, in folders
    text_column: str = "text"  # of .csv and .jsonl corpora
    max_chars: Optional[int] = None  # longer articles are skipped
    jobs: Optional[int] = None  # worker processes (default: the cores)
    cache: Optional[str] = None  # parse cache folder, or None
    dask: Optional[str] = None  # a scheduler address or "local:N": run on a Dask cluster


def read(inputs: Sequence[str], options: Options = Options()) -> Iterator[Item]:
    """The articles of ``inputs`` (files, folders, ``-``), or the results of those that cannot be read."""
    from quotes.read import read_inputs

    extra = {} if options.max_chars is None else {"max_chars": options.max_chars}
    return read_inputs(list(inputs), glob=options.glob, text_column=options.text_column, **extra)


def results(items: Iterable[Item], annotator: Annotator, lang: Optional[Language] = None,
            options: Options = Options()) -> Iterator[ArticleResult]:
    """One result per item: here (in input order) or on a Dask cluster (in the order they finish)."""
    from quotes.cache import open_cache

    if options.dask:
        from quotes.dask import cluster_results

        return cluster_results(items, annotator, options.dask, cache=options.cache)
    return extract_articles(items, annotator, lang or load_language("en"),
                            cache=open_cache(options.cache, annotator), jobs=options.jobs or default_jobs())


def run_info(annotator: Annotator, command: str = "quotes extract") -> RunInfo:
    """What runs now: this tool's version, the annotator and its models, the command, the time."""
    return RunInfo(tool_version=__version__, annotator=annotator.description, models=annotator.models,
                   command=command, started=datetime.now(timezone.utc).isoformat(timespec="seconds"))


class Collected:
    """The results of a run spooled to disk, their statuses counted and their speakers resolved.

    ``tables()`` gives the writers what they write; ``results()`` streams the results again.
    """

    def __init__(self, folder: Path):
        self.spool = Path(folder) / "results.jsonl"
        self.statuses: Counter = Counter()
        self.claims = 0
        self.problems: list[tuple] = []
        self.directory = None
        self.review_page = None  # the review page relative to the output, when one is written

    def collect(self, results: Iterable[ArticleResult]) -> None:
        """Spool ``results`` while their speakers are counted; then merge the speakers across them."""
        registry = SpeakerRegistry()
        with self.spool.open("w", encoding="utf-8") as fh:
            for result in results:
                spool.append(fh, result)
                registry.add(result.article, result.claims)
                self.statuses[result.status] += 1
                self.claims += len(result.claims)
                if result.status != "ok":
                    self.problems.append((result.article.id, result.status, result.reason))
        self.directory = registry.resolve()

    def results(self) -> Iterator[ArticleResult]:
        return spool.read_spool(self.spool)

    def claim_rows(self) -> Iterator[dict]:
        for result in self.results():
            for claim in result.claims:
                yield claim_row(claim, result.article, self.directory, self.review_page)

    def article_rows(self) -> Iterator[dict]:
        return (article_row(r, claims) for r, claims in spool.read_articles(self.spool))

    def tables(self, info: RunInfo) -> Tables:
        speakers = self.directory.rows()
        lines = [("articles", sum(self.statuses.values())), ("claims", self.claims), ("speakers", len(speakers))]
        return Tables(self.claim_rows, self.article_rows, speakers, info, lines)

    def summary(self, info: RunInfo, outputs: Sequence[Path]) -> RunSummary:
        return RunSummary(sum(self.statuses.values()), dict(self.statuses), self.claims,
                          len(self.directory.rows()), info.annotator, tuple(outputs), tuple(self.problems))


@contextmanager
def collected(results: Iterable[ArticleResult], folder: Optional[Path] = None) -> Iterator[Collected]:
    """``results`` spooled in a temporary folder (under ``folder``), gone when the block ends."""
    with tempfile.TemporaryDirectory(prefix=f"{SPOOL_PREFIX}{os.getpid()}-", dir=folder) as tmp:
        run = Collected(Path(tmp))
        run.collect(results)
        yield run


def as_ran(info: RunInfo, annotator: Optional[Annotator]) -> RunInfo:
    """``info`` naming the annotators that ran: one per language is loaded only when an article needs it."""
    return info if annotator is None else replace(info, annotator=annotator.description, models=annotator.models)


def write_outputs(results: Iterable[ArticleResult], out_path, *, run_info: RunInfo, html_path=None,
                  dataset: bool = False, annotator: Optional[Annotator] = None) -> RunSummary:
    """Write the claims of ``results`` to ``out_path`` (format by extension) and the ``html_path`` review page.

    ``dataset``: a .parquet output is a folder of parts, with the articles and speakers beside it.
    ``annotator``: the run's, whose description is read once the results are in. Returns what the run did.
    """
    out_path = Path(out_path)
    write = writer(out_path, dataset=dataset)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_path.parent)  # the spool and .part files of a run that was killed
    with collected(results, out_path.parent) as run:
        run_info = as_ran(run_info, annotator)
        run.review_page = review_page_link(out_path, html_path)
        outputs = write(out_path, run.tables(run_info)) or [out_path]
        if html_path:
            from quotes.export.html_report import write_html_report

            write_html_report(Path(html_path), run.results(), run.directory, run_info)
            outputs.append(Path(html_path))
        return run.summary(run_info, outputs)


def resolve_speakers(named: Iterable[tuple]) -> SpeakerDirectory:
    """The speakers of ``(article, claims)`` pairs merged across them (only the claims' speaker columns are read)."""
    registry = SpeakerRegistry()
    for article, claims in named:
        registry.add(article, claims)
    return registry.resolve()


def write_archive(items: Iterable[Item], path, annotator: Annotator, *, options: Options, info: RunInfo,
                  wrap: Callable[[Iterator], Iterator] = iter, batch: int = ARCHIVE_BATCH) -> RunSummary:
    """Add to the .sqlite archive at ``path`` the articles of ``items`` it does not hold yet; returns the summary.

    Each batch of results is committed as it arrives; the speakers are then merged across the
    whole archive, old articles and new.
    """
    from quotes.export.sqlite import Archive

    statuses, problems, claims = Counter(), [], 0
    with Archive(path, info) as archive:
        def fresh() -> Iterator[Item]:
            for item in items:
                if isinstance(item, Article) and archive.is_current(item):
                    statuses["unchanged"] += 1
                    continue
                yield item

        with closing(results(fresh(), annotator, options=options)) as source:
            for chunk in in_chunks(wrap(source), batch):
                archive.add(chunk)
                for r in chunk:
                    statuses[r.status] += 1
                    claims += len(r.claims)
                    if r.status != "ok":
                        problems.append((r.article.id, r.status, r.reason))
        directory = resolve_speakers(archive.named())
        archive.set_speakers(directory, directory.rows())
        archive.finish(statuses["unchanged"])
    return RunSummary(sum(statuses.values()), dict(statuses), claims, len(directory.rows()),
                      as_ran(info, annotator).annotator, (Path(path),), tuple(problems))


def _too_many(what: str) -> RunError:
    return RunError(f"{what}, more than the {EXCEL_ROWS:,} rows an Excel sheet holds: write the claims to "
                    ".parquet or .sqlite instead (-o claims.parquet, or -o claims.sqlite, an archive that "
                    "Datasette opens); nothing was written, and the parse cache keeps what was parsed")


def excel_guard(results: Iterable[ArticleResult], articles: Optional[int]) -> Iterator[ArticleResult]:
    """``results``, stopped with a ``RunError`` as soon as their claims cannot fit one Excel sheet.

    ``articles`` (the number of input articles, if known) lets it stop early: once
    ``EXCEL_PROJECT_AFTER`` articles are done, their rate of claims per article, times the
    articles of the run, must fit (with a margin of ``EXCEL_MARGIN``). It stops before anything
    is written, so no workbook ever holds a part of the claims.
    """
    done = claims = 0
    for result in results:
        done += 1
        claims += len(result.claims)
        if claims > EXCEL_ROWS:
            raise _too_many(f"the claims of {done:,} articles are {claims:,} already")
        if articles and done == EXCEL_PROJECT_AFTER and claims / done * articles > EXCEL_ROWS * EXCEL_MARGIN:
            raise _too_many(f"{done:,} articles gave {claims:,} claims: at that rate the {articles:,} "
                            f"articles of the run give about {round(claims / done * articles):,}")
        yield result


def count_articles(inputs: Sequence[str], options: Options, stop: int) -> Optional[int]:
    """How many articles ``inputs`` hold (read, not parsed), counting no further than ``stop``; None for stdin."""
    from quotes.read import count_items

    if "-" in inputs:
        return None
    extra = {} if options.max_chars is None else {"max_chars": options.max_chars}
    return sum(1 for _ in islice(count_items(list(inputs), glob=options.glob, text_column=options.text_column,
                                             **extra), stop))


def _check(inputs: Sequence[str], output, options: Options, html) -> Optional[int]:
    """What must hold before a run starts (a ``RunError`` if not); the input's articles for an .xlsx output."""
    from quotes.read import check_inputs, check_output

    fmt = output_format(output)
    if fmt in ARCHIVES and html:
        raise RunError("--html goes with a file output (.xlsx, .csv, .jsonl, .parquet), not an .sqlite archive")
    check_inputs(inputs, options.glob)  # a typo in the only input must not replace a good output with an empty one
    for path in filter(None, (output, html)):
        check_output(path, inputs, options.glob)
    if options.dask:
        from quotes.dask import check_address

        try:
            check_address(options.dask)
        except ValueError as err:
            raise RunError(str(err)) from err
    if fmt != ".xlsx":
        return None
    articles = count_articles(inputs, options, EXCEL_ROWS + 1)
    if articles is not None and articles > EXCEL_ROWS:
        raise _too_many(f"the input holds more than {EXCEL_ROWS:,} articles")
    return articles


def run(inputs: Sequence[str], output, annotator: Annotator, *, options: Options = Options(), html=None,
        command: str = "quotes extract", wrap: Callable[[Iterator], Iterator] = iter) -> RunSummary:
    """Read ``inputs``, annotate, attribute and write ``output`` (and the ``html`` review page).

    ``options.cache == "default"`` puts the parse cache beside the output; ``wrap`` wraps
    the stream of results (the CLI's progress bar). An .sqlite output is an archive that
    grows (``write_archive``); an .xlsx output whose claims cannot fit a sheet stops with a
    ``RunError`` before anything is written (``excel_guard``). Returns what the run did.
    ``quotes.read.InputError`` when no input names anything to read, or an output is one of the
    inputs: no file is touched.
    """
    articles = _check(inputs, output, options, html)
    if options.cache == "default":
        options = replace(options, cache=str(Path(output).resolve().parent / ".quotes-cache"))
    info = run_info(annotator, command)
    if output_format(output) in ARCHIVES:
        return write_archive(read(inputs, options), output, annotator, options=options, info=info, wrap=wrap)
    with closing(results(read(inputs, options), annotator, options=options)) as source:  # workers stop with it
        stream = wrap(source)
        if output_format(output) == ".xlsx":
            stream = excel_guard(stream, articles)
        return write_outputs(stream, output, run_info=info, html_path=html, dataset=bool(options.dask),
                             annotator=annotator)


def claims(items: Iterable[Item], annotator: Annotator, cache: Optional[str] = None) -> Iterator[Claim]:
    """Every claim of ``items`` (the evaluation's predictor): no speaker merging; failed articles give none."""
    for result in results(items, annotator, options=Options(cache=cache)):
        yield from result.claims


def claim_rows(items: Iterable[Item], annotator: Annotator, cache: Optional[str] = None) -> list[dict]:
    """The output rows of the claims of ``items``, speakers merged across them (``quotes eval cases``)."""
    with collected(results(items, annotator, options=Options(jobs=1, cache=cache))) as run:
        return list(run.claim_rows())


def claims_frame(items: Iterable[Item], annotator: Annotator) -> "pandas.DataFrame":
    """The Claims table of ``items`` as a DataFrame with ``read_claims``' dtypes, speakers merged (``quotes.extract``)."""
    import pandas as pd

    from quotes.export.read_back import typed_frame

    return typed_frame(pd.DataFrame(claim_rows(items, annotator), columns=list(OUTPUT_COLUMNS)))
