"""Text that is safe in a spreadsheet cell, and files that are replaced only when complete."""
from __future__ import annotations

import os
import re
import secrets
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

EXCEL_CELL_LIMIT = 32_767
NEW_FILE_MODE = 0o666  # less the umask, as for any file a program creates
EXCEL_MAX_ROWS = 1_048_576
FORMULA_STARTS = "=+-@\t\r"  # what makes a spreadsheet read a field as a formula (OWASP's list)
CSV_ESCAPE = "'"
# A field gets an apostrophe in front when it starts with a formula character, after any apostrophes.
ESCAPE_NEEDED = re.compile(f"'*[{re.escape(FORMULA_STARTS)}]")
ESCAPED = re.compile(f"'+[{re.escape(FORMULA_STARTS)}]")
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


def csv_escaped(value):
    """``value`` safe in a CSV field: an apostrophe before a formula start, as OWASP advises.

    An apostrophe is also added before apostrophes that lead to a formula start, so that
    ``csv_unescaped`` can tell added apostrophes from the text's own: it takes off exactly one.

    >>> csv_escaped("=SUM(A1)"), csv_escaped("'=x"), csv_escaped("'tis"), csv_escaped(0.5)
    ("'=SUM(A1)", "''=x", "'tis", 0.5)
    """
    if isinstance(value, str) and ESCAPE_NEEDED.match(value):
        return CSV_ESCAPE + value
    return value


def csv_unescaped(value):
    """The text ``csv_escaped`` was given: one leading apostrophe off where it added one.

    >>> csv_unescaped("'=SUM(A1)"), csv_unescaped("''=x"), csv_unescaped("'tis")
    ('=SUM(A1)', "'=x", "'tis")
    """
    if isinstance(value, str) and ESCAPED.match(value):
        return value[1:]
    return value


def cannot_write(target: Path) -> Optional[str]:
    """Why no file can be written at ``target`` (a file where its folder would be, a folder
    that takes no new file), or None; found before a run, not after it.

    >>> cannot_write(Path("/proc/claims.xlsx"))
    'cannot write in /proc: No such file or directory'
    """
    folder = Path(target).absolute().parent
    while not folder.is_dir() and not folder.exists() and folder != folder.parent:
        folder = folder.parent  # made by the writer
    if not folder.is_dir():
        return f"{folder} is a file, not a folder"
    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as err:
        return f"cannot write in {folder}: {err.strerror}"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, moved onto it only when the block completes.

    A crash or Ctrl-C inside the block leaves ``target`` as it was and no temporary file.
    The file gets the mode of the file it replaces (0644 stays 0644), else the one the
    user's umask gives a new file, as ``open`` would.

        with atomic_path(Path("out/claims.jsonl")) as tmp:
            tmp.write_text(...)
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_file(target)
    try:
        yield tmp
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _new_file(target: Path) -> Path:
    """An empty file of a fresh name beside ``target``, created with the umask's mode (mkstemp's is 0600)."""
    while True:
        tmp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part"  # pid: runtime.remove_leftovers
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE))
            return tmp
        except FileExistsError:
            continue


def _keep_mode(target: Path, tmp: Path) -> None:
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:  # nothing to replace: the mode the umask gave stays
        return
    os.chmod(tmp, mode)
