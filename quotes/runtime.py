"""The Python process tuned for a run over many articles, and put back as it was after it.

Three things cost an annotated run time that has nothing to do with the articles:

- Python's cycle collector. Each parse is tens of thousands of objects, so at Python's
  default pace (a collection every 700 allocations) the collector would rescan the loaded
  models many times a second. The models are frozen out of its scans and it runs less often.
- The C allocator handing memory back. After each article is attributed and freed, glibc
  returns the top of its heap to the system, and the parser's next batch takes it back one
  page fault at a time: 15 of 145 seconds on 900 articles, measured. During a run the heap
  keeps what it has grown to (peak memory does not change, only when it is given back).
- OpenBLAS's threads. natasha's models are numpy matrix products, and OpenBLAS starts one
  thread per core; with two cores shared by the run's own processes they wait on each other:
  the Russian leads took 23.4 s with them and 7.3 s with one (same output, measured on 2 cores).
  The command line runs with one BLAS thread unless ``OPENBLAS_NUM_THREADS`` says otherwise.

The collector's settings can be read and are put back exactly, so library calls tune it for
their length. glibc's cannot be read back (and setting them ends its own adaptive
thresholds), so only a caller that owns the process tunes the allocator: the command line.

    with tuned_for_long_runs():          # the CLI: collector and allocator
        for result in results: ...
    with collector_for_long_runs():      # a library generator: the collector only
        ...
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import re
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

COLLECTOR_THRESHOLD = 1_000_000  # allocations between automatic collections (Python: 700)

# glibc's mallopt parameters (malloc.h), the values for a run, and glibc's documented defaults.
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
RUN_ALLOCATOR = {M_TRIM_THRESHOLD: 1 << 30, M_TOP_PAD: 64 << 20, M_MMAP_THRESHOLD: 32 << 20}
DEFAULT_ALLOCATOR = {M_TRIM_THRESHOLD: 128 << 10, M_TOP_PAD: 128 << 10, M_MMAP_THRESHOLD: 128 << 10}


@contextmanager
def collector_for_long_runs(threshold: int = COLLECTOR_THRESHOLD) -> Iterator[None]:
    """Python's cycle collector run every ``threshold`` allocations, loaded models out of its scans.

    Objects are frozen only when the caller froze none (``gc.unfreeze`` cannot tell theirs from ours).
    """
    old = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()


def _libc() -> Optional[ctypes.CDLL]:
    """The C library, or None where ctypes cannot load it."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c"))
    except (OSError, TypeError):
        return None


def _glibc() -> Optional[ctypes.CDLL]:
    """The C library when it is glibc (it has ``mallopt``), else None (macOS, Windows, musl)."""
    libc = _libc()
    return libc if libc is not None and hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


@contextmanager
def allocator_for_long_runs() -> Iterator[bool]:
    """glibc keeps its heap through the run; yields whether it could be told so.

    After the run the defaults are set again and the free memory is handed back.
    """
    libc = _glibc()
    tuned = libc is not None and all(libc.mallopt(k, v) == 1 for k, v in RUN_ALLOCATOR.items())
    try:
        yield tuned
    finally:
        if libc is not None:
            for k, v in DEFAULT_ALLOCATOR.items():
                libc.mallopt(k, v)
            libc.malloc_trim(0)


@contextmanager
def tuned_for_long_runs() -> Iterator[None]:
    """All of the above, for the length of a run of a process that is the run's own (the CLI)."""
    with collector_for_long_runs(), allocator_for_long_runs(), one_blas_thread():
        yield


OPENBLAS_THREADS = "OPENBLAS_NUM_THREADS"


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """One OpenBLAS thread for the numpy this run loads (and its worker processes), unless the
    environment already says how many; OpenBLAS reads it once, when numpy is first imported."""
    if os.environ.get(OPENBLAS_THREADS) is not None:
        yield
        return
    with environment(**{OPENBLAS_THREADS: "1"}):
        yield


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Environment variables set to ``values`` inside the block, then put back as they were."""
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# -- a run's processes and temporary files, when a run is stopped or killed ---------------------
PR_SET_PDEATHSIG = 1  # linux/prctl.h
SPOOL_PREFIX = ".quotes-spool-"
# Temporary names that carry the pid of the process that made them: ".quotes-spool-<pid>-*" and
# ".<name>.<pid>.<hex>.part"; a killed run's are removed by the next run (remove_leftovers).
LEFTOVER = re.compile(r"^(?:\.quotes-spool-(?P<spool>\d+)-.*|\..+\.(?P<part>\d+)\.[0-9a-f]{8}\.part)$")


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a run ends as after Ctrl-C: temporary files removed."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM raises ``Terminated`` in the main thread inside the block (the CLI's whole run)."""
    def stop(signum, frame):
        raise Terminated()

    try:
        old = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def die_with_parent(parent: int) -> None:
    """In a worker process: end when ``parent`` ends, and leave stopping to it.

    On Linux the kernel kills the worker when its parent dies (even by SIGKILL); everywhere
    the worker ends at once if its parent is already gone. Ctrl-C is the parent's to handle
    (it stops the pool), and SIGTERM ends a worker without a traceback.
    """
    libc = _libc()
    if libc is not None and hasattr(libc, "prctl"):
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    orphaned(parent)


def orphaned(parent: int) -> None:
    """End this worker process at once when ``parent`` is no longer its parent."""
    if os.getppid() != parent:
        os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def remove_leftovers(folder) -> list[Path]:
    """Remove the spools and ``.part`` files in ``folder`` whose process is dead; returns what went."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for path in entries:
        match = LEFTOVER.match(path.name)
        if not match or _alive(int(match.group("spool") or match.group("part"))):
            continue
        try:
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
