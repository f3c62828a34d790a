"""A quotation introduced by a colon: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/introducer.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('colon_introducer', 'continued',
     'The health issue overall is very much a partisan issue, and it will stay that way for a long time.',
     'Pat Caddell', 'person', None, 'direct', None, 'introducer:speech'),
    ('gloated_colon', 'gloated',
     'We won every single ward in the city tonight.',
     'Jane Smith', 'person', 'Mayor', 'direct', None, 'verb:speech'),
    # the verb's phrase with its object ends in the colon: "blasted the mayor:"
    ('introducer_object_colon', 'blasted',
     'You have closed every school in the county and you will pay for it.',
     'Karl Brandt', 'person', None, 'direct', None, 'introducer:speech'),
    # a stance verb's object ending in the colon: the quotation is what was said
    ('criticized_item_colon', 'criticized', 'a bridge to nowhere.', 'Tom Hale', 'person', 'Senator', 'direct', None,
     'introducer:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_agenda_colon',  # any verb before a colon introduces a quotation only when its subject can speak
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
