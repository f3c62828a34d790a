"""slovnet's entities of a paragraph computed our way are slovnet's own, bit for bit."""
import numpy as np
import pytest

from quotes.annotate.natasha_ner import ParagraphEntities, conv1d, forward, viterbi


@pytest.fixture(scope="module")
def tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


PARAGRAPHS = [
    "Москва",
    "«»",
    "14:22, 3 марта 2021",
    "Прокуратура Чеченской Республики сообщила, что проверка продолжается.",
    "«Работы продолжатся», — отметил политолог Ильдар Сабиров в беседе с корреспондентом РИА «Новости».",
    "В Ереване и Баку прошли встречи: министр иностранных дел Армении Арарат Мирзоян и его коллега "
    "Джейхун Байрамов обсудили границу, заявили в ООН. " * 6,
    "ООО «Ромашка» и ПАО «Газпром» подписали соглашение в Санкт-Петербурге",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_spans_are_slovnets_own(tagger, text):
    ours = ParagraphEntities(tagger)
    assert ours.exact
    assert [(s.start, s.stop, s.type) for s in ours(text)] == [(s.start, s.stop, s.type) for s in tagger(text).spans]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_callers_tokens_give_the_same_spans(tagger, text):
    from razdel import tokenize

    ours = ParagraphEntities(tagger)
    tokens = [(t.start, t.stop) for t in tokenize(text)]
    assert [(s.start, s.stop, s.type) for s in ours(text, tokens)] == [(s.start, s.stop, s.type) for s in tagger(text).spans]


def test_the_spans_follow_the_tokens_given(tagger):
    """The spans are the caller's tokens' own offsets; no token, no span."""
    text = "Глава МИД Грузии Илья Дарчиашвили заявил"
    ours = ParagraphEntities(tagger)
    tokens = [(0, 5), (6, 9), (10, 16), (17, 21), (22, 33), (34, 40)]
    assert [(s.start, s.stop, s.type) for s in ours(text, tokens)] == [(6, 9, "ORG"), (10, 16, "LOC"), (17, 33, "PER")]
    assert ours(text, []) == []


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_emissions_are_bit_for_bit(tagger, text):
    from slovnet.exec.infer import text_words

    model = tagger.infer.model
    encoded = next(tagger.infer.encoder([text_words(text)]))
    theirs = model(encoded.word_id, encoded.shape_id, encoded.pad_mask)
    assert np.array_equal(forward(model, encoded.word_id, encoded.shape_id), theirs)


def test_the_convolution_and_the_viterbi_path_are_slovnets(tagger):
    rng = np.random.default_rng(7)
    conv = tagger.infer.model.encoder.layers[1].conv
    x = rng.standard_normal((1, conv.weight.shape[1], 9)).astype(np.float32)
    assert np.array_equal(conv1d(conv, x), conv(x))
    crf = tagger.infer.model.head.crf
    for n in (1, 2, 17):
        emissions = rng.standard_normal((1, n, crf.transitions.array.shape[0])).astype(np.float32)
        assert viterbi(crf.transitions.array, emissions[0]) == crf.decode(emissions, np.ones((1, n), bool))[0].tolist()


def test_slovnets_own_call_serves_when_ours_would_differ(tagger):
    ours = ParagraphEntities(tagger)
    ours.exact = False
    text = PARAGRAPHS[4]
    assert [(s.start, s.stop, s.type) for s in ours(text)] == [(s.start, s.stop, s.type) for s in tagger(text).spans]
