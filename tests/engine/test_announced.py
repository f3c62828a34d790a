"""A claim made in one sentence and attributed in the next: "This was reported by X"."""
import pytest

from tests.engine.claims import claims_of


@pytest.mark.parametrize("name,cue", [("announced_reported", "was reported"), ("announced_opinion", "was voiced")])
def test_the_sentence_before_is_the_claim(name, cue, lang):
    (claim,) = claims_of(name, lang)
    assert (claim.speaker, claim.role, claim.cue, claim.claim) == ("Karl Brandt", "miner", cue, "The mine will close in May")
    assert claim.quote_type == "indirect"


def test_with_nothing_before_it_there_is_no_claim(lang):
    assert claims_of("neg_announced_nothing_before", lang) == ()
