"""The Claims table as CSV in UTF-8 with a byte-order mark (so that Excel reads accents right)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from quotes.export.rows import OUTPUT_COLUMNS, SPAN_COLUMNS
from quotes.export.safe import atomic_path, csv_escaped


def flat(row: dict) -> dict:
    """``row`` with its spans as JSON text (``[[21, 38]]``), and text a spreadsheet would run escaped.

    >>> flat({"claim": "=1+1", "cue_spans": [[0, 4]]})
    {'claim': "'=1+1", 'cue_spans': '[[0, 4]]'}
    """
    return {k: csv_escaped(json.dumps(v) if k in SPAN_COLUMNS and v is not None else v) for k, v in row.items()}


def write(path: Path, tables) -> None:
    """Write ``tables.claims()`` to ``path`` with a header row, atomically.

    Every text field is quoted, so that no locale's list separator splits it into a new cell.
    """
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(OUTPUT_COLUMNS), quoting=csv.QUOTE_NONNUMERIC)
        writer.writeheader()
        for row in tables.claims():
            writer.writerow(flat(row))
