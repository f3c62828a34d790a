"""Which of many spans overlap a span: a sorted index, so a long article is not read pair by pair.

    >>> SpanIndex([(0, 10), (4, 6), (20, 30)]).overlapping(5, 6)
    [0, 1]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
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

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """The keys of the spans that start at ``lo`` to ``hi`` (both included), sorted."""
        return sorted(k for _, _, k in self._spans[bisect_left(self._starts, lo):bisect_right(self._starts, hi)])

    def ending_in(self, lo: int, hi: int) -> list[int]:
        """The keys of the spans that end at ``lo`` to ``hi`` (both included), sorted."""
        ends = self._by_end
        return sorted(k for _, k in ends[bisect_left(ends, (lo,)):bisect_left(ends, (hi + 1,))])

    @cached_property
    def _by_end(self) -> list[tuple[int, int]]:
        return sorted((b, k) for _, b, k in self._spans)


class GrowingSpans:
    """Whether any of a set of spans overlaps a query, spans added as a pass goes on.

    The claims' contents while a pass extends them: a span is filed under the blocks of
    ``BLOCK`` characters it starts in (a longer one in a short list of its own), so a query
    reads the few spans near it, not every claim of the article.

    >>> spans = GrowingSpans([(0, 10)]); spans.add((40, 45)); spans.overlaps(44, 50)
    True
    """

    BLOCK = 2048

    def __init__(self, spans=()):
        self._blocks: dict[int, list[Span]] = {}
        self._long: list[Span] = []
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        if span[1] - span[0] > self.BLOCK:
            self._long.append(span)
        else:
            self._blocks.setdefault(span[0] // self.BLOCK, []).append(span)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)`` (``a < end and start < b``)."""
        if any(a < end and start < b for a, b in self._long):
            return True
        # a short span that reaches the query starts at most one block before it
        for block in range((start - self.BLOCK) // self.BLOCK, (end - 1) // self.BLOCK + 1):
            if any(a < end and start < b for a, b in self._blocks.get(block, ())):
                return True
        return False
