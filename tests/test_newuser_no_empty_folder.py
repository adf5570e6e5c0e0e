"""A command that fails before writing anything (no database yet, a misspelt table) leaves
no empty output folder behind for the user to wonder about."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "xlsx"], ["report"]])
def test_no_database_creates_no_folder(tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, [*command, "--out", str(out),
                                 "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "run 'kcc-papers ingest' first" in result.output
    assert not out.exists()


def test_unknown_table_creates_no_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--out", str(out), "--db", str(db),
                                 "--table", "kpi"])
    assert result.exit_code == 2 and "no such table: kpi" in result.output
    assert not out.exists()
