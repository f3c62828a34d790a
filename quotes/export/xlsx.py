"""The Excel workbook: Claims, Speakers, Articles, About and a Top speakers chart.

Written with openpyxl's write-only mode, row by row, so a run of any size keeps memory
flat. Every string cell is written as text: a claim that starts with "=" stays a claim,
never a formula. Excel tables with a style, frozen headers, filters and widths that fit.
"""
from __future__ import annotations

import json
import os
import re
import warnings
from itertools import islice
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from quotes.export.rows import GLOSSARY, OUTPUT_COLUMNS, SPAN_COLUMNS
from quotes.export.safe import EXCEL_MAX_ROWS, atomic_path, cell_text

SPEAKER_COLUMNS = ("speaker_id", "speaker", "speaker_type", "speaker_kind", "roles", "organization",
                   "claim_count", "articles", "first_date", "last_date", "merge_confidence", "variants",
                   "article_ids")
ARTICLE_COLUMNS = ("article", "status", "reason", "claims", "title", "date", "author", "source", "link",
                   "encoding", "annotator", "language")
SPEAKER_GLOSSARY = {
    "roles": "every role the articles give the speaker, most frequent first",
    "claim_count": "claims attributed to the speaker in the run",
    "articles": "how many articles quote the speaker", "article_ids": "those articles",
    "first_date": "earliest article date", "last_date": "latest article date",
    "merge_confidence": "1 when every name is the same; lower when short names were merged in",
    "variants": "the names the speaker appears under",
}
ARTICLE_GLOSSARY = {
    "status": "ok, skipped (with the reason) or failed (with the error)", "claims": "claims found",
    "encoding": "the encoding the file was decoded with", "annotator": "the NLP annotator that parsed it",
    "language": "the language the article was read in (en, ru): given with --lang or detected",
    "author": "the author, where stated", "source": "the publication, where stated",
}
WRAPPED = frozenset({"claim", "sentence", "source", "reason", "roles", "variants", "article_ids"})
STYLED = WRAPPED | {"link"}
MAX_WIDTH, MIN_WIDTH, WIDTH_SAMPLE = 60, 8, 300
TOP_SPEAKERS = 20
LINK_SCHEMES = ("http", "https")  # a file:// or smb:// link from a corpus could reach a stranger's share
URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)


class TooManyRowsError(ValueError):
    """More rows than an Excel sheet holds."""


def _read_as_code(text: str) -> bool:
    """Whether openpyxl would write ``text`` as other than a string: a formula ("=...") or an error code ("#N/A")."""
    return text.startswith("=") or text in ERROR_CODES


class _Cells:
    """The cells of one sheet's rows: text always a string cell, spans as JSON, links clickable.

    openpyxl writes a row as soon as it is appended, so one cell per column serves every
    row: making and styling a fresh cell costs more than writing it.
    """

    def __init__(self, ws):
        self.ws = ws
        self.cells: dict[str, object] = {}
        self.uris: dict[str, Optional[str]] = {}  # an article's link repeats on each of its claims

    def __call__(self, column: str, value):
        """A number or date as itself; any text as a string cell, never a formula or an error code.

        >>> cells("title", '=HYPERLINK("http://evil.example")').data_type
        's'
        """
        if value is None:
            return None
        if column in SPAN_COLUMNS or isinstance(value, (list, tuple, dict)):
            value = json.dumps(value, ensure_ascii=False)
        if not isinstance(value, str):
            return value
        text = cell_text(value)
        if column not in STYLED and not _read_as_code(text):
            return text  # openpyxl writes it as a string cell itself, and a plain value costs less than a cell
        cell = self._cell(column)
        cell.value = text
        cell.data_type = "s"  # set after the value, which openpyxl would read as a formula or error code
        if column == "link":
            cell.hyperlink = self._uri(value) if value else None
        return cell

    def _cell(self, column: str):
        if column not in self.cells:
            cell = self.cells[column] = WriteOnlyCell(self.ws)
            if column == "link":
                cell.style = "Hyperlink"
            elif column in WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        return self.cells[column]

    def _uri(self, link: str) -> Optional[str]:
        """A web address as is, a file path as a file URI; any other scheme stays unclickable text."""
        if link not in self.uris:
            scheme = URL_SCHEME.match(link)
            if scheme is None:
                self.uris[link] = None if "://" in link else Path(os.path.abspath(link)).as_uri()
            else:
                self.uris[link] = link if scheme.group(1).lower() in LINK_SCHEMES else None
        return self.uris[link]


def _widths(columns: Sequence[str], sample: Iterable[Mapping]) -> list[float]:
    width = [max(MIN_WIDTH, len(c) + 2) for c in columns]
    for row in sample:
        for k, c in enumerate(columns):
            v = row.get(c)
            if v is not None:
                text = json.dumps(v) if c in SPAN_COLUMNS else str(v)
                width[k] = max(width[k], min(MAX_WIDTH, len(text) + 2))
    return width


def _sheet(wb: Workbook, title: str, columns: Sequence[str], rows: Iterable[Mapping], sample: Sequence[Mapping],
           table: bool = True) -> int:
    """Write one table sheet; returns the number of data rows."""
    ws = wb.create_sheet(title)
    for k, w in enumerate(_widths(columns, sample), 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    cells = _Cells(ws)
    n = 0
    for row in rows:
        n += 1
        if n >= EXCEL_MAX_ROWS:
            raise TooManyRowsError(f"sheet {title!r} would need more than {EXCEL_MAX_ROWS - 1:,} rows, "
                                   "more than Excel holds: write .jsonl or .csv output instead")
        ws.append([cells(c, row.get(c)) for c in columns])
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


def _about(wb: Workbook, run_info, summary_lines: Sequence[tuple]) -> None:
    ws = wb.create_sheet("About")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    cells = _Cells(ws)
    rows = [("tool", f"quotes {run_info.tool_version}"), ("annotator", run_info.annotator),
            ("models", run_info.models), ("command", run_info.command), ("started", run_info.started),
            *summary_lines, ("", ""), ("sheet / column", "meaning")]
    rows += [(f"Claims / {c}", GLOSSARY[c]) for c in OUTPUT_COLUMNS]
    rows += [(f"Speakers / {c}", SPEAKER_GLOSSARY.get(c) or GLOSSARY.get(c, "")) for c in SPEAKER_COLUMNS]
    rows += [(f"Articles / {c}", ARTICLE_GLOSSARY.get(c) or GLOSSARY.get(c, "")) for c in ARTICLE_COLUMNS]
    for key, value in rows:
        ws.append([cells("key", key), cells("reason", value)])


def _chart(wb: Workbook, speakers: Sequence[Mapping]) -> None:
    """A sheet with the most quoted speakers and a bar chart of their claim counts."""
    ws = wb.create_sheet("Top speakers")
    ws.column_dimensions["A"].width = 30
    ws.append(["speaker", "claims"])
    top = list(islice(speakers, TOP_SPEAKERS))
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
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(top) + 1))
    chart.height, chart.width = 12, 22
    ws.add_chart(chart, "D2")


def write_xlsx(path: Path, claim_rows, claim_sample: Sequence[Mapping], speakers: Sequence[Mapping],
               articles: Sequence[Mapping], run_info, summary_lines: Sequence[tuple] = ()) -> None:
    """Write the workbook to ``path`` atomically; ``claim_rows`` is an iterable (streamed once)."""
    wb = Workbook(write_only=True)
    _sheet(wb, "Claims", OUTPUT_COLUMNS, claim_rows, claim_sample)
    _sheet(wb, "Speakers", SPEAKER_COLUMNS, speakers, speakers[:WIDTH_SAMPLE])
    _sheet(wb, "Articles", ARTICLE_COLUMNS, articles, articles[:WIDTH_SAMPLE])
    _about(wb, run_info, summary_lines)
    _chart(wb, speakers)
    with atomic_path(path) as tmp:
        wb.save(tmp)


def write(path: Path, tables) -> None:
    """The workbook of ``tables`` (``quotes.export.Tables``) at ``path``."""
    articles = list(tables.articles())  # the Articles sheet holds one row per article anyway
    sample = list(islice(tables.claims(), WIDTH_SAMPLE))
    write_xlsx(path, tables.claims(), sample, tables.speakers, articles, tables.run, tables.summary)
