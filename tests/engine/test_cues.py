"""find_cues reads a word that is no verb only when its lemma can open a cue (Language.non_verb_cue_words).

The constructions that open a cue on a word that is no verb are asked, for every such word of
every engine fixture whose lemma the pack does not list, and must all find nothing there: a
construction whose gate widens fails here, not silently in find_cues.
"""
from pathlib import Path

import pytest

from quotes.engine.constructions import according_to, light_verb, noun_of_speech, stance_adjective
from quotes.engine.predicates import verb_read_as_noun
from quotes.engine.tree import Tree
from quotes.lang import load_language
from tests.conftest import DATA, read_fixture

NON_VERB_FINDERS = (according_to.find, noun_of_speech.find, light_verb.find, stance_adjective.find, verb_read_as_noun)


def _trees(folder: str, code: str):
    lang = load_language(code)
    for path in sorted((DATA / folder).glob("*.conllu")):
        doc = read_fixture(path.stem, folder)
        yield from (Tree.from_sentence(s, k, doc.text, lang) for k, s in enumerate(doc.sentences))


@pytest.mark.parametrize("folder, code", [("engine", "en"), ("engine_ru", "ru")])
def test_no_construction_opens_a_cue_on_an_unlisted_word_that_is_no_verb(folder, code):
    skipped = 0
    for tree in _trees(folder, code):
        for node in tree.nodes:
            if node.upos == "VERB" or node.lemma in tree.lang.non_verb_cue_words:
                continue
            skipped += 1
            assert not any(find(tree, node) for find in NON_VERB_FINDERS), (tree.text[slice(*tree.span)], node.text)
    assert skipped > 500  # most words are skipped


def test_the_words_that_can_open_a_cue_without_a_verb():
    en = load_language("en")
    words = en.non_verb_cue_words
    assert {"statement", "confident", "according", "say"} <= words  # noun, adjective, frame, a verb read as a noun
    assert "the" not in words and "table" not in words
    assert "согласно" in load_language("ru").non_verb_cue_words
