"""A verb of stance with its object: the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/stance_object.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    # one speaker who discussed a topic still speaks of it (two who discussed it met: neg_joint_discussed)
    ('discussed_alone', 'discussed', 'ways to repair the bridge at the council meeting',
     None, 'group', 'mayor', 'indirect', None, 'object:speech'),
    ('disagrees_with', 'disagrees with',
     'the decision of the court', None, 'group', 'lawyer for the family', 'indirect', None, 'object:speech'),
    ('cautioned_against', 'has cautioned against',
     'raising taxes this year', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('and_called_for', 'called for',
     'a political revolution', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('tended_to_support', 'tended to support',
     'Clinton', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:intention'),
    ('came_to_talk', 'to talk about',
     'immigration and the border', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('endorsed_her', 'endorsed', 'her', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:intention'),
    ('endorsed_during', 'endorsed',
     'the governor', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:intention'),
    ('endorsed_during', 'praising',
     'his record on schools', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('criticized_after_quote', 'also criticized',
     "the state's lax gun laws", 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('and_has_criticized', 'has criticized',
     "the governor's budget", 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('passive_criticized', 'was criticized',
     'The budget', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('see_as_advmod', 'sees',
     'her own party as insufficiently committed to its principles',
     'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:cognition'),
    ('senators_blasting', 'blasting',
     "the president's approach to terrorism", None, 'group', None, 'indirect', None, 'object:speech'),
    ('responding_to', 'Responding to',
     "the governor's remarks", 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('responding_to', 'wrote',
     'a letter to the council', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('poll_shows', 'shows',
     'Clinton with a narrow lead in the state', None, 'group', None, 'indirect', None, 'object:evidence'),
    ('described_herself', 'has described',
     'herself as a fiscal conservative', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('described_as_seeming', 'described',
     'the most loyal voters as seeming almost shocked that there were protesters',
     'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('defended_against', 'defended',
     'the governor against allegations of corruption',
     'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('seemed_to_endorse', 'seemed to endorse',
     'the budget', 'Jane Smith', 'person', 'Senator', 'indirect', None, 'object:intention'),
    ('criticized_statement', 'criticized',
     'the statement about the budget', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:speech'),
    ('criticized_and_said', 'criticized',
     "the president's foreign policy", None, 'group', 'senator', 'indirect', None, 'object:speech'),
    ('said_smith_who', 'backed',
     'the governor', 'Jane Smith', 'person', 'Mayor', 'indirect', None, 'object:intention'),
    ('as_congratulated', 'congratulated',
     'the winner of the race', None, 'unknown', None, 'indirect', None, 'object:speech'),
    ('as_responded_to', 'responded to',
     'the crackdown on immigrants', None, 'group', None, 'indirect', None, 'object:speech'),
    ('declined_to_endorse', 'declined to endorse',
     'the plan', 'Anna Berg', 'person', None, 'indirect', None, 'object:intention'),
    # a hearer verb's object that names no one who could hear is the bid: "urged the passing of"
    ('urged_bid_object', 'urged', 'the passing of a new budget law', 'Tom Hale', 'person', 'Senator', 'indirect',
     None, 'object:speech'),
    # a clause in which another speaker reports is no part of the object: it is that speaker's claim
    ('introducer_object_colon', 'backed', 'the new budget', None, 'group', None, 'indirect', None, 'object:intention'),
    # a passive with no agent: someone unnamed spoke of the subject, and of what it was for
    ('passive_criticized_for', 'was criticized', 'Mayor Jane Smith … for her vote on the harbor', None, 'unknown', None,
     'indirect', None, 'object:speech'),
    ('passive_accused_of', 'was accused', 'Senator Tom Hale … of hiding the report from the council', None, 'unknown',
     None, 'indirect', None, 'object:speech'),
    # a question clause after a topic preposition is what was talked about
    ('spoke_about_why', 'spoke about', 'why the harbor must be rebuilt', 'Jane Smith', 'person', 'Mayor', 'indirect',
     None, 'object:speech'),
    ('complained_about_what', 'complained about', 'what the council had done', 'Tom Hale', 'person', 'Senator',
     'indirect', None, 'object:speech'),
    # verbs of putting words out, referring and comparing, and taking distance
    # a verb of speech whose object is a noun of speech it only voices: see test_support_verb ("issued a plan")
    ('criticized_statement_about', 'criticized', 'the statement about the bridge', 'Jane Smith', 'person', None,
     'indirect', None, 'object:speech'),
    ('compared_to', 'compared', 'the new tax to a toll on every family', 'Tom Hale', 'person', 'Senator', 'indirect',
     None, 'object:speech'),
    ('offered_thoughts', 'offered', 'her thoughts on the new stadium', 'Jane Smith', 'person', 'Mayor', 'indirect',
     None, 'object:speech'),
    ('credited_with', 'credited', 'the police with the drop in crime', 'Jane Smith', 'person', 'Mayor', 'indirect',
     None, 'object:speech'),
    ('disavowed_leaflets', 'has disavowed', "the group's leaflets", 'Tom Hale', 'person', 'Senator', 'indirect', None,
     'object:speech'),
    # "in a statement" after the topic is where it was said: the cue stays "called for", the topic whole
    ('called_for_in_statement', 'called for', 'more school funding', 'Jane Smith', 'person', 'mayor',
     'indirect', None, 'object:speech'),
    # what was asked about, the relative clause in it ("that Smith wrote" is no cue of its own)
    ('asked_about_letter', 'asked about', 'the letter that Smith wrote last year', None, 'group', None,
     'indirect', None, 'object:speech'),
    # a participle of stance with its agent: the noun it modifies is what the agent took a stand on
    ('participle_opposed_by', 'opposed', 'The harbor bill', 'Tom Hale', 'person', 'Senator', 'indirect', None,
     'object:intention'),
    ('participle_backed_by', 'backed', 'A plan', 'Jane Smith', 'person', 'Mayor', 'indirect', None,
     'object:intention'),
    # the topic's preposition after the verb's particle or manner adverb is the cue's; after the hearer it is not
    ('spoke_briefly_about', 'spoke briefly about', 'the new bridge', 'Jane Smith', 'person', None, 'indirect', None,
     'object:speech'),
    ('pushed_back_on', 'pushed back on', 'those claims', 'Jane Smith', 'person', None, 'indirect', None,
     'object:intention'),
    ('spoken_out_against', 'has spoken out against', 'the new tax', 'Jane Smith', 'person', None, 'indirect', None,
     'object:speech'),
    ('spoke_to_hearer_about', 'spoke to', 'the new tax', 'Jane Smith', 'person', None, 'indirect', None,
     'object:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


# sentences that hold no claim at all
NOTHING = [
    'neg_added_to',
    'neg_urged_hearer_only',  # "urged voters": the hearer, nothing bid
    'neg_joint_discussed',  # "X, the mayor, and Y have discussed ways to ...": a meeting
    'neg_read_to',  # "read to the children": the hearer, nothing read out
    'neg_announced_second_time',  # "for the second time" is when, not what it was announced for
    'neg_published_passive',  # "was published" with no one who published it
    'neg_appeared_on',  # "appeared on a news show": being somewhere, not something shown
    'neg_participle_written_by',  # "a book written by X": who made it, no stance on it
    'neg_participle_no_agent',  # "the plan backed last year": no one named who backed it
    'neg_spoke_after_what',  # "after what ...": when, not what was spoken of
]


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()
