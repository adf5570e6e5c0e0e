"""Re-running ingest over a broken file that has not changed names it again (exit 1) but adds
nothing: the summary said "records added ... ingest_errors 1" on every run, though the
table still held the one row."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def _ingest(folder: Path, db: Path) -> tuple[int, dict[str, object], str]:
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1",
                                 "--json"])
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_a_repeated_failure_adds_no_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>")
    db = tmp_path / "papers.duckdb"
    code, first, _ = _ingest(folder, db)
    assert code == 1 and first["failed"] == 1 and first["rows"] == {"ingest_errors": 1}
    code, again, stderr = _ingest(folder, db)
    assert code == 1 and again["failed"] == 1 and "truncated.pdf" in stderr
    assert again["rows"] == {}
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ingest_errors").fetchone() == (1,)


def test_a_copy_of_a_broken_file_is_a_row_of_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    broken = b"%PDF-1.4\n1 0 obj << /Type /Catalog >>"
    (folder / "truncated.pdf").write_bytes(broken)
    db = tmp_path / "papers.duckdb"
    _ingest(folder, db)
    (folder / "copy.pdf").write_bytes(broken)
    code, again, _ = _ingest(folder, db)
    assert code == 1 and again["failed"] == 2 and again["rows"] == {"ingest_errors": 1}
