"""What a predicate's grammar gives a cue: subject, object or topic, read on parsed fixtures."""
import pytest

from quotes.engine import predicates as P
from quotes.engine.tree import Tree
from quotes.lang import load_language
from tests.conftest import read_fixture


def _verb(name, text):
    """The tree of the fixture's sentence that holds the word ``text``, and that word."""
    doc = read_fixture(name)
    for k, sentence in enumerate(doc.sentences):
        tree = Tree.from_sentence(sentence, k, doc.text, load_language("en"))
        for node in tree.nodes:
            if node.text == text:
                return tree, node
    raise AssertionError(f"{text!r} not in {name}")


# fixture, verb, its active subject (own or shared), its object or topic (None: none)
PREDICATES = [
    ("tended_to_support", "support", "Jane", "Clinton"),       # shared through "tended to"
    ("and_called_for", "called", "Jane", "revolution"),         # shared through "and"
    ("came_to_talk", "talk", "Jane", "immigration"),            # a to-infinitive of purpose
    ("senators_blasting", "blasting", "senators", "approach"),  # the noun an -ing participle modifies
    ("responding_to", "Responding", "Jane", "remarks"),         # an -ing clause before its head
    ("endorsed_her", "endorsed", "Jane", "her"),                # a person as object
    ("passive_criticized", "criticized", None, "budget"),       # a passive's subject, its agent named
    ("neg_passive_announced", "announced", None, None),         # a passive with no agent: nothing
    ("asked_about", "Asked", None, "polls"),                    # a question put: what was asked
    ("neg_told_reporters", "told", "Jane", None),               # the hearer is no topic
]


@pytest.mark.parametrize("name,verb,subject,topic", PREDICATES, ids=[p[0] for p in PREDICATES])
def test_subject_and_topic(name, verb, subject, topic):
    tree, node = _verb(name, verb)
    found = P.active_subject(tree, node)
    assert (found.text if found else None) == subject
    obj = P.object_content(tree, node)
    assert (obj.text if obj else None) == topic


def test_a_passive_names_its_agent():
    tree, node = _verb("passive_criticized", "criticized")
    assert P.agent(tree, node).text == "Jane"  # the head of "Mayor Jane Smith"
    tree, node = _verb("neg_passive_announced", "announced")
    assert P.agent(tree, node) is None
