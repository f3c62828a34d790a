"""The Python process tuned for a run over many articles, and put back as it was after it.

Two things cost an annotated run time that has nothing to do with the articles:

- Python's cycle collector. Each parse is tens of thousands of objects, so at Python's
  default pace (a collection every 700 allocations) the collector would rescan the loaded
  models many times a second. The models are frozen out of its scans and it runs less often.
- The C allocator handing memory back. After each article is attributed and freed, glibc
  returns the top of its heap to the system, and the parser's next batch takes it back one
  page fault at a time: 15 of 145 seconds on 900 articles, measured. During a run the heap
  keeps what it has grown to (peak memory does not change, only when it is given back).

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
from contextlib import contextmanager
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


def _glibc() -> Optional[ctypes.CDLL]:
    """The C library when it is glibc (it has ``mallopt``), else None (macOS, Windows, musl)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
    except (OSError, TypeError):
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


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
    """Both of the above, for the length of a run of a process that is the run's own (the CLI)."""
    with collector_for_long_runs(), allocator_for_long_runs():
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
