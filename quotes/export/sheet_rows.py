"""A write-only sheet that writes each row as one XML element, as openpyxl would write it cell by cell.

openpyxl's write-only sheet turns every value into a Cell (type checks, a coordinate, a
style lookup) and writes it through nested XML contexts: most of the workbook's time on a
large run. ``FastSheet`` writes the common cells itself: plain text and numbers, and
``Styled`` cells (a styled template, its value and link) that the writer prepares; any other
row goes through openpyxl's own path. The XML is the same, byte for byte
(tests/export/test_sheet_rows.py writes the same rows both ways).

    >>> ws = FastSheet.add_to(workbook, "Claims")
    >>> ws.append(["Velizade", Styled(wrap_template, "Talks failed.", None), 0.9])
"""
from __future__ import annotations

import datetime
from typing import NamedTuple, Optional

from lxml.etree import Element, SubElement
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

CELL_LIMIT = 32_767  # characters openpyxl keeps of a string
PRESERVE = {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}  # text with spaces at an end
DATES = (datetime.datetime, datetime.date)


class Styled(NamedTuple):
    """A cell in the style of ``template`` (a WriteOnlyCell styled once): text (always a string
    cell), a number, or a date; ``link`` a hyperlink target."""

    template: object
    value: object
    link: Optional[str] = None


class FastSheet(WriteOnlyWorksheet):
    """openpyxl's write-only sheet, with rows of plain values and ``Styled`` cells written in one go."""

    @classmethod
    def add_to(cls, wb, title: str) -> "FastSheet":
        """A new sheet of ``wb`` (a write-only Workbook), as ``wb.create_sheet(title)`` adds one."""
        ws = cls(parent=wb, title=title)
        wb._add_sheet(ws)
        return ws

    def _write_rows(self):
        """openpyxl's row stream (``WriteOnlyWorksheet._write_rows``), each row written by ``_row``."""
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        letters: list[str] = []
        styles: dict[int, str] = {}  # a template's style id, registered when first written, as openpyxl does
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    while len(letters) < len(row):
                        letters.append(get_column_letter(len(letters) + 1))
                    el = self._row(row, row_idx, letters, styles)
                    if el is None:  # a value only openpyxl knows how to write
                        cells = [as_cell(v) if type(v) is Styled else v for v in row]
                        self._writer.write_row(xf, self._values_to_row(cells, row_idx), row_idx)
                    else:
                        xf.write(el)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def _row(self, values, row_idx: int, letters: list[str], styles: dict):
        """The ``<row>`` element of ``values``, or None when one of them is not a plain or ``Styled`` cell."""
        number = f"{row_idx}"
        attrs = {"r": number}
        attrs.update(self.row_dimensions.get(row_idx, {}))
        row = Element("row", attrs)
        links = []
        for col, value in enumerate(values):
            if value is None:
                continue
            ref = letters[col] + number
            style = None
            if type(value) is Styled:
                tpl = value.template
                style = styles.get(id(tpl))
                if style is None and tpl.has_style:
                    style = styles[id(tpl)] = f"{tpl.style_id}"
                if value.link is not None:
                    links.append(Hyperlink(ref=ref, target=value.link))
                value = value.value
                kind = type(value)
                if kind is str:
                    if len(value) > CELL_LIMIT or ILLEGAL_CHARACTERS_RE.search(value):
                        return None
                elif kind in DATES and getattr(value, "tzinfo", None) is None and is_date_format(tpl.number_format):
                    value = to_excel(value, self.parent.epoch) if not self.parent.iso_dates else None
                    if value is None:
                        return None
                    kind = float
                elif kind is not int and kind is not float:
                    return None
            else:
                kind = type(value)
                if kind is str:  # openpyxl reads a plain string as a formula or an error code: not here
                    if (len(value) > CELL_LIMIT or (len(value) > 1 and value[0] == "=") or value in ERROR_CODES
                            or ILLEGAL_CHARACTERS_RE.search(value)):
                        return None
                elif kind is not int and kind is not float:
                    return None
            attrib = {"r": ref} if style is None else {"r": ref, "s": style}
            if kind is str:
                attrib["t"] = "inlineStr"
                cell = SubElement(row, "c", attrib)
                if value == "":
                    cell.text = ""  # openpyxl writes <c ...></c>
                    continue
                SubElement(SubElement(cell, "is"), "t", PRESERVE if value != value.strip() else {}).text = value
            else:
                if value != value or value in (float("inf"), float("-inf")):
                    return None
                attrib["t"] = "n"
                SubElement(SubElement(row, "c", attrib), "v").text = "%.16g" % value
        self._hyperlinks.extend(links)  # in cell order, as openpyxl collects them when it writes the cells
        if not len(row):
            row.text = ""  # openpyxl writes an empty row as <row ...></row>
        return row


def as_cell(styled: Styled):
    """The template cell holding ``styled``'s value and link, as openpyxl's own path writes it."""
    cell = styled.template
    cell.value = styled.value
    if isinstance(styled.value, str):
        cell.data_type = "s"  # set after the value, which openpyxl would read as a formula or error code
    cell.hyperlink = styled.link
    return cell
