"""The stanza annotator built on a real stanza.Pipeline, offline, with a tiny model trained here."""
import os
from types import SimpleNamespace

import pytest

from quotes.annotate.stanza_nlp import StanzaAnnotator, model_digest
from quotes.engine.attribute import find_attributions
from tests.annotate.tiny_stanza import train_tiny_ner


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stanza_tiny")
    return folder, train_tiny_ner(folder)


def test_real_pipeline_runs_the_tiny_ner(tiny):
    folder, options = tiny
    annotator = StanzaAnnotator(model_dir=str(folder), **options)
    texts = ["Anna Smith said that talks failed .", "John Brown told that talks failed ."]
    docs = list(annotator.annotate(texts))
    assert [d.text for d in docs] == texts
    assert [(e.text, e.type) for e in docs[0].ents] == [("Anna Smith", "PERSON")]
    assert [(e.text, e.type) for e in docs[1].ents] == [("John Brown", "PERSON")]
    for text, doc in zip(texts, docs):
        for w in doc.sentences[0].words:
            assert text[w.start_char:w.end_char] == w.text


def test_many_texts_are_batched_in_order(tiny):
    folder, options = tiny
    annotator = StanzaAnnotator(model_dir=str(folder), **options)
    texts = [f"Anna Smith said that talks failed number {k} ." for k in range(40)]
    assert [d.text for d in annotator.annotate(texts)] == texts


def test_a_long_text_is_parsed_in_pieces_and_joined(tiny):
    folder, options = tiny
    annotator = StanzaAnnotator(model_dir=str(folder), **options)
    annotator.piece_chars = 80
    lines = [f"Anna Smith said that talks failed number {k} ." for k in range(12)]
    text = "\n".join(lines)
    (doc,) = annotator.annotate([text])
    assert doc.text == text and len(doc.sentences) == 12
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert text[token.start_char:token.end_char] == token.text
    assert [e.text for e in doc.ents] == ["Anna Smith"] * 12
    assert all(text[e.start_char:e.end_char] == "Anna Smith" for e in doc.ents)


def test_engine_survives_a_document_without_a_parse(tiny, lang):
    folder, options = tiny
    doc = next(StanzaAnnotator(model_dir=str(folder), **options).annotate(["Anna Smith said that talks failed ."]))
    assert find_attributions(doc, lang) == []  # no dependency parse, no cue: and no crash


def test_description_and_cache_key(tiny):
    folder, options = tiny
    annotator = StanzaAnnotator(model_dir=str(folder), **options)
    assert annotator.name == "stanza" and "tokenize,ner" in annotator.description
    assert f"models {model_digest(annotator.pipeline)}" in annotator.version_key
    assert str(folder) not in annotator.version_key  # where the model lies is no version
    assert StanzaAnnotator(model_dir=str(folder), **options).version_key == annotator.version_key


def test_the_cache_key_changes_with_the_model_files(tmp_path):
    def pipeline(content: bytes):
        path = tmp_path / "model.pt"
        path.write_bytes(content)
        return SimpleNamespace(processors={"ner": SimpleNamespace(config={"model_path": str(path), "batch": 3})})

    assert model_digest(pipeline(b"weights 1")) == model_digest(pipeline(b"weights 1"))
    assert model_digest(pipeline(b"weights 1")) != model_digest(pipeline(b"weights 2"))


def test_loading_leaves_the_environment_as_it_was(tiny, monkeypatch):
    folder, options = tiny
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    StanzaAnnotator(model_dir=str(folder), **options)
    assert "HF_HUB_OFFLINE" not in os.environ
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    StanzaAnnotator(model_dir=str(folder), **options)
    assert os.environ["HF_HUB_OFFLINE"] == "0"


@pytest.fixture(scope="module")
def tiny_ru(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stanza_tiny_ru")
    return folder, train_tiny_ner(folder, "ru")


def test_real_russian_pipeline_names_entities_as_the_engine_reads_them(tiny_ru):
    """stanza's Russian NER labels persons PER: the annotator gives the engine PERSON."""
    folder, options = tiny_ru
    annotator = StanzaAnnotator(model_dir=str(folder), language="ru", **options)
    texts = ["Анна Петрова сказала , что переговоры сорвались .", "Олег Быков заявил , что переговоры сорвались ."]
    docs = list(annotator.annotate(texts))
    assert [d.text for d in docs] == texts
    assert [(e.text, e.type) for e in docs[0].ents] == [("Анна Петрова", "PERSON")]
    assert [(e.text, e.type) for e in docs[1].ents] == [("Олег Быков", "PERSON")]
    assert annotator.language == "ru" and "|ru|" in annotator.version_key


def test_russian_models_are_looked_for_in_their_own_folder(tmp_path):
    from quotes.annotate import ModelMissingError
    from quotes.annotate.stanza_nlp import missing_models

    assert "ru/depparse" in missing_models(tmp_path, "ru") and "ru/mwt" not in missing_models(tmp_path, "ru")
    with pytest.raises(ModelMissingError, match="make models"):
        StanzaAnnotator(model_dir=str(tmp_path), language="ru")
