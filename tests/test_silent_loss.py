"""Runs that used to lose something without a word: ids that collide, BOMs that lie, symlink loops,
an output's mode; through the CLI with the real offline model, and through the API."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import quotes
from quotes import pipeline
from quotes.read import InputError

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_fc0bff656aaaba70.txt"
ENGLISH = "Elkhan Velizade told the Caucasian Knot that the cooperation would continue.\n"
RUSSIAN = "Аналитик Эльхан Велизаде сообщил корреспонденту, что сотрудничество продолжится.\n"


def run_cli(*args, umask=None):
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def bad_corpus(tmp: Path) -> list[str]:
    """Good articles beside every kind of bad input of this module; returns the inputs to pass."""
    src = tmp / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SEED, src / "good.txt")
    (src / "1.txt").write_text("Anna Brown said that it snowed in Baku.", encoding="utf-8")
    (src / "news.csv").write_text("id,text\n1,John Smith said that it rained in Tbilisi.\n", encoding="utf-8")
    (src / "u16bom.txt").write_bytes(b"\xff\xfe" + ENGLISH.encode("utf-8"))
    (src / "u8bom.txt").write_bytes(b"\xef\xbb\xbf" + RUSSIAN.encode("cp1251"))
    (src / "badbom.txt").write_bytes(b"\xef\xbb\xbf" + bytes(range(128, 256)) * 4)
    (src / "loop.txt").symlink_to("loop.txt")
    (src / os.fsdecode(b"caf\xe9.txt")).write_text("Marie Curie said that it was late.", encoding="utf-8")  # Latin-1 name
    (src / "escaped.jsonl").write_text('{"id": "lone\\ud800", "text": "Omar Khan said that \\udfff it was early."}\n',
                                       encoding="utf-8")
    (src / "sub" / "up").symlink_to("..")
    (tmp / "direct.txt").symlink_to("direct.txt")
    return [str(src), str(tmp / "direct.txt")]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("loss")
    inputs = bad_corpus(tmp)
    out = tmp / "out" / "claims.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last week's workbook")
    out.chmod(0o640)
    proc = run_cli("extract", *inputs, "-o", str(out), "--nlp", "spacy", "-q")
    articles = pd.read_excel(out, sheet_name="Articles", dtype=str, keep_default_na=False).set_index("article")
    return proc, out, quotes.read_claims(out), articles


def test_the_run_reports_what_it_skipped(run):
    proc, _, _, articles = run
    assert proc.returncode == 1, proc.stderr  # some articles skipped, the output written
    assert "Traceback" not in proc.stderr


def test_the_same_id_from_two_inputs_gives_unique_claim_ids(run):
    _, _, claims, articles = run
    assert claims.claim_id.is_unique
    assert articles.loc["1", "status"] == "ok" and articles.loc["news/1", "status"] == "ok"
    assert claims[claims.article == "1"].speaker.tolist() == ["Anna Brown"]
    assert claims[claims.article == "news/1"].speaker.tolist() == ["John Smith"]
    assert (claims.article == "good").sum() >= 8


def test_a_bom_that_lies_is_set_aside_or_the_file_skipped(run):
    _, _, claims, articles = run
    assert articles.loc["u16bom", "status"] == "ok" and articles.loc["u16bom", "encoding"].startswith("utf-8")
    assert claims[claims.article == "u16bom"].speaker.tolist() == ["Elkhan Velizade"]
    assert articles.loc["u8bom", "status"] == "ok" and articles.loc["u8bom", "encoding"].startswith("cp1251")
    assert articles.loc["badbom", "status"] == "skipped" and "byte-order mark" in articles.loc["badbom", "reason"]


def test_symlink_loops_are_rows_with_the_reason(run):
    _, _, _, articles = run
    for name in ("loop", "direct", "up"):
        assert articles.loc[name, "status"] == "skipped", name
        assert "symbolic link loop" in articles.loc[name, "reason"], name
    assert set(articles.status) == {"ok", "skipped"}


def test_the_output_keeps_the_mode_of_the_file_it_replaced(run):
    _, out, _, _ = run
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_new_output_gets_the_umask_mode(tmp_path):
    (tmp_path / "a.txt").write_text("Anna Brown said that it snowed in Baku.", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "c.csv"), "--html",
                   str(tmp_path / "c.html"), "--nlp", "spacy", "--no-cache", umask=0o027)
    assert proc.returncode == 0, proc.stderr
    assert quotes.read_claims(tmp_path / "c.csv").speaker.tolist() == ["Anna Brown"]
    for name in ("c.csv", "c.html"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o640, name


def test_the_api_refuses_a_path_that_names_nothing(tmp_path, spacy_annotator):
    for text in ("seedz/", str(tmp_path / "missing.txt"), "news.csv"):
        with pytest.raises(InputError, match="no such file"):
            quotes.extract([text], annotator=spacy_annotator)
    out = tmp_path / "claims.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    with pytest.raises(InputError, match="no input found"):
        pipeline.run([str(tmp_path / "seedz")], str(out), spacy_annotator)
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert quotes.extract(["Anna Smith said that the talks had failed."], annotator=spacy_annotator).speaker.tolist() \
        == ["Anna Smith"]


def test_the_api_gives_unique_ids_across_texts_and_files(tmp_path, spacy_annotator):
    (tmp_path / "text1.txt").write_text("Anna Brown said that it snowed in Baku.", encoding="utf-8")
    (tmp_path / "news.csv").write_text("id,text\ntext1,John Smith said that it rained.\n", encoding="utf-8")
    df = quotes.extract(["Mary Jones said that the talks failed.", tmp_path / "text1.txt", tmp_path / "news.csv"],
                        annotator=spacy_annotator)
    assert df.claim_id.is_unique and len(df) == 3
    assert dict(zip(df.article, df.speaker)) == {"text1": "Mary Jones", f"{tmp_path.name}/text1": "Anna Brown",
                                                  "news/text1": "John Smith"}


def rows(df) -> list:
    """The rows of ``df`` as sorted lists of text, for comparing runs whatever their order and dtypes."""
    return sorted(df.astype(object).map(str).values.tolist())


def test_the_good_articles_lose_no_claim_to_the_bad_ones(run, spacy_annotator):
    _, out, claims, _ = run
    src = out.parent.parent / "in"
    alone = quotes.extract([src / "good.txt", src / "1.txt", src / "u16bom.txt"], annotator=spacy_annotator)
    columns = ["article", "speaker", "cue", "claim", "content_spans"]
    assert len(alone) >= 10
    together = claims[claims.article.isin(["good", "1", "u16bom"])]
    assert rows(together[columns]) == rows(alone[columns])


def test_names_and_texts_no_utf8_output_can_hold_come_as_replacement_characters(run):
    _, _, claims, articles = run
    assert articles.loc["caf\ufffd", "status"] == "ok" and articles.loc["lone\ufffd", "status"] == "ok"
    assert claims[claims.article == "caf\ufffd"].speaker.tolist() == ["Marie Curie"]
    assert claims[claims.article == "lone\ufffd"].claim.tolist() == ["that \ufffd it was early"]
