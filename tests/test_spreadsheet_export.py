"""Exports an analyst double-clicks: one Excel workbook, and CSV that Excel reads as UTF-8."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app
from kcc_papers.export import export_tables
from kcc_papers.pipeline import ingest

RAW = ROOT / "data" / "raw"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "papers.duckdb"
    assert ingest([RAW], path, workers=1).ok
    return path


def test_xlsx_has_a_typed_sheet_per_table_with_a_frozen_header(db: Path, tmp_path: Path) -> None:
    [book_path] = export_tables(db, tmp_path, "xlsx", ["kpis", "meetings", "contracts"])
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["kpis", "meetings", "contracts"]
    kpis = book["kpis"]
    assert kpis.freeze_panes == "A2"
    header = [c.value for c in kpis[1]]
    row = dict(zip(header, (c.value for c in kpis[2]), strict=True))
    assert row["latest_value"] == 96 and isinstance(row["period_date"], dt.datetime)
    meetings = book["meetings"]
    printed = header_index(meetings, "committee_as_printed")
    assert all(isinstance(r[printed].value, str) for r in meetings.iter_rows(min_row=2))


def header_index(sheet: Worksheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name)


def test_excel_csv_starts_with_a_byte_order_mark(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path),
                                 "--table", "contracts", "--excel"])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "contracts.csv").read_bytes()
    assert data.startswith("\ufeff".encode()) and "£".encode() in data
    assert not list(tmp_path.glob("*.part"))


def test_plain_csv_has_no_byte_order_mark(db: Path, tmp_path: Path) -> None:
    export_tables(db, tmp_path, "csv", ["contracts"])
    assert (tmp_path / "contracts.csv").read_bytes().startswith(b"document_id")


def test_views_are_exported_like_tables(db: Path, tmp_path: Path) -> None:
    written = export_tables(db, tmp_path, "csv", ["decision_trail", "kpi_history"])
    assert [p.name for p in written] == ["decision_trail.csv", "kpi_history.csv"]


def test_excel_is_for_csv_only(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path),
                                 "--format", "parquet", "--excel"])
    assert result.exit_code == 2 and "--excel is for CSV" in result.output
