"""The passes over found attributions (nesting, continuations, asides, one cue per content) and
what holds of every claim (its spans map to the text). Each construction's own table of
sentences is in tests/engine/constructions/.

The documents are CoNLL-U files under tests/data/engine (texts written for these tests,
parsed once by make_fixtures.py), read with stanza's CoNLL-U reader.
"""
import runpy

import pytest

from tests.conftest import DATA, read_fixture
from tests.engine.claims import claims_of


def test_a_noun_of_speech_takes_its_modifiers_and_preposition(lang):
    claims = {c.rule: c for c in claims_of("remarks_about", lang)}
    nominal = claims["nominal:speech"]
    assert (nominal.speaker, nominal.cue, nominal.claim) == ("Jane Smith", "controversial remarks about", "the budget")
    assert nominal.source == "Mayor Jane Smith's"  # the possessive marks the owner: it is part of the mention


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
    # "who backed the governor" is a report of its own (a stance): it stays out of the source as written
    claims = {c.cue: c for c in claims_of("said_smith_who", lang)}
    assert claims["said"].source == "Mayor Jane Smith"
    assert claims["backed"].speaker == "Jane Smith"


@pytest.mark.parametrize("name, cue, source, claim", [
    ("source_aside_who", "said", "Tom Ward, who lives in Boston", "the landlord had broken the law"),
    ("source_aside_whose", "said", "Tom Ward, whose family has rented the flat since 1990", "The landlord broke the law,"),
    # negative: an aside that reports words of its own is no part of the source
    ("neg_source_aside_report", "added", "Tom Ward", "that the landlord had broken the law"),
])
def test_the_source_as_written_keeps_an_aside_on_the_speaker(name, cue, source, claim, lang):
    found = [c for c in claims_of(name, lang) if c.cue == cue]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, "Tom Ward", None, claim)]
    assert found[0].source_span[1] - found[0].source_span[0] == len(source)  # the span is the source's


@pytest.mark.parametrize("name, source, speaker, role", [
    ("source_hyphen_title", "The NDP front-runner", None, None),
    ("source_hyphen_party", "NEA-backed senator Ann Grey (D-Ore.)", "Ann Grey", "NEA-backed senator"),
    # negative: a spaced dash after a capitalised dateline still ends the dateline
    ("neg_source_dateline_dash", "Labour leader Sam Hill", "Sam Hill", "Labour leader"),
])
def test_a_hyphen_inside_a_word_is_no_dateline_dash(name, source, speaker, role, lang):
    found = [c for c in claims_of(name, lang) if c.cue == "said"]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == \
        [(source, speaker, role, "the vote would be close")]


@pytest.mark.parametrize("name, cue, source, role, claim", [
    ("source_control_led", "to say", "some voters", None, "that the count was rigged"),
    ("source_control_left", "wondering", "many officials", None, "whether the plan would work"),
    # negative: a clause set off by a comma is the subject's, not the object's
    ("neg_source_control_aside", "insisting", "The mayor", "mayor", "that the plan would work"),
])
def test_the_object_of_a_causative_verb_speaks_its_clause(name, cue, source, role, claim, lang):
    found = [c for c in claims_of(name, lang) if c.cue == cue]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, None, role, claim)]


@pytest.mark.parametrize("name, cue, source, role, claim", [
    # a dateline parsed as a second subject of the verb: the subject nearest the verb speaks
    ("source_dateline_subject", "called", "A spokesman for the mayor", "spokesman for the mayor", "the report false"),
    # negative: the last name of a list the parser made a second subject (hand-edited fixture) is no speaker
    ("neg_source_split_list", "said", "Most voters in Denver, Boulder", None, "the tax was too high"),
])
def test_of_two_subjects_the_nearest_speaks(name, cue, source, role, claim, lang):
    found = [c for c in claims_of(name, lang) if c.cue == cue]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, None, role, claim)]


@pytest.mark.parametrize("name, source, role", [
    ("source_focus_even", "some of his allies", None),
    # negative: "only" limits who speaks, it stays in the source
    ("neg_source_focus_only", "Only two of the senators", "senator"),
])
def test_a_focus_particle_is_no_part_of_the_source(name, source, role, lang):
    found = [c for c in claims_of(name, lang) if c.cue == "said"]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, None, role, "the plan was a mistake")]


@pytest.mark.parametrize("name, source, speaker, role", [
    ("source_aside_speaking", "Mayor Jane Smith", "Jane Smith", "Mayor"),
    # negative: "including" names who else speaks, it stays
    ("neg_source_aside_including", "Several senators, including Ann Grey", None, None),
])
def test_a_comma_set_ing_clause_is_no_part_of_the_source(name, source, speaker, role, lang):
    found = [c for c in claims_of(name, lang) if c.cue == "said"]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, speaker, role, "the plan was a mistake")]


@pytest.mark.parametrize("name, source, claim", [
    ("source_aside_dashes", "Jason Sims — a teacher from Boston —", "the plan was a mistake"),
    # negative: a dash the source did not open stays out of it
    ("neg_source_aside_one_dash", "Jason Sims, a teacher from Boston", "The plan was a mistake"),
])
def test_the_source_as_written_closes_its_dashed_aside(name, source, claim, lang):
    found = [c for c in claims_of(name, lang) if c.cue == "said"]
    assert [(c.source, c.speaker, c.role, c.claim) for c in found] == [(source, "Jason Sims", "teacher from Boston", claim)]


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


@pytest.mark.parametrize("name", sorted(p.stem for p in (DATA / "engine").glob("*.conllu")))
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
    # a contrast opening the clause is part of what was said; "and" only joins it to the story
    ("but_said", "said", "But the budget will pass"),
    ("and_said", "said", "the budget will pass"),
]


@pytest.mark.parametrize("name,cue,claim", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_content_starts_and_stops(name, cue, claim, lang):
    mine = [c.claim for c in claims_of(name, lang) if c.cue == cue]
    assert mine == [claim], [(c.cue, c.claim) for c in claims_of(name, lang)]


@pytest.mark.parametrize("name,cue", [("assured_voters", "assured"), ("reassured_voters", "reassured")])
def test_the_hearer_of_a_verb_is_its_recipient_never_its_content(name, cue, lang):
    (claim,) = claims_of(name, lang)
    assert (claim.cue, claim.claim, claim.recipient) == (cue, "that the budget would pass", "voters")


def test_a_pronoun_in_apposition_is_no_part_of_the_source(lang):
    (claim,) = claims_of("smith_herself", lang)
    assert (claim.source, claim.speaker, claim.claim) == ("Mayor Jane Smith", "Jane Smith", "the budget would pass")


def test_a_conjunct_shares_a_passive_subject_not_its_agent(lang):
    # "were angered by the ruling and predicted ...": the senators predicted, not the ruling
    claims = {c.cue: c for c in claims_of("angered_and_predicted", lang)}
    assert (claims["predicted"].source, claims["predicted"].claim) == ("The senators", "it would hurt the party")


def test_make_fixtures_parses_only_the_missing_and_the_changed(tmp_path):
    fixtures = runpy.run_path(str(DATA / "engine" / "make_fixtures.py"))
    (tmp_path / "cases.tsv").write_text("kept\tThe mayor said rain fell.\nchanged\tThe mayor said snow fell.\n"
                                        "new\tThe mayor said hail fell.\n", encoding="utf-8")
    for name, text in (("kept", "The mayor said rain fell."), ("changed", "The mayor said sleet fell.")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.conllu").write_text("checked by hand\n", encoding="utf-8")
    parsed = []

    class Parsed(str):
        def __format__(self, spec):
            return "# text = " + str.__str__(self)

    class Annotator:
        def annotate(self, texts):
            for text in texts:
                parsed.append(text)
                yield Parsed(text)

    fixtures["main"](tmp_path, Annotator)
    assert parsed == ["The mayor said snow fell.", "The mayor said hail fell."]
    assert (tmp_path / "kept.conllu").read_text(encoding="utf-8") == "checked by hand\n"
    assert (tmp_path / "changed.txt").read_text(encoding="utf-8") == "The mayor said snow fell."

    def no_parser():
        raise AssertionError("nothing is stale: no annotator is loaded")

    fixtures["main"](tmp_path, no_parser)  # a second run finds every fixture fresh
