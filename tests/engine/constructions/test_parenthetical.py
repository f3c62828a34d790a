"""A parenthetical comment: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/parenthetical.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('as_clarified', 'has clarified',
     'the purchase of combat drones has come to the forefront',
     'Elkhan Shikhaliev', 'person', None, 'indirect', None, 'parenthetical:speech'),
    # the comment hung on the second of two coordinated clauses comments on both
    ('postposed_bare_stated', 'has stated',
     'Speed limits on the highway must be lowered, and the cameras should be repaired on every road',
     'Anna Berg', 'person', 'regional ombudsperson', 'indirect', None, 'parenthetical:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_as_campaigns',
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
