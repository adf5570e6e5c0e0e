"""Unattended runs: a hung, crashing or memory-hungry file costs only itself (through the
test-only fault hook), and is tried again on the next run."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import duckdb
import pytest

from badfiles import RAW
from kcc_papers import faults, pipeline

FILES = ["sample_news.txt", "sample_minutes_export.txt", "sample_strategy_consultation.txt",
         "sample_panel_report.pdf"]
# Generous against a loaded shared machine; the hung file must still end far sooner than
# the default limit.
TIMEOUT = 5.0
# The text files read beside the hung one take milliseconds; a margin for a loaded machine.
SHORT_TIMEOUT = 3.0
# A crash or a run into the memory cap ends the worker by itself; its time limit is only a
# backstop, generous so that a loaded machine cannot turn the fault into a timeout.
FAULT_ENDS_ITSELF_TIMEOUT = 60.0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "in"
    target.mkdir()
    for name in FILES:
        shutil.copyfile(RAW / name, target / name)
    return target


def error_rows(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, error_kind FROM ingest_errors").fetchall()
    return {Path(p).name: kind for p, kind in rows}


def stored(db: Path) -> set[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path FROM files WHERE status = 'ingested'").fetchall()
    return {Path(p).name for (p,) in rows}


@pytest.mark.parametrize(("action", "kind", "limit"), [
    ("hang", "timeout", TIMEOUT), ("crash", "worker_died", FAULT_ENDS_ITSELF_TIMEOUT),
    ("allocate", "too_large", FAULT_ENDS_ITSELF_TIMEOUT),
])
def test_a_bad_worker_costs_only_its_file(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, action: str,
                                          kind: str, limit: float) -> None:
    victim = "sample_news.txt"
    monkeypatch.setenv(faults.ENV, f"{action}={victim}")
    db = tmp_path / "t.duckdb"
    started = time.monotonic()
    summary = pipeline.ingest([folder], db, workers=2, file_timeout=limit,
                              max_worker_mb=1024)
    assert time.monotonic() - started < pipeline.store.WRITE_WAIT_SECONDS
    assert (summary.ingested, summary.failed) == (len(FILES) - 1, 1)
    assert error_rows(db) == {victim: kind}
    assert stored(db) == set(FILES) - {victim}
    # A failure of the moment: the next run, without the fault, tries the file again.
    monkeypatch.delenv(faults.ENV)
    again = pipeline.ingest([folder], db, workers=2, file_timeout=limit, max_worker_mb=1024)
    assert (again.ingested, again.unchanged, again.failed) == (1, len(FILES) - 1, 0)
    assert error_rows(db) == {}


def test_a_hung_file_ends_at_the_time_limit(folder: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker: the hung file must not hold up the files queued behind it for long."""
    monkeypatch.setenv(faults.ENV, "hang=sample_panel_report.pdf")
    started = time.monotonic()
    summary = pipeline.ingest([folder], tmp_path / "t.duckdb", workers=1,
                              file_timeout=SHORT_TIMEOUT)
    assert summary.failed == 1 and summary.ingested == len(FILES) - 1
    assert summary.errors[0].error_kind == "timeout"
    assert f"--file-timeout {SHORT_TIMEOUT:g}s" in summary.errors[0].message
    assert time.monotonic() - started < TIMEOUT * 4


def test_fault_hook_names_its_mistakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(faults.ENV, "explode=a.pdf")
    with pytest.raises(ValueError, match="ACTION=FILENAME"):
        faults.from_env()
    monkeypatch.setenv(faults.ENV, "hang=a.pdf,crash=b.pdf")
    assert faults.from_env() == {"a.pdf": "hang", "b.pdf": "crash"}


def test_allocate_fault_refuses_without_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    import resource

    if resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY:
        pytest.skip("this process already has an address-space limit")
    with pytest.raises(RuntimeError, match="memory cap"):
        faults.inject({"a.pdf": "allocate"}, "/x/a.pdf")
