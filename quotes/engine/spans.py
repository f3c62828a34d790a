"""Which of many spans overlap a span: a sorted index, so a long article is not read pair by pair.

    >>> SpanIndex([(0, 10), (4, 6), (20, 30)]).overlapping(5, 6)
    [0, 1]
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Sequence

from quotes.types import Span


class SpanIndex:
    """The positions of ``spans`` (``(start, end)``, end-exclusive) that overlap a query, in order."""

    def __init__(self, spans: Sequence[Span], keys: Sequence[int] = ()):
        keys = keys or range(len(spans))
        self._spans = sorted((a, b, k) for (a, b), k in zip(spans, keys))
        self._starts = [a for a, _, _ in self._spans]
        # The furthest end of the spans so far: reading back stops where none can reach the query.
        self._reach = list(accumulate((b for _, b, _ in self._spans), max))

    def overlapping(self, start: int, end: int) -> list[int]:
        """The keys of the spans that share a character with ``[start, end)``, sorted."""
        hits, j = set(), bisect_left(self._starts, end) - 1
        while j >= 0 and self._reach[j] > start:
            if self._spans[j][1] > start:
                hits.add(self._spans[j][2])
            j -= 1
        return sorted(hits)

    def covering(self, offset: int) -> list[int]:
        """The keys of the spans that hold the character at ``offset``."""
        return self.overlapping(offset, offset + 1)
