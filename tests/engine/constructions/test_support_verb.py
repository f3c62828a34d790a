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
    # a verb of speech that only voices its noun is part of the noun's cue, not a cue of its own
    ('expressed_concern_that', 'expressed concern', 'that the bridge would close', 'Jane Smith', 'person', None,
     'indirect', None, 'nominal:cognition'),
    ('expressed_concern_about', 'expressed concern about', 'the cost of the bridge', 'Jane Smith', 'person', None,
     'indirect', None, 'nominal:cognition'),
    ('issued_plan', 'issued a plan', 'to rebuild the harbor', 'Jane Smith', 'person', 'Mayor', 'indirect', None,
     'nominal:intention'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)
