"""Paths a command prints are whole lines however long: piped output is 80 columns wide, and
a path folded over two lines cannot be read back by a script (``export ... | xargs``)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()
# Longer than the 80 columns of piped output, so a folded path would show.
LONG_NAME = "a_folder_name_long_enough_to_pass_the_eighty_columns_of_piped_output_" * 2


def test_export_prints_each_path_on_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "papers.duckdb"
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(db)]).exit_code == 0
    out = tmp_path / LONG_NAME
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out),
                                 "--table", "kpis", "--table", "risks"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [str(out / "kpis.csv"), str(out / "risks.csv")]


def test_schemas_prints_each_path_on_one_line(tmp_path: Path) -> None:
    out = tmp_path / LONG_NAME
    result = runner.invoke(app, ["schemas", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines and all(Path(line).is_file() for line in lines), lines
