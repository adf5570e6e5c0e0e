"""`export --format xlsx` cut a text longer than an Excel cell holds (32,767 characters) with
no sign of it: a long minute's body (the corpus has one of 23,672) would end mid-sentence in
the workbook as if the paper did. The cut cell now says it was cut and where the whole text is."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl
from typer.testing import CliRunner

from kcc_papers.cli import app
from kcc_papers.workbook import CUT_NOTE, MAX_CELL

runner = CliRunner()
# A body longer than a cell holds, and one that fits.
LONG = "The Committee discussed the budget at length. " * 1000
SHORT = "RESOLVED that the report be noted."


def test_a_cut_cell_says_so_and_a_whole_one_is_untouched(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO minutes (document_id, minute_number, body) VALUES "
                    "('d-00', '1', ?), ('d-00', '2', ?)", [LONG, SHORT])
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--out", str(out), "--format", "xlsx",
                                 "--table", "minutes", "--db", str(db)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out / "papers.xlsx")["minutes"]
    body = [c.value for c in sheet[1]].index("body")
    cut, whole = (str(row[body].value) for row in sheet.iter_rows(min_row=2))
    assert len(LONG) > MAX_CELL and len(cut) == MAX_CELL
    assert cut.endswith(CUT_NOTE) and LONG.startswith(cut[: -len(CUT_NOTE)])
    assert whole == SHORT
