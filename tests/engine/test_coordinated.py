"""Coordinated speakers each get the claim: one row per speaker, one claim_group."""
import pytest

from quotes.evaluate.score import score
from tests.engine.claims import claims_of


@pytest.mark.parametrize("name,speakers,kind", [
    ("coordinated_persons", ["Anna Berg", "Karl Brandt"], "person"),
    ("coordinated_orgs", ["Port Authority", "Ministry of Transport"], "organization"),
])
def test_each_speaker_gets_a_row_of_one_group(name, speakers, kind, lang):
    claims = claims_of(name, lang)
    assert [c.speaker for c in claims] == speakers and {c.speaker_kind for c in claims} == {kind}
    assert len({c.claim for c in claims}) == 1 and {c.claim_group for c in claims} == {claims[0].claim_id}
    assert claims[0].claim_id != claims[1].claim_id
    first, second = claims
    assert first.source.endswith(second.source)  # the first row keeps the source as written, the second its own


def test_an_unnamed_conjunct_adds_no_row(lang):
    (claim,) = claims_of("coordinated_unnamed", lang)
    assert claim.speaker == "Anna Berg" and claim.claim_group == claim.claim_id


def test_the_polnear_scorer_counts_a_group_once(lang):
    from quotes.evaluate.polnear import GoldArticle

    claims = claims_of("coordinated_persons", lang)
    scores, _ = score([GoldArticle("coordinated_persons", claims[0].sentence, ())], claims)
    assert scores["counts"]["predicted_claims"] == 1


def test_each_speaker_keeps_their_own_role(lang):
    claims = claims_of("coordinated_roles", lang)
    assert [(c.speaker, c.role) for c in claims] == [("Anna Berg", "lawyer"), ("Karl Brandt", "miner")]


def test_a_conjunct_hung_on_the_first_ones_apposition_speaks_too(lang):
    # "a lawyer, Anna Berg, and a miner, Karl Brandt, have informed" with "miner" a conjunct of "Anna"
    claims = claims_of("coordinated_on_apposition", lang)
    assert [(c.speaker, c.role, c.claim) for c in claims] == [
        ("Anna Berg", "lawyer", "The old mine will stay closed"), ("Karl Brandt", "miner", "The old mine will stay closed")]
    assert {c.claim_group for c in claims} == {claims[0].claim_id}
