"""A noun of speech and its owner: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/noun_of_speech.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('statement_by', 'statement',
     'plans to launch production in Azerbaijan',
     'Selçuk Bayraktar', 'person', 'technical director of the Bayraktar Company', 'indirect', None, 'nominal:speech'),
    ('remarks_about', 'controversial remarks about',
     'the budget', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'nominal:speech'),
    # a question put is speech: what it asks about is its content
    ('questions_about', 'questions about',
     'the pipeline deal', 'Paul Reed', 'person', 'Senator', 'indirect', None, 'nominal:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_views_on',
    'neg_questions_unowned',  # no one whose questions they are
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
