"""Invisible characters change nothing: the annotator reads a cleaned text, spans index the text as read.

Zero-width spaces and joiners, soft hyphens, a byte-order mark or direction marks inside an
article split names ("Trae\\xadger"), hide words from the tagger and lose claims. Every
annotator parses ``clean(text).text`` and hands its Document to ``restore``, which moves
every offset back onto the article as read; names and claim texts are built with ``visible``.

>>> cleaned = clean("Mark Trae\\xadger\\u200b said")
>>> cleaned.text, cleaned.original_span(5, 12)
('Mark Traeger said', (5, 13))
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Removed: they have no width and no meaning in a sentence.
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
# Replaced one for one by a space: spaces that only forbid a line break.
NO_BREAK = "\u00a0\u2007\u202f"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SPACES = str.maketrans({c: " " for c in NO_BREAK})
_HIDDEN = re.compile(f"[{INVISIBLE}{NO_BREAK}]")  # either kind: most names and claims hold neither


@dataclass(frozen=True)
class CleanText:
    """A text without invisible characters, and where each of its characters stood in the original.

    ``starts`` is None when nothing was removed (offsets are the same).
    """

    text: str
    original: str
    starts: Optional[tuple[int, ...]] = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the cleaned ``[start, end)`` covers (end exclusive)."""
        if self.starts is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.starts[end - 1] + 1


def visible(text: str) -> str:
    """``text`` without invisible characters and with plain spaces: for names and claim texts."""
    if not text or not _HIDDEN.search(text):  # one scan, not a copy, where there is nothing to change
        return text
    return _INVISIBLE.sub("", text).translate(_SPACES)


def clean(text: str) -> CleanText:
    """The text the annotator reads: invisible characters out, no-break spaces as spaces."""
    spaced = text.translate(_SPACES)
    if not _INVISIBLE.search(spaced):
        return CleanText(spaced, text)
    starts = tuple(k for k, ch in enumerate(spaced) if ch not in INVISIBLE)
    return CleanText("".join(spaced[k] for k in starts), text, starts)


def restore(doc, cleaned: CleanText):
    """``doc`` (parsed from ``cleaned.text``) with every offset into the original and its text.

    The entities are built again from the words' tags, over the original text.
    """
    if cleaned.starts is None:  # nothing was removed: the offsets stand, only the text is the original's
        doc.text = cleaned.original
        return doc
    for sentence in doc.sentences:
        for token in sentence.tokens:
            _move(token, cleaned)
            for word in token.words:
                if word.start_char is not None:
                    _move(word, cleaned)
    doc.text = cleaned.original
    doc.build_ents()
    return doc


def _move(unit, cleaned: CleanText) -> None:
    # stanza's tokens and words have no setters for their offsets; the fields are their own.
    if unit.start_char is None:
        return
    unit._start_char, unit._end_char = cleaned.original_span(unit.start_char, unit.end_char)
