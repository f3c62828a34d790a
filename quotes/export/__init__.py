"""Export: the run's results as .xlsx, .csv, .jsonl or .parquet (and a review page).

``write_outputs`` streams the results to a spool on disk while counting speakers, merges
the speakers across the corpus, then writes the output in a second pass. Every file is
written to a temporary name and moved into place only when complete.
"""
from __future__ import annotations

import csv
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from quotes.export import spool
from quotes.export.rows import OUTPUT_COLUMNS, SPAN_COLUMNS, article_link, claim_row
from quotes.export.safe import atomic_path
from quotes.types import ArticleResult

FORMATS = (".xlsx", ".csv", ".jsonl", ".parquet")
PARQUET_CHUNK = 5000


@dataclass(frozen=True)
class RunInfo:
    """What ran: tool and annotator versions, models, the command, when it started."""

    tool_version: str
    annotator: str
    models: str
    command: str
    started: str


@dataclass(frozen=True)
class RunSummary:
    """What a run did: articles by status, claims, speakers, the files written, the problems."""

    articles: int
    by_status: dict
    claims: int
    speakers: int
    annotator: str
    outputs: tuple
    problems: tuple = field(default_factory=tuple)  # (article id, status, reason)


def _article_row(result: ArticleResult) -> dict:
    a = result.article
    meta = a.meta or {}
    return {"article": a.id, "status": result.status, "reason": result.reason, "claims": len(result.claims),
            "title": meta.get("title"), "date": meta.get("date"), "author": meta.get("author"),
            "source": meta.get("source") or meta.get("sitename"), "link": article_link(a),
            "encoding": a.encoding, "annotator": result.annotator}


def _rows(spool_path: Path, directory) -> Iterator[dict]:
    for result in spool.read_spool(spool_path):
        for claim in result.claims:
            yield claim_row(claim, result.article, directory)


def _flat(row: dict) -> dict:
    return {k: (json.dumps(v) if k in SPAN_COLUMNS and v is not None else v) for k, v in row.items()}


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_csv(path: Path, rows: Iterable[dict]) -> None:
    """CSV in UTF-8 with a byte-order mark, so that Excel reads accents right; spans as JSON."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(OUTPUT_COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow(_flat(row))


def write_parquet(path: Path, rows: Iterable[dict]) -> None:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        writer = None
        rows = iter(rows)
        while chunk := list(islice(rows, PARQUET_CHUNK)):
            table = pa.Table.from_pandas(pd.DataFrame(chunk, columns=list(OUTPUT_COLUMNS)), preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(tmp, table.schema)
            writer.write_table(table.cast(writer.schema))
        if writer is None:
            pa_table = pa.Table.from_pandas(pd.DataFrame(columns=list(OUTPUT_COLUMNS)), preserve_index=False)
            pq.write_table(pa_table, tmp)
        else:
            writer.close()


def write_outputs(results: Iterable[ArticleResult], out_path, *, run_info: RunInfo, registry_factory=None,
                  html_path=None, html_writer: Optional[Callable] = None) -> RunSummary:
    """Write the claims of ``results`` to ``out_path`` (format by extension); returns the summary."""
    from quotes.export.xlsx import write_xlsx
    from quotes.speakers import SpeakerRegistry

    out_path = Path(out_path)
    if out_path.suffix.lower() not in FORMATS:
        raise ValueError(f"unknown output format {out_path.suffix!r}: use one of {', '.join(FORMATS)}")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    registry = (registry_factory or SpeakerRegistry)()
    articles, statuses, claims = [], Counter(), 0
    annotators = Counter()
    with tempfile.TemporaryDirectory(prefix=".quotes-spool-", dir=out_path.parent) as tmpdir:
        spool_path = Path(tmpdir) / "results.jsonl"
        with spool_path.open("w", encoding="utf-8") as fh:
            for result in results:
                spool.append(fh, result)
                registry.add(result.article, result.claims)
                articles.append(_article_row(result))
                statuses[result.status] += 1
                claims += len(result.claims)
                if result.annotator:
                    annotators[result.annotator] += 1
        directory = registry.resolve()
        speakers = directory.rows()
        suffix = out_path.suffix.lower()
        if suffix == ".xlsx":
            sample = list(islice(_rows(spool_path, directory), 300))
            summary_lines = [("articles", len(articles)), ("claims", claims), ("speakers", len(speakers))]
            write_xlsx(out_path, _rows(spool_path, directory), sample, speakers, articles, run_info, summary_lines)
        elif suffix == ".csv":
            write_csv(out_path, _rows(spool_path, directory))
        elif suffix == ".jsonl":
            write_jsonl(out_path, _rows(spool_path, directory))
        else:
            write_parquet(out_path, _rows(spool_path, directory))
        outputs = [out_path]
        if html_path and html_writer:
            html_writer(Path(html_path), spool.read_spool(spool_path), directory, run_info)
            outputs.append(Path(html_path))
    problems = tuple((r["article"], r["status"], r["reason"]) for r in articles if r["status"] != "ok")
    return RunSummary(len(articles), dict(statuses), claims, len(speakers), run_info.annotator,
                      tuple(outputs), problems)
