"""`query -f csv` wrote list and boolean cells as Python's repr (`['Cabinet']`, `True`,
`None` inside a list) while `export`'s CSV of the same view writes DuckDB's `[Cabinet]`,
`true`, `NULL`: the same column differed between the two files an analyst loads into a
spreadsheet. The query's CSV now writes them as the export does."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()
SQL = ("SELECT ['Cabinet', 'Cabinet Cttee'] AS committee_as_printed, true AS exempt, "
       "[2, NULL, 5] AS pages, 'plain' AS title")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_query_csv_cells_match_export_csv(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    queried = runner.invoke(app, ["query", SQL, "--db", str(db), "-f", "csv"])
    assert queried.exit_code == 0, queried.output
    got = _rows(queried.stdout)
    assert got == [{"committee_as_printed": "[Cabinet, Cabinet Cttee]", "exempt": "true",
                    "pages": "[2, NULL, 5]", "title": "plain"}]
    import duckdb

    copied = tmp_path / "copy.csv"
    with duckdb.connect() as con:
        con.execute(f"COPY ({SQL}) TO '{copied}' (FORMAT CSV, HEADER)")
    assert _rows(copied.read_text()) == got
