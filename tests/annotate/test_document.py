"""The Document contract shared by the annotators: releasing a parse once the engine is done, and
building it in bulk (quotes/annotate/document.py) as stanza's constructor would."""
import gc
import random

import pytest
from stanza.models.common.doc import Document
from stanza.models.ner.utils import decode_from_bioes

from quotes.annotate import release_document
from quotes.annotate.document import build_document, decode_bioes
from quotes.engine.attribute import find_attributions
from tests.annotate.ud import differences


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


# -- build_document: the constructor's Document, built in bulk -------------------------------------
KEYS = ("text", "lemma", "upos", "xpos", "feats", "head", "deprel", "start_char", "end_char", "ner")


def _rows(text, words):
    """Rows of ``words`` (form, head, deprel, ner), offsets found in ``text`` left to right."""
    rows, at = [], 0
    for form, head, deprel, ner in words:
        start = text.index(form, at)
        at = start + len(form)
        rows.append((form, form.lower(), "X", "XX", "Number=Sing" if form.istitle() else None, head, deprel,
                     start, at, ner))
    return rows


def _dicts(sentences):
    return [[{"id": (k,), **dict(zip(KEYS, row))} for k, row in enumerate(rows, 1)] for rows in sentences]


MARA = "  Mara Lind of Nordbank spoke.\n\nHe and she left Oslo  "
BUILT = [
    (MARA, [[("Mara", 4, "nsubj", "B-PERSON"), ("Lind", 1, "flat", "E-PERSON"), ("of", 4, "case", "O"),
             ("Nordbank", 1, "nmod", "S-ORG"), ("spoke", 0, "root", "O"), (".", 5, "punct", "O")],
            [("He", 4, "nsubj", "I-PERSON"), ("and", 3, "cc", "O"), ("she", 1, "conj", "O"),
             ("left", 0, "root", "O"), ("Oslo", 0, "root", "S-GPE")]]),  # an entity tag cut open, two roots
    ("Tove wrote", [[("Tove", None, "nsubj", "S-PERSON"), ("wrote", 0, "root", "")]]),  # no head: no dependencies
]


@pytest.mark.parametrize("text,words", BUILT)
@pytest.mark.parametrize("with_text", [True, False])
def test_build_document_gives_the_constructors_document(text, words, with_text):
    sentences = [_rows(text, s) for s in words]
    doc_text = text if with_text else None
    assert differences(Document(_dicts(sentences), text=doc_text), build_document(sentences, doc_text)) == []


def test_build_document_entities_and_spaces():
    doc = build_document([_rows(MARA, s) for s in BUILT[0][1]], MARA)
    assert [(e.text, e.type) for e in doc.ents] == [("Mara Lind", "PERSON"), ("Nordbank", "ORG"), ("He", "PERSON"),
                                                     ("Oslo", "GPE")]
    assert doc.sentences[0].tokens[0].spaces_before == "  " and doc.sentences[0].tokens[-1].spaces_after == "\n\n"


def test_build_document_refuses_a_head_out_of_its_sentence():
    with pytest.raises((ValueError, IndexError)):
        build_document([_rows("Ada ran", [("Ada", 2, "nsubj", "O"), ("ran", 5, "root", "O")])], "Ada ran")


def test_decode_bioes_reads_tags_as_stanza_does():
    tags = ["O", "B-PERSON", "I-PERSON", "E-PERSON", "S-GPE", "I-ORG", "E-ORG", "B-GPE", "", None, "X-Y"]
    draw = random.Random(15)
    for _ in range(2000):
        seq = [draw.choice(tags) for _ in range(draw.randint(0, 9))]
        assert decode_bioes(seq) == [(e["start"], e["end"], e["type"]) for e in decode_from_bioes(seq)], seq
