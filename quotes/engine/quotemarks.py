"""Quoted passages in raw text, found without ever failing on an odd quotation mark.

Marks: " ' “ ” ‘ ’ « » „ ‹ ›. Whether a mark opens or closes is read from its
neighbours (space before and a letter after opens), so ``”`` used as an opening mark or
``“`` closing a ``„`` quote still pair; only ``»`` closes ``«`` (the Russian «…„…“…»). An apostrophe between letters (``don't``,
``Velizade’s``) is never a quotation mark. A quote left open at the end of a paragraph
ends there; when the next paragraph opens a quote again (the news convention for a
quotation over several paragraphs) the two pieces are marked as one quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Optional, Sequence

from quotes.engine.spans import SpanIndex

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
SINGLE_EITHER = "'"
QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
CLOSERS = "\"'”’»"  # marks that can end a quotation: '." ' ends a sentence too
OPENERS = "\"“‘'«„"  # marks that can open one
DOUBLE_MARKS = "\"“”«»„"  # what a name or a role loses ('the "Caucasian Knot')
# A quotation needs this many words to be speech rather than a title or a nickname.
MIN_QUOTE_WORDS = 4
SENTENCE_LOOKBACK = 80  # characters read back to see whether a quotation opens a sentence
FILLER = "\u2060"  # a word joiner: neither space nor letter, it keeps offsets when '' becomes "
OPENING_CONTEXT = "([{-–—/:;,"
# Marks that only their own partner closes; any other quotation mark inside them is a nested
# quotation ("«Он сказал: „Уезжайте“, и мы уехали»" is one quotation, the inner one inside it).
OWN_CLOSER = {"«": "»", "‹": "›"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n|\n(?=[ \t]*[\"“«„])")


@dataclass(frozen=True)
class Quote:
    """One quoted passage: ``start``/``end`` include the marks, ``inner`` excludes them.

    ``closed`` is False when the paragraph ended before a closing mark; ``group`` is
    shared by the pieces of one quotation that runs over several paragraphs.
    """

    start: int
    end: int
    inner: tuple[int, int]
    closed: bool
    group: int
    double: bool


class Quotes(tuple):
    """An article's quotations in text order (a tuple of ``Quote``), with lookups by offset, so
    that a pass over a long article reads the few quotations near a sentence, not all of them.

    >>> Quotes(find_quotes('He said: “It is over.” Then: “No.”')).overlapping(0, 12)
    [Quote(start=9, end=22, ...)]
    """

    @cached_property
    def _index(self) -> SpanIndex:
        return SpanIndex([(q.start, q.end) for q in self])

    @cached_property
    def _groups(self) -> dict[int, tuple[tuple[int, int], ...]]:
        groups: dict[int, list] = {}
        for q in self:
            groups.setdefault(q.group, []).append(q.inner)
        return {g: tuple(spans) for g, spans in groups.items()}

    def overlapping(self, start: int, end: int) -> list[Quote]:
        """The quotations that share a character with ``[start, end)``, in order."""
        return [self[k] for k in self._index.overlapping(start, end)]

    def covering(self, offset: int) -> list[Quote]:
        """The quotations that hold the character at ``offset``, in order."""
        return [self[k] for k in self._index.covering(offset)]

    def starting_in(self, lo: int, hi: int) -> list[Quote]:
        """The quotations that open at ``lo`` to ``hi`` (both included), in order."""
        return [self[k] for k in self._index.starting_in(lo, hi)]

    def ending_in(self, lo: int, hi: int) -> list[Quote]:
        """The quotations that close at ``lo`` to ``hi`` (both included), in order."""
        return [self[k] for k in self._index.ending_in(lo, hi)]

    def group_spans(self, group: int) -> tuple[tuple[int, int], ...]:
        """The inner spans of every piece of one quotation (over several paragraphs), in order."""
        return self._groups.get(group, ())


def as_quotes(quotes: Sequence[Quote]) -> Quotes:
    """``quotes`` with their lookups (the same object when it has them already)."""
    return quotes if isinstance(quotes, Quotes) else Quotes(quotes)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: text between blank lines (or a line break before an opening quote)."""
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` that is followed by a non-space and preceded by space or start."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in OPENING_CONTEXT or before in QUOTE_CHARS) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A mark at ``i`` preceded by a non-space and followed by space, punctuation or end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _is_apostrophe(text: str, i: int) -> bool:
    """``don't``, ``Velizade’s``, ``rock 'n' roll``: a letter on both sides, or a year ('90s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or (before.isspace() and after.isdigit())


def _pair(text: str, lo: int, hi: int, opening: str, closing: str, either: str,
          single: bool) -> list[tuple[int, Optional[int]]]:
    """Pairs of (open, close) mark offsets of one family inside ``text[lo:hi]``; close None if left open."""
    pairs: list[tuple[int, Optional[int]]] = []
    open_at: Optional[int] = None
    outer: list[int] = []  # marks left open when a straight mark opened again: nested, or stray
    restored = False  # whether the open mark is one of those, open again after its inner quotation
    marks = re.compile(f"[{re.escape(opening + closing + either)}]")  # compiled once: re keeps it
    for mark in marks.finditer(text, lo, hi):  # the marks only, not every character
        i, ch = mark.start(), mark.group()
        if single and _is_apostrophe(text, i):
            continue
        if open_at is None:
            if ch in opening or (_opens(text, i) and not (ch in closing and _closes(text, i))):
                open_at, restored = i, False
        elif text[open_at] in OWN_CLOSER and ch != OWN_CLOSER[text[open_at]]:
            continue  # „…“ inside «…»: only » closes «
        elif ch in closing or ch in either or (ch in opening and _closes(text, i)):
            if _closes(text, i) or not _opens(text, i):
                pairs.append((open_at, i))
                open_at = outer.pop() if outer else None
                restored = open_at is not None
            elif ch in either or ch in opening:
                # An opening mark while one is open: a quotation inside it if a later mark closes the
                # first, else the first was a stray mark.
                if ch in either and text[open_at] in either:
                    outer.append(open_at)
                open_at, restored = i, False
    if restored and open_at is not None:
        open_at = None  # the first mark never closed: it was a stray one, the quotations after it stand
    if open_at is not None and not single:
        pairs.append((open_at, None))
    return [p for p in pairs if not any(a < p[0] and b is not None and p[0] < b for a, b in pairs)]


# A tag set off by dashes inside one pair of marks, the Russian convention for a split quotation:
# «Проблема не в законе, — считает юрист Мурад Ибрагимов. — Проблема в том, как его применяют».
INNER_TAG = re.compile(r"(?<=[,.!?…])[ \t]+[—–-][ \t]+(?:[^—–\n\"«»“”„]|\"[^\"\n]{1,60}\"|«[^»\n]{1,60}»|„[^“\n]{1,60}“)"
                       r"{1,160}?[,.:][ \t]+[—–-][ \t]+(?=\S)")  # a name in marks may stand in the tag


def _split_at_tag(text: str, quote: Quote) -> tuple[Quote, ...]:
    """A double quotation with a dash-set tag inside as its two pieces (one group), else itself."""
    a, b = quote.inner
    tag = INNER_TAG.search(text, a, b) if quote.double else None
    if tag is None:
        return (quote,)
    first = Quote(quote.start, tag.start(), (a, tag.start()), True, quote.group, True)
    second = Quote(tag.end(), quote.end, (tag.end(), b), quote.closed, quote.group, True)
    return first, second


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted passage of ``text``, in order; nested quotes are left inside their outer quote.

    >>> [text[q.inner[0]:q.inner[1]] for q in find_quotes('He said: “It is over.”')]
    ['It is over.']
    """
    original = text
    # Two apostrophes stand for a double quotation mark in some newsrooms (''like this'').
    text = text.replace("''", '"' + FILLER)
    quotes: list[Quote] = []
    group = -1
    carried = False  # the previous paragraph ended inside an open quote
    for lo, hi in _paragraphs(text):
        doubles = _pair(text, lo, hi, DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER, single=False)
        singles = [p for p in _pair(text, lo, hi, SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER, single=True)
                   if not any(a < p[0] and (b is None or p[0] < b) for a, b in doubles)]
        found = sorted(doubles + singles)
        first = True
        for start, close in found:
            continues = first and carried and start <= lo + 1
            group = group if continues else group + 1
            end = close + 1 if close is not None else _trim_end(text, start, hi)
            inner_end = close if close is not None else end
            inner_start = start + 2 if original[start:start + 2] == "''" else start + 1
            end += 1 if close is not None and original[close:close + 2] == "''" else 0
            if end - start > 1 and inner_start <= inner_end:
                quotes.extend(_split_at_tag(original, Quote(start, end, (inner_start, inner_end), close is not None,
                                                            group, double=(start, close) in doubles)))
            first = False
        carried = bool(found) and found[-1][1] is None
    return tuple(quotes)


def _trim_end(text: str, start: int, hi: int) -> int:
    """The end of a quote left open: the paragraph end, less trailing white space."""
    while hi > start + 1 and text[hi - 1].isspace():
        hi -= 1
    return hi


def is_speech(text: str, quote: Quote) -> bool:
    """A quotation of a few words at least ("Caucasian Knot" and "smart" are names, not speech),
    or a shorter one that is an utterance: an exclamation or question ("Out, out!"), one
    introduced by a comma or colon (He yelled, "Out!"), or a sentence of its own ('"They sue,"
    he said.', «Всё решено», — сказал он).
    """
    inner = text[quote.inner[0]:quote.inner[1]].strip()
    if len(inner.split()) >= MIN_QUOTE_WORDS:
        return True
    if not inner:
        return False
    introduced = text[max(0, quote.start - 3):quote.start].rstrip().endswith((",", ":"))
    # the comma of a tag inside the marks ('"They sue," he said') or after them («Всё решено», — сказал он)
    tagged = inner[-1] in ",." or text[quote.end:quote.end + 1] == ","
    return inner[-1] in "!?" or introduced or (tagged and _opens_sentence(text, quote.start))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence: the text, a line, or what follows a full stop ('." ')."""
    before = text[max(0, start - SENTENCE_LOOKBACK):start]
    stripped = before.rstrip()
    if "\n" in before[len(stripped):] or (not stripped and start <= SENTENCE_LOOKBACK):
        return True
    return stripped.rstrip(CLOSERS)[-1:] in (".", "!", "?")


def quotes_beside(text: str, span: tuple[int, int], quotes: Sequence[Quote]) -> list[Quote]:
    """Quotations that overlap the sentence ``span``, end just before it, or follow a colon at its end."""
    a, b = span
    before = a  # the quotations ending in [before, a] touch the sentence: only " ,.;" lies between
    while before > 0 and text[before - 1] in " \t,.;":
        before -= 1
    after = b - 1  # after "X said:", the quotations starting in [b, after]; none without a colon
    if text[b - 1:b] == ":":
        after = b
        while after < len(text) and text[after].isspace():
            after += 1
    quotes = as_quotes(quotes)
    index = quotes._index
    near = {*index.overlapping(a, b), *index.ending_in(before, a), *index.starting_in(b, after)}
    return [quotes[k] for k in sorted(near)]
