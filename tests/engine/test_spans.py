"""The span index answers as reading every span would."""
import random

from quotes.engine.spans import GrowingSpans, SpanIndex


def test_overlapping_matches_reading_every_span():
    rng = random.Random(3)
    spans = [(a, a + rng.choice([0, 1, 3, 40, 400])) for a in (rng.randrange(1000) for _ in range(300))]
    index = SpanIndex(spans)
    for _ in range(500):
        a = rng.randrange(1100)
        b = a + rng.choice([0, 1, 5, 50])
        assert index.overlapping(a, b) == [k for k, (s, e) in enumerate(spans) if s < b and a < e]
        assert index.covering(a) == [k for k, (s, e) in enumerate(spans) if s <= a < e]
        assert index.starting_in(a, b) == [k for k, (s, e) in enumerate(spans) if a <= s <= b]
        assert index.ending_in(a, b) == [k for k, (s, e) in enumerate(spans) if a <= e <= b]


def test_growing_spans_answer_as_reading_every_span():
    rng = random.Random(5)
    lengths = [0, 1, 3, 40, 400, GrowingSpans.BLOCK, GrowingSpans.BLOCK + 1, 9000]
    spans = [(a, a + rng.choice(lengths)) for a in (rng.randrange(20000) for _ in range(200))]
    grown = GrowingSpans(spans[:100])
    for k, span in enumerate(spans[100:], 100):
        grown.add(span)
        for _ in range(20):
            a = rng.randrange(-10, 21000)
            b = a + rng.choice([-1, 0, 1, 5, 50, 3000])
            assert grown.overlaps(a, b) == any(s < b and a < e for s, e in spans[:k + 1])


def test_keys_name_the_spans():
    assert SpanIndex([(0, 5), (10, 20)], keys=[7, 9]).covering(12) == [9]
    assert SpanIndex([]).covering(3) == []
