"""A parenthetical comment: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/parenthetical.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    # an adjunct of the commented clause before the comment is part of it ("At the same time", "In the long run")
    ('as_clarified', 'has clarified',
     'At the same time … the purchase of combat drones has come to the forefront',
     'Elkhan Shikhaliev', 'person', None, 'indirect', None, 'parenthetical:speech'),
    ('adjunct_before_comment', 'said', 'In the long run … the new tax will cost every family less', None, 'group',
     'minister', 'indirect', None, 'parenthetical:speech'),
    # a clause before the comment is the writer's frame, not part of what was said
    ('clause_before_comment', 'said', 'the talks would resume on Monday', None, 'group', 'minister', 'indirect', None,
     'parenthetical:speech'),
    # before a quotation the words said are the quotation alone (the tagger makes this one a verb's clause)
    ('adjunct_before_quote', 'said', 'We will not raise the tax this year.', None, 'group', 'minister', 'direct', None,
     'verb:speech'),
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


# fixture, rule, source, the claim: a verb of speech the tagger read as a noun, its speaker before it
NOUN_READ = [
    # the noun holds the clause as its ccomp: a verb with its reported clause
    ('noun_reports_clause', 'verb:speech', '@AnnaBerg',
     'Three senators have crossed the floor to back the plan to close the old mine'),
    # hung low after a comma at the sentence end: it comments on all before it
    ('noun_reports_after_comma', 'parenthetical:speech', '@KentNews',
     'Five senators have crossed the floor to support the union\'s plan to outlaw "discrimination" against '
     'unvaccinated workers'),
]


@pytest.mark.parametrize("name,rule,source,claim", NOUN_READ, ids=[r[0] for r in NOUN_READ])
def test_a_verb_read_as_a_noun_reports(name, rule, source, claim, lang):
    found = [(c.rule, c.source, c.claim) for c in claims_of(name, lang) if c.cue == "reports"]
    assert found == [(rule, source, claim)]


def test_a_plain_noun_of_reports_reports_nothing(lang):
    assert claims_of("neg_police_reports", lang) == ()
