"""`query "..." -f csv > answer.csv` is how the README says to get an answer into a
spreadsheet, but Excel opens a UTF-8 CSV without a byte-order mark in its legacy code page:
every "£" of `value_text` showed as "Â£". `export` had `--excel` for that; `query` now has it
too (CSV only, as export's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app

runner = CliRunner()
BOM = b"\xef\xbb\xbf"


def _empty_db(tmp_path: Path) -> Path:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    return db


def test_excel_csv_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    db = _empty_db(tmp_path)
    run = subprocess.run([sys.executable, "-m", "kcc_papers", "query",
                          "SELECT '£1.2m' AS value_text", "--db", str(db), "-f", "csv",
                          "--excel"], capture_output=True, cwd=ROOT, check=False, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == BOM + "value_text\n£1.2m\n".encode()
    plain = runner.invoke(app, ["query", "SELECT 1 AS n", "--db", str(db), "-f", "csv"])
    assert plain.stdout == "n\n1\n"


def test_excel_without_csv_says_to_add_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(_empty_db(tmp_path)),
                                 "--excel"])
    assert result.exit_code == 2 and "add -f csv" in result.output
