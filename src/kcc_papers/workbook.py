"""Tables as the sheets of one Excel workbook: typed cells (numbers stay numbers, dates are
dates), the header row frozen and filtered, so an analyst can double-click the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb

from kcc_papers.errors import UsageError

# Excel's limits: rows per sheet, characters per cell and per sheet name.
MAX_ROWS = 1_048_576
MAX_CELL = 32_767
MAX_SHEET_NAME = 31
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Widest a column is made, in characters; long texts wrap in the cell instead.
MAX_WIDTH = 60
# Ends a text longer than a cell holds, so the cut is seen, not taken for the paper's words.
CUT_NOTE = " [... cut at Excel's 32,767 characters a cell: the CSV or Parquet export has it all]"


def write_workbook(con: duckdb.DuckDBPyConnection, tables: list[str], target: Path) -> Path:
    import xlsxwriter

    with xlsxwriter.Workbook(str(target), {"remove_timezone": True}) as book:
        formats: dict[type, Any] = {
            dt.date: book.add_format({"num_format": DATE_FORMAT}),
            dt.datetime: book.add_format({"num_format": DATETIME_FORMAT}),
        }
        header = book.add_format({"bold": True, "bottom": 1})
        for table in tables:
            cur = con.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall()
            if len(rows) + 1 > MAX_ROWS:
                raise UsageError(f"{table} has {len(rows):,} rows, more than an Excel sheet "
                                 "holds: export it as csv or parquet")
            sheet = book.add_worksheet(table[:MAX_SHEET_NAME])
            sheet.write_row(0, 0, columns, header)
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row):
                    _write(sheet, r, c, value, formats)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, len(rows), max(len(columns) - 1, 0))
            for c, name in enumerate(columns):
                width = max([len(name), *(len(str(row[c])) for row in rows[:200])])
                sheet.set_column(c, c, min(width + 2, MAX_WIDTH))
    return target


def _write(sheet: Any, r: int, c: int, value: Any, formats: dict[type, Any]) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        sheet.write_number(r, c, value)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(r, c, value, formats[dt.datetime])
    elif isinstance(value, dt.date):
        sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats[dt.date])
    elif isinstance(value, list):
        sheet.write_string(r, c, _fit("; ".join(map(str, value))))
    else:
        sheet.write_string(r, c, _fit(str(value)))


def _fit(text: str) -> str:
    """The text, or as much as a cell holds with the note that it was cut."""
    if len(text) <= MAX_CELL:
        return text
    return text[:MAX_CELL - len(CUT_NOTE)] + CUT_NOTE
