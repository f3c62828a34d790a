"""The command line's usage errors: one line, exit status 2, before any model loads, no file touched."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import cli

ROOT = Path(__file__).parents[1]
SEEDS = str(ROOT / "seeds")


@pytest.fixture
def no_model(monkeypatch):
    """Fail the test if the command gets as far as loading an annotator."""
    def load(args):
        raise AssertionError("the annotator was loaded before the usage error was found")

    monkeypatch.setattr(cli, "_load_annotator", load)


def usage_error(argv, capsys) -> str:
    """The one line a usage error prints; asserts exit status 2 (from argparse or from the command)."""
    try:
        code = cli.main(argv)
    except SystemExit as stop:
        code = stop.code
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR, err
    assert err.endswith("\n") and len(err.splitlines()) == 1, err
    return err


@pytest.mark.parametrize("options, says", [
    (["-o", "out.docx"], ".xlsx"), (["-o", "out"], "extension"), (["-o", "claims.XLSX/"], "folder"),
    (["--jobs", "-1"], "--jobs"), (["--jobs", "0"], "--jobs"), (["--jobs", "two"], "--jobs"),
    (["--max-chars", "-5"], "--max-chars"), (["--max-chars", "0"], "--max-chars"),
])
def test_bad_options_are_one_line_before_anything_loads(tmp_path, capsys, no_model, options, says):
    assert says in usage_error(["extract", SEEDS, *options], capsys)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_as_output_or_page(tmp_path, capsys, no_model):
    assert "folder" in usage_error(["extract", SEEDS, "-o", str(tmp_path)], capsys)
    assert "folder" in usage_error(["extract", SEEDS, "-o", str(tmp_path / "c.xlsx"), "--html", str(tmp_path)], capsys)
    assert list(tmp_path.iterdir()) == []


def test_no_input_found_leaves_the_output_alone(tmp_path, capsys, no_model):
    out = tmp_path / "out" / "claims.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"a good workbook")
    assert "no input found" in usage_error(["extract", str(tmp_path / "seedz"), "-o", str(out)], capsys)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an article", encoding="utf-8")
    assert "no input found" in usage_error(["extract", str(empty), "-o", str(out)], capsys)
    assert "*.txt" in usage_error(["extract", str(empty), "--glob", "*.txt", "-o", str(out)], capsys)
    assert out.read_bytes() == b"a good workbook"
    assert sorted(p.name for p in out.parent.iterdir()) == ["claims.xlsx"]


def test_the_output_may_not_be_an_input(tmp_path, capsys, no_model):
    news = tmp_path / "news.csv"
    news.write_text("id,text\n1,Smith said that it rained.\n", encoding="utf-8")
    before = news.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.csv").symlink_to(news)
    for output in (news, tmp_path / "sub" / ".." / "news.csv", tmp_path / "link.csv"):
        assert "is the input" in usage_error(["extract", str(news), "-o", str(output)], capsys)
    assert "is the input" in usage_error(["extract", str(tmp_path / "link.csv"), "-o", str(news)], capsys)
    assert "an input of this run" in usage_error(["extract", str(tmp_path), "-o", str(news)], capsys)
    assert "is the input" in usage_error(["extract", str(news), "-o", str(tmp_path / "c.xlsx"), "--html", str(news)],
                                         capsys)
    assert news.read_bytes() == before


def test_the_page_may_not_be_the_output(tmp_path, capsys, no_model):
    out = str(tmp_path / "c.xlsx")
    assert "--html" in usage_error(["extract", SEEDS, "-o", out, "--html", out], capsys)
    assert "--html" in usage_error(["extract", SEEDS, "-o", out, "--html", str(tmp_path / "x" / ".." / "c.xlsx")],
                                   capsys)


def test_an_empty_input_name_is_not_the_current_folder(tmp_path, capsys, no_model, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert "empty input name" in usage_error(["extract", "", "-o", str(tmp_path / "c.xlsx")], capsys)


def test_through_a_real_process_nothing_loads(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", "seedz", "-o", str(tmp_path / "c.xlsx"),
                           "--jobs", "-1"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "quotes", "extract", "seedz", "-o",
                           str(tmp_path / "c.xlsx")], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2 and "no input found" in proc.stderr.splitlines()[-1]
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert not imported & {"spacy", "stanza", "torch"}  # found before any model library is imported
    assert not (tmp_path / "c.xlsx").exists()


def test_an_output_that_cannot_be_written_is_said_before_the_run(tmp_path, capsys, no_model):
    (tmp_path / "a.txt").write_text("Anna Smith said that it rained.", encoding="utf-8")
    article = str(tmp_path / "a.txt")
    assert "is a file, not a folder" in usage_error(["extract", article, "-o", f"{article}/c.xlsx"], capsys)
    if Path("/proc").is_dir():  # a folder that takes no new file, even for root
        assert "cannot write in /proc" in usage_error(["extract", article, "-o", "/proc/c.xlsx"], capsys)
        page = ["--html", "/proc/quotes/r.html"]
        assert "cannot write in /proc" in usage_error(["extract", article, "-o", str(tmp_path / "c.xlsx"), *page],
                                                      capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_device_is_not_an_article(tmp_path, capsys, no_model):
    assert "not a regular file" in usage_error(["extract", os.devnull, "-o", str(tmp_path / "c.xlsx")], capsys)


def test_the_summary_prints_no_terminal_escape_from_a_file_name():
    from quotes.types import RunSummary

    evil = "\x1b]0;owned\x07\x1b[2J"
    summary = RunSummary(2, {"ok": 1, "skipped": 1}, 3, 1, "spacy", (Path("c.xlsx"),),
                         ((f"{evil}name", "skipped", f"binary {evil}"),))
    text = cli.describe_summary(summary)
    assert "\x1b" not in text and "\x07" not in text
    assert "skipped: \\x1b]0;owned\\x07\\x1b[2Jname: binary \\x1b" in text
