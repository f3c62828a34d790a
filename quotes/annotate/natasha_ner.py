"""slovnet's entities of one paragraph, computed bit for bit as slovnet computes them, faster.

The natasha annotator asks for the entities of every paragraph apart (a headline never runs
into the lead below it), so slovnet's NER runs once per paragraph, on one sequence with no
padding. Per call, slovnet pads each convolution's input with ``np.pad`` (slower than the
convolution itself on a short paragraph), clears padded positions there are none of, and
decodes the CRF with batch-wide indexing; on Russian news that made the entities cost a third
of natasha's own time. Here the same numbers go through the same operations in the same order
(one matrix product per layer with the same operands, the same elementwise steps, the same
Viterbi sums), so the tags are the very ones slovnet gives; ``ParagraphEntities`` checks that on
a sample when it is made, and uses slovnet's own call if they ever differ.

>>> ParagraphEntities(NewsNERTagger(NewsEmbedding()))("Глава МИД Грузии Илья Дарчиашвили заявил")
[Span(start=6, stop=9, type='ORG'), Span(start=10, stop=16, type='LOC'), Span(start=17, stop=33, type='PER')]
"""
from __future__ import annotations

from typing import NamedTuple, Optional, Sequence

import numpy as np

# Checked against slovnet's own call when the tagger is wrapped: names, an organisation, a place.
SAMPLE = ("Глава МИД Грузии Илья Дарчиашвили заявил в Тбилиси, что «Газпром» и ООО «Ромашка» "
          "подписали соглашение, сообщил 3 марта 2021 года корреспонденту «Кавказского узла» Руслан Кутаев.")


class ParagraphEntities:
    """``entities(text, tokens)``: the entity spans (start, stop, type) slovnet's NER gives ``text``."""

    def __init__(self, tagger):
        self.tagger = tagger
        infer = tagger.infer
        self.encoder, self.model, self.tags = infer.encoder, infer.model, infer.decoder.tags_vocab
        self.exact = _spans(self._own(SAMPLE)) == _spans(tagger(SAMPLE).spans)

    def __call__(self, text: str, tokens: Optional[Sequence[tuple[int, int]]] = None) -> list:
        """The spans of ``text`` (one paragraph), with ``start``, ``stop`` and ``type``; ``tokens``, the
        (start, stop) of its words where the caller has them already (razdel's tokens of it otherwise)."""
        return self._own(text, tokens) if self.exact else list(self.tagger(text).spans)

    def _own(self, text: str, tokens: Optional[Sequence[tuple[int, int]]] = None) -> list:
        from razdel import tokenize
        from slovnet.bio import bio_spans

        if tokens is None:  # as slovnet.exec.infer.text_words
            tokens = [(t.start, t.stop) for t in tokenize(text)]
        if not tokens:
            return []
        words = [text[a:b] for a, b in tokens]
        encoded = next(self.encoder([words]))
        emissions = forward(self.model, encoded.word_id, encoded.shape_id)[0]
        tags = [self.tags.decode(k) for k in viterbi(self.model.head.crf.transitions.array, emissions)]
        # The tokens' own offsets: slovnet's BIOMarkup.to_span finds each word in the text again.
        return list(bio_spans([_Token(a, b) for a, b in tokens], tags))


class _Token(NamedTuple):
    start: int
    stop: int


def _spans(spans) -> list[tuple]:
    return [(s.start, s.stop, s.type) for s in spans]


def forward(model, word_id, shape_id):
    """slovnet's tagger (embedding, CNN encoder, projection) on one unpadded sequence: emissions (1, n, tags)."""
    x = np.swapaxes(model.emb(word_id, shape_id), 2, 1)
    for layer in model.encoder.layers:  # no padded position to clear: the sequence is alone
        x = layer.norm(layer.relu(conv1d(layer.conv, x)))
    return model.head(np.swapaxes(x, 2, 1))


def conv1d(conv, x):
    """slovnet's ``Conv1d`` on ``x`` (batch, in, seq): the same windows and matrix product, zeros padded by hand."""
    batch, dim, size = x.shape
    pad = conv.padding
    padded = np.zeros((batch, dim, size + 2 * pad), dtype=x.dtype)  # what np.pad(mode="constant") makes, C order
    padded[:, :, pad:pad + size] = x
    batch_stride, dim_stride, seq_stride = padded.strides
    filters, _, kernel = conv.weight.shape
    count = size + 2 * pad - kernel + 1
    windows = np.ndarray((batch, count, dim, kernel), dtype=padded.dtype, buffer=padded.data,
                         strides=(batch_stride, padded.itemsize, dim_stride, seq_stride))
    windows = windows.reshape(batch * count, dim * kernel)
    out = np.matmul(windows, conv.weight.array.reshape(filters, dim * kernel).T) + conv.bias.array
    return out.reshape(batch, count, filters).swapaxes(2, 1)


def viterbi(transitions, emissions) -> list[int]:
    """slovnet's CRF decoding of one sequence's ``emissions`` (n, tags): the best tag ids, in order.

    The same float32 sums as slovnet's batch decoding (score + transitions, then + emissions).
    """
    tags = emissions.shape[1]
    columns = np.arange(tags)
    score, history = emissions[0], []
    for row in emissions[1:]:
        step = score.reshape(tags, 1) + transitions + row.reshape(1, tags)
        best = step.argmax(0)
        score = step[best, columns]
        history.append(best)
    best = int(score.argmax())
    path = [best]
    for back in reversed(history):
        best = int(back[best])
        path.append(best)
    path.reverse()
    return path
