"""The process tuned for a long run: the cycle collector, the C allocator and BLAS threads, restored after it."""
import gc
import os
import subprocess
import sys

import pytest

from quotes.pipeline import extract_articles
from quotes.runtime import allocator_for_long_runs, collector_for_long_runs, one_blas_thread, tuned_for_long_runs
from quotes.types import Article


def test_collector_is_restored_after_a_run():
    before = gc.get_threshold()
    with collector_for_long_runs(threshold=12_345):
        assert gc.get_threshold()[0] == 12_345
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_collector_is_restored_when_a_run_stops_early(spacy_annotator, lang):
    before = gc.get_threshold()
    articles = [Article(f"a{i}", "Velizade said that talks failed.") for i in range(3)]
    results = extract_articles(articles, spacy_annotator, lang, batch_size=1)
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


def test_a_run_loads_numpy_with_one_blas_thread_and_puts_the_environment_back(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with one_blas_thread():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
        # a worker started inside the run inherits it
        out = subprocess.run([sys.executable, "-c", "import os; print(os.environ['OPENBLAS_NUM_THREADS'])"],
                             capture_output=True, text=True, check=True).stdout
        assert out.strip() == "1"
    assert "OPENBLAS_NUM_THREADS" not in os.environ


def test_the_users_blas_threads_are_kept(monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    with tuned_for_long_runs():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


class RecordingLibc:
    """Stands in for glibc: records every mallopt and malloc_trim it is asked for."""

    def __init__(self):
        self.calls = []

    def mallopt(self, key, value):
        self.calls.append(("mallopt", key, value))
        return 1

    def malloc_trim(self, pad):
        self.calls.append(("malloc_trim", pad))
        return 1


def collector_state():
    return gc.get_threshold(), gc.isenabled(), gc.get_freeze_count()


def test_a_library_generator_closed_early_leaves_the_process_as_it_was(spacy_annotator, lang, monkeypatch):
    libc = RecordingLibc()
    monkeypatch.setattr("quotes.runtime._glibc", lambda: libc)
    gc.freeze()  # the caller's own frozen objects stay frozen
    try:
        before = collector_state()
        results = extract_articles([Article(f"a{i}", "Velizade said that talks failed.") for i in range(3)],
                                   spacy_annotator, lang, batch_size=1)
        assert next(results).claims
        results.close()
        assert collector_state() == before
        assert libc.calls == []  # glibc's settings cannot be read back: a library call leaves them alone
    finally:
        gc.unfreeze()


def test_the_api_leaves_the_collector_as_it_was(spacy_annotator):
    import quotes

    gc.set_threshold(500, 9, 9)
    try:
        before = collector_state()
        df = quotes.extract(["Anna Smith said that the talks failed."], annotator=spacy_annotator)
        assert df.speaker.tolist() == ["Anna Smith"]
        assert collector_state() == before
    finally:
        gc.set_threshold(700, 10, 10)


def test_the_command_line_tunes_both_and_undoes_them(tmp_path, monkeypatch):
    from quotes.cli import main
    from quotes.runtime import DEFAULT_ALLOCATOR, RUN_ALLOCATOR

    libc = RecordingLibc()
    monkeypatch.setattr("quotes.runtime._glibc", lambda: libc)
    (tmp_path / "a.txt").write_text("Anna Smith said that the talks failed.", encoding="utf-8")
    before = collector_state()
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "c.csv"), "--nlp", "spacy", "-q"]) == 0
    assert collector_state() == before
    mallopts = [c[1:] for c in libc.calls if c[0] == "mallopt"]
    assert mallopts == [*RUN_ALLOCATOR.items(), *DEFAULT_ALLOCATOR.items()]
    assert libc.calls[-1] == ("malloc_trim", 0)
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").count("Anna Smith") >= 1
