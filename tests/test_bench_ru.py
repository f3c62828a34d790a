"""make bench's Russian path: the corpus it measures on, and natasha alone as natasha runs itself."""
import pytest

from quotes.bench_ru import BLAS_THREADS, child_env, corpus_files, natasha_alone


@pytest.fixture(scope="module")
def natasha():
    from quotes.annotate.natasha_ud import NatashaAnnotator

    return NatashaAnnotator()


def test_the_folder_is_repeated_until_it_holds_the_words(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Министр заявил, что всё хорошо.", encoding="utf-8")
    (src / "b.txt").write_text("Эксперт отметил рост цен.", encoding="utf-8")
    files = corpus_files(src, 20, tmp_path / "out")
    assert [f.name for f in files] == ["00000_a.txt", "00001_b.txt", "00002_a.txt", "00003_b.txt", "00004_a.txt"]
    assert sum(len(f.read_text(encoding="utf-8").split()) for f in files) >= 20


def test_bare_is_natashas_own_pipeline(natasha):
    doc, = natasha_alone(natasha, ["По словам Рустама Хакимова, власти не ответили на запрос."])
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["словам"] == "слово" and lemmas["ответили"] == "ответить"
    assert all(t.head_id and t.rel for t in doc.tokens)
    assert [(s.text, s.type) for s in doc.spans] == [("Рустама Хакимова", "PER")]


def test_bare_lemmas_worked_out_once_are_natashas_own(natasha):
    texts = ["Министры заявили, что министр уехал.", "Министр заявил журналистам, что министры уехали."]
    for doc in natasha_alone(natasha, texts + texts):  # the second round reads every lemma from the memo
        for token in doc.tokens:
            assert token.lemma == natasha.vocab.lemmatize(token.text, token.pos, token.feats), token.text


@pytest.mark.parametrize("threads", [1, 2])
def test_every_mode_runs_with_the_blas_threads_asked_for(threads, monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "8")
    monkeypatch.setenv("LANG", "C.UTF-8")
    env = child_env(threads)
    assert {name: env[name] for name in BLAS_THREADS} == dict.fromkeys(BLAS_THREADS, str(threads))
    assert env["LANG"] == "C.UTF-8"  # the rest of the environment kept
