"""The Claims table as Parquet: one file, written in row groups, or a dataset folder of parts.

A dataset folder (``claims.parquet/part-00000.parquet``, ...) is what a run on a Dask
cluster writes: each part is written whole to a hidden temporary name (readers skip names
that start with a dot) and then moved into place. ``pandas.read_parquet`` reads either.
"""
from __future__ import annotations

import os
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from quotes.export.rows import OUTPUT_COLUMNS
from quotes.export.safe import atomic_path

CHUNK_ROWS = 5000  # rows per row group (and per part of a dataset)


def _tables(rows: Iterable[dict], columns: Sequence[str], size: int) -> Iterator:
    import pandas as pd
    import pyarrow as pa

    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield pa.Table.from_pandas(pd.DataFrame(chunk, columns=list(columns)), preserve_index=False)


def _empty(columns: Sequence[str]):
    import pandas as pd
    import pyarrow as pa

    return pa.Table.from_pandas(pd.DataFrame(columns=list(columns)), preserve_index=False)


def write_table(path: Path, rows: Iterable[dict], columns: Sequence[str] = OUTPUT_COLUMNS) -> None:
    """``rows`` as one Parquet file at ``path``, atomically, in row groups of ``CHUNK_ROWS``."""
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        writer = None
        for table in _tables(rows, columns, CHUNK_ROWS):
            if writer is None:
                writer = pq.ParquetWriter(tmp, table.schema)
            writer.write_table(table.cast(writer.schema))
        if writer is None:
            pq.write_table(_empty(columns), tmp)
        else:
            writer.close()


def write_dataset(folder: Path, rows: Iterable[dict], columns: Sequence[str] = OUTPUT_COLUMNS,
                  part_rows: int = CHUNK_ROWS) -> None:
    """``rows`` as a dataset folder of parts of ``part_rows`` rows; the folder is replaced when complete.

    The parts are written into a hidden folder beside ``folder``, which then takes its place:
    a run that stops midway leaves the folder of the last complete run.
    """
    import pyarrow.parquet as pq

    folder = Path(folder)
    staging = folder.parent / f".{folder.name}.part"
    _remove(staging)
    staging.mkdir(parents=True)
    try:
        written = 0
        for written, table in enumerate(_tables(rows, columns, part_rows), 1):
            with atomic_path(staging / f"part-{written - 1:05d}.parquet") as tmp:
                pq.write_table(table, tmp)
        if not written:  # an empty dataset still tells its readers its columns
            with atomic_path(staging / "part-00000.parquet") as tmp:
                pq.write_table(_empty(columns), tmp)
        old = folder.parent / f".{folder.name}.old"
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        _remove(old)
    except BaseException:
        _remove(staging)
        raise


def _remove(folder: Path) -> None:
    if folder.is_dir():
        for part in folder.iterdir():
            part.unlink()
        folder.rmdir()
    elif folder.exists():
        folder.unlink()


def beside(folder: Path, table: str) -> Path:
    """Where a dataset's other table goes: ``claims.parquet`` -> ``claims.articles.parquet``."""
    folder = Path(folder)
    return folder.with_name(f"{folder.stem}.{table}{folder.suffix}")


def write(path: Path, tables) -> None:
    """Write ``tables.claims()`` to the file ``path``."""
    write_table(path, tables.claims())


def write_parts(path: Path, tables) -> list[Path]:
    """Write the claims as the dataset folder ``path``, the articles as a dataset beside it, and the speakers.

    ``claims.parquet/``, ``claims.articles.parquet/`` and ``claims.speakers.parquet``; returns them.
    """
    from quotes.export.xlsx import ARTICLE_COLUMNS, SPEAKER_COLUMNS

    written = [Path(path), beside(path, "articles"), beside(path, "speakers")]
    write_dataset(written[0], tables.claims())
    write_dataset(written[1], tables.articles(), ARTICLE_COLUMNS)
    write_table(written[2], tables.speakers, SPEAKER_COLUMNS)
    return written
