"""The Claims table as CSV in UTF-8 with a byte-order mark (so that Excel reads accents right)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from quotes.export.rows import OUTPUT_COLUMNS, SPAN_COLUMNS
from quotes.export.safe import atomic_path


def flat(row: dict) -> dict:
    """``row`` with its spans as JSON text (``[[21, 38]]``), the way a flat table holds them."""
    return {k: (json.dumps(v) if k in SPAN_COLUMNS and v is not None else v) for k, v in row.items()}


def write(path: Path, tables) -> None:
    """Write ``tables.claims()`` to ``path`` with a header row, atomically."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(OUTPUT_COLUMNS))
        writer.writeheader()
        for row in tables.claims():
            writer.writerow(flat(row))
