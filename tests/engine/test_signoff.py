"""Sign-offs and name lines: a name after a dash, or above a quotation with a colon, attributes it."""
import pytest

from tests.engine.claims import claims_of

# name, speaker, cue, claim
SIGNED = [
    ("sign_off_quote", "Karl Brandt", "-", "Anna is a true expert, and her experience will be an asset for the agency."),
    ("sign_off_plain", "Dana Kroll", "-", "We should never be afraid to sit awhile and think."),
    ("sign_off_handle", "Anna Berg", "—",
     "Ambulances are supposed to arrive in 8 minutes but the union says they are too often late."),
    ("name_line_colon", "Anna Berg", ":", "Karl brings with him a wealth of experience and a record of public service."),
]


@pytest.mark.parametrize("name,speaker,cue,claim", SIGNED, ids=[s[0] for s in SIGNED])
def test_the_signer_speaks(name, speaker, cue, claim, lang):
    signed = [c for c in claims_of(name, lang) if c.rule == "sign_off:speech"]
    assert [(c.speaker, c.speaker_kind, c.cue, c.claim, c.quote_type) for c in signed] == \
        [(speaker, "person", cue, claim, "direct")]


def test_a_role_before_the_signers_name_is_their_role(lang):
    (claim,) = [c for c in claims_of("sign_off_quote", lang) if c.rule == "sign_off:speech"]
    assert claim.role == "Commissioner" and claim.source == "Karl Brandt"


@pytest.mark.parametrize("name", ["neg_dash_clause", "neg_dash_no_person"])
def test_a_dash_before_a_clause_or_no_person_signs_nothing(name, lang):
    assert claims_of(name, lang) == ()
