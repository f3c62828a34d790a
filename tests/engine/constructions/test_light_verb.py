"""A light verb whose object carries the act of speech: the claims it finds in a table of sentences,
and sentences it leaves alone.

Mirrors quotes/engine/constructions/light_verb.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('light_made_clear', 'made it clear',
     'that she would not run for governor again', 'Ann Wells', 'person', 'Senator', 'indirect', None,
     'light_verb:speech'),
    ('light_took_aim', 'took aim at',
     'the state legislature over the new school tax', 'Tom Brady', 'person', 'Mayor', 'indirect', None, 'light_verb:speech'),
    ('light_took_issue', 'took issue with',
     'the budget report', 'Mark Hale', 'person', 'senator', 'indirect', None, 'light_verb:speech'),
    ('light_made_case', 'made the case',
     'that the new tariffs would hurt local farmers', 'Lisa Moore', 'person', 'Governor', 'indirect', None,
     'light_verb:speech'),
    ('light_no_mention', 'has made no mention of',
     'the deficit in her speeches', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'light_verb:speech'),
    ('light_raised_questions', 'has raised questions about',
     'the new pipeline deal', 'Paul Reed', 'person', 'Senator', 'indirect', None, 'light_verb:speech'),
    ('light_firm_stance', 'has taken a firm stance against',
     'the sales tax', 'Kim Lowe', 'person', 'Governor', 'indirect', None, 'light_verb:cognition'),
    ('light_threw_support', 'threw his support behind',
     'the school bond', 'Dan Ortiz', 'person', 'Mayor', 'indirect', None, 'light_verb:intention'),
    # a poll's finding: the share of voters holds the opinion (a share names no speaker)
    ('light_favorable_opinion', 'had a favorable opinion of',
     'Governor Kim Lowe', None, 'unknown', None, 'indirect', None, 'light_verb:cognition'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all: the verb with another object ("took the bus", "made a clear
# choice"), the phrase with no clause and no topic of its preposition ("made the point at the meeting",
# "raised a question", "took a stand near the door")
NOTHING = [
    'neg_light_took_bus',
    'neg_light_point_at',
    'neg_light_raised_question',
    'neg_light_had_opinion',  # "had an opinion": nothing it is of
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
