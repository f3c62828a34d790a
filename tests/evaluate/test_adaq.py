"""The adaq scorer on a tiny made-up corpus: token-level P/R/F1 per role, sentence-level F1."""
from quotes.evaluate.adaq import AdaqSentence, align, read_adaq, score_adaq

SENTENCES = "sentences\tsentence_id\nМастер сказал, что дождь кончится.\ts1\nДождь шёл весь день.\ts2\n"
TOKENS = """lemmas\ttext\tsentence_num\tindex_of_token_sent\ttags
мастер\tМастер\ts1\t1\tsource
сказать\tсказал\ts1\t2\tcue
,\t,\ts1\t3\tNone
что\tчто\ts1\t4\tcontent
дождь\tдождь\ts1\t5\tcontent
кончиться\tкончится\ts1\t6\tcontent
.\t.\ts1\t7\tNone
дождь\tДождь\ts2\t1\tNone
идти\tшёл\ts2\t2\tNone
весь\tвесь\ts2\t3\tNone
день\tдень\ts2\t4\tNone
.\t.\ts2\t5\tNone
"""


def corpus(tmp_path):
    (tmp_path / "ru_sentences.tsv").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "ru_tokens.tsv").write_text(TOKENS, encoding="utf-8")
    return read_adaq(tmp_path)


def test_tokens_are_found_in_their_sentence(tmp_path):
    s1, s2 = corpus(tmp_path)
    assert [s1.text[a:b] for a, b, _ in s1.tokens] == ["Мастер", "сказал", ",", "что", "дождь", "кончится", "."]
    assert [t[2] for t in s1.tokens] == ["source", "cue", None, "content", "content", "content", None]
    assert all(t[2] is None for t in s2.tokens)


def test_a_perfect_claim_scores_100(tmp_path):
    s1, _ = corpus(tmp_path)
    claim = {"source_span": [0, 6], "cue_spans": [[7, 13]], "content_spans": [[15, 33]]}
    scores, errors = score_adaq(corpus(tmp_path), {"s1": [claim], "s2": []}, keep_errors=True)
    assert [scores[r]["f1"] for r in ("source", "cue", "content", "sentence")] == [100.0] * 4
    assert errors == []


def test_partial_and_spurious_claims(tmp_path):
    # content without "что"; a spurious claim in the sentence with no quotation
    claim = {"source_span": [0, 6], "cue_spans": [[7, 13]], "content_spans": [[19, 33]]}
    spurious = {"source_span": None, "cue_spans": [[6, 9]], "content_spans": [[0, 5]]}
    scores, errors = score_adaq(corpus(tmp_path), {"s1": [claim], "s2": [spurious]}, keep_errors=True)
    assert scores["content"]["correct"] == 2 and scores["content"]["gold"] == 3
    assert scores["content"]["predicted"] == 3  # "дождь", "кончится" in s1, "Дождь" in s2
    assert scores["cue"] == {"p": 50.0, "r": 100.0, "f1": 66.7, "correct": 1, "predicted": 2, "gold": 1}
    assert scores["sentence"]["p"] == 50.0 and scores["sentence"]["r"] == 100.0
    assert {e["sentence"] for e in errors} == {"s1", "s2"}


def test_a_token_the_corpus_normalised_is_never_predicted():
    assert align("Он сказал «да».", ["Он", "сказал", '"', "да", '"', "."]) == \
        [(0, 2), (3, 9), (9, 9), (11, 13), (13, 13), (14, 15)]
    s = AdaqSentence("x", "Он сказал «да».", ((0, 2, "source"), (9, 9, "content")))
    scores, _ = score_adaq([s], {"x": [{"source_span": [0, 2], "cue_spans": [], "content_spans": [[0, 15]]}]})
    assert scores["content"]["correct"] == 0 and scores["content"]["gold"] == 1
