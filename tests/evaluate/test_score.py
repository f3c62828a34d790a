"""The evaluation: the brat reader and every measure, on small cases counted by hand."""
import json
from pathlib import Path

import pytest

from quotes.evaluate.polnear import GoldArticle, GoldAttribution, parse_ann, read_split
from quotes.evaluate.run import evaluate_claims_file, format_table
from quotes.evaluate.score import is_direct, match, normalise, score

MINI = Path(__file__).parents[1] / "data" / "evaluate" / "mini"
POLNEAR = Path(__file__).parents[3] / "shared" / "benchmarks" / "polnear"
TEXT = 'Smith said that the plan failed. "It is over," Jones said.\n'


def pred(content, cue=(), source=None, confidence=0.9, article="doc1"):
    return {"article": article, "content_spans": content, "cue_spans": cue, "source_span": source,
            "confidence": confidence}


def gold():
    return list(read_split(MINI, "dev"))


def test_reader_takes_the_first_annotator_and_multiline_surface_text():
    (article,) = gold()
    assert article.annotator == "aaa"
    first, second = article.attributions
    assert first == GoldAttribution(((11, 31),), ((6, 10),), ((0, 5),))
    assert second.source == ((47, 52),) and second.cue == ((53, 57),)


def test_parse_ann_discontinuous_and_sourceless():
    ann = "T1\tContent 0 4;10 14\tab cd\nT2\tCue 5 9\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    (a,) = parse_ann(ann)
    assert a.content == ((0, 4), (10, 14)) and a.source == ()


@pytest.mark.parametrize("span,expected", [((33, 46), (34, 44)), ((31, 33), None), ((0, 5), (0, 5))])
def test_normalise_trims_quotes_and_punctuation(span, expected):
    assert normalise(TEXT, span) == expected


def test_perfect_prediction_scores_100():
    claims = [pred([[11, 31]], [[6, 10]], [0, 5]), pred([[34, 44]], [[53, 57]], [47, 52])]
    s, _ = score(gold(), claims)
    for m in ("source_exact", "cue_exact", "content_exact", "attribution_overlap_0.3", "attribution_overlap_0.8"):
        assert s[m] == {"p": 100.0, "r": 100.0, "f1": 100.0}, m
    assert s["source_accuracy_on_matched"] == 100.0
    assert s["recall_by_type_0.3"] == {"direct": 100.0, "indirect": 100.0}


def test_duplicate_fragment_counts_once():
    claims = [pred([[11, 31]], [[6, 10]], [0, 5]), pred([[11, 31]], [[6, 10]], [0, 5])]
    s, _ = score(gold(), claims)
    assert s["source_exact"] == {"p": 100.0, "r": 50.0, "f1": 66.7}


def test_overlap_passes_0_3_but_not_0_8():
    claims = [pred([[11, 19]])]  # "that the" of "that the plan failed": 8/20 characters
    s, _ = score(gold(), claims)
    assert s["attribution_overlap_0.3"]["r"] == 50.0
    assert s["attribution_overlap_0.8"]["r"] == 0.0


def test_one_to_one_and_greedy_by_ratio():
    g = GoldArticle("d", TEXT, (GoldAttribution(((11, 31),), (), ()),))
    from quotes.evaluate.score import as_predicted
    close, far = as_predicted(pred([[11, 31]], article="d")), as_predicted(pred([[11, 25]], article="d"))
    assert match(TEXT, g.attributions, [far, close], 0.3) == [(0, 1)]


def test_source_accuracy_counts_a_missing_source_as_wrong():
    s, _ = score(gold(), [pred([[11, 31]], [[6, 10]], None), pred([[34, 44]], [[53, 57]], [47, 50])])
    assert s["source_accuracy_on_matched"] == 50.0
    assert s["cue_accuracy_on_matched"] == 100.0


def test_direct_and_indirect_recall():
    s, _ = score(gold(), [pred([[34, 44]])])
    assert s["recall_by_type_0.3"] == {"direct": 100.0, "indirect": 0.0}
    assert is_direct(TEXT, [(33, 46)]) and not is_direct(TEXT, [(11, 31)])


def test_confidence_threshold_table():
    s, _ = score(gold(), [pred([[11, 31]], confidence=0.4), pred([[34, 44]], confidence=0.95)])
    rows = {r["min_confidence"]: r for r in s["by_confidence"]}
    assert rows[0.0]["predicted_claims"] == 2 and rows[0.5]["predicted_claims"] == 1
    assert rows[0.5]["attribution_overlap_0.3"]["p"] == 100.0 and rows[0.5]["attribution_overlap_0.3"]["r"] == 50.0


def test_claims_file_and_errors(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in [pred([[11, 31]], [[6, 10]], [0, 5]), pred([[0, 4]])]))
    s, errors = evaluate_claims_file(MINI, "dev", path, keep_errors=True)
    assert s["counts"] == {"articles": 1, "gold_attributions": 2, "predicted_claims": 2}
    (e,) = errors
    assert len(e["missed"]) == 1 and "It is over" in e["missed"][0]["content"]
    assert len(e["spurious"]) == 1
    assert "source_exact" in format_table(s)


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="the PolNeAR benchmark is not beside the repo")
def test_real_gold_spans_lie_in_their_texts():
    total = 0
    for article in read_split(POLNEAR, "dev"):
        for a in article.attributions:
            for start, end in a.content + a.cue + a.source:
                assert 0 <= start < end <= len(article.text)
                total += 1
    assert total > 5000
