"""A quotation with its tag: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/quote_tag.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('short_shout', 'yelled', 'Out, out, out!', 'Jane Smith', 'person', 'Mayor', 'direct', None, 'quote:speech'),
    ('quote_then_any_verb', 'shot back',
     'We will build the stadium and we will pay for it,',
     'Jane Smith', 'person', 'Mayor', 'direct', None, 'quote:speech'),
    ('quote_run', 'said',
     'We will win this race in November, … Nobody can stop us now, not even the weather.',
     'Smith', 'person', 'Senator', 'direct', None, 'verb:speech'),
    ('quote_paragraphs', 'said',
     'We will win this race in November, … Nobody can stop us now, not even the weather.',
     'Smith', 'person', 'Senator', 'direct', None, 'verb:speech'),
    ('short_sentence_quote', 'said',
     'They sue, … Everybody sues, right?', 'Jane Smith', 'person', 'Mayor', 'direct', None, 'verb:speech'),
    ('quote_then_cue', 'has noted',
     'While Azerbaijan aims at joint production of new weapons, Baku buys batches of weapons abroad. The '
     'production of weapons is not planned in Azerbaijan,',
     'Elkhan Velizade', 'person', None, 'direct', None, 'verb:speech'),
    ('said_smith_who', 'said',
     'We will win this race,', 'Jane Smith', 'person', 'Mayor', 'direct', None, 'verb:speech'),
    ('paraphrase_then_quote', 'said',
     'that the city would accept 100 more families next year … That adds up to 300 families over three years.',
     'Jane Smith', 'person', 'Mayor', 'indirect', None, 'verb:speech'),
    ('pronoun_not_in_own_quote', 'said',
     'I heard Anna Berg say it on the radio,', None, 'unknown', None, 'direct', None, 'verb:speech'),
    # a split quotation keeps the part before its tag, also past an aside or with its last part left open
    ('split_aside_grin', 'said', 'When we start a project, … we finish it on time.',
     'Maria Lopez', 'person', None, 'direct', None, 'verb:speech'),
    ('split_unclosed_greeting', 'said', 'Good morning, … did you all sleep well?',
     'Tom Ward', 'person', None, 'direct', None, 'parenthetical:speech'),
    # a title in quotation marks before the tag is no first part of the quotation
    ('split_quote_title_before', 'said', 'The "smart city" plan … "will cost far more than anyone admits."',
     'Jane Smith', 'person', None, 'mixed', None, 'parenthetical:speech'),
    # verbs of the manner of speaking tag a quotation as "said" does
    ('manner_chanted', 'chanted', 'Stop the war now!', None, 'group', None, 'direct', None, 'quote:speech'),
    ('manner_sobbed', 'sobbed', 'He is hiding behind the car!', None, 'unknown', None, 'direct', None, 'quote:speech'),
    # a verb of cognition with a clause is an opinion ...
    ('thinks_parenthetical', 'thinks', 'The economy will recover soon',
     'Karl Brandt', 'person', 'Finance Minister', 'indirect', None, 'verb:cognition'),
    # a thought in quotation marks goes on no claim before it
    ('thought_after_claim', 'said', 'the plan was sound', 'Jane Smith', 'person', 'Mayor', 'indirect', None,
     'verb:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_title_in_quotes',
    'neg_nickname',
    'neg_quote_then_clause',
    'neg_thought_quote',  # ... but with a quotation it is a thought, never said
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()


def test_a_name_after_a_subjectless_tag_verb_is_its_inverted_subject(lang):
    # the parser reads "shout Maria Lopez and Tom Ward" as a verb and its object
    found = [(c.speaker, c.cue, c.claim) for c in claims_of("tag_inverted_object", lang)]
    assert found == [("Maria Lopez", "shout", "We want a new park!"), ("Tom Ward", "shout", "We want a new park!")]


def test_a_phrase_after_a_subjectless_tag_verb_is_its_inverted_subject(lang):
    # "added a South Carolina Democrat": the object's phrase opens with its determiner, right after the verb
    (c,) = claims_of("inverted_subject_phrase", lang)
    assert (c.source, c.speaker, c.speaker_kind, c.role, c.cue, c.claim) == (
        "a South Carolina Democrat", None, "group", "South Carolina Democrat", "added",
        "The bridge needed a second span, … It has one now.")


def test_the_object_of_a_tag_verb_with_a_subject_is_its_hearer(lang):
    (c,) = claims_of("tag_told_hearer", lang)
    assert (c.speaker, c.source, c.recipient, c.claim) == (None, "she", "Tom Ward", "The bridge will open in June,")


def test_a_name_tagged_as_an_auxiliary_is_the_speaker_not_the_cue(lang):
    (c,) = claims_of("tag_name_as_auxiliary", lang)
    assert (c.speaker, c.source, c.cue, c.claim) == \
        ("DeBoer", "DeBoer", "said", "The young goalie kept us in the game tonight,")
