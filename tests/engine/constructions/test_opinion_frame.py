"""The frame "in X's opinion": the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/opinion_frame.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('in_her_view', 'view',
     'the budget will pass', 'Jane Smith', 'person', None, 'indirect', None, 'opinion_phrase:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_campaign_account',
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()


@pytest.mark.xfail(strict=True, reason="known: 'in her speech' is taken for a frame like 'in her view'")
def test_a_speech_event_in_an_in_phrase_is_no_frame(lang):
    # "Mayor Jane Smith called the plan "very smart" in her speech.": where she said it, not her view
    assert not [c for c in claims_of("neg_short_scare_quote", lang) if c.rule.startswith("opinion_phrase")]
