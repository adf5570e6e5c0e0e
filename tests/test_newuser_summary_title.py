"""The ingest summary names its database on one line: as the table's title, rich centred it
and cut the path at the table's width ("/tmp/.../bad.d" over "uckdb")."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def test_summary_names_the_database_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # Not a paper: one ingest_errors row, so the summary has a table to print.
    (folder / "archive.pdf").write_bytes(b"PK\x03\x04 not a paper")
    db = tmp_path / "a_database_folder_with_a_name_wider_than_the_table" / "papers.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert f"records added to {db}" in result.output.splitlines()
