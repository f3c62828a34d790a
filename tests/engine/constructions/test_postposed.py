"""A speaker set off after the content, its verb left bare by the parser: the claims it finds in a
table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/postposed.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv); the two ``postposed_bare_``
fixtures with a ``# note`` carry the misparse en_core_web_sm gives such sentences in articles.
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    # the name hung as an apposition of the content's last noun, the verb as its modifier
    ('postposed_bare_one_of', 'stated',
     'Foreign companies are trying to use the crisis to destroy the local industry',
     'Tom Miller', 'person', 'one of the leaders of the Green Path Movement', 'indirect', None, 'postposed:speech'),
    # ... after a quotation: the quotation is the content, direct
    ('postposed_bare_quote', 'has commented',
     "The strike will go on, and the mother's letter in the newspaper led to the release of her son,",
     'Tom Miller', 'person', 'board member of the union Solidarity', 'direct', None, 'postposed:speech'),
    # an adjective of stance with its copula, left bare the same way
    ('postposed_bare_sure', 'is sure',
     "The new rules and the timing of their release were the governor's own initiative",
     'Tom Miller', 'person', 'political analyst', 'indirect', None, 'postposed:cognition'),
    # ... its name tagged a place: the role marks a person
    ('role_marks_place_name', 'is sure',
     "The new rules and the timing of their release were the governor's own initiative",
     'Tom Miller', 'person', 'political analyst', 'indirect', None, 'postposed:cognition'),
    # the speaker after the verb, parsed as its object: an unnamed group, no speaker invented
    ('postposed_inverted_group', 'believe',
     'Rising prices and new taxes hurt the small shops of the town and drive its young people away',
     None, 'group', None, 'indirect', None, 'postposed:cognition'),
    # an unnamed body: its phrase is the source, no speaker invented
    ('postposed_bare_org', 'told',
     'A criminal case has been opened into the fire at the market in the town of Kent',
     None, 'unknown', None, 'indirect', 'newspaper correspondent', 'postposed:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences where a phrase before a verb is no speaker set off after a content: the verb's own
# subject after a subordinate clause, and a prepositional phrase
NO_POSTPOSED = [
    'neg_postposed_subordinate',
    'neg_postposed_preposition',
    'told_that',
    'group_parenthetical',
]


@pytest.mark.parametrize("name", NO_POSTPOSED)
def test_leaves_alone(name, lang):
    assert [c.rule for c in claims_of(name, lang) if c.rule.startswith("postposed")] == []
