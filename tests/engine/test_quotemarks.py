"""Quotation marks: every quoted passage found, none lost to an odd mark, and which are speech."""
import pytest

from quotes.engine.quotemarks import Quotes, find_quotes, is_speech, quotes_beside

# text, the inner texts of the quotations found
QUOTES = [
    ('He said: “It is over.”', ["It is over."]),
    ('"We won," she said. "It was hard."', ["We won,", "It was hard."]),
    ("They don't know Velizade’s plan.", []),  # apostrophes between letters are no marks
    ("In the '90s it was 'unthinkable', he said.", ["unthinkable"]),
    ("«Мы победим», — сказал он.", ["Мы победим"]),  # guillemets
    ("„Wir gewinnen“, sagte er.", ["Wir gewinnen"]),  # a low opening mark closed by “
    ("He said ''this is fine'' and left.", ["this is fine"]),  # two apostrophes as a double mark
    # a straight quotation inside a straight one, when a later mark closes the outer one
    ('She said: "You cannot call every rule "unfair"... The law is the law." #news',
     ['You cannot call every rule "unfair"... The law is the law.']),
    # ... but an outer mark that never closes was a stray one: the quotation after it stands alone
    ('He said "it will end and left. Then "we won the vote," she said.', ["we won the vote,"]),
]


@pytest.mark.parametrize("text,inner", QUOTES, ids=[q[0][:20] for q in QUOTES])
def test_finds_the_quotations(text, inner):
    assert [text[q.inner[0]:q.inner[1]] for q in find_quotes(text)] == inner


def test_an_odd_mark_never_fails_and_ends_at_the_paragraph():
    text = 'He said "this will never end and left.\n\nThe meeting ended at noon.'
    (quote,) = find_quotes(text)
    assert not quote.closed and text[quote.inner[0]:quote.inner[1]] == "this will never end and left."


def test_a_quotation_over_two_paragraphs_is_one_group():
    text = '"We will win this race," Smith said.\n\n"Nobody can stop us now."'
    first, second = find_quotes(text)
    assert first.group != second.group  # two quotations, each closed
    text = '"We will win this race.\n\n"Nobody can stop us now," Smith said.'
    first, second = find_quotes(text)
    assert first.group == second.group and not first.closed  # the news convention: one quotation


# text, whether its one quotation is speech
SPEECH = [
    ('She watched "The Lord of the Rings" twice.', True),  # four words: taken as speech by length
    ('Dwayne "The Rock" Johnson arrived.', False),  # a nickname
    ('He called the plan "very smart" in his speech.', False),  # a scare quote
    ('He yelled, "Out!"', True),  # short, but introduced by a comma
    ('"They sue," he said.', True),  # short, but a sentence of its own
    ('Is it "smart"?', False),
]


@pytest.mark.parametrize("text,speech", SPEECH, ids=[s[0][:20] for s in SPEECH])
def test_which_quotations_are_speech(text, speech):
    (quote,) = find_quotes(text)
    assert is_speech(text, quote) is speech


def test_quotations_beside_a_sentence():
    text = 'Caddell continued:\n\n"The issue is partisan." Then he left.'
    quotes = find_quotes(text)
    first_sentence = (0, text.index(":") + 1)
    assert quotes_beside(text, first_sentence, quotes) == list(quotes)  # after its colon
    assert quotes_beside(text, (text.index("Then"), len(text)), quotes) == list(quotes)  # ends just before
    assert quotes_beside(text, (0, 7), quotes) == []  # "Caddell": no colon, not beside


def test_a_tag_between_dashes_inside_one_pair_of_marks_splits_the_quotation():
    from quotes.engine.quotemarks import find_quotes

    text = "«Мост закроют, — сказал мэр. — Ремонт займет год»."
    pieces = [text[q.inner[0]:q.inner[1]] for q in find_quotes(text)]
    assert pieces == ["Мост закроют,", "Ремонт займет год"]
    assert len({q.group for q in find_quotes(text)}) == 1
    named = '"Мост закроют, - сказал корреспонденту "Вестника" мэр. - Ремонт займет год".'  # a name in marks in the tag
    assert [named[q.inner[0]:q.inner[1]] for q in find_quotes(named)] == ["Мост закроют,", "Ремонт займет год"]
    plain = "«Мост закроют — и надолго»."  # a dash with no tag after it splits nothing
    assert [plain[q.inner[0]:q.inner[1]] for q in find_quotes(plain)] == ["Мост закроют — и надолго"]


def test_the_lookups_of_quotes_answer_as_reading_every_quotation():
    text = " ".join(f'"Part {k} of it," he said, "and more {k}." Then “{k}” and \'{k} words here\'.'
                    for k in range(40)) + '\n\n"We go on.\n\n"And on," she said.'
    quotes = Quotes(find_quotes(text))
    assert len(quotes) > 100 and quotes == find_quotes(text)  # a tuple of the same quotations
    for a in range(0, len(text) + 5, 7):
        for b in (a, a + 1, a + 30):
            assert quotes.overlapping(a, b) == [q for q in quotes if q.start < b and a < q.end]
            assert quotes.starting_in(a, b) == [q for q in quotes if a <= q.start <= b]
            assert quotes.ending_in(a, b) == [q for q in quotes if a <= q.end <= b]
            assert quotes_beside(text, (a, b), quotes) == [  # the rule, read over every quotation
                q for q in quotes if (q.start < b and a < q.end) or _before(text, a) <= q.end <= a
                or b <= q.start <= _after(text, b)]
        assert quotes.covering(a) == [q for q in quotes if q.start <= a < q.end]
    for q in quotes:
        assert quotes.group_spans(q.group) == tuple(p.inner for p in quotes if p.group == q.group)
    assert len(quotes.group_spans(quotes[-1].group)) == 2  # the quotation over two paragraphs


def _before(text, a):
    while a > 0 and text[a - 1] in " \t,.;":
        a -= 1
    return a


def _after(text, b):
    if text[b - 1:b] != ":":
        return b - 1
    while b < len(text) and text[b].isspace():
        b += 1
    return b
