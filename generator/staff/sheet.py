"""The council's sheet: reading its rows (XLSX or CSV), its cells' values, and an empty template."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records.diagnostics import Mark, Report


@dataclass
class Row:
    """One sheet row: its number and cell values by field, with their columns."""

    number: int
    values: dict[str, Any]
    columns: dict[str, int]


def read_rows(path: Path, headers: dict[str, str], required: tuple[str, ...], report: Report, rel: str) -> list[Row]:
    """Read a sheet (first worksheet of an XLSX, or a CSV) into rows by field; each of
    ``required`` must have a column."""
    if path.suffix.lower() == ".xlsx":
        table = _xlsx_cells(path, report, rel)
    elif path.suffix.lower() == ".csv":
        table = _csv_cells(path, report, rel)
    else:
        report.error(Mark(rel), "", "only .xlsx and .csv files can be imported")
        return []
    if table is None:
        return []
    if not table:
        report.error(Mark(rel), "", "the sheet is empty")
        return []
    wanted = {header.strip().casefold(): name for name, header in headers.items()}
    columns = {}
    for col, cell in enumerate(table[0], start=1):
        name = wanted.get(str(cell or "").strip().casefold())
        if name:
            columns[name] = col
    for name in required:
        if name not in columns:
            report.error(
                Mark(rel, 1, 1),
                name,
                f"no column {headers[name]!r} in the header row",
                "see import.columns in site_config.yml",
            )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(c or "").strip() for c in cells):
            continue
        values = {name: cells[col - 1] if col - 1 < len(cells) else None for name, col in columns.items()}
        rows.append(Row(number, values, columns))
    return rows


def _csv_cells(path: Path, report: Report, rel: str) -> list[list[str]] | None:
    """The cells of a CSV file in UTF-8 (or UTF-16 with its byte-order mark); None, reported, if unreadable."""
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
        return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        report.error(Mark(rel), "", f"cannot read the CSV: {exc}")
        return None


def _xlsx_cells(path: Path, report: Report, rel: str) -> list[list[Any]] | None:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(path, data_only=True).worksheets[0]
        table = [list(row) for row in sheet.iter_rows(values_only=True)]
    except Exception as exc:  # openpyxl raises a different exception for each way a file is broken
        report.error(
            Mark(rel),
            "",
            f"not a workbook that can be read ({type(exc).__name__})",
            "open it in Excel and save it again as .xlsx, or save it as 'CSV UTF-8'",
        )
        return None
    if _unsaved_formulas(path, table, report, rel):
        return None
    # A merged cell keeps its value in the top-left cell only: copy it to the whole range.
    for merged in sheet.merged_cells.ranges:
        value = table[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                table[r - 1][c - 1] = value
    return table


def _unsaved_formulas(path: Path, table: list[list[Any]], report: Report, rel: str) -> bool:
    """Report each formula cell that has no value saved with it; say whether there was one.

    Excel saves each formula's last value beside it, and only that value is read; a workbook
    written by a program may hold the formula alone, which would read as an empty cell.
    """
    if not any(value is None for row in table for value in row):
        return False
    from openpyxl import load_workbook

    found = False
    for r, row in enumerate(load_workbook(path).worksheets[0].iter_rows(values_only=True)):
        for c, formula in enumerate(row):
            text = getattr(formula, "text", formula)  # an array formula is an object holding its text
            if isinstance(text, str) and text.startswith("=") and table[r][c] is None:
                found = True
                report.error(
                    Mark(rel, r + 1, c + 1),
                    "",
                    f"the cell holds the formula {text!r} without its value",
                    "open the workbook in Excel or LibreOffice and save it: that saves every formula's value",
                )
    return found


def parse_date(value: Any) -> dt.date | None:
    """A date from a spreadsheet: a date cell, an Excel serial, or dd/mm/yyyy or ISO text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 20000 < value < 80000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            return dt.date(*map(int, text.split("-")))
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
