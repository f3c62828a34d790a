"""Headlines: a headline restates its lead, so it adds no claim of its own.

"Experts doubt the republic can feed itself" above "The republic cannot ..., agrarian
experts have noted." is one claim, the lead's. A headline is a line of its own, of a few
words, with no closing full stop, followed by a longer line that ends like a sentence.
A place before a headline colon ("Tbilisi: talks resume") is a label, not a speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from quotes.engine.constructions import COLON
from quotes.types import Attribution, Span

MAX_HEADLINE_WORDS = 25
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
PLACE_TYPES = ("GPE", "LOC", "FAC")


def _lines(text: str) -> list[Span]:
    """The non-blank lines of ``text`` as spans, white space trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def headlines(text: str) -> list[tuple[Span, Span]]:
    """Each headline line with the lead line below it."""
    lines = _lines(text)
    # a line with no lowercase letter between them (a legal notice in capitals) is furniture, not the lead
    prose = [(a, b) for a, b in lines if any(map(str.islower, text[a:b]))]
    found = []
    for (a, b), (c, d) in zip(prose, prose[1:]):
        head, lead = text[a:b], text[c:d]
        if len(head.split()) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(head) \
                and SENTENCE_END.search(lead) and len(lead.split()) > len(head.split()):
            found.append(((a, b), (c, d)))
    return found


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] < outer[1]


def _anchor(a: Attribution) -> Span:
    return a.cue.spans[0] if a.cue else a.content.spans[0]


def without_headline_echoes(text: str, found: Sequence[Attribution], places=()) -> list[Attribution]:
    """``found`` less the claims of headlines whose lead holds a claim, and less place labels.

    ``places`` are the spans of place names: "Tbilisi:" before a headline colon claims nothing.
    """
    dropped = set()
    anchors = sorted((_anchor(a)[0], k) for k, a in enumerate(found))  # halved, not read per headline
    starts = [start for start, _ in anchors]

    def anchored_in(span: Span) -> list[Attribution]:
        return [found[k] for _, k in anchors[bisect_left(starts, span[0]):bisect_left(starts, span[1])]]

    for head, lead in headlines(text):
        if anchored_in(lead):
            dropped.update(id(a) for a in anchored_in(head))
    for a in found:
        mention = a.source.mention if a.source else None
        if a.cue is not None and a.cue.kind == COLON and mention and a.source.kind != "person" \
                and any(p[0] <= mention[0] and mention[1] <= p[1] for p in places):
            dropped.add(id(a))
    return [a for a in found if id(a) not in dropped]
