"""Relayed speech and the medium: who relays is never who speaks; where it was said."""
import pytest

from tests.engine.test_attribute import claims_of

# name, speaker, medium, recipient, claim
MEDIA = [
    ("relay_quotes_as_saying", "Anna Berg", "agency", None, "The trial will resume on Monday,"),
    # the outlet relays a statement: its owner speaks, never the outlet
    ("relay_quotes_statement", "Port Authority", "Coast Herald", None, "The trial will resume on Monday,"),
    ("medium_told", "Anna Berg", "Interfax", "Interfax", "that the trial would resume"),
    ("medium_channel", "Anna Berg", "Telegram channel", None, "that the trial would resume"),
    ("medium_interview", "Anna Berg", "interview with the Coast Herald", None, "that the trial would resume"),
    ("medium_none", "Anna Berg", None, None, "that the trial would resume"),
    # a channel after the object is where it was said, not part of what was praised
    ("medium_after_object", "Anna Berg", "Twitter", None, "the new mayor"),
    ("medium_after_object_column", "Anna Berg", "weekly column", None, "the harbour plan"),
    ("medium_not_a_channel", "Anna Berg", None, None, "the plan for the harbour"),
    # "blame X on Y": the verb's own preposition, whatever its noun
    ("medium_verbs_own_preposition", "Anna Berg", None, None, "the fire on a faulty video screen"),
]


@pytest.mark.parametrize("name,speaker,medium,recipient,claim", MEDIA, ids=[m[0] for m in MEDIA])
def test_medium_and_speaker(name, speaker, medium, recipient, claim, lang):
    (found,) = claims_of(name, lang)
    assert (found.speaker, found.medium, found.recipient, found.claim) == (speaker, medium, recipient, claim)


def test_a_relay_verb_whose_object_is_what_was_said_keeps_its_subject(lang):
    (found,) = claims_of("relay_cited_poll", lang)
    assert (found.speaker, found.claim, found.medium) == ("Anna Berg", "the new poll", None)
