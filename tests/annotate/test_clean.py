"""Invisible characters change nothing: the same claims, every span into the text as read."""
import pytest

import quotes
from quotes.annotate.clean import clean, restore, visible

PLAIN = "Mark Traeger, the finance minister, said that the budget would be balanced next year."
VARIANTS = [
    PLAIN.replace("Traeger,", "Traeger\u200b,"),                       # a zero-width space after the name
    PLAIN.replace("Traeger", "Trae\u00adger"),                         # a soft hyphen inside it
    PLAIN.replace("Traeger,", "Traeger\u200b,").replace("finance", "fi\u200bnance")
         .replace("said", "said\u200b"),                               # three: after name, in role, after said
    "\ufeff" + PLAIN.replace("finance minister", "finance\u00a0minister"),  # a BOM and a no-break space
    PLAIN.replace("Mark ", "Mark\u200d "),                              # a zero-width joiner
]


def test_clean_maps_every_character_back():
    text = "Mark Trae\u00adger\u200b said"
    cleaned = clean(text)
    assert cleaned.text == "Mark Traeger said"
    a, b = cleaned.original_span(5, 12)
    assert text[a:b] == "Trae\u00adger" and visible(text[a:b]) == "Traeger"
    assert cleaned.original_span(13, 17) == (text.index("said"), len(text))


def test_a_clean_text_is_left_as_it_is():
    cleaned = clean(PLAIN)
    assert cleaned.text == PLAIN and cleaned.starts is None and cleaned.original_span(3, 7) == (3, 7)


def test_no_break_spaces_become_spaces_in_place():
    cleaned = clean("a\u00a0b")
    assert cleaned.text == "a b" and cleaned.starts is None


def test_restore_moves_tokens_words_and_entities(spacy_annotator):
    text = "Anna\u200b Berg said it."
    (doc,) = spacy_annotator.annotate([text])
    assert doc.text == text
    for token in doc.sentences[0].tokens:
        assert visible(text[token.start_char:token.end_char]) == token.text
    assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)


@pytest.fixture(scope="module")
def plain_claim(spacy_annotator):
    (row,) = quotes.extract([PLAIN], annotator=spacy_annotator).to_dict("records")
    return row


@pytest.mark.parametrize("text", VARIANTS)
def test_invisible_characters_change_no_claim(text, plain_claim, spacy_annotator):
    rows = quotes.extract([text], annotator=spacy_annotator).to_dict("records")
    assert len(rows) == 1
    row = rows[0]
    for column in ("speaker", "role", "cue", "claim", "quote_type", "source"):
        assert row[column] == plain_claim[column], column
    for a, b in row["content_spans"]:
        assert visible(text[a:b]) in plain_claim["claim"]
    a, b = row["source_span"]
    assert visible(text[a:b]).startswith("Mark Traeger")
