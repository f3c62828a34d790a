"""The process tuned for a long run: the cycle collector and the C allocator, restored after it."""
import gc
import sys

import pytest

from quotes.pipeline import extract_articles
from quotes.runtime import allocator_for_long_runs, collector_for_long_runs, tuned_for_long_runs
from quotes.types import Article


def test_collector_is_restored_after_a_run():
    before = gc.get_threshold()
    with collector_for_long_runs(threshold=12_345):
        assert gc.get_threshold()[0] == 12_345
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_collector_is_restored_when_a_run_stops_early(spacy_annotator, lexicon):
    before = gc.get_threshold()
    articles = [Article(f"a{i}", "Velizade said that talks failed.") for i in range(3)]
    results = extract_articles(articles, spacy_annotator, lexicon, batch_size=1)
    next(results)
    results.close()  # the caller stopped reading: the generator's finally still runs
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt is Linux's")
def test_allocator_is_tuned_on_glibc():
    with allocator_for_long_runs() as tuned:
        assert tuned
        held = bytearray(64 << 20)  # bigger than the run's mmap threshold: still allocated fine
        assert len(held) == 64 << 20


def test_tuning_is_undone_even_when_the_run_raises():
    before = gc.get_threshold()
    with pytest.raises(KeyError):
        with tuned_for_long_runs():
            raise KeyError("an error inside a run")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
