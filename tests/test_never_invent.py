"""Never invent a speaker: a description that fits nobody the article named stays unnamed.

Run through the whole library path (``quotes.extract`` with the offline annotator), because
the rule spans stages: the engine finds the claim, resolution must not give it a wrong name.
"""
import pytest

import quotes

CASES = [
    # (article, claim text, the speaker it must have; None: unnamed)
    ("Elkhan Velizade, a political analyst, said that the budget would fail.\n\n"
     "The minister told reporters that talks would resume.", "that talks would resume", None),
    ("Elkhan Velizade, a political analyst, said that the budget would fail.\n\n"
     "The analyst added that talks would resume.", "that talks would resume", "Elkhan Velizade"),
    ("Analysts said that prices would rise again.", "that prices would rise again", None),
]


@pytest.mark.parametrize("text, claim, speaker", CASES)
def test_a_description_resolves_only_to_the_person_it_fits(spacy_annotator, text, claim, speaker):
    df = quotes.extract([text], annotator=spacy_annotator)
    rows = df[df.claim == claim]
    assert len(rows) == 1, df[["speaker", "source", "claim"]].to_string()
    got = rows.speaker.iloc[0]
    assert (None if got is None or got != got or got == "" else got) == speaker
