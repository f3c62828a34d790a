"""The offline annotator: spaCy's parse as UD relations in a stanza Document, offsets true."""
import pytest
from stanza.utils.conll import CoNLL

from tests.annotate.ud import parse, rel


def words(doc):
    return [w for s in doc.sentences for w in s.words]


TOLD = "Elkhan Velizade, a political analyst, told the Caucasian Knot that the talks failed."
PASSIVE = "The decision is assessed by organizers as a success."
ACCORDING = "According to the minister, the plant will open."
# sentence, word, expected deprel, expected head
RELATIONS = [
    (TOLD, "Elkhan", "nsubj", "told"),
    (TOLD, "Velizade", "flat", "Elkhan"),
    (TOLD, "analyst", "appos", "Elkhan"),
    (TOLD, "failed", "ccomp", "told"),
    (TOLD, "that", "mark", "failed"),
    (PASSIVE, "decision", "nsubj:pass", "assessed"),
    (PASSIVE, "is", "aux:pass", "assessed"),
    (PASSIVE, "organizers", "obl:agent", "assessed"),
    (PASSIVE, "by", "case", "organizers"),
    (ACCORDING, "minister", "obl", "open"),
    (ACCORDING, "According", "case", "minister"),
    (ACCORDING, "to", "fixed", "According"),
    ("Baku is the capital.", "capital", "root", None),
    ("Baku is the capital.", "is", "cop", "capital"),
    ("Baku is the capital.", "Baku", "nsubj", "capital"),
    ("She spoke to reporters in Baku.", "reporters", "obl", "spoke"),
    ("She spoke to reporters in Baku.", "to", "case", "reporters"),
    ("The man who said it left.", "said", "acl:relcl", "man"),
]


@pytest.mark.parametrize("text,word,deprel,head", RELATIONS)
def test_ud_relations(spacy_annotator, text, word, deprel, head):
    assert rel(parse(spacy_annotator, text), word) == (deprel, head)


TEXTS = [
    "  Leading and trailing space.  ",
    "First paragraph.\n\nSecond paragraph after a blank line.\n",
    "Tabs\tbetween\twords, Selçuk «says» “hi” to 'you'.",
    "Emoji 🎉 and CJK 漢字 inside a sentence.",
    "",
    " \n\n \t ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_index_the_text(spacy_annotator, text):
    doc = parse(spacy_annotator, text)
    assert doc.text == text
    for w in words(doc):
        assert text[w.start_char:w.end_char] == w.text
        assert not w.text.isspace()


def test_blank_text_has_no_sentences(spacy_annotator):
    assert parse(spacy_annotator, " \n\n ").sentences == []


def test_every_word_has_one_head_in_its_sentence(spacy_annotator):
    doc = parse(spacy_annotator, "In his turn, the expert expects that cooperation will continue; in particular, "
                                 "according to his version, in the field of armoured vehicles.")
    for s in doc.sentences:
        roots = [w for w in s.words if w.head == 0]
        assert len(roots) == 1
        assert all(0 <= w.head <= len(s.words) for w in s.words)


def test_entities_have_text_offsets(spacy_annotator):
    text = "Mustafa Varank told the Anadolu Agency about it."
    doc = parse(spacy_annotator, text)
    people = [e for e in doc.ents if e.type == "PERSON"]
    assert people and text[people[0].start_char:people[0].end_char] == "Mustafa Varank"


def test_order_is_kept_over_batches(spacy_annotator):
    texts = [f"Speaker number {k} said that it rained." for k in range(70)]
    docs = list(spacy_annotator.annotate(texts))
    assert [d.text for d in docs] == texts


def test_conllu_round_trip_keeps_the_tree(spacy_annotator):
    text = "Elkhan Velizade told reporters that talks failed."
    doc = parse(spacy_annotator, text)
    back = CoNLL.conll2doc(input_str="{:C}".format(doc))
    a = [(w.text, w.head, w.deprel, w.start_char, w.end_char) for w in words(doc)]
    b = [(w.text, w.head, w.deprel, w.start_char, w.end_char) for w in words(back)]
    assert a == b


def test_description_names_versions(spacy_annotator):
    assert spacy_annotator.name == "spacy"
    assert "3.8" in spacy_annotator.description
    assert spacy_annotator.version_key


@pytest.mark.parametrize("text,first_words", [
    ("Sanders: Clinton Email Story Has Moved\n\nSenator Bernie Sanders stated that it moved.",
     ["Sanders", "Senator"]),
    ("12:15 p.m.\n\nHillary Clinton says she will win.", ["12:15", "Hillary"]),
    ("One line\nwraps here and goes on.", ["One"]),  # a single line break is not a paragraph
])
def test_a_blank_line_ends_a_sentence(spacy_annotator, text, first_words):
    doc = next(iter(spacy_annotator.annotate([text])))
    assert [s.words[0].text for s in doc.sentences] == first_words
