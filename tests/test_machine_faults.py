"""Faults of the machine are named as such, stop the run at once (exit 2), lose nothing
stored, and a re-run converges: a full disk and a read-only file system for real (a small
tmpfs), a damaged database (a truncated copy), a database from a newer DuckDB."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from badfiles import RAW
from kcc_papers import errors, machine, pipeline, store
from kcc_papers.cli import app

runner = CliRunner()
# Small enough that the samples cannot all be stored on it (with them the database is about
# 1 MiB, and grows with the schema and the samples), big enough for the schema.
FULL_DISK = "512k"
ROOMY_DISK = "64m"


def counts(db: Path) -> dict[str, int]:
    with store.connect(db, read_only=True) as con:
        found = store.table_counts(con)
    return {t: n for t, n in found.items() if t != "ingest_errors"}


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={FULL_DISK}", "tmpfs",
                           str(mount)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def remount(mount: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(mount)], check=True)


def _full_disk_named_then_converges(disk: Path, tmp_path: Path, workers: int) -> None:
    """An ingest onto the full ``disk`` stops with exit 2 and one line naming the full disk;
    with room made, a re-run stores what a clean ingest does."""
    db = disk / "p.duckdb"
    args = ["ingest", str(RAW), "--db", str(db), "--workers", str(workers)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = error_lines(result.output)
    # Regression: each remaining file once said "cannot rollback - no transaction is active".
    assert len(lines) == 1 and "no space left on the device" in lines[0], result.output
    assert "rollback" not in result.output and "Traceback" not in result.output
    remount(disk, f"size={ROOMY_DISK}")
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    clean = tmp_path / "clean.duckdb"
    pipeline.ingest([RAW], clean, workers=1)
    assert counts(db) == counts(clean)


def test_full_disk_is_named_stops_the_run_and_a_rerun_converges(small_disk: Path,
                                                                  tmp_path: Path) -> None:
    _full_disk_named_then_converges(small_disk, tmp_path, workers=1)


# Too small for a new database's schema.
TINY_DISK = "64k"


def test_full_disk_at_a_new_database_read_in_workers_is_named(small_disk: Path,
                                                              tmp_path: Path) -> None:
    """A new database is set up while the workers read its files: a disk that cannot hold
    its schema stops the run there (exit 2, one line), not at the first write."""
    remount(small_disk, f"size={TINY_DISK}")
    _full_disk_named_then_converges(small_disk, tmp_path, workers=2)


def test_read_only_file_system_is_named(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "p.duckdb"
    remount(small_disk, f"size={ROOMY_DISK}")
    pipeline.ingest([RAW / "sample_news.txt"], db, workers=1)
    before = counts(db)
    remount(small_disk, "ro")
    with pytest.raises(errors.DatabaseReadOnlyError) as info:
        pipeline.ingest([RAW / "sample_minutes_export.txt"], db, workers=1)
    assert info.value.exit_status == errors.ExitStatus.USAGE_OR_DATABASE
    assert "read-only" in info.value.message
    remount(small_disk, "rw")
    assert counts(db) == before
    assert pipeline.ingest([RAW / "sample_minutes_export.txt"], db, workers=1).ingested == 1


def test_truncated_database_is_named_damaged(tmp_path: Path) -> None:
    whole = tmp_path / "whole.duckdb"
    pipeline.ingest([RAW], whole, workers=1)
    cut = tmp_path / "cut.duckdb"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 6])
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "sample_news.txt", folder / "new.txt")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(cut)])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result.output)
    assert "damaged" in line and "backup" in line and "Traceback" not in result.output


def test_newer_duckdb_is_named() -> None:
    """No newer DuckDB is installed to write such a file: this is DuckDB's own message for
    one (as printed in its library), read by the classifier."""
    exc = duckdb.IOException(
        'IO Error: Trying to read a database file with storage version number 99, but we can '
        'only read storage versions between 64 and 67.')
    fault = machine.fault_of(exc, "p.duckdb")
    assert isinstance(fault, errors.DatabaseTooNewError)
    assert "newer DuckDB" in fault.message and "upgrade" in fault.message


def test_other_database_errors_are_not_machine_faults() -> None:
    assert machine.fault_of(duckdb.ConstraintException("duplicate key"), "p.duckdb") is None


# Rows of 64 hex characters put in one transaction: their log fits on the small disk beside
# the new schema, their checkpoint (the log's rows copied into the database file) does not.
LOGGED_ROWS = 3_500


def test_regression_full_disk_at_the_closing_checkpoint_is_named(small_disk: Path) -> None:
    """DuckDB's close checkpoints and swallows a failure to: a write that fits in the log but
    not in the file (the end of a fresh ingest on a nearly full disk) left the run saying
    nothing, exit 0, the disk full and the log unapplied."""
    db = small_disk / "p.duckdb"
    with pytest.raises(errors.DiskFullError), store.connect(db) as con:
        con.execute("CREATE TABLE filler (s VARCHAR)")
        con.execute("INSERT INTO filler SELECT md5(i::VARCHAR) || md5((i + 1)::VARCHAR) "
                    f"FROM range({LOGGED_ROWS}) r(i)")
    remount(small_disk, f"size={ROOMY_DISK}")
    with store.connect(db, read_only=True) as con:  # the rows committed are kept (the log)
        assert con.execute("SELECT count(*) FROM filler").fetchone() == (LOGGED_ROWS,)
