"""Split quotations keep both parts: '"When I use a word," she said, "it means what I choose."'

The parser often hangs the second part on the tag's verb and leaves the first to no one. A
quotation that ends in a comma (or ! ?) inside its marks right before a tag, in the tag's
sentence, belongs to the claim of the quotation after the tag.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from quotes.engine.quotemarks import Quote, as_quotes
from quotes.engine.spans import GrowingSpans
from quotes.engine.tree import Tree
from quotes.types import Attribution, Content

TAG_OPENERS = ",!?—–-"  # how the first part of a split quotation ends before its tag


def with_first_parts(text: str, trees: Sequence[Tree], quotes: Sequence[Quote],
                     found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` with each direct claim after a tag given the unclaimed quotation before the tag."""
    out, quotes = list(found), as_quotes(quotes)
    claimed = GrowingSpans(s for x in out for s in x.content.spans)
    for k, a in enumerate(out):
        if a.cue is None or a.content.quote_type != "direct":
            continue
        cue_start, first = a.cue.spans[0][0], a.content.spans[0][0]
        if first < cue_start:
            continue  # the claim already opens before its cue
        before = [q for q in quotes.starting_in(a.sentence[0], cue_start) if q.end <= cue_start
                  and text[q.inner[0]:q.inner[1]].rstrip()[-1:] in TAG_OPENERS]
        if before and not claimed.overlaps(*before[-1].inner):
            spans = (before[-1].inner,) + a.content.spans
            out[k] = replace(a, content=Content(spans, "direct"))
            claimed.add(before[-1].inner)
    return out
