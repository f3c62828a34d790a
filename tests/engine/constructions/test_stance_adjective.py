"""An adjective of stance as a predicate: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/cues.py (_attitude_adjective).
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('confident_that', 'remains confident',
     'that the budget will pass', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'verb:cognition'),
    ('critical_of', 'was sharply critical of',
     "the governor's budget", 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_it_is_clear',
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
