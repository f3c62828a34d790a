"""Headlines add no claim of their own where their lead reports one; a place is no speaker."""
import pytest

from quotes.engine.headlines import headlines
from tests.engine.test_attribute import claims_of


def test_the_lead_keeps_the_claim_its_headline_restates(lang):
    (claim,) = claims_of("headline_lead_echo", lang)
    assert (claim.speaker, claim.role, claim.claim) == ("Dana Kroll", "union leader", "Dock workers will strike on Monday")


def test_a_headline_above_a_lead_without_claim_keeps_its_own(lang):
    (claim,) = claims_of("headline_untagged", lang)
    assert (claim.speaker, claim.cue, claim.claim) == ("Bernie Sanders", ":", "Clinton Email Story Has Moved")


def test_a_place_before_a_headline_colon_is_no_speaker(lang):
    assert claims_of("headline_place_label", lang) == ()


@pytest.mark.parametrize("text,expected", [
    ("Strike looms at the port\n\nDock workers will strike, the union said.\n", ["Strike looms at the port"]),
    ("The port is calm.\n\nDock workers will strike, the union said.\n", []),      # a sentence, no headline
    ("Strike looms\n\nMore below\n", []),                                           # no lead below
    ("Dock workers will strike, the union said.\n", []),
])
def test_headlines(text, expected):
    assert [text[a:b] for (a, b), _ in headlines(text)] == expected
