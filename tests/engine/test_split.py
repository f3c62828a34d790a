"""Split quotations keep both parts; a quotation of another sentence's speaker stays theirs."""
from tests.engine.claims import claims_of


def test_both_parts_of_a_split_quotation(lang):
    (claim,) = claims_of("split_quote_aside", lang)
    assert (claim.speaker, claim.claim) == ("Karl Brandt", "When I use a word, … it means just what I choose it to mean.")
    assert len(claim.content_spans) == 2 and claim.quote_type == "direct"


def test_a_split_quotation_left_open(lang):
    (claim,) = claims_of("split_quote_unclosed", lang)
    assert claim.claim == "Hello, … how are you doing?" and claim.source == "he"


def test_each_speaker_keeps_their_own_quotation(lang):
    claims = claims_of("neg_split_two_speakers", lang)
    assert [(c.speaker, c.claim) for c in claims] == [("Anna Berg", "The plan is dead,"),
                                                      ("Karl Brandt", "We will start again,")]
