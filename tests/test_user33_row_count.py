"""A table's count line read "1 rows" (and `trail`, one decision, always did): the CLI
says "1 meeting", "1 file" elsewhere (tests/test_newuser_plurals.py)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def test_one_row_is_one_row_and_two_are_rows(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    one = runner.invoke(app, ["query", "SELECT 1 AS n", "--db", str(db)])
    assert one.exit_code == 0 and one.output.splitlines()[-1] == "1 row", one.output
    two = runner.invoke(app, ["query", "SELECT * FROM range(2)", "--db", str(db)])
    assert two.output.splitlines()[-1] == "2 rows"
    none = runner.invoke(app, ["query", "SELECT 1 WHERE false", "--db", str(db)])
    assert none.output.splitlines()[-1] == "0 rows"
