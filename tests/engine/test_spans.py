"""The span index answers as reading every span would."""
import random

from quotes.engine.spans import SpanIndex


def test_overlapping_matches_reading_every_span():
    rng = random.Random(3)
    spans = [(a, a + rng.choice([0, 1, 3, 40, 400])) for a in (rng.randrange(1000) for _ in range(300))]
    index = SpanIndex(spans)
    for _ in range(500):
        a = rng.randrange(1100)
        b = a + rng.choice([0, 1, 5, 50])
        assert index.overlapping(a, b) == [k for k, (s, e) in enumerate(spans) if s < b and a < e]
        assert index.covering(a) == [k for k, (s, e) in enumerate(spans) if s <= a < e]


def test_keys_name_the_spans():
    assert SpanIndex([(0, 5), (10, 20)], keys=[7, 9]).covering(12) == [9]
    assert SpanIndex([]).covering(3) == []
