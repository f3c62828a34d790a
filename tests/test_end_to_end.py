"""The whole path: the CLI on the sample article and on a folder of good and bad files."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes
from quotes.api import claims_from_articles
from quotes.types import Article

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_fc0bff656aaaba70.txt"


def run_cli(*args, cwd=ROOT, stdin=None):
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=cwd, capture_output=True, text=True,
                          input=stdin, timeout=600)


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory):
    out = tmp_path_factory.mktemp("e2e") / "claims.xlsx"
    proc = run_cli("extract", str(SEED.parent), "-o", str(out), "--nlp", "spacy")
    assert proc.returncode == 0, proc.stderr
    return out, proc.stderr


def test_summary_says_what_ran(sample_workbook):
    out, stderr = sample_workbook
    assert "articles: 2 read (2 ok" in stderr and "spacy 3.8" in stderr and "natasha 1.6" in stderr
    assert str(out) in stderr


def english_claims(workbook):
    df = pd.read_excel(workbook, sheet_name="Claims")
    return df[df.article == SEED.stem]


def test_what_a_careful_reader_finds_in_the_sample(sample_workbook):
    df = english_claims(sample_workbook[0])
    by = lambda speaker: df[df.speaker == speaker]  # noqa: E731
    velizade = by("Elkhan Velizade")
    assert set(velizade.quote_type) == {"indirect", "direct"}
    assert (velizade.recipient == "Caucasian Knot").any()
    assert velizade.role.eq("political analyst").all()
    assert velizade[velizade.quote_type == "direct"].cue.tolist() == ["has noted"]
    shikhaliev = by("Elkhan Shikhaliev")
    assert set(shikhaliev.cue) == {"expects", "has clarified"}
    assert shikhaliev.role.eq("military expert").all()
    assert shikhaliev.claim.str.contains("according to his version").any()
    varank = by("Mustafa Varank")
    assert varank.role.tolist() == ["Turkish Minister for Industries and Technologies"]
    assert varank.recipient.tolist() == ["Anadolu Agency"]
    assert by("Selçuk Bayraktar").role.str.startswith("technical director").all()
    analysts = df[df.source.fillna("").str.contains("analysts interviewed")]
    assert len(analysts) == 1 and analysts.speaker.isna().all() and analysts.speaker_kind.tolist() == ["group"]


def test_no_claim_from_page_furniture(sample_workbook):
    df = english_claims(sample_workbook[0])
    text = SEED.read_text(encoding="utf-8")
    furniture = [text.index(s) for s in ("Photo by", "НАСТОЯЩИЙ", "News archive", "All news", "September 23")]
    for spans in df.content_spans.map(json.loads):
        for a, b in spans:
            assert not any(a <= f < b for f in furniture)


def test_spans_are_the_article_characters(sample_workbook):
    df = english_claims(sample_workbook[0])
    text = SEED.read_text(encoding="utf-8")
    for _, row in df.iterrows():
        spans = json.loads(row.content_spans)
        assert row.claim == " … ".join(" ".join(text[a:b].split()) for a, b in spans)
        if isinstance(row.source_span, str) and row.source_span != "null":
            a, b = json.loads(row.source_span)
            assert " ".join(text[a:b].split()) == row.source


def test_python_api_matches_the_workbook(sample_workbook):
    df = quotes.extract([str(SEED)], nlp="spacy")
    sheet = english_claims(sample_workbook[0])
    assert list(df.columns) == list(sheet.columns)
    assert df.claim_id.tolist() == sheet.claim_id.tolist()
    assert quotes.extract(["Anna Smith said that the talks had failed."], nlp="spacy").speaker.tolist() == ["Anna Smith"]


def test_a_folder_of_good_and_bad_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "quotes.txt").write_text('He said "this never ends. She said "what?" and "" left.' * 20, encoding="utf-8")
    (src / "formula.txt").write_text('=HYPERLINK("http://x") said Anna Smith, who said that "=1+1" is two.',
                                     encoding="utf-8")
    (src / "corpus.csv").write_text("id,body\n1,Smith said that it rained.\n", encoding="utf-8")
    out = tmp_path / "out" / "claims.xlsx"
    proc = run_cli("extract", str(src), "-o", str(out), "--nlp", "spacy")
    assert proc.returncode == 1, proc.stderr  # some articles were skipped or failed
    articles = pd.read_excel(out, sheet_name="Articles").set_index("article")
    assert articles.loc["good", "status"] == "ok" and articles.loc["quotes", "status"] == "ok"
    assert articles.loc["empty", "status"] == "skipped" and articles.loc["binary", "status"] == "skipped"
    assert articles.loc["corpus", "status"] == "failed" and "--text-column" in articles.loc["corpus", "reason"]
    claims = pd.read_excel(out, sheet_name="Claims")
    assert (claims.article == "good").sum() >= 8
    wb = openpyxl.load_workbook(out)
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_same_input_same_output(tmp_path):
    outs = []
    for k in range(2):
        out = tmp_path / f"run{k}.jsonl"
        assert run_cli("extract", str(SEED), "-o", str(out), "--nlp", "spacy").returncode == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_stdin_and_csv_output(tmp_path):
    out = tmp_path / "c.csv"
    proc = run_cli("extract", "-", "-o", str(out), "--nlp", "spacy", stdin="Anna Smith said that the talks failed.")
    assert proc.returncode == 0, proc.stderr
    df = quotes.read_claims(out)
    assert df.article.tolist() == ["stdin"] and df.speaker.tolist() == ["Anna Smith"]


def test_help_has_examples():
    for command in ("extract", "eval", "models"):
        proc = run_cli(command, "--help")
        assert proc.returncode == 0 and "Example" in proc.stdout


ADVERSARIAL = st.lists(st.sampled_from([
    'He said "', '"', "“", "”", "«", "»", "„", "'", "’", "\n\n", "\x00", "\x1b", ";", ":", " ", "said", "told",
    "Elkhan Velizade", "according to", "he", "that", "the analysts", ".", ",", "—", "🎉", "\t", "é", "Ж",
]), max_size=60).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(ADVERSARIAL, st.text(max_size=300)))
def test_extractor_never_raises_and_spans_are_true(spacy_annotator, text):
    for claim in claims_from_articles([Article("x", text)], spacy_annotator):
        for a, b in claim.content_spans + claim.cue_spans + ((claim.source_span,) if claim.source_span else ()):
            assert 0 <= a < b <= len(text)
        assert claim.claim == " … ".join(" ".join(text[a:b].split()) for a, b in claim.content_spans)
