"""The council's sheet: reading its rows (XLSX or CSV), its cells' values, and an empty template."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records.diagnostics import Mark, Report

#: How far down the header row is looked for: a form's title rows come first.
HEADER_ROWS = 20


@dataclass
class Row:
    """One sheet row: its number and cell values by field, with their columns; ``heading`` is
    the text of a row that is one text across its columns (a merged section title, "I. Thủ
    công mỹ nghệ"), which holds no product."""

    number: int
    values: dict[str, Any]
    columns: dict[str, int]
    heading: str = ""


def read_rows(path: Path, headers: dict[str, str], required: tuple[str, ...], report: Report, rel: str) -> list[Row]:
    """Read a sheet (first worksheet of an XLSX, or a CSV) into rows by field; each of
    ``required`` must have a column.

    The header row is the first that names every required column (else the first naming
    any): a council's form has title rows above it. A row of column numbers right under
    it (``1 2 3 …`` or ``(1) (2) (3) …``, as such forms number their columns) is no product.
    """
    if path.suffix.lower() == ".xlsx":
        table = _xlsx_cells(path, report, rel)
    elif path.suffix.lower() == ".csv":
        table = _csv_cells(path, report, rel)
    else:
        report.error(
            Mark(rel),
            "",
            "only .xlsx and .csv files can be imported",
            "open it in Excel or LibreOffice and save it as 'Excel Workbook (.xlsx)' or 'CSV UTF-8'",
        )
        return []
    if table is None:
        return []
    table = [(number, cells) for number, cells in table if any(_header(c) for c in cells)]
    if not table:
        report.error(Mark(rel), "", "the sheet is empty")
        return []
    at = _header_row(table, headers, required)
    columns = _columns(table[at], headers, required, report, rel)
    data = table[at + 1 :]
    if data and _column_numbers(data[0][1]):
        data = data[1:]
    rows = []
    for number, cells in data:
        values = {name: cells[col - 1] if col - 1 < len(cells) else None for name, col in columns.items()}
        texts = [c for c in cells if _header(c)]
        heading = str(texts[0]).strip() if len(texts) > 1 and len({_header(c) for c in texts}) == 1 else ""
        rows.append(Row(number, values, columns, heading))
    return rows


def _header_row(table: list[tuple[int, list[Any]]], headers: dict[str, str], required: tuple[str, ...]) -> int:
    """The index in ``table`` of its header row, among its first ``HEADER_ROWS`` rows."""
    known = {_header(text) for text in headers.values()}
    needed = {_header(headers[name]) for name in required}
    named = [{_header(c) for c in cells} for _, cells in table[:HEADER_ROWS]]
    return next(
        (i for i, cells in enumerate(named) if needed <= cells),
        next((i for i, cells in enumerate(named) if known & cells), 0),
    )


def _column_numbers(cells: list[Any]) -> bool:
    """Whether a row holds only its columns' numbers, 1, 2, 3 … (bare or in brackets)."""
    found = [_header(c).strip("()") for c in cells if _header(c)]
    return len(found) > 1 and found == [str(n) for n in range(1, len(found) + 1)]


def _header(cell: Any) -> str:
    """A header as headers are compared: composed (a Mac saves decomposed accents), single spaces, any case."""
    return unicodedata.normalize("NFC", " ".join(str(cell if cell is not None else "").split())).casefold()


def _columns(
    header: tuple[int, list[Any]], headers: dict[str, str], required: tuple[str, ...], report: Report, rel: str
) -> dict[str, int]:
    """The column of each field whose header the header row holds."""
    number, cells = header
    wanted = {_header(text): name for name, text in headers.items()}
    columns: dict[str, int] = {}
    for col, cell in enumerate(cells, start=1):
        name = wanted.get(_header(cell))
        if name in columns:
            report.error(
                Mark(rel, number, col),
                name,
                f"the column {headers[name]!r} is there twice (columns {columns[name]} and {col})",
                "delete or rename one of them",
            )
        elif name:
            columns[name] = col
    for name in required:
        if name not in columns:
            report.error(
                Mark(rel, number, 1),
                name,
                f"no column {headers[name]!r} in the header row",
                "see import.columns in site_config.yml",
            )
    return columns


def _csv_cells(path: Path, report: Report, rel: str) -> list[tuple[int, list[Any]]] | None:
    """The rows of a CSV file in UTF-8 (or UTF-16 with its byte-order mark), numbered from 1;
    None, reported, if unreadable."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        report.error(
            Mark(rel, line, exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1),
            "",
            "the file is not UTF-8 text",
            "in Excel, save it as 'CSV UTF-8 (Comma delimited)', or import the .xlsx workbook itself",
        )
        return None
    # Excel writes ";" where the decimal mark is a comma (a Vietnamese locale), and tabs as "Unicode text".
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    try:
        return list(enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1))
    except csv.Error as exc:
        report.error(Mark(rel), "", f"cannot read the CSV: {exc}")
        return None


def _xlsx_cells(path: Path, report: Report, rel: str) -> list[tuple[int, list[Any]]] | None:
    """The rows of a workbook's first sheet that hold a value, with their numbers; None, reported,
    if unreadable."""
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(path, data_only=True).worksheets[0]
        # The cells read, not every cell of the sheet's used range: one formatted cell at
        # XFD1048576 makes that range 17 billion cells. (``_cells`` is openpyxl's map of the
        # cells in the file; iter_rows() walks the whole range.)
        cells = sheet._cells
        values = {at: cell.value for at, cell in cells.items() if cell.value is not None}
    except Exception as exc:  # openpyxl raises a different exception for each way a file is broken
        report.error(
            Mark(rel),
            "",
            f"not a workbook that can be read ({type(exc).__name__})",
            "open it in Excel and save it again as .xlsx, or save it as 'CSV UTF-8'",
        )
        return None
    if len(values) < len(cells) and _unsaved_formulas(path, values, report, rel):
        return None
    last_row = max((r for r, _ in values), default=0)
    # A merged cell keeps its value in the top-left cell only: copy it to the whole range.
    for merged in sheet.merged_cells.ranges:
        value = values.get((merged.min_row, merged.min_col))
        for r in range(merged.min_row, min(merged.max_row, last_row) + 1) if value is not None else ():
            for c in range(merged.min_col, merged.max_col + 1):
                values[r, c] = value
    if not values:
        return []
    # The last cell of the rows the header may be in ends every row: a cell beyond it has
    # no header, and is never read.
    first = min(r for r, _ in values)
    width = max(c for r, c in values if r < first + HEADER_ROWS)
    rows: dict[int, list[Any]] = {}
    for (r, c), value in values.items():
        if c <= width:
            rows.setdefault(r, [None] * width)[c - 1] = value
    return sorted(rows.items())


def _unsaved_formulas(path: Path, values: dict[tuple[int, int], Any], report: Report, rel: str) -> bool:
    """Report each formula cell that has no value saved with it; say whether there was one.

    Excel saves each formula's last value beside it, and only that value is read; a workbook
    written by a program may hold the formula alone, which would read as an empty cell.
    """
    from openpyxl import load_workbook

    found = False
    for (r, c), cell in sorted(load_workbook(path).worksheets[0]._cells.items()):
        text = getattr(cell.value, "text", cell.value)  # an array formula is an object holding its text
        if isinstance(text, str) and text.startswith("=") and (r, c) not in values:
            found = True
            report.error(
                Mark(rel, r, c),
                "",
                f"the cell holds the formula {text!r} without its value",
                "open the workbook in Excel or LibreOffice and save it: that saves every formula's value",
            )
    return found


#: What a spreadsheet shows in a cell whose formula failed (Excel's codes, then LibreOffice's).
_ERROR_CELL = re.compile(
    r"#(N/A|NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)"
    r"|Err:\d{3}"
)


def cell_problem(value: Any, date_column: bool) -> tuple[str, str] | None:
    """Why a cell's value cannot be imported, as (message, hint): a formula's error shown in it,
    or a date where text belongs (a decision number a spreadsheet took for a date). None if fine."""
    if isinstance(value, str) and _ERROR_CELL.fullmatch(value.strip()):
        return f"the cell shows the error {value.strip()} instead of a value", "correct its formula"
    if isinstance(value, dt.date | dt.time) and not date_column:
        shown = value.strftime("%d/%m/%Y" if isinstance(value, dt.date) else "%H:%M")
        return (
            f"is a date cell ({shown}), not text",
            "the spreadsheet read what was typed as a date: format the column as Text and type it again",
        )
    return None


def parse_date(value: Any) -> dt.date | None:
    """A date from a spreadsheet: a date cell, an Excel serial, or text: dd/mm/yyyy, yyyy-mm-dd
    (or yyyy/mm/dd), or "ngày dd tháng mm năm yyyy"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 20000 < value < 80000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = unicodedata.normalize("NFC", str(value or "").strip())
    # "ngày 20 tháng 11 năm 2023", as a decision writes its date (with diacritics or without).
    spelled = re.fullmatch(r"ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(\d{4})", text, re.IGNORECASE)
    if spelled:
        text = "/".join(spelled.groups())
    try:
        if re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", text):
            return dt.date(*map(int, re.split("[-/]", text)))
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if match:
            day, month, year = map(int, match.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def parse_phone(value: Any) -> str:
    """A phone number as text, putting back the leading 0 a number cell drops."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value or "").strip()
    if isinstance(value, int) and ((len(text) == 9 and text[0] in "35789") or (len(text) == 10 and text[0] == "2")):
        text = "0" + text
    return text


def write_template(path: Path, headers: dict[str, str]) -> None:
    """An empty council list with the configured headers (XLSX or CSV)."""
    titles = list(headers.values())
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "Danh sách"
        sheet.append(titles)
        book.save(path)
    else:
        path.write_text("\ufeff" + ",".join(titles) + "\r\n", encoding="utf-8")
