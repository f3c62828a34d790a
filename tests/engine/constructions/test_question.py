"""An asker's question: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/question_put.py (the asker's question, "Asked about the polls")
and quotes/engine/questions.py (the filters that keep a question from being a statement), with
reported_clause ("asked whether ...").
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from quotes.engine.attribute import find_attributions
from quotes.engine.constructions import QUESTION, REGISTRY, VERB
from tests.conftest import read_fixture
from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('asked_about', 'Asked about', 'the polls', None, 'unknown', None, 'indirect', None, 'object:speech'),
    ('asked_about', 'said', 'she was confident', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'verb:speech'),
    ('passive_asked', 'was asked',
     'whether the budget would pass', None, 'unknown', None, 'indirect', None, 'verb:speech'),
    ('question_then_answer', 'asked',
     'which plan she would support', None, 'group', None, 'indirect', 'Jane Smith', 'verb:speech'),
    ('said_yes', 'Asked', 'whether the plan would work', None, 'unknown', None, 'indirect', None, 'verb:speech'),
    ('asked_if', 'Asked', 'if she would run again', None, 'unknown', None, 'indirect', None, 'verb:speech'),
    ('demanded_to_know', 'demanded to know',
     'whether the senator would return the donations', None, 'group', 'activist', 'indirect', None, 'verb:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


def test_the_askers_question_is_a_construction_of_its_own(lang):
    found = find_attributions(read_fixture("asked_about"), lang)
    assert [(a.construction, a.rule) for a in found] == [(QUESTION, "object:speech"), (VERB, "verb:speech")]
    assert REGISTRY[QUESTION].rule_name == "object"


def test_the_quotation_after_a_reported_question_answers_it(lang):
    # the asker's claim keeps one fragment: "The one that builds ..." is no going on of the question
    (asked,) = [c for c in claims_of("question_then_answer", lang) if c.cue == "asked"]
    assert asked.claim == "which plan she would support" and len(asked.content_spans) == 1


# sentences that hold no claim at all
NOTHING = [
    'neg_embedded_question',  # "would not say which ministers are planning": no one states the plan
    'neg_asked_no_topic',  # "Asked twice, ...": a question put with nothing it was about
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
