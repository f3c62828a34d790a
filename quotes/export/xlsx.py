"""The Excel workbook: Claims, Speakers, Articles, About and a Top speakers chart.

Written with openpyxl's write-only mode, row by row, so a run of any size keeps memory
flat. Every string cell is written as text: a claim that starts with "=" stays a claim,
never a formula; a date the input states is a date cell. Each row is as tall as its
wrapped text needs (Excel and LibreOffice do not grow rows by themselves when they open a
file), the header row and first column are frozen, and the technical columns are grouped
and collapsed at the right.
"""
from __future__ import annotations

import json
import math
import os
import re
import warnings
from contextlib import suppress
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from quotes.dates import as_date
from quotes.export.rows import DATE_COLUMNS, GLOSSARY, OUTPUT_COLUMNS, SPAN_COLUMNS, TECHNICAL_COLUMNS
from quotes.export.safe import EXCEL_MAX_ROWS, atomic_path, cell_text
from quotes.export.sheet_rows import FastSheet, Styled

SPEAKER_COLUMNS = ("speaker", "speaker_type", "roles", "claim_count", "articles", "first_date", "last_date",
                   "organization", "speaker_kind", "variants", "merge_confidence", "speaker_id", "article_ids")
ARTICLE_COLUMNS = ("article", "status", "reason", "claims", "title", "date", "author", "source", "link",
                   "encoding", "annotator", "language")
TECHNICAL = {"Claims": TECHNICAL_COLUMNS, "Speakers": ("speaker_id", "article_ids")}
SPEAKER_GLOSSARY = {
    "speaker": "the speaker's fullest name in the run",
    "speaker_type": GLOSSARY["speaker_type"],
    "roles": "every role the articles give the speaker, most frequent first",
    "claim_count": "claims attributed to the speaker in the run",
    "articles": "how many articles quote the speaker", "article_ids": "those articles",
    "first_date": "earliest article date", "last_date": "latest article date",
    "merge_confidence": "1 when every name is the same; lower when short names were merged in",
    "variants": "the names the speaker appears under",
}
ARTICLE_GLOSSARY = {
    "status": "ok, skipped (with the reason) or failed (with the error)", "claims": "claims found",
    "reason": "why the article was skipped or failed, in full",
    "encoding": "the encoding the file was decoded with", "annotator": "the NLP annotator that parsed it",
    "language": "the language the article was read in (en, ru): given with --lang or detected",
    "author": "the author, where stated", "source": "the publication, where stated",
}
WRAPPED = frozenset({"speaker_label", "claim", "sentence", "source", "reason", "roles", "variants", "title", "role"})
LINKS = frozenset({"link", "review_link"})
# Widths in characters: the reader's first columns fit one landscape page (speaker, role, claim).
MAX_WIDTH, MIN_WIDTH, WIDTH_SAMPLE = 36, 8, 300
WIDE = {"claim": 60, "sentence": 60, "reason": 80, "title": 40, "link": 60, "review_link": 60}
# Claims' context columns repeat on every claim of an article: one line each, the whole text in the cell
ONE_LINE = {"Claims": frozenset({"sentence", "title", "source"}) | LINKS}
FONT_MARGIN = 1.0  # characters per unit of column width: Calibri fits about 1.25, wider fonts less
LINE_HEIGHT, MAX_HEIGHT = 15.0, 409.0  # points: one line of 11-point Calibri; Excel's tallest row
TOP_SPEAKERS = 20
LINK_SCHEMES = ("http", "https")  # a file:// or smb:// link from a corpus could reach a stranger's share
URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
TOP = Alignment(vertical="top")
DATE_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
HEADER_FONT, HEADER_FILL = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")


class TooManyRowsError(ValueError):
    """More rows than an Excel sheet holds."""


def _read_as_code(text: str) -> bool:
    """Whether openpyxl would write ``text`` as other than a string: a formula ("=...") or an error code ("#N/A")."""
    return text.startswith("=") or text in ERROR_CODES


class _Cells:
    """The cells of one sheet's rows: text always a string cell, dates as dates, spans as JSON, links clickable.

    One styled template cell per column and kind serves every row (styling a fresh cell costs
    more than writing it); a row's cells are written by ``sheet_rows.FastSheet``.
    """

    def __init__(self, ws, wrapped: frozenset = WRAPPED, plain: frozenset = frozenset()):
        self.ws = ws
        self.wrapped = wrapped
        self.plain = plain  # collapsed columns: no style, so plain values where openpyxl writes a string anyway
        self.styled: dict[str, object] = {}
        self.text_templates: dict[str, object] = {}  # column -> the template of its text cells
        self.uris: dict[str, Optional[str]] = {}  # an article's link repeats on each of its claims

    def __call__(self, column: str, value):
        """A number or date as itself; any text as a string cell, never a formula or an error code.

        >>> cells("title", '=HYPERLINK("http://evil.example")').value  # a Styled cell: written as text
        '=HYPERLINK("http://evil.example")'
        """
        if value is None:
            return None
        if column in DATE_COLUMNS and (stated := as_date(value)) is not None:
            return Styled(self._styled(column, "datetime" if stated.hour or stated.minute else "date"), stated)
        if column in SPAN_COLUMNS or isinstance(value, (list, tuple, dict)):
            value = json.dumps(value, ensure_ascii=False)
        if not isinstance(value, str):
            if column in self.plain or isinstance(value, bool):
                return value
            return Styled(self._styled(column, "top"), value)  # a number beside wrapped text reads at the top
        text = cell_text(value)
        if column in self.plain and not _read_as_code(text):
            return text  # written as a string cell anyway, and a plain value costs less than a styled one
        link = None
        if column == "link":
            link = self._uri(value) if value else None
        elif column == "review_link":
            link = value  # made by claim_row: the review page's relative path and an escaped id
        return Styled(self._text_template(column), text, link)  # always a string cell (sheet_rows.py)

    def _text_template(self, column: str):
        """The styled template of ``column``'s text cells, looked up once per column (every row asks)."""
        template = self.text_templates.get(column)
        if template is None:
            kind = "link" if column in LINKS else "wrap" if column in self.wrapped else "top"
            template = self.text_templates[column] = self._styled(column, kind)
        return template

    def _styled(self, column: str, kind: str):
        key = f"{kind}:{column}"
        if key not in self.styled:
            cell = self.styled[key] = WriteOnlyCell(self.ws)
            if kind == "link":
                cell.style = "Hyperlink"
                cell.alignment = TOP
            elif kind == "wrap":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = TOP
            if kind in DATE_FORMATS:
                cell.number_format = DATE_FORMATS[kind]
        return self.styled[key]

    def _uri(self, link: str) -> Optional[str]:
        """A web address as is, a file path as a file URI; any other scheme stays unclickable text."""
        if link not in self.uris:
            scheme = URL_SCHEME.match(link)
            if scheme is None:
                self.uris[link] = None if "://" in link else Path(os.path.abspath(link)).as_uri()
            else:
                self.uris[link] = link if scheme.group(1).lower() in LINK_SCHEMES else None
        return self.uris[link]


def _text(column: str, value) -> str:
    return json.dumps(value) if column in SPAN_COLUMNS else str(value)


def max_width(column: str) -> int:
    return WIDE.get(column, MAX_WIDTH)


def _widths(columns: Sequence[str], sample: Iterable[Mapping]) -> list[float]:
    width = [max(MIN_WIDTH, len(c) + 4) for c in columns]  # headers are bold
    for row in sample:
        for k, c in enumerate(columns):
            v = row.get(c)
            if v is not None:
                text = "yyyy-mm-dd hh:mm" if c in DATE_COLUMNS and as_date(v) else _text(c, v)
                width[k] = max(width[k], min(max_width(c), math.ceil(len(text) / FONT_MARGIN) + 2))
    return width


def _wrapped(title: str, columns: Sequence[str], sample: Sequence[Mapping], hidden: frozenset) -> frozenset:
    """The visible columns whose text is wrapped: the long-text ones and any whose sample runs past the width."""
    long = {c for c in columns for row in sample
            if isinstance(row.get(c), str) and len(row[c]) + 2 > max_width(c)}
    return frozenset((WRAPPED | long) & set(columns)) - hidden - ONE_LINE.get(title, frozenset())


def line_count(text: str, width: float) -> int:
    """The lines ``text`` takes when wrapped at word boundaries in a column ``width`` characters wide.

    The estimate keeps a margin (a fifth of the line) for fonts wider than Calibri.

    >>> line_count("one two three", 6)
    3
    """
    chars = max(1, int(width * FONT_MARGIN) - 1)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        if len(part) <= chars:
            continue
        used = 0
        for word in part.split(" "):  # greedy, as a spreadsheet wraps; a long word takes lines of its own
            if used and used + 1 + len(word) > chars:
                lines, used = lines + 1, 0
            used += (1 if used else 0) + len(word)
            while used > chars:
                lines, used = lines + 1, used - chars
    return lines


def row_height(row: Mapping, wrapped: Mapping[str, float]) -> float:
    """The height in points that the wrapped cells of ``row`` need, capped at Excel's tallest row."""
    lines = max((line_count(cell_text(_text(c, row[c])), w) for c, w in wrapped.items() if row.get(c)), default=1)
    return min(MAX_HEIGHT, math.ceil(lines * LINE_HEIGHT + 3))


def _sheet(wb: Workbook, title: str, columns: Sequence[str], rows: Iterable[Mapping], sample: Sequence[Mapping],
           table: bool = True) -> int:
    """Write one table sheet; returns the number of data rows."""
    ws = FastSheet.add_to(wb, title)
    hidden = frozenset(TECHNICAL.get(title, ()))
    widths = _widths(columns, sample)
    for k, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    _collapse(ws, columns, hidden)
    ws.freeze_panes = "B2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.print_options.gridLines = True  # LibreOffice draws no table style: the grid shows the rows
    wrapped = _wrapped(title, columns, sample, hidden)
    width_of = {c: w for c, w in zip(columns, widths) if c in wrapped}
    header = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    ws.append(header)
    cells = _Cells(ws, wrapped, hidden)
    n = 0
    for row in rows:
        n += 1
        if n >= EXCEL_MAX_ROWS:
            raise TooManyRowsError(f"sheet {title!r} would need more than {EXCEL_MAX_ROWS - 1:,} rows, "
                                   "more than Excel holds: write .jsonl or .csv output instead")
        height = row_height(row, width_of)
        if height > LINE_HEIGHT + 3:
            ws.row_dimensions[n + 1].height = height
        ws.append([cells(c, row.get(c)) for c in columns])
        ws.row_dimensions.pop(n + 1, None)  # written: keep memory flat
    ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    if table and n:
        t = Table(displayName=title.replace(" ", ""), ref=ref, tableStyleInfo=STYLE)
        # write-only mode cannot read the header back: name the table's columns here
        t.tableColumns = [TableColumn(id=k, name=c) for k, c in enumerate(columns, 1)]
        t.autoFilter = AutoFilter(ref=ref)
        with warnings.catch_warnings():  # openpyxl warns in write-only mode even when columns are set
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(t)
    else:
        ws.auto_filter.ref = ref
    return n


def _collapse(ws, columns: Sequence[str], hidden: frozenset) -> None:
    """Group the ``hidden`` columns (contiguous, at the right) in a collapsed outline."""
    idx = [k for k, c in enumerate(columns, 1) if c in hidden]
    if idx:
        ws.column_dimensions.group(get_column_letter(idx[0]), get_column_letter(idx[-1]), outline_level=1,
                                   hidden=True)


def glossary_rows() -> list[tuple[str, str]]:
    """(sheet / column, meaning) for every column of every sheet, one line each."""
    rows = [(f"Claims / {c}", GLOSSARY[c]) for c in OUTPUT_COLUMNS]
    rows += [(f"Speakers / {c}", SPEAKER_GLOSSARY.get(c) or GLOSSARY.get(c, "")) for c in SPEAKER_COLUMNS]
    rows += [(f"Articles / {c}", ARTICLE_GLOSSARY.get(c) or GLOSSARY.get(c, "")) for c in ARTICLE_COLUMNS]
    return rows


def _about(wb: Workbook, run_info, summary_lines: Sequence[tuple]) -> None:
    ws = FastSheet.add_to(wb, "About")
    glossary = glossary_rows()
    keys = [("tool", f"quotes {run_info.tool_version}"), ("annotator", run_info.annotator),
            ("models", run_info.models), ("command", run_info.command), ("started", run_info.started),
            *summary_lines]
    rows = [*keys, ("", ""), ("sheet / column", "meaning"), *glossary]
    key_width = max(len(str(k)) for k, _ in rows) + 2
    value_width = max(len(m) for _, m in glossary) + 2  # every meaning on one line
    ws.column_dimensions["A"].width = key_width
    ws.column_dimensions["B"].width = value_width
    cells = _Cells(ws, frozenset({"value"}))
    bold = Font(bold=True)
    for n, (key, value) in enumerate(rows, 1):
        height = row_height({"value": str(value)}, {"value": value_width})
        if height > LINE_HEIGHT + 3:
            ws.row_dimensions[n].height = height
        key_cell = WriteOnlyCell(ws, value=cell_text(str(key)))
        key_cell.data_type = "s"
        if key == "sheet / column":
            key_cell.font = bold
        ws.append([key_cell, cells("value", value)])
        ws.row_dimensions.pop(n, None)


def _chart(wb: Workbook, speakers: Sequence[Mapping]) -> None:
    """A sheet with the most quoted speakers and a bar chart of their claim counts, the most quoted on top."""
    ws = FastSheet.add_to(wb, "Top speakers")
    top = list(islice(speakers, TOP_SPEAKERS))
    ws.column_dimensions["A"].width = max([30] + [len(r["speaker"]) + 2 for r in top])
    ws.append(["speaker", "claims"])
    cells = _Cells(ws)
    for row in top:
        ws.append([cells("speaker", row["speaker"]), row["claim_count"]])
    if not top:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Most quoted speakers"
    chart.y_axis.title = "claims"
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=len(top) + 1), titles_from_data=True)
    names = Reference(ws, min_col=1, min_row=2, max_row=len(top) + 1)
    chart.series[0].cat = AxDataSource(strRef=StrRef(f=str(names)))  # names are text: LibreOffice shows them
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"  # the first row (the most quoted) at the top
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.tickLblPos = chart.y_axis.tickLblPos = "nextTo"
    chart.y_axis.crosses = "max"  # the value axis stays at the bottom under reversed categories
    most = max(r["claim_count"] for r in top)
    chart.y_axis.majorUnit = max(1, math.ceil(most / 8))
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    chart.height, chart.width = max(7, 0.8 * len(top) + 3), 16
    ws.page_setup.orientation = "landscape"
    ws.add_chart(chart, "D2")


def write_xlsx(path: Path, claim_rows, claim_sample: Sequence[Mapping], speakers: Sequence[Mapping],
               articles: Sequence[Mapping], run_info, summary_lines: Sequence[tuple] = ()) -> None:
    """Write the workbook to ``path`` atomically; ``claim_rows`` is an iterable (streamed once)."""
    wb = Workbook(write_only=True)
    try:
        _sheet(wb, "Claims", OUTPUT_COLUMNS, claim_rows, claim_sample)
        _sheet(wb, "Speakers", SPEAKER_COLUMNS, speakers, speakers[:WIDTH_SAMPLE])
        _sheet(wb, "Articles", ARTICLE_COLUMNS, articles, articles[:WIDTH_SAMPLE])
        _about(wb, run_info, summary_lines)
        _chart(wb, speakers)
    except BaseException:
        _discard(wb)
        raise
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _discard(wb: Workbook) -> None:
    """Close a half-written workbook's sheets and remove their temporary files.

    A write-only sheet streams its rows to a file in the temp folder; left open after an error
    (too many rows, Ctrl-C) it would stay there until the process exits and complain when collected.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):  # the XML stream of a broken sheet cannot end cleanly: nothing to keep
            ws._rows.close()
        with suppress(Exception):
            writer.close()
        with suppress(OSError, ValueError):
            writer.cleanup()


def write(path: Path, tables) -> None:
    """The workbook of ``tables`` (``quotes.export.Tables``) at ``path``."""
    articles = list(tables.articles())  # the Articles sheet holds one row per article anyway
    claims = tables.claims()
    sample = list(islice(claims, WIDTH_SAMPLE))  # the first rows set the widths, then are written first
    write_xlsx(path, chain(sample, claims), sample, tables.speakers, articles, tables.run, tables.summary)
