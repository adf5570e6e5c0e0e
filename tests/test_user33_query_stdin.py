"""An analyst keeps a query of many lines in a file (the README's "Questions in SQL"), and
`findings`' "check" needs double quotes inside the shell's: `query "$(cat q.sql)"` was the
only way. `query -` reads the SQL from stdin, the usual convention."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()
QUERY = 'SELECT "check", count(*) AS n\nFROM findings\nGROUP BY ALL\n'


def _empty_db(tmp_path: Path) -> Path:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    return db


def test_dash_reads_the_query_from_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "-", "--db", str(_empty_db(tmp_path)), "-f", "csv"],
                           input=QUERY)
    assert result.exit_code == 0, result.output
    assert result.stdout == "check,n\n"


def test_empty_stdin_is_an_empty_query(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "-", "--db", str(_empty_db(tmp_path))], input="\n")
    assert result.exit_code == 2 and "the query is empty" in result.output
