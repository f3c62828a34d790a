"""Shared fixtures: documents read from CoNLL-U with stanza's own reader, the language pack, the annotator."""
from pathlib import Path

import pytest
from stanza.utils.conll import CoNLL

from quotes.lang import load_language

DATA = Path(__file__).parent / "data"


def read_fixture(name: str, folder: str = "engine"):
    """The stanza Document of ``tests/data/<folder>/<name>.conllu`` over the text of ``<name>.txt``."""
    text = (DATA / folder / f"{name}.txt").read_text(encoding="utf-8")
    doc = CoNLL.conll2doc(input_str=(DATA / folder / f"{name}.conllu").read_text(encoding="utf-8"))
    doc.text = text
    doc.build_ents()
    return doc


@pytest.fixture(scope="session")
def lang():
    return load_language("en")


@pytest.fixture(scope="session")
def spacy_annotator():
    from quotes.annotate.spacy_ud import SpacyAnnotator

    return SpacyAnnotator()
