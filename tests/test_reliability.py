"""The CLI as a nightly batch runs it, in a subprocess: a mixed folder, a kill -9 in the middle
of an ingest, and analysts querying while an ingest writes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from badfiles import BAD, copy_good, write_bad
from kcc_papers.link import CROSS_PAPER_CHECKS
from kcc_papers.store import FILES_TABLE, table_models
from process_groups import FAULTHANDLER, interrupt_and_reap

# Columns that record when or how long, which differ between any two runs.
TIMING = {"at", "ingested_at", "seconds"}


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kcc_papers", *args], capture_output=True,
                          text=True, timeout=timeout, env=_env())


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "kcc_papers", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KCC_PAPERS_DB", None)
    env["COLUMNS"] = "80"  # a narrow terminal: error lines must still be one line each
    return env


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without timing columns."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in [*table_models(), FILES_TABLE]:
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            keep = ", ".join(f'"{c}"' for c in cols if c not in TIMING)
            rows = con.execute(f"SELECT {keep} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def files_done(db: Path) -> int:
    """Rows in ``files``, or -1 while the database cannot be read (absent or being written)."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute(f"SELECT count(*) FROM {FILES_TABLE}").fetchall()[0][0])
    except duckdb.Error:
        return -1


def _files_and_errors(db: Path) -> tuple[int, int]:
    """Rows in ``files`` and in ``ingest_errors`` read together, or (-1, -1) while the
    database cannot be read."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            got = con.execute(f"SELECT (SELECT count(*) FROM {FILES_TABLE}), "
                              "(SELECT count(*) FROM ingest_errors)").fetchall()[0]
            return int(got[0]), int(got[1])
    except duckdb.Error:
        return -1, -1


def wait_for_rows(db: Path, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while files_done(db) <= 0:
        assert proc.poll() is None, f"ingest ended before writing: {proc.communicate()}"
        assert time.monotonic() < deadline, "ingest wrote nothing"
        time.sleep(0.05)


# ---------------------------------------------------------------------------- mixed folder


def test_mixed_folder_ingests_good_names_bad_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    good = copy_good(folder)
    bad = write_bad(folder / "incoming")
    db = tmp_path / "papers.duckdb"
    run = cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    lines = run.stderr.splitlines()
    assert len(lines) == len(bad), lines
    for path in bad:
        [line] = [s for s in lines if s.startswith(f"error: {path}: ")]
        assert len(line) > len(f"error: {path}: ") + 5  # says why
    snap = snapshot(db)
    kinds = {Path(r[0]).name: r[2] for r in snap["ingest_errors"]}
    assert kinds == {name: kind for name, (_, kind) in BAD.items()}
    status = {Path(r[0]).name: r[2] for r in snap[FILES_TABLE]}
    assert all(status[p.name] == "ingested" for p in good)
    assert len(snap["documents"]) >= len(good)

    # Nothing changed: nothing retried or re-read, but the failures are named again (exit 1),
    # so a nightly job keeps seeing them; still one error row each.
    again = cli("ingest", str(folder), "--db", str(db))
    assert again.returncode == 1
    assert sorted(again.stderr.splitlines()) == sorted(lines)
    assert f"{len(good)} unchanged" in again.stdout and "0 ingested" in again.stdout
    assert len(snapshot(db)["ingest_errors"]) == len(bad)


def test_usage_and_database_errors_exit_2_in_one_line(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("these are my notes, not a database\n" * 50)
    (tmp_path / "a.txt").write_text("hello\n")
    cases = [
        ("ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "x.duckdb")),
        ("ingest", str(tmp_path / "a.txt"), "--db", str(not_a_db)),
        ("query", "SELECT 1", "--db", str(not_a_db)),
        ("query", "SELECT 1", "--db", str(tmp_path / "absent.duckdb")),
        ("export", "--out", str(tmp_path / "out"), "--db", str(tmp_path / "absent.duckdb")),
    ]
    for args in cases:
        run = cli(*args)
        assert run.returncode == 2, (args, run.stderr)
        assert len(run.stderr.splitlines()) == 1 and run.stderr.startswith("error: "), args
        assert "Traceback" not in run.stderr


def test_query_is_read_only_and_debug_alone_shows_tracebacks(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    copy_good(tmp_path / "in")
    assert cli("ingest", str(tmp_path / "in"), "--db", str(db)).returncode == 0
    before = snapshot(db)
    run = cli("query", f"DELETE FROM {FILES_TABLE}", "--db", str(db))
    assert run.returncode == 2 and "read-only" in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(db) == before
    debug = cli("--debug", "query", f"DELETE FROM {FILES_TABLE}", "--db", str(db))
    assert debug.returncode == 2 and "Traceback" in debug.stderr


# ---------------------------------------------------------------------------- kill -9


def assert_whole_files(db: Path) -> None:
    """Every file the database lists has all its rows, and no row lacks its file."""
    with duckdb.connect(str(db), read_only=True) as con:
        listed = dict(con.execute(
            f"SELECT path, records FROM {FILES_TABLE} WHERE status = 'ingested'").fetchall())
        docs: dict[str, int] = dict(con.execute(
            "SELECT path, count(*) FROM documents GROUP BY path").fetchall())
        assert set(docs) == set(listed)
        for path, records in listed.items():
            total = 0
            for table, model in table_models().items():
                if table == "documents":
                    total += docs[path]
                elif "document_id" in model.model_fields:
                    # findings of the cross-paper pass are the database's, not the file's rows
                    derived = (" AND \"check\" NOT IN (SELECT unnest(?))"
                               if table == "findings" else "")
                    params: list[object] = [path, list(CROSS_PAPER_CHECKS)] if derived else [path]
                    total += con.execute(
                        f"SELECT count(*) FROM {table} WHERE document_id IN "
                        f"(SELECT document_id FROM documents WHERE path = ?){derived}", params,
                    ).fetchall()[0][0]
            assert total == records, path


def test_killed_ingest_reruns_to_exactly_a_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    copies = copy_good(folder, copies=7)
    write_bad(folder, ["cut_in_half.pdf", "binary.txt"])
    args = ["--workers", "1", "--quiet"]

    killed = tmp_path / "killed.duckdb"
    proc = start("ingest", str(folder), "--db", str(killed), *args)
    wait_for_rows(killed, proc)
    time.sleep(random.Random().uniform(0.0, 0.8))
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    done = files_done(killed)
    assert 0 < done < len(copies), "the kill should land mid-run; make the run longer"
    assert_whole_files(killed)
    with duckdb.connect(str(killed), read_only=True) as con:
        failed_before = con.execute("SELECT count(*) FROM ingest_errors").fetchall()[0][0]

    rerun = cli("ingest", str(folder), "--db", str(killed), *args)
    # Exit 1 only if the broken files are still to be named (they were not before the kill).
    # Both broken files are named on the re-run, whether the killed run got to them or not.
    assert rerun.returncode == 1, rerun.stderr
    assert len(rerun.stderr.splitlines()) == 2, (failed_before, rerun.stderr)
    assert "Traceback" not in rerun.stderr

    clean = tmp_path / "clean.duckdb"
    assert cli("ingest", str(folder), "--db", str(clean), *args).returncode == 1
    converged, expected = snapshot(killed), snapshot(clean)
    assert converged.keys() == expected.keys()
    for table in expected:
        assert converged[table] == expected[table], table
    assert len(expected[FILES_TABLE]) == len(copies) + 2
    assert_whole_files(clean)


# ---------------------------------------------------------------------------- concurrency


def test_query_export_and_second_ingest_during_an_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    copies = copy_good(folder, copies=7)
    db = tmp_path / "papers.duckdb"
    proc = start("ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet")
    outcomes: list[str] = []
    try:
        wait_for_rows(db, proc)
        second = cli("ingest", str(folder), "--db", str(db), "--wait", "0")
        while proc.poll() is None:
            if len(outcomes) % 2 == 0:
                run = cli("query", f"SELECT count(*) FROM {FILES_TABLE}", "--db", str(db),
                          "--format", "csv", "--wait", "0.5")
                if run.returncode == 0:
                    assert 0 < int(run.stdout.splitlines()[1]) <= len(copies)
            else:
                out = tmp_path / f"out{len(outcomes)}"
                run = cli("export", "--out", str(out), "--db", str(db), "--format", "parquet",
                          "--table", FILES_TABLE, "--wait", "0.5")
                if run.returncode == 0:
                    assert (out / f"{FILES_TABLE}.parquet").stat().st_size > 0
            assert "Traceback" not in run.stderr
            if run.returncode != 0:
                assert run.returncode == 2
                assert run.stderr.startswith("error: ") and "busy" in run.stderr
                assert "try again" in run.stderr
            outcomes.append("answer" if run.returncode == 0 else "busy")
        _out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "answer" in outcomes, "the ingest should give readers a turn between batches"
    assert second.returncode == 2 and "another ingest is running" in second.stderr
    assert files_done(db) == len(copies)


# Long enough that the files read before it are surely written while it still reads.
HUNG_TIMEOUT_SECONDS = 6


def test_files_read_are_readable_while_the_last_file_still_reads(tmp_path: Path) -> None:
    """Once every file left is being read, results are written as they come, in a connection
    held for the last ones; held for WRITE_BATCH_SECONDS, it is let go, so that a long last
    file (here one that hangs until its time limit) keeps nobody out, and what was read
    before it can be queried meanwhile. (Before, the files read in the last second before
    it waited for it, unwritten.)"""
    folder = tmp_path / "in"
    good = copy_good(folder)
    hung = folder / "zz_hung.txt"
    hung.write_text("Minutes\n")  # the smallest file: read last
    db = tmp_path / "p.duckdb"
    env = {**_env(), "KCC_PAPERS_FAULT": f"hang={hung.name}"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kcc_papers", "ingest", str(folder), "--db", str(db), "-q",
         "--workers", "2", "--file-timeout", str(HUNG_TIMEOUT_SECONDS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        while (seen := _files_and_errors(db))[0] < len(good) and proc.poll() is None:
            time.sleep(0.05)
        # read before the hung file's end was written (not in the moment before the exit)
        read_meanwhile = seen == (len(good), 0)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert read_meanwhile, "the files read were not readable while the last one was read"
    assert proc.returncode == 1 and "took longer than --file-timeout" in err
    assert files_done(db) == len(good)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT error_kind FROM ingest_errors").fetchall() == [("timeout",)]


def test_ingest_outwaits_a_reader_holding_the_database(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    copy_good(first)
    copy_good(second, copies=2)
    db = tmp_path / "papers.duckdb"
    assert cli("ingest", str(first), "--db", str(db)).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
         "read_only=True); print('open', flush=True); time.sleep(4)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout and holder.stdout.readline().strip() == "open"
        impatient = cli("ingest", str(second), "--db", str(db), "--wait", "0")
        assert impatient.returncode == 2 and "busy" in impatient.stderr
        started = time.monotonic()
        run = cli("ingest", str(second), "--db", str(db), "--workers", "1")
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert run.returncode == 0, run.stderr
    assert waited > 1.0  # it waited for the reader instead of failing


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_or_killed_ingest_leaves_no_worker_behind(tmp_path: Path, sig: int) -> None:
    """Ctrl-C (to the whole process group, as a terminal sends it) gives one line and exit
    130; kill -9 of the parent alone must not leave worker processes waiting forever."""
    folder = tmp_path / "night"
    last = sorted(copy_good(folder, copies=6))[-1]
    db = tmp_path / "papers.duckdb"
    # a file that never ends keeps the run going, so the signal comes mid-run (the other
    # files can all be read before the first write, and the run then ends as it arrives)
    env = {**_env(), **FAULTHANDLER, "KCC_PAPERS_FAULT": f"hang={last.name}"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kcc_papers", "ingest", str(folder), "--db", str(db),
         "--workers", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True)
    err = interrupt_and_reap(proc, lambda: wait_for_rows(db, proc), sig)
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert err.splitlines() == [
            "error: interrupted (files already written are complete; run again to finish)"]
    else:
        assert proc.returncode == -signal.SIGKILL
    assert_whole_files(db)
