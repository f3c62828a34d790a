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
    # a link between the last sentence and the dash is neither sign-off nor content
    ("sign_off_link", "Dana Kroll", "—", "Buses on the night routes are running late again this winter."),
    # no dash: a name alone after the paragraph's last sentence signs it
    ("sign_off_name_alone", "Maria Lopez", "Maria Lopez", "I believe the council will regret cutting the library budget."),
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


def test_a_place_alone_after_the_last_sentence_signs_nothing(lang):
    assert [c for c in claims_of("neg_name_alone_place", lang) if c.rule.startswith("sign_off")] == []


def test_the_i_of_a_signed_text_is_the_signer(lang):
    (believes,) = [c for c in claims_of("sign_off_name_alone", lang) if c.cue == "believe"]
    assert (believes.speaker, believes.source, believes.claim) == \
        ("Maria Lopez", "I", "the council will regret cutting the library budget")
