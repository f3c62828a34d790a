"""The engine on small documents: each construction it reads, and sentences it must leave alone.

The documents are CoNLL-U files under tests/data/engine (texts written for these tests,
parsed once by make_fixtures.py), read with stanza's CoNLL-U reader.
"""
import pytest

from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.types import Article
from tests.conftest import read_fixture


def claims_of(name, lang):
    doc = read_fixture(name)
    return build_claims(Article(name, doc.text), find_attributions(doc, lang))


# name, speaker, speaker_kind, cue, quote_type, start of the claim text, role
FOUND = [
    ("told_that", "Elkhan Velizade", "person", "told", "indirect", "that the two programmes differ", "political analyst"),
    ("quote_then_cue", "Elkhan Velizade", "person", "has noted", "direct", "While Azerbaijan aims", None),
    ("expects_according", "Elkhan Shikhaliev", "person", "expects", "indirect", "that cooperation", "military expert"),
    ("as_clarified", "Elkhan Shikhaliev", "person", "has clarified", "indirect", "the purchase of combat drones", None),
    ("according_to_unnamed", None, "group", "According to", "indirect", "the new plant will open", None),
    ("passive_agent", None, "group", "is assessed", "indirect", "This decision", None),
    ("statement_by", "Selçuk Bayraktar", "person", "statement", "indirect", "plans to launch production",
     "technical director of the Bayraktar Company"),
    ("group_parenthetical", None, "group", "have noted", "indirect", "The cooperation is unlikely", None),
    ("colon_introducer", "Pat Caddell", "person", "continued", "direct", "The health issue overall", None),
    ("quote_run", "Smith", "person", "said", "direct", "We will win this race", "Senator"),
    ("pronoun_next_sentence", "Mustafa Varank", "person", "said", "indirect", "that Turkey would sign", None),
    ("headline_colon", "Lynch", "organization", ":", "indirect", "No outside influence", None),
    ("mixed_quote", "Donald Trump", "person", "said", "mixed", "the trade deal was", None),
    ("unnamed_group", None, "group", "said", "indirect", "the festival would be held", None),
    ("said_yes", None, "group", "said", "indirect", "yes", None),
    ("headline_untagged", "Bernie Sanders", "person", ":", "indirect", "Clinton Email Story Has Moved", None),
    ("demanded_to_know", None, "group", "demanded to know", "indirect", "whether the senator would return", None),
    ("quote_paragraphs", "Smith", "person", "said", "direct", "We will win this race", None),
    ("dateline_mention", "Hillary Clinton", "person", "says", "indirect", "she will win the primary", None),
    ("criticized_and_said", None, "group", "criticized", "indirect", "the president's foreign policy", None),
    ("hopes_mended", "Marco Rubio", "person", "hopes", "indirect", "Iowa will prove his point", None),
    ("adverb_before_aux", "Jane Smith", "person", "also has said", "indirect", "that the budget will pass", "Mayor"),
    ("adverb_apart", "Jane Smith", "person", "said", "indirect", "that the budget would pass", "Mayor"),
    ("by_saying", "Jane Smith", "person", "began by saying", "indirect", "that the budget would pass", "Mayor"),
    ("said_on_twitter", "Jane Smith", "person", "said", "indirect", "that the budget would pass", "Mayor"),
    ("cautioned_against", "Jane Smith", "person", "has cautioned against", "indirect", "raising taxes", "Mayor"),
    ("short_shout", "Jane Smith", "person", "yelled", "direct", "Out, out, out!", "Mayor"),
    ("in_her_view", "Jane Smith", "person", "view", "indirect", "the budget will pass", None),
    # what seems is the writer's inference: no speaker, and the raised subject is part of it
    ("seemed_to", None, "unknown", "seemed", "indirect", "The senator … to relish the fight", None),
    # ... unless what seems is itself a stance: then the stance is the cue and its subject speaks
    ("seemed_to_endorse", "Jane Smith", "person", "seemed to endorse", "indirect", "the budget", "Senator"),
    # a verb with no subject of its own speaks with its head's: "tended to", "came to", "and"
    ("tended_to_support", "Jane Smith", "person", "tended to support", "indirect", "Clinton", "Mayor"),
    ("came_to_talk", "Jane Smith", "person", "to talk about", "indirect", "immigration and the border", "Mayor"),
    ("and_called_for", "Jane Smith", "person", "called for", "indirect", "a political revolution", "Mayor"),
    ("endorsed_her", "Jane Smith", "person", "endorsed", "indirect", "her", "Mayor"),
    # an adjective of stance as a predicate is a cue like a verb
    ("confident_that", "Jane Smith", "person", "remains confident", "indirect", "that the budget will pass", "Mayor"),
    ("critical_of", "Jane Smith", "person", "was sharply critical of", "indirect", "the governor's budget", "Mayor"),
    # a support verb voices a noun of speech: its subject is the speaker, and part of the cue
    ("raised_concerns", "Jane Smith", "person", "raised concerns about", "indirect", "the cost of the new stadium",
     "Mayor"),
    # ... but a verb of speech is a cue of its own, and the noun its content
    ("criticized_statement", "Jane Smith", "person", "criticized", "indirect", "the statement about the budget",
     "Mayor"),
    # a declaration with a clause, a denial and a refusal to act are still claims
    ("act_declared_that", None, "group", "declared", "indirect", "that the state of emergency was over", None),
    ("not_say_that", "Anna Berg", "person", "did not say", "indirect", "that the trial would resume", None),
    ("declined_to_endorse", "Anna Berg", "person", "declined to endorse", "indirect", "the plan", None),
    # a first name alone is the one person of the article with it
    ("first_name_later", "Chris Walton", "person", "said", "indirect", "that the prices had doubled", None),
    # a pronoun never stands for a person named inside the quotation it closes
    ("pronoun_not_in_own_quote", None, "unknown", "said", "direct", "I heard Anna Berg say it", None),
    # any verb of a speaker right after a quotation that ends in a comma tags it
    ("quote_then_any_verb", "Jane Smith", "person", "shot back", "direct", "We will build the stadium", None),
    # a verb with a topic of its own reports that topic, not the quotation or clause beside it
    ("criticized_after_quote", "Jane Smith", "person", "also criticized", "indirect", "the state's lax gun laws",
     None),
    ("and_has_criticized", "Jane Smith", "person", "has criticized", "indirect", "the governor's budget", None),
    # the subject of a passive with its agent is what the agent spoke of
    ("passive_criticized", "Jane Smith", "person", "was criticized", "indirect", "The budget", "Mayor"),
    # adverbs between the words of a cue belong to it: the cue is one stretch of text
    ("however_revealed", "Jane Smith", "person", "has, however, revealed", "indirect", "that the budget", "Mayor"),
    ("see_as_advmod", "Jane Smith", "person", "sees", "indirect", "her own party as insufficiently committed", "Mayor"),
    # an -ing participle says something of the noun it modifies
    ("senators_blasting", None, "group", "blasting", "indirect", "the president's approach", None),
    ("responding_to", "Jane Smith", "person", "Responding to", "indirect", "the governor's remarks", "Mayor"),
    # whom a speaker urges belongs to what they urge
    ("urged_voters", "Jane Smith", "person", "urged", "indirect", "voters to reject the budget", "Mayor"),
    ("poll_shows", None, "group", "shows", "indirect", "Clinton with a narrow lead", None),
    ("it_appears", None, "unknown", "appears", "indirect", "that the game was not boring", None),
    # the one asked is not the one asking: the asker is unnamed
    ("passive_asked", None, "unknown", "was asked", "indirect", "whether the budget would pass", None),
    ("calling_for", "Jane Smith", "person", "is calling for", "indirect", "the state to expand", "Mayor"),
    ("described_herself", "Jane Smith", "person", "has described", "indirect", "herself as a fiscal conservative",
     "Mayor"),
    ("gloated_colon", "Jane Smith", "person", "gloated", "direct", "We won every single ward", "Mayor"),
]


@pytest.mark.parametrize("name,speaker,kind,cue,quote_type,claim_start,role", FOUND, ids=[c[0] for c in FOUND])
def test_finds_the_claim(name, speaker, kind, cue, quote_type, claim_start, role, lang):
    claims = claims_of(name, lang)
    mine = [c for c in claims if c.cue == cue]
    assert len(mine) == 1, [(c.cue, c.claim) for c in claims]
    c = mine[0]
    assert c.speaker == speaker
    assert c.speaker_kind == kind
    assert c.quote_type == quote_type
    assert c.claim.startswith(claim_start)
    if role is not None:
        assert c.role == role


NOTHING = ["neg_relative_clause", "neg_title_in_quotes", "neg_nickname", "neg_caption", "neg_line_label",
           "neg_told_reporters", "neg_felt_betrayed", "neg_spoke_to_reporters",
           "neg_it_is_clear",  # impersonal "it is clear that" is the writer's; a bare "is happy" has no topic
           "neg_quote_then_clause",  # a title in quotation marks, then another clause
           "neg_passive_announced",  # a passive with no one saying it
           "neg_added_to",  # "adding to her lead": the to-phrase is what grew, not a topic
           "neg_as_campaigns",  # "as she campaigns": "as" is "while", and campaigning says nothing
           "neg_campaign_account",  # "in his campaign account" is a place, not "in his view"
           "neg_views_on",  # what a view is about is no view held
           "neg_agenda_colon",  # a colon before a quotation introduces speech only after a speaker
           # acts, not speech: a legal act or a declaration with a bare object, a refusal to
           # comment, a negated comment or an unsaid question, the writer's aside to the reader
           "neg_act_dismissed", "neg_act_declared_emergency", "neg_silence_declined", "neg_silence_not_commented",
           "neg_silence_would_not_say", "neg_aside_let_us",
           "reassured_voters_alone"]  # a hearer is never what was said: one list of hearer verbs


@pytest.mark.parametrize("name", NOTHING)
def test_leaves_alone(name, lang):
    assert claims_of(name, lang) == ()


def test_a_noun_of_speech_takes_its_modifiers_and_preposition(lang):
    claims = {c.rule: c for c in claims_of("remarks_about", lang)}
    nominal = claims["nominal:speech"]
    assert (nominal.speaker, nominal.cue, nominal.claim) == ("Jane Smith", "controversial remarks about", "the budget")


def test_a_report_inside_a_claim_is_part_of_that_claim(lang):
    claims = claims_of("nested_report", lang)
    assert [(c.speaker, c.cue, c.claim) for c in claims] == [
        ("Jane Smith", "said", "she believes that the senator told donors the budget would pass")]


def test_as_with_a_participle_is_a_predicate_not_a_comment(lang):
    claims = claims_of("described_as_seeming", lang)
    assert [(c.speaker, c.cue) for c in claims] == [("Jane Smith", "described")]


@pytest.mark.parametrize("name", ["as_congratulated", "as_responded_to"])
def test_as_with_an_object_is_a_time_not_a_comment(name, lang):
    # "as she congratulated X", "as voters responded to X": when, not a comment on the main clause
    claims = claims_of(name, lang)
    assert all(c.rule.split(":")[0] != "parenthetical" for c in claims), [(c.cue, c.rule) for c in claims]


def test_a_report_joined_on_is_a_claim_of_the_same_speaker(lang):
    claims = claims_of("joined_report", lang)
    assert [(c.speaker, c.cue, c.claim) for c in claims] == [
        ("Jane Smith", "is insisting", "that she has balanced the budget"),
        ("Jane Smith", "claiming", "that she is responsible for the surplus")]


def test_an_object_takes_the_rest_of_its_predicate_but_the_time(lang):
    claims = claims_of("defended_against", lang)
    assert [(c.cue, c.claim) for c in claims] == [("defended", "the governor against allegations of corruption")]


def test_a_name_given_is_no_words_said(lang):
    claims = claims_of("called_firm", lang)
    assert [(c.speaker, c.cue) for c in claims] == [("Tom Miller", "argues")]


def test_a_relative_clause_after_a_comma_is_no_part_of_the_source(lang):
    claims = {c.cue: c for c in claims_of("said_smith_who", lang)}
    assert claims["said"].source == "Mayor Jane Smith"
    assert claims["backed"].speaker == "Jane Smith"


def test_an_object_stops_before_time_place_and_asides(lang):
    claims = {c.cue: c.claim for c in claims_of("endorsed_during", lang)}
    assert claims["endorsed"] == "the governor", claims


def test_a_question_put_is_an_unnamed_claim(lang):
    # "Asked about X, Smith said ...": the asker is unnamed, the answer is Smith's
    claims = {c.cue: c for c in claims_of("asked_about", lang)}
    assert (claims["Asked about"].speaker, claims["Asked about"].claim) == (None, "the polls")
    assert (claims["said"].speaker, claims["said"].claim) == ("Jane Smith", "she was confident")


def test_a_short_scare_quote_is_no_quotation_of_its_own(lang):
    claims = claims_of("neg_short_scare_quote", lang)
    assert claims and all(c.quote_type != "direct" and c.claim != "very smart" for c in claims)


def test_a_month_before_a_letter_is_not_its_writer(lang):
    claims = claims_of("letter_of_a_month", lang)
    assert all(c.speaker != "September" for c in claims), [(c.speaker, c.cue) for c in claims]
    assert [(c.source, c.cue) for c in claims] == [("the company", "asked")]


def test_multi_sentence_quote_is_one_claim_with_its_cue(lang):
    (claim,) = claims_of("quote_then_cue", lang)
    doc = read_fixture("quote_then_cue")
    (span,) = claim.content_spans
    assert doc.text[span[0]:span[1]].endswith("not planned in Azerbaijan,")
    assert claim.source == "he"


def test_according_to_his_version_stays_in_the_experts_claim(lang):
    claims = claims_of("expects_according", lang)
    assert len(claims) == 1
    assert "according to his version, in the field of armoured vehicles" in claims[0].claim


def test_quote_run_joins_fragments_of_one_speaker(lang):
    (claim,) = claims_of("quote_run", lang)
    assert len(claim.content_spans) == 2
    assert claim.claim.endswith("Nobody can stop us now, not even the weather.")


def test_quote_continued_in_the_next_paragraph_joins_the_claim(lang):
    (claim,) = claims_of("quote_paragraphs", lang)
    assert len(claim.content_spans) == 2
    assert claim.claim.endswith("not even the weather.")


def test_a_verb_inside_a_longer_cue_is_not_a_cue_of_its_own(lang):
    cues = [c.cue for c in claims_of("demanded_to_know", lang)]
    assert cues == ["demanded to know"]


def test_quotation_in_anothers_clause_is_not_taken_by_an_object_verb(lang):
    claims = {c.cue: c for c in claims_of("criticized_and_said", lang)}
    assert claims["criticized"].quote_type == "indirect"
    assert "still in the game" in claims["said"].claim


def test_a_mention_stays_on_its_line(lang):
    (claim,) = claims_of("dateline_mention", lang)
    assert claim.source == "Hillary Clinton"


def test_recipient_is_the_outlet(lang):
    (claim,) = claims_of("told_that", lang)
    assert claim.recipient == "Caucasian Knot"


def test_unbalanced_quote_does_not_fail_the_document(lang):
    claims_of("unbalanced_quote", lang)  # must not raise


@pytest.mark.parametrize("name", [c[0] for c in FOUND] + NOTHING + ["unbalanced_quote"])
def test_every_span_maps_to_the_text(name, lang):
    doc = read_fixture(name)
    for c in claims_of(name, lang):
        for a, b in c.content_spans + c.cue_spans + ((c.source_span,) if c.source_span else ()):
            assert 0 <= a < b <= len(doc.text)
        if c.cue:
            assert c.cue == " … ".join(" ".join(doc.text[a:b].split()) for a, b in c.cue_spans)
        if c.source_span:
            assert " ".join(doc.text[c.source_span[0]:c.source_span[1]].split()) == c.source


def test_a_short_quotation_that_is_a_sentence_of_its_own_is_speech(lang):
    (claim,) = claims_of("short_sentence_quote", lang)
    assert (claim.speaker, claim.cue, claim.quote_type) == ("Jane Smith", "said", "direct")
    assert claim.claim == "They sue, … Everybody sues, right?"


def test_a_quotation_after_a_paraphrase_continues_it(lang):
    (claim,) = claims_of("paraphrase_then_quote", lang)
    assert claim.speaker == "Jane Smith" and len(claim.content_spans) == 2
    assert claim.claim.startswith("that the city would accept") and claim.claim.endswith("over three years.")


def test_a_quotation_after_a_reported_question_is_not_the_askers(lang):
    (asked,) = [c for c in claims_of("question_then_answer", lang) if c.cue == "asked"]
    assert asked.source == "Reporters" and len(asked.content_spans) == 1
    assert "builds the most houses" not in asked.claim


# name, cue, the whole claim: where a content starts and where it stops
CONTENTS = [
    # a passive of expectation reports its subject's infinitive: what is expected is Smith signing
    ("expected_to", "is expected", "Mayor Jane Smith … to sign the budget on Friday"),
    # ... but "it" stands for something named before, or for nothing: it stays out
    ("neg_it_expected", "is expected", "to rise to three percent next year"),
    # a passive with an as-phrase holds a view of its subject, with or without its holder named
    ("seen_as", "is widely seen", "Mayor Jane Smith … as a moderate in the council"),
    # a wish joined to the reported clause is part of what was reported, not a claim of its own
    ("said_tired_wanted", "said", "she was tired of the delays and wanted a new budget"),
    # ... but a speech act joined there is the reporter's own, and the first content stops before it
    ("said_found_called", "said", "she found the plan sound"),
    ("said_found_called", "called", "the vote historic"),
    # a relative clause after a comma that ends a content is the writer's aside
    ("said_arena_which", "said", "they would march to the arena"),
    # ... a restrictive one is part of what was said
    ("said_budget_that", "said", "she would veto any budget that raises taxes"),
]


@pytest.mark.parametrize("name,cue,claim", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_content_starts_and_stops(name, cue, claim, lang):
    mine = [c.claim for c in claims_of(name, lang) if c.cue == cue]
    assert mine == [claim], [(c.cue, c.claim) for c in claims_of(name, lang)]


@pytest.mark.parametrize("name,cue", [("assured_voters", "assured"), ("reassured_voters", "reassured")])
def test_the_hearer_of_a_verb_is_its_recipient_never_its_content(name, cue, lang):
    (claim,) = claims_of(name, lang)
    assert (claim.cue, claim.claim, claim.recipient) == (cue, "that the budget would pass", "voters")
