"""Export: writers of a run's tables, one module per format, chosen by the output's extension.

A writer only writes: the pipeline (``quotes.pipeline``) has read, annotated and attributed
the articles and resolved the speakers; it hands a writer the ``Tables`` of the run.
Every file is written to a temporary name and moved into place only when complete.

    .xlsx     quotes.export.xlsx      Claims, Speakers, Articles, About, Top speakers
    .csv      quotes.export.csv       the Claims table, UTF-8 with a byte-order mark
    .jsonl    quotes.export.jsonl     the Claims table, one JSON object per line
    .parquet  quotes.export.parquet   the Claims table (a dataset folder on a Dask cluster)
    .sqlite   quotes.export.sqlite    an archive that grows: claims, speakers, articles, runs
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Callable, Iterator, Sequence

from quotes.export.rows import article_row
from quotes.types import RunInfo

WRITERS = {".xlsx": "xlsx", ".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".sqlite": "sqlite"}
FORMATS = tuple(WRITERS)
ARCHIVES = (".sqlite",)  # written as results arrive, and added to by later runs


@dataclass(frozen=True)
class Tables:
    """What a writer is given: the run's tables, each streamed again on every call.

    ``claims()`` yields output rows (``rows.claim_row``), ``articles()`` one row per
    article with its status, ``speakers`` the resolved speakers, most quoted first.
    """

    claims: Callable[[], Iterator[dict]]
    articles: Callable[[], Iterator[dict]]
    speakers: Sequence[dict]
    run: RunInfo
    summary: Sequence[tuple] = ()  # (label, value) lines for a sheet that has room for them


def output_format(path) -> str:
    """The output's extension (".xlsx"), or ValueError naming the formats there are."""
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        raise ValueError(f"unknown output format {suffix!r}: use one of {', '.join(FORMATS)}")
    return suffix


def writer(path, *, dataset: bool = False) -> Callable[[Path, Tables], None]:
    """The ``write(path, tables)`` of the output's format; with ``dataset``, its ``write_parts`` (a folder of parts).

    A writer returns the paths it wrote when they are more than ``path`` (else None).
    """
    module = import_module(f"quotes.export.{WRITERS[output_format(path)]}")
    return getattr(module, "write_parts", module.write) if dataset else module.write


__all__ = ["ARCHIVES", "FORMATS", "RunInfo", "Tables", "article_row", "output_format", "writer"]
