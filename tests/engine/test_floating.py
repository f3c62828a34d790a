"""Floating quotations: a quotation of its own after a sentence in which someone starts to speak.

Mirrors quotes/engine/floating.py. Fixtures: tests/data/engine/<name>.conllu (sentences in cases.tsv).
"""
from tests.engine.claims import claims_of


def test_the_quotation_after_a_speaker_begins_talking_is_theirs(lang):
    found = [(c.speaker, c.cue, c.claim, c.quote_type, c.rule) for c in claims_of("floating_after_talking", lang)]
    assert found == [("Anna Berg", "talking", "The ferry will not run tomorrow.", "direct", "floating:speech")]


def test_a_quotation_after_a_sentence_with_no_speech_floats_to_no_one(lang):
    assert claims_of("neg_floating_no_speech", lang) == ()
