"""FastSheet writes each row as openpyxl's own write-only sheet would: the same sheet XML, byte for byte."""
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils.exceptions import IllegalCharacterError

from quotes.export.sheet_rows import FastSheet, Styled, as_cell


def _templates(ws):
    """One styled template per column, as the workbook keeps them (a row never holds one twice)."""
    def styled(kind):
        cell = WriteOnlyCell(ws)
        cell.alignment = Alignment(wrap_text=kind == "wrap", vertical="top")
        if kind == "link":
            cell.style = "Hyperlink"
        if kind == "day":
            cell.number_format = "yyyy-mm-dd"
        return cell
    return styled


def _rows(ws):
    styled = _templates(ws)
    wrap, top, link, day = styled("wrap"), styled("top"), styled("link"), styled("day")
    wrap2, top2, top3 = styled("wrap"), styled("top"), styled("top")
    head = WriteOnlyCell(ws, value="claim")
    head.font = Font(bold=True)
    return [
        [head, "speaker", None, "role"],
        ["Mara Lind", None, " spaces at the ends ", "", 3, 0.25, -7],
        [Styled(wrap, "Talks failed, she said.\nA second line."), Styled(wrap2, "=SUM(A1)"), Styled(top, "#N/A"),
         Styled(top2, 12), Styled(top3, 1.5)],
        [Styled(link, "https://news.example/a", "https://news.example/a"), Styled(top, "no link"),
         Styled(day, date(2022, 5, 28)), Styled(top2, datetime(2022, 5, 28, 15, 19))],
        [Styled(link, "no link", None), Styled(wrap, "again")],  # a template's link cleared, its style reused
        ["=plain formula text", "ok"],  # a plain value openpyxl reads as a formula: its own path writes it
        [True, "#DIV/0!", float("nan")],
        ["x" * 40_000, Styled(wrap, "y" * 40_000)],  # cut at openpyxl's limit, by openpyxl
        [None, None],
        [],
    ]


def _sheet_xml(tmp_path, sheet_class, name):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Claims") if sheet_class is None else sheet_class.add_to(wb, "Claims")
    for n, row in enumerate(_rows(ws), 1):
        if n == 3:
            ws.row_dimensions[n].height = 33
        # openpyxl's own path: each template holds the row's value as the row is appended
        ws.append(row if sheet_class else [as_cell(v) if type(v) is Styled else v for v in row])
        ws.row_dimensions.pop(n, None)
    wb.save(tmp_path / name)
    with zipfile.ZipFile(tmp_path / name) as z:
        return {p: z.read(p) for p in z.namelist() if p.startswith("xl/") and p.endswith(".xml")}


def test_fast_sheet_writes_the_xml_openpyxl_writes(tmp_path):
    ours, theirs = _sheet_xml(tmp_path, FastSheet, "fast.xlsx"), _sheet_xml(tmp_path, None, "openpyxl.xlsx")
    assert ours.keys() == theirs.keys()
    for part in ours:
        assert ours[part] == theirs[part], part
    assert b'<c r="A4" s="' in ours["xl/worksheets/sheet1.xml"]  # styled cells kept their style
    assert b"hyperlink" in ours["xl/worksheets/sheet1.xml"]


@pytest.mark.parametrize("value", ["bell\x07", Styled(None, "bell\x07")])
def test_fast_sheet_refuses_what_openpyxl_refuses(tmp_path, value):
    wb = Workbook(write_only=True)
    ws = FastSheet.add_to(wb, "Claims")
    if type(value) is Styled:
        value = Styled(_templates(ws)("wrap"), value.value)
    with pytest.raises(IllegalCharacterError):
        ws.append([value])
