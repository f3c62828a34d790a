"""Speakers and roles: descriptions and pronouns back to the person named, roles clean."""
import pytest

from tests.engine.test_attribute import claims_of

# name, speaker, role, start of the claim
RESOLVED = [
    # an honorific is no role: the role stated before stays
    ("role_no_honorific", "Dana Kroll", "leader of the dockers' union", "that the strike would go ahead"),
    # a caption's "(on the right) and" is no role; the premodifier of the lead is
    ("role_no_caption", "Anna Berg", "blogger", "that the campaign was launched"),
    # words of another clause before a comma are no premodifier
    ("role_not_other_clause", "Karl Brandt", "leader of the movement", "The farmers want to protect the valley"),
    # a description is the person the article introduced with it, "himself" or not
    ("described_himself", "Anna Berg", "blogger from the coast", "The campaign has been good for her"),
    ("described_propn", "Lena Marsh", "Ombudsman of the province", "that the inmates will be released"),
    # ... or, when no role holds the noun, the one person the sentences before name
    ("described_sole_person", "Karl Brandt", "one of the leaders of the farmers' movement",
     "We will not give up our fields"),
    # "according to his story": the owner of the story speaks
    ("according_to_his_story", "Karl Brandt", "farmer from the valley", "nobody was injured in the fire"),
    # a title of office before the name is the role, not part of the name ("Ohio Gov." keeps its period)
    ("office_title_before_name", "Dana Kroll", "Ohio Gov.", "that the bridge would reopen in May"),
    ("office_title_then_surname", "Karl Brandt", "Sen.", "that the vote was delayed"),
    ("office_title_then_surname", "Karl Brandt", "Sen.", "that talks would resume"),
]


@pytest.mark.parametrize("name,speaker,role,claim_start", RESOLVED, ids=[r[0] for r in RESOLVED])
def test_speaker_and_role(name, speaker, role, claim_start, lang):
    claims = [c for c in claims_of(name, lang) if c.claim.startswith(claim_start)]
    assert len(claims) == 1, [(c.speaker, c.claim) for c in claims_of(name, lang)]
    assert (claims[0].speaker, claims[0].speaker_kind, claims[0].role) == (speaker, "person", role)


def test_a_description_with_two_persons_before_stays_unnamed(lang):
    (claim,) = claims_of("neg_described_two_persons", lang)
    assert claim.claim.startswith("We will not give up") and claim.speaker is None and claim.role is None


# name, speaker_kind, role, source: a name in a modifier of the source is not the speaker
UNNAMED = [
    ("group_of_place", "group", None, "Residents of the village of Sarushen"),
    ("group_of_person", "group", None, "Supporters of Anna Berg"),
    # an unnamed source keeps its role
    ("unnamed_source_role", "group", "source in the prosecutor's office", "A source in the prosecutor's office"),
    ("unnamed_one_of", "unknown", "villager", "One of the villagers"),
    # members of a party or a nation are no organization, nor is the state in front of them
    ("member_of_party", "group", "Georgia Republican", "A Georgia Republican"),
    ("members_of_party", "group", None, "Two Ohio Democrats"),
]


@pytest.mark.parametrize("name,kind,role,source", UNNAMED, ids=[u[0] for u in UNNAMED])
def test_unnamed_sources(name, kind, role, source, lang):
    (claim,) = claims_of(name, lang)
    assert (claim.speaker, claim.speaker_kind, claim.role, claim.source) == (None, kind, role, source)


def test_an_organization_with_its_abbreviation_is_one_organization(lang):
    (claim,) = claims_of("abbreviation_org", lang)
    assert (claim.speaker, claim.speaker_kind) == ("Ministry for Emergencies", "organization")
    assert claim.claim == "nine heating points for truck drivers have been set up in the district"


def test_a_name_whose_report_says_she_is_a_person_for_the_pronouns_after(lang):
    # "Lyon, Laurent" is tagged as one organization; "Laurent said she ..." says Laurent is a woman
    found = [(c.speaker, c.speaker_kind, c.source, c.claim) for c in claims_of("pronoun_marks_person", lang)]
    assert found == [("Laurent", "person", "Laurent", "she was lucky to keep her pension"),
                     ("Laurent", "person", "she", "Many of my old colleagues lost everything,")]


def test_a_body_that_reports_on_her_is_not_she(lang):
    found = [(c.speaker, c.source) for c in claims_of("neg_pronoun_after_body", lang)]
    assert found == [(None, "The ministry"), (None, "she")]
