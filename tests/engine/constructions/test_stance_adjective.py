"""An adjective of stance as a predicate: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/stance_adjective.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from quotes.engine.attribute import find_attributions
from quotes.engine.constructions import ADJECTIVE, ADJECTIVE_OBJECT, REGISTRY
from tests.conftest import read_fixture
from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('confident_that', 'remains confident',
     'that the budget will pass', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'verb:cognition'),
    ('optimistic_that', 'is optimistic',
     'that the bridge will reopen in May', 'Anne Brooks', 'person', 'Governor', 'indirect', None, 'verb:cognition'),
    # its clause runs on over a semicolon, as a verb's does
    ('confident_semicolon', 'is confident',
     'that taxes will fall; in particular, the sales tax will go', 'Jane Smith', 'person', 'Mayor', 'indirect', None,
     'verb:cognition'),
    ('critical_of', 'was sharply critical of',
     "the governor's budget", 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    # an unnamed group: never a named speaker
    ('skeptical_of_group', 'were deeply skeptical of',
     'the new offer', None, 'group', None, 'indirect', None, 'object:cognition'),
    # the complement of a verb ("became", "remains") is a predicate too
    ('became_worried_about', 'became worried about',
     'the flooding in the valley', 'Jane Smith', 'person', None, 'indirect', None, 'object:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# fixture -> the construction that finds its claim: a clause, or what the stance is about
CONSTRUCTIONS = {'confident_that': ADJECTIVE, 'optimistic_that': ADJECTIVE, 'critical_of': ADJECTIVE_OBJECT,
                 'became_worried_about': ADJECTIVE_OBJECT}


@pytest.mark.parametrize("name", sorted(CONSTRUCTIONS))
def test_each_claim_records_the_adjective_construction(name, lang):
    found = find_attributions(read_fixture(name), lang)
    assert [a.construction for a in found] == [CONSTRUCTIONS[name]]


def test_the_rule_column_names_the_verb_construction_it_stands_for():
    assert (REGISTRY[ADJECTIVE].rule_name, REGISTRY[ADJECTIVE_OBJECT].rule_name) == ("verb", "object")
    assert REGISTRY[ADJECTIVE].clause and not REGISTRY[ADJECTIVE_OBJECT].clause


# sentences that hold no claim at all
NOTHING = [
    'neg_it_is_clear',  # "..., and the mayor is happy" comments on nothing
    'neg_attributive_adjective',  # "a confident Jane Smith": no predicate
    'neg_adjective_alone',  # "was proud and happy": nothing it is about
    'neg_tired_after',  # "tired after the meeting": a time, no topic
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
