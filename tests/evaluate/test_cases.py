"""``quotes eval cases``: every measure on small hand-made cases, counted by hand."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.evaluate.cases import (CasesError, cue_right, load_cases, role_heads, role_right, score_cases,
                                   speaker_right, spurious_kind)

ROOT = Path(__file__).parents[2]
TEXT = ("Harbour: cranes stand idle\n\nPhoto by Ivo Mark\n\n"
        "Port workers will strike on Monday, union leader Dana Kroll has said. "
        "\u201cWe have no choice,\u201d she told the Coast Herald. "
        "The strike was discussed at length.\n")
CASE = {
    "id": "p1", "text": TEXT,
    "claims": [
        {"speaker": "Dana Kroll", "speaker_kind": "person", "role": "union leader of the dockers", "cue": "has said",
         "content": "Port workers will strike", "quote_type": "indirect", "constructions": ["premod_role"]},
        {"speaker": "Dana Kroll", "speaker_kind": "person", "role": "union leader", "cue": "told",
         "content": "We have no choice", "quote_type": "direct", "constructions": ["pronoun", "curly"]},
        {"speaker": "", "speaker_kind": "group", "role": "", "cue": "said", "content": "cranes stand idle",
         "quote_type": "indirect", "constructions": ["headline"], "optional": True},
    ],
    "furniture": ["Photo by Ivo Mark"], "headline": ["Harbour: cranes stand idle"],
    "negatives": ["The strike was discussed at length."],
}


def span_of(text):
    start = TEXT.find(text)
    return [[start, start + len(text)]] if start >= 0 else []


def row(claim, speaker="Dana Kroll", role="union leader", cue="has said", quote_type="indirect", **more):
    return {"article": "p1", "speaker": speaker, "speaker_kind": "person", "role": role, "source": speaker,
            "cue": cue, "quote_type": quote_type, "claim": claim, "content_spans": span_of(claim), **more}


@pytest.fixture
def cases_file(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(CASE) + "\n", encoding="utf-8")
    return path


def test_all_right_scores_full_marks(cases_file):
    rows = [row("Port workers will strike on Monday"),
            row("\u201cWe have no choice,\u201d", cue="told", quote_type="direct")]
    scores, errors = score_cases(load_cases(cases_file), rows)
    assert scores["recall"] == {"value": 100.0, "num": 2, "den": 2}
    assert scores["speaker"]["value"] == scores["role_named"]["value"] == scores["cue"]["value"] == 100.0
    assert scores["optional_found"] == {"value": 0.0, "num": 0, "den": 1}
    assert scores["spurious"]["all"] == 0 and errors == []
    assert scores["constructions"]["curly"] == {"n": 1, "found": 1, "speaker_right": 1, "recall": 100.0}


def test_errors_are_counted_and_listed_by_kind(cases_file):
    rows = [row("Port workers will strike on Monday", speaker="Ivo Mark", role="photographer", cue="stated"),
            row("cranes stand idle"),                              # the optional claim: neither counted nor spurious
            row("Photo by Ivo Mark"), row("Harbour"), row("The strike was discussed at length."),
            {"article": "p1", "claim": "Monday", "speaker": None}]  # no spans: placed by its text
    scores, errors = score_cases(load_cases(cases_file), rows)
    assert scores["recall"] == {"value": 50.0, "num": 1, "den": 2}
    assert scores["speaker"]["value"] == 0.0 and scores["role"]["value"] == 0.0
    assert scores["cue"]["value"] == 0.0 and scores["quote_type"]["value"] == 100.0
    assert scores["spurious"] == {"all": 4, "furniture": 1, "headline": 1, "negative": 1, "other": 1}
    assert scores["matching"] == {"value": round(200 / 6, 1), "num": 2, "den": 6}
    kinds = sorted(e["error"] for e in errors)
    assert kinds == ["cue", "missed", "role", "speaker"] + ["spurious"] * 4
    missed = next(e for e in errors if e["error"] == "missed")
    assert missed["expected"]["content"] == "We have no choice" and missed["near"] == 0.0


def test_content_compares_without_case_quote_glyphs_or_spacing(tmp_path):
    claim = {"content": "\u201cWe  have no choice\u201d", "speaker": "", "speaker_kind": "group", "quote_type": "direct"}
    case = load_cases_from_path(tmp_path, [{**CASE, "claims": [claim]}])
    scores, _ = score_cases(case, [{"article": "p1", "claim": '"we have\nno choice"'}])
    assert scores["recall"]["num"] == 1


@pytest.mark.parametrize("expected,predicted,ok", [
    ({"speaker": "Dana Kroll", "speaker_kind": "person"}, {"speaker": "D. Kroll"}, True),
    ({"speaker": "Dana Kroll", "speaker_kind": "person"}, {"speaker": "Dana"}, False),
    ({"speaker": "Лев Гецба", "speaker_kind": "person", "speaker_key": ["Гецб"]}, {"speaker": "Льва Гецбы"}, True),
    ({"speaker": "", "speaker_kind": "group"}, {"speaker": "", "speaker_kind": "group"}, True),
    ({"speaker": "", "speaker_kind": "group"}, {"speaker": "", "speaker_kind": "person"}, False),
    ({"speaker": "", "speaker_kind": "person"}, {"speaker": "Kroll"}, False),
    ({"speaker": "Port Authority", "speaker_kind": "organization"}, {"speaker": "", "source": "the Port Authority"}, True),
])
def test_speaker_right(expected, predicted, ok):
    assert speaker_right(expected, predicted) is ok


def test_an_organization_only_in_the_source_is_right_only_when_lenient():
    expected = {"speaker": "Port Authority", "speaker_kind": "organization"}
    assert not speaker_right(expected, {"speaker": "", "source": "the Port Authority"}, lenient=False)


@pytest.mark.parametrize("role,heads", [
    ("union leader of the dockers", ["leader"]), ("an analyst, who", ["analyst"]),
    ('head of the "Green Port" fund', ["head"]), ("", []),
])
def test_role_heads(role, heads):
    assert role_heads({"role": role}) == heads


def test_role_of_an_unnamed_source_may_count_its_source():
    expected = {"role": "villager", "speaker": ""}
    assert role_right(expected, {"role": "", "source": "one of the villagers"}) is False
    assert role_right(expected, {"role": "", "source": "one of the villagers"}, with_source=True) is True
    assert role_right({"role": ""}, {"role": "x"}) is None


@pytest.mark.parametrize("expected,predicted,ok", [
    ("has noted", "noted", True), ("has noted", "notes", True), ("told", "said", False),
    ("according to his version", "according to", False), ("according to", "said", None),
    ("по словам", "сказал", None), ("сообщил", "сообщила", True),
])
def test_cue_right_by_stem_of_the_last_content_word(expected, predicted, ok):
    assert cue_right({"cue": expected}, {"cue": predicted}) is ok


def test_spurious_kind_by_where_the_content_sits(cases_file):
    (case,) = load_cases(cases_file)
    assert spurious_kind(case, row("Photo by Ivo Mark")) == "furniture"
    assert spurious_kind(case, row("cranes stand idle")) == "headline"
    assert spurious_kind(case, row("Monday")) == "other"


def test_texts_folder_replaces_the_text_and_a_case_needs_one(tmp_path):
    (tmp_path / "p1.txt").write_text("Another text.", encoding="utf-8")
    (case,) = load_cases_from_path(tmp_path, [CASE], texts=tmp_path)
    assert case.text == "Another text."
    with pytest.raises(CasesError, match="has no \"text\""):
        load_cases_from_path(tmp_path, [{**CASE, "id": "p2", "text": None}], texts=tmp_path)


def load_cases_from_path(folder, records, texts=None):
    path = folder / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return load_cases(path, texts)


@pytest.mark.parametrize("line,message", [
    ("{not json", "line 1: invalid JSON"),
    ('{"id": "x"}', 'needs an "id" and a "claims" list'),
    ('{"id": "x", "text": "t", "claims": [{"content": "a"}]}', "claim 1 lacks speaker_kind, quote_type"),
])
def test_a_broken_cases_file_says_which_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CasesError, match=message):
        load_cases(path)


def test_an_id_twice_is_an_error(tmp_path):
    with pytest.raises(CasesError, match="appears twice"):
        load_cases_from_path(tmp_path, [CASE, CASE])


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_cli_scores_a_claims_file_and_writes_errors(cases_file, tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps(row("Port workers will strike on Monday")) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    proc = run_cli("eval", "cases", str(cases_file), "--claims", str(claims), "--json", "--errors", str(errors))
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert scores["recall"]["num"] == 1 and scores["counts"]["predicted"] == 1
    assert [json.loads(line)["error"] for line in errors.read_text().splitlines()] == ["missed"]


def test_cli_extracts_and_prints_the_table(cases_file):
    proc = run_cli("eval", "cases", str(cases_file), "--nlp", "spacy")
    assert proc.returncode == 0, proc.stderr
    assert "claim recall (content substring)" in proc.stdout and "spurious claims, all" in proc.stdout
    recall = next(line for line in proc.stdout.splitlines() if line.startswith("claim recall"))
    assert recall.split()[-1].endswith("/2")


def test_cli_reports_a_missing_cases_file(tmp_path):
    proc = run_cli("eval", "cases", str(tmp_path / "none.jsonl"), "--claims", str(tmp_path / "c.jsonl"))
    assert proc.returncode == 2 and "error:" in proc.stderr
