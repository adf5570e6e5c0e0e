"""`history kpi/risk KEY` takes the whole key or its ending. A KPI printed without a ref is
keyed by its description, a budget risk by its directorate and title, so an analyst types a
word of it ("school", "complaints") and got only "no risk 'school' in the database" with a
query to run. The line now names the keys that contain the word."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app

runner = CliRunner()
REGISTER = ROOT / "data" / "raw" / "sample_budget_risk_register.pdf"


def test_a_word_of_a_key_names_the_keys_containing_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REGISTER, folder)
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet",
                               "--workers", "1"]).exit_code == 0
    result = runner.invoke(app, ["history", "risk", "school", "--db", str(db)])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1, result.output
    assert "BUDGET-CYPE-HOME-TO-SCHOOL-TRANSPORT" in lines[0]
    # the ending it names is one the command takes
    named = runner.invoke(app, ["history", "risk", "BUDGET-CYPE-HOME-TO-SCHOOL-TRANSPORT",
                                "--db", str(db), "-f", "csv"])
    assert named.exit_code == 0 and "Home to School" in named.output, named.output


def test_a_key_nothing_contains_still_says_how_to_list_them(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["history", "kpi", "zzz", "--db", str(db)])
    assert result.exit_code == 2 and "SELECT DISTINCT kpi_key FROM kpi_history" in result.output
