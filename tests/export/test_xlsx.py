"""The workbook as a reader opens it: column order, collapsed technical columns, row heights, dates,
links to the review page, the other sheets' widths and the chart (read back with openpyxl)."""
from datetime import datetime

import openpyxl
import pytest

from quotes.export import RunInfo
from quotes.pipeline import write_outputs
from quotes.export.rows import OUTPUT_COLUMNS, READER_COLUMNS, TECHNICAL_COLUMNS, speaker_label
from quotes.export.xlsx import ARTICLE_COLUMNS, LINE_HEIGHT, MAX_HEIGHT, glossary_rows, line_count
from quotes.types import Article, ArticleResult
from tests.export.test_export import claim

RUN = RunInfo("0.1.0", "test annotator", "test models", "quotes extract x", "2026-01-01T00:00:00+00:00")
TEXT = "Elkhan Velizade said that talks failed. The analysts interviewed by the agency have noted it."
LONG = " ".join(f"word{k}" for k in range(400))


def results():
    a1 = Article("a1", TEXT, "/tmp/a1.txt", {"title": "Talks", "date": "28 May 2022, 15:19"})
    a2 = Article("a2", TEXT, None, {"date": "sometime in spring"})
    return [ArticleResult(a1, "ok", (claim("a1", 1), claim("a1", 2, text=LONG),
                                     claim("a1", 3, speaker=None, speaker_kind="group", role=None,
                                           source="the analysts interviewed by the agency"))),
            ArticleResult(a2, "ok", (claim("a2", 1),)),
            ArticleResult(Article("bad", "", "/tmp/bad.txt"), "failed", reason="reason " * 40 + "END")]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "claims.xlsx"
    write_outputs(results(), out, run_info=RUN, html_path=out.parent / "report.html")
    return openpyxl.load_workbook(out)


def header(ws):
    return [c.value for c in ws[1]]


def test_the_reader_columns_come_first_and_the_technical_ones_are_collapsed(book):
    ws = book["Claims"]
    assert header(ws)[:11] == ["speaker_label", "role", "claim", "cue", "quote_type", "recipient", "medium",
                               "claim_group", "title", "date", "article"]
    assert header(ws) == list(OUTPUT_COLUMNS) and set(READER_COLUMNS).isdisjoint(TECHNICAL_COLUMNS)
    first = len(READER_COLUMNS) + 1
    dims = ws.column_dimensions[openpyxl.utils.get_column_letter(first)]
    assert dims.outline_level == 1 and dims.hidden and dims.max == len(OUTPUT_COLUMNS)
    assert not ws.column_dimensions["C"].hidden and ws.column_dimensions["C"].outline_level == 0
    assert ws.freeze_panes == "B2"  # the header row and the speaker column


def test_unnamed_sources_are_labelled_and_speaker_stays_empty(book):
    ws = book["Claims"]
    rows = [dict(zip(header(ws), (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    unnamed = next(r for r in rows if r["claim_id"] == "a1:3")
    assert unnamed["speaker_label"] == "(unnamed) the analysts interviewed by the agency"
    assert unnamed["speaker"] is None and unnamed["speaker_id"] is None
    assert all(r["speaker_label"] for r in rows)
    assert speaker_label(None, None) == "(unnamed) not stated"


def test_rows_are_as_tall_as_their_wrapped_text(book):
    ws = book["Claims"]
    claim_col = OUTPUT_COLUMNS.index("claim") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(claim_col)].width
    long_row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, claim_col).value == LONG)
    height = ws.row_dimensions[long_row].height
    assert height == pytest.approx(min(MAX_HEIGHT, line_count(LONG, width) * LINE_HEIGHT + 3), abs=1)
    assert height >= 20 * LINE_HEIGHT
    short = ws.row_dimensions[2].height  # "that talks failed": one line, the default height
    assert short is None or short <= LINE_HEIGHT + 3


def test_line_count_wraps_at_words():
    assert line_count("a b c", 20) == 1
    assert line_count("word " * 20, 22) >= 5
    assert line_count("one\ntwo", 40) == 2


def test_a_stated_date_is_a_date_cell_and_other_text_stays_text(book):
    ws = book["Claims"]
    col = OUTPUT_COLUMNS.index("date") + 1
    dates = {ws.cell(r, OUTPUT_COLUMNS.index("claim_id") + 1).value: ws.cell(r, col) for r in range(2, ws.max_row + 1)}
    assert dates["a1:1"].value == datetime(2022, 5, 28, 15, 19) and dates["a1:1"].is_date
    assert dates["a2:1"].value == "sometime in spring" and dates["a2:1"].data_type == "s"
    speakers = book["Speakers"]
    row = dict(zip(header(speakers), (c.value for c in speakers[2])))
    assert row["speaker"] == "Elkhan Velizade" and row["first_date"] == datetime(2022, 5, 28, 15, 19)


def test_each_claim_links_to_its_place_in_the_review_page(book):
    ws = book["Claims"]
    col = OUTPUT_COLUMNS.index("review_link") + 1
    cell = ws.cell(2, col)
    assert cell.value == "report.html#claim-a1:1" and cell.hyperlink.target == "report.html#claim-a1:1"


def test_no_review_link_without_a_review_page(tmp_path):
    write_outputs(results(), tmp_path / "c.xlsx", run_info=RUN)
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx")["Claims"]
    assert ws.cell(2, OUTPUT_COLUMNS.index("review_link") + 1).value is None


def test_articles_show_the_whole_reason(book):
    ws = book["Articles"]
    col = ARTICLE_COLUMNS.index("reason") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "bad")
    cell = ws.cell(row, col)
    assert cell.value.endswith("END") and cell.alignment.wrap_text
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
    assert ws.row_dimensions[row].height >= line_count(cell.value, width) * LINE_HEIGHT
    for k, name in enumerate(ARTICLE_COLUMNS, 1):  # short values fit their column without resizing
        value = ws.cell(row, k).value
        if isinstance(value, str) and not ws.cell(row, k).alignment.wrap_text:
            assert len(value) + 2 <= ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width, name


def test_about_gives_every_column_its_meaning_on_one_line(book):
    ws = book["About"]
    width_a, width_b = ws.column_dimensions["A"].width, ws.column_dimensions["B"].width
    shown = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    for key, meaning in glossary_rows():
        assert meaning and shown[key] == meaning
        assert len(key) < width_a and len(meaning) < width_b
        assert "\n" not in meaning
    assert f"Claims / {OUTPUT_COLUMNS[0]}" in shown


def test_top_speakers_chart_most_quoted_on_top_whole_numbers_no_legend(book):
    ws = book["Top speakers"]
    assert [ws.cell(r, 1).value for r in (2,)] == ["Elkhan Velizade"]
    chart = ws._charts[0]
    assert chart.legend is None
    assert chart.x_axis.scaling.orientation == "maxMin"  # the first (most quoted) row at the top
    assert chart.y_axis.majorUnit >= 1 and float(chart.y_axis.majorUnit).is_integer()
    assert chart.y_axis.number_format.formatCode == "0" and chart.y_axis.scaling.min == 0
