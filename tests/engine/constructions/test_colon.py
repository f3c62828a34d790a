"""A headline or transcript colon: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/colon.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('headline_colon', ':',
     'No outside influence on the investigation into the emails',
     'Lynch', 'organization', None, 'indirect', None, 'colon:speech'),
    ('headline_untagged', ':',
     'Clinton Email Story Has Moved', 'Bernie Sanders', 'person', 'Senator', 'indirect', None, 'colon:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_line_label',
    'neg_caption',
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
