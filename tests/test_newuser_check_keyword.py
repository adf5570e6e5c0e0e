"""findings' column "check" is an SQL keyword: a query naming it unquoted fails with DuckDB's
bare 'syntax error at or near "check"'; the line says how to write it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def _empty_db(tmp_path: Path) -> Path:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    return db


def test_unquoted_check_says_to_quote_it(tmp_path: Path) -> None:
    db = _empty_db(tmp_path)
    result = runner.invoke(app, ["query", "SELECT check, count(*) FROM findings GROUP BY 1",
                                 "--db", str(db)])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: query failed")
    assert 'quote it as "check"' in lines[0]


def test_quoted_check_runs_and_other_errors_get_no_hint(tmp_path: Path) -> None:
    db = _empty_db(tmp_path)
    ok = runner.invoke(app, ["query", 'SELECT "check" FROM findings', "--db", str(db)])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(app, ["query", "SELEC 1", "--db", str(db)])
    assert bad.exit_code == 2 and "quote it" not in bad.output
