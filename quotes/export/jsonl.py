"""The Claims table as JSON lines: one object per claim, spans as lists, text as read."""
from __future__ import annotations

import json
from pathlib import Path

from quotes.export.safe import atomic_path


def write(path: Path, tables) -> None:
    """Write ``tables.claims()`` to ``path``, one JSON object a line, atomically."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for row in tables.claims():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
