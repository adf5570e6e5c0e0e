"""A misspelt table or column: DuckDB says which name it meant on the line after its error,
and the one `error:` line kept only the first, so the analyst lost the suggestion. The line
keeps it, and an unknown table says where the names are listed."""

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


def _one_error_line(db: Path, sql: str) -> str:
    result = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: query failed"), result.output
    return lines[0]


def test_misspelt_table_keeps_duckdbs_suggestion_and_names_the_list(tmp_path: Path) -> None:
    line = _one_error_line(_empty_db(tmp_path), "SELECT * FROM kpi")
    assert 'Did you mean "kpis"?' in line
    assert "kcc-papers tables" in line


def test_misspelt_column_keeps_the_candidates(tmp_path: Path) -> None:
    line = _one_error_line(_empty_db(tmp_path), "SELECT latest_rage FROM kpis")
    assert "Candidate bindings" in line and "latest_rag" in line
    assert "kcc-papers tables" not in line
