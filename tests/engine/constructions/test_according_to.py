"""The frame "according to X": the claims it finds in a table of sentences, and sentences it leaves alone.

Mirrors quotes/engine/constructions/according_to.py.
Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
import pytest

from tests.engine.claims import check, claims_of, ids

# fixture, cue, the claim's full text, speaker, speaker kind, role, quote type, recipient, rule
FOUND = [
    ('according_to_unnamed', 'According to',
     'the new plant will open in May', None, 'group', 'minister', 'indirect', None, 'according_to:speech'),
    ('expects_according', 'expects',
     'that cooperation in the military sphere will continue; in particular, according to his version, in '
     'the field of armoured vehicles',
     'Elkhan Shikhaliev', 'person', 'military expert', 'indirect', None, 'verb:cognition'),
    ('according_to_his_story', 'According to',
     'nobody was injured in the fire',
     'Karl Brandt', 'person', 'farmer from the valley', 'indirect', None, 'according_to:speech'),
    # a bracket the content opened closes in it
    ('according_to_bracket', 'According to', 'the plan would cost the city more than the port (about $5 million)',
     'Jane Smith', 'person', None, 'indirect', None, 'according_to:speech'),
]


@pytest.mark.parametrize("row", FOUND, ids=ids(FOUND))
def test_finds_the_claim(row, lang):
    check(row, lang)


def test_a_norm_followed_is_no_source(lang):
    # "built according to the old plan": done in keeping with the plan; only the mayor speaks
    assert [(c.cue, c.claim) for c in claims_of("according_to_the_plan", lang)] == [
        ("said", "The new bridge was built according to the old plan")]
