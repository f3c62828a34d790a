"""Long texts annotated in pieces, joined into one Document whose offsets index the whole text.

A parser's memory grows with the words it is given at once (spaCy's holds some 16 KB per
word of its batch), and spaCy refuses a text over a million characters. So every annotator
parses pieces of at most ``piece_chars`` characters, cut after a blank line, else a line
break, else the end of a sentence, else a space, in batches of at most ``batch_chars``: its
memory is bounded by those, whatever the article's length. The pieces of an article are
then joined into one stanza Document with ``text`` the article exactly and every word's
``start_char``/``end_char`` moved back into it.

    >>> pieces("One.\\n\\nTwo.\\n\\nThree.", 8)
    [(0, 6), (6, 12), (12, 18)]
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Sequence

PIECE_CHARS = 50_000  # longer than any article of the benchmarks: those are parsed whole, as before
BATCH_CHARS = 160_000  # characters handed to the parser at once: 32 articles of the benchmarks, as before
# Where a piece may end, best first: after a blank line, a line break, a sentence end, a space.
BOUNDARIES = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"),
              re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s+"), re.compile(r"\s+"))

Parse = Callable[[list[str]], Iterable]  # texts -> one Document per text, in order


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces of ``text``, each at most ``size`` characters, together all of it."""
    spans, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start + size // 2, start + size)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, low: int, high: int) -> int:
    """The best place to end a piece between ``low`` and ``high`` (the last boundary of the best kind)."""
    window = text[low:high]
    for pattern in BOUNDARIES:
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None and last.end() > 0:
            return low + last.end()
    return high


def _batches(texts: Iterable[str], piece_chars: int, batch_chars: int, batch_docs: int) -> Iterator[list]:
    """Lists of ``(text, start, end, last)`` pieces, in order, within the batch limits."""
    batch, size = [], 0
    for text in texts:
        spans = pieces(text, piece_chars)
        for k, (start, end) in enumerate(spans):
            if batch and (len(batch) >= batch_docs or size + end - start > batch_chars):
                yield batch
                batch, size = [], 0
            batch.append((text, start, end, k == len(spans) - 1))
            size += end - start
    if batch:
        yield batch


def annotate_in_pieces(texts: Iterable[str], parse: Parse, *, piece_chars: int = PIECE_CHARS,
                       batch_chars: int = BATCH_CHARS, batch_docs: int = 32) -> Iterator:
    """One Document per text, in order, each parsed in pieces by ``parse`` and joined.

    A text of one piece gets the Document ``parse`` made of it, untouched.
    """
    parts: list = []
    for batch in _batches(texts, piece_chars, batch_chars, batch_docs):
        for (text, start, end, last), doc in zip(batch, parse([t[s:e] for t, s, e, _ in batch]), strict=True):
            if last and not parts and start == 0:
                yield doc
                continue
            parts.append(_part(doc, start))
            if last:
                yield join(text, parts)
                parts = []


def _part(doc, offset: int) -> tuple:
    """A piece's sentences as token dicts with offsets into the whole text, and its coreference chains."""
    sentences = doc.to_dict()
    for sentence in sentences:
        for token in sentence:
            if "start_char" in token:
                token["start_char"] += offset
                token["end_char"] += offset
    return sentences, list(getattr(doc, "coref", None) or ())


def join(text: str, parts: Sequence[tuple]) -> object:
    """One Document of ``text`` from its pieces' ``(sentences, chains)``; chains re-pointed to their sentences."""
    from stanza.models.common.doc import CorefChain, CorefMention, Document

    sentences, chains = [], []
    for piece_sentences, piece_chains in parts:
        first = len(sentences)
        chains.extend(CorefChain(len(chains), [CorefMention(m.sentence + first, m.start_word, m.end_word)
                                               for m in c.mentions], c.representative_text, c.representative_index)
                      for c in piece_chains)
        sentences.extend(piece_sentences)
    doc = Document(sentences, text=text)
    if chains:
        doc.coref = chains
    return doc
