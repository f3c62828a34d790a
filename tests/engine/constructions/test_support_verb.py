"""A support verb of a noun of speech: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/noun_of_speech.py (source_of_noun).
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('raised_concerns', 'raised concerns about',
     'the cost of the new stadium', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'nominal:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)
