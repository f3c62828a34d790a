"""An asker's question: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/predicates.py (question_put), reported_clause, stance_object.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('asked_about', 'Asked about', 'the polls', None, 'unknown', None, 'indirect', None, 'object:speech'),
    ('asked_about', 'said', 'she was confident', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'verb:speech'),
    ('passive_asked', 'was asked',
     'whether the budget would pass', None, 'unknown', None, 'indirect', None, 'verb:speech'),
    ('question_then_answer', 'asked',
     'which plan she would support', None, 'group', None, 'indirect', 'Jane Smith', 'verb:speech'),
    ('said_yes', 'Asked', 'whether the plan would work', None, 'unknown', None, 'indirect', None, 'verb:speech'),
    ('demanded_to_know', 'demanded to know',
     'whether the senator would return the donations', None, 'group', 'activist', 'indirect', None, 'verb:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)
