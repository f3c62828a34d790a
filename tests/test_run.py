"""The run as a whole (quotes.pipeline.run): an .xlsx output that cannot hold the claims stops before writing."""
import pytest

import quotes
from quotes import cli, pipeline
from tests.annotators import Counting

TEXTS = {f"a{k}": f"Speaker{k} Smith said that the talks number {k} had failed.\n\n"
                  f"Anna Petrova{k} told reporters that prices would rise." for k in range(6)}  # 2 claims each


@pytest.fixture
def src(tmp_path):
    path = tmp_path / "in"
    path.mkdir()
    for stem, text in TEXTS.items():
        (path / f"{stem}.txt").write_text(text, encoding="utf-8")
    return path


def run(src, out, annotator):
    return pipeline.run([str(src)], out, annotator, options=pipeline.Options(jobs=1))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "in")


def test_more_articles_than_rows_is_refused_before_any_parse(src, tmp_path, spacy_annotator, monkeypatch):
    monkeypatch.setattr(pipeline, "EXCEL_ROWS", 5)
    counting = Counting(spacy_annotator)
    with pytest.raises(pipeline.RunError, match=r"more than 5 articles.*\.parquet.*\.sqlite"):
        run(src, tmp_path / "c.xlsx", counting)
    assert counting.parsed == [] and leftovers(tmp_path) == []


def test_claims_past_the_rows_stop_the_run_before_anything_is_written(src, tmp_path, spacy_annotator, monkeypatch):
    monkeypatch.setattr(pipeline, "EXCEL_ROWS", 11)  # 6 articles give 12 claims
    monkeypatch.setattr(pipeline, "EXCEL_PROJECT_AFTER", 10**9)
    with pytest.raises(pipeline.RunError, match=r"12 already.*\.parquet"):
        run(src, tmp_path / "c.xlsx", spacy_annotator)
    assert leftovers(tmp_path) == []
    summary = run(src, tmp_path / "c.parquet", spacy_annotator)  # the same run into a format without the limit
    assert summary.claims == len(quotes.read_claims(tmp_path / "c.parquet")) == 12


def test_the_rate_of_the_first_articles_stops_a_run_early(src, tmp_path, spacy_annotator, monkeypatch):
    monkeypatch.setattr(pipeline, "EXCEL_ROWS", 8)  # 6 articles at 2 claims each would be 12
    monkeypatch.setattr(pipeline, "EXCEL_PROJECT_AFTER", 2)
    with pytest.raises(pipeline.RunError, match=r"2 articles gave 4 claims.*about 12"):
        run(src, tmp_path / "c.xlsx", spacy_annotator)
    assert leftovers(tmp_path) == []


def test_a_run_that_fits_writes_every_claim(src, tmp_path, spacy_annotator, monkeypatch):
    monkeypatch.setattr(pipeline, "EXCEL_ROWS", 12)
    monkeypatch.setattr(pipeline, "EXCEL_PROJECT_AFTER", 2)
    summary = run(src, tmp_path / "c.xlsx", spacy_annotator)
    assert summary.claims == len(quotes.read_claims(tmp_path / "c.xlsx")) == 12


def test_the_command_line_says_it_and_exits_2(src, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "EXCEL_ROWS", 3)
    code = cli.main(["extract", str(src), "-o", str(tmp_path / "c.xlsx"), "--nlp", "spacy", "--jobs", "1", "-q"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and "error:" in err and "-o claims.parquet" in err and "-o claims.sqlite" in err
    assert not (tmp_path / "c.xlsx").exists()
