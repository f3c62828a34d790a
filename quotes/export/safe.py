"""Text that is safe in a spreadsheet cell, and files that are replaced only when complete."""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XLSX cannot hold (as openpyxl's ILLEGAL_CHARACTERS_RE): control characters.
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_text(value: str, limit: int = EXCEL_CELL_LIMIT) -> str:
    """``value`` as an XLSX cell can hold it: control characters replaced, over-long text cut visibly.

    >>> cell_text("a\\x00b")
    'a\\ufffdb'
    """
    value = ILLEGAL.sub("\ufffd", value)
    if len(value) > limit:
        marker = f" … [truncated: {len(value):,} characters; full text in the .jsonl/.csv output]"
        value = value[: limit - len(marker)] + marker
    return value


def is_formula_like(value: str) -> bool:
    """Whether a spreadsheet would read ``value`` as a formula ("=SUM(A1)", "+1", "@x")."""
    return value.startswith(FORMULA_STARTS)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, moved onto it only when the block completes.

    A crash or Ctrl-C inside the block leaves ``target`` as it was and no temporary file.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
