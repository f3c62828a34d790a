"""Choosing the annotator, and stanza failing fast and clearly where its models are missing."""
import time

import pytest

from quotes.annotate import ModelMissingError, choose_annotator_name, load_annotator


def test_auto_picks_spacy_without_stanza_models_and_says_why(tmp_path):
    name, why = choose_annotator_name("auto", str(tmp_path))
    assert name == "spacy"
    assert str(tmp_path) in why and "make models" in why


def test_auto_picks_stanza_when_its_models_are_there(tmp_path):
    from quotes.annotate.stanza_nlp import REQUIRED

    for part in REQUIRED:
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / part).write_text("{}")
    assert choose_annotator_name("auto", str(tmp_path))[0] == "stanza"


def test_explicit_choice_is_kept(tmp_path):
    assert choose_annotator_name("spacy", str(tmp_path)) == ("spacy", "chosen with --nlp")


def test_unknown_annotator_is_refused():
    with pytest.raises(ValueError):
        choose_annotator_name("bert")


def test_missing_stanza_models_fail_fast_with_what_to_run(tmp_path):
    start = time.monotonic()
    with pytest.raises(ModelMissingError) as err:
        load_annotator("stanza", model_dir=str(tmp_path))
    assert time.monotonic() - start < 5
    assert "make models" in str(err.value) and str(tmp_path) in str(err.value)
    assert isinstance(err.value, OSError)


def test_stanza_own_loading_error_becomes_model_missing(tmp_path):
    """Past our file check, stanza's own OSError (no resources.json) is turned into the same clear error."""
    from quotes.annotate.stanza_nlp import StanzaAnnotator

    start = time.monotonic()
    with pytest.raises(ModelMissingError, match="make models"):
        StanzaAnnotator(model_dir=str(tmp_path), check_files=False)
    assert time.monotonic() - start < 10


def test_auto_loads_spacy_offline(tmp_path):
    annotator = load_annotator("auto", model_dir=str(tmp_path))
    assert annotator.name == "spacy"


def test_russian_auto_picks_natasha_without_stanza_models_and_says_why(tmp_path):
    name, why = choose_annotator_name("auto", str(tmp_path), "ru")
    assert name == "natasha" and "ru" in why and "make models" in why


def test_russian_auto_picks_stanza_when_its_russian_models_are_there(tmp_path):
    from quotes.annotate.stanza_nlp import required_files

    for part in required_files("ru"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / part).write_text("{}")
    assert choose_annotator_name("auto", str(tmp_path), "ru")[0] == "stanza"
    assert choose_annotator_name("auto", str(tmp_path), "en")[0] == "spacy"  # English models are not there


def test_an_offline_annotator_of_another_language_means_this_language_s_own(tmp_path):
    assert choose_annotator_name("spacy", str(tmp_path), "ru")[0] == "natasha"
    assert choose_annotator_name("natasha", str(tmp_path), "en")[0] == "spacy"
