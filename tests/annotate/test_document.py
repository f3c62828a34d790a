"""The Document contract shared by the annotators: releasing a parse once the engine is done."""
import gc

from quotes.annotate import release_document
from quotes.engine.attribute import find_attributions


def test_a_released_document_leaves_no_cycles_behind(spacy_annotator):
    (doc,) = spacy_annotator.annotate(["Elkhan Velizade, a political analyst, told reporters that talks failed."])
    assert doc.ents and doc.sentences[0].words[0].sent is doc.sentences[0]
    gc.collect()
    release_document(doc)
    del doc
    assert gc.collect() == 0  # nothing was left for the cycle collector: the parse was freed at once


def test_release_comes_after_attribution_and_keeps_the_claims(spacy_annotator, lang):
    (doc,) = spacy_annotator.annotate(["Velizade said that talks failed."])
    found = find_attributions(doc, lang)
    release_document(doc)
    assert [a.source.speaker for a in found] == ["Velizade"]


def test_release_ignores_what_is_not_a_document():
    release_document(RuntimeError("annotation failed"))
    release_document(None)
