"""The lake: lake-ingest on a real Dask LocalCluster (2 worker processes, started here) gives
exactly the records of a single-machine ingest once loaded; a re-run changes nothing; files
that fail on a worker (damaged, crashing, hanging) are error rows; export --partition-by reads
back equal to the tables; extraction is a pure function of a path or of bytes."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import duckdb
import pytest
from distributed import LocalCluster
from typer.testing import CliRunner

from conftest import CORPUS, ROOT, corpus_file
from kcc_papers.cli import app
from kcc_papers.export import run_query
from kcc_papers.extraction import extract
from kcc_papers.lake.engine_dask import scheduler_config
from kcc_papers.lake.layout import Lake, error_key
from kcc_papers.lake.load import load_lake
from kcc_papers.lake.partition import read_sql
from kcc_papers.lake.query import connect_lake, run_lake_query
from kcc_papers.lake.run import EngineOptions, lake_ingest
from kcc_papers.pipeline import ingest

RAW = ROOT / "data" / "raw"
runner = CliRunner()
# How long one file may take: generous for real papers on a loaded shared machine, short
# where the hang fault must end inside the run (its folder holds only small files).
FILE_TIMEOUT = "300"
HANG_TIMEOUT = "10"
CLUSTER_START_SECONDS = 60


def _volatile() -> set[str]:
    """The columns scripts/snapshot_records.py leaves out (timings), from the script itself."""
    spec = importlib.util.spec_from_file_location("snapshot_records",
                                                  ROOT / "scripts" / "snapshot_records.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.VOLATILE)


VOLATILE = _volatile()


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table and view of ``db``, sorted, without its timing columns."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT starts_with(table_name, '_') "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        for name in names:
            cols = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
            keep = ", ".join(f'"{c}"' for c in cols if c not in VOLATILE)
            out[name] = con.execute(f"SELECT {keep} FROM {name} ORDER BY ALL").fetchall()
    return out


def lake_snapshot(lake: Path, like: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table and view of ``like``, read over the lake by ``query --lake``'s views."""
    out = {}
    con = connect_lake(lake)
    with duckdb.connect(str(like), read_only=True) as db:
        for name in snapshot(like):
            cols = [r[0] for r in db.execute(f"DESCRIBE {name}").fetchall()]
            keep = ", ".join(f'"{c}"' for c in cols if c not in VOLATILE)
            out[name] = con.execute(f"SELECT {keep} FROM {name} ORDER BY ALL").fetchall()
    con.close()
    return out


def lake_files(lake: Path) -> dict[str, str]:
    """Every file of the lake (parts and manifests) with the sha256 of its bytes."""
    return {p.relative_to(lake).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(lake.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of two worker processes, set as lake-ingest asks of a scheduler."""
    with dask.config.set(scheduler_config(retries=1)):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL,
                               timeout=CLUSTER_START_SECONDS)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def dask_ingest(paths: list[str], lake: Path, scheduler: str,
                timeout: str = FILE_TIMEOUT) -> tuple[int, dict[str, object], str]:
    result = runner.invoke(app, ["lake-ingest", *paths, "--out", str(lake), "--engine", "dask",
                                 "--scheduler", scheduler, "--file-timeout", timeout,
                                 "--json"])
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.output
    return result.exit_code, json.loads(lines[-1]), result.stderr


def _equal_to_ingest(folder: Path, tmp_path: Path, scheduler: str) -> None:
    single = tmp_path / "single.duckdb"
    ingest([folder], single, workers=2)
    lake = tmp_path / "lake"
    code, run, _ = dask_ingest([str(folder)], lake, scheduler)
    assert code == 0 and run["failed"] == 0 and run["ingested"] == run["files"]
    loaded = tmp_path / "loaded.duckdb"
    load_lake(lake, loaded)
    expected = snapshot(single)
    assert snapshot(loaded) == expected
    assert expected["documents"] and expected["findings"]  # a comparison of something
    # and SQL over the lake in place sees the same tables, views and links
    assert lake_snapshot(lake, single) == expected

    # a re-run reads nothing and writes nothing; loading again changes nothing
    before = lake_files(lake)
    code, again, _ = dask_ingest([str(folder)], lake, scheduler)
    assert code == 0 and again["ingested"] == 0 and again["unchanged"] == run["files"]
    assert lake_files(lake) == before
    load_lake(lake, loaded)
    assert snapshot(loaded) == expected


def test_dask_lake_of_the_samples_equals_a_single_machine_ingest(
        tmp_path: Path, scheduler: str) -> None:
    _equal_to_ingest(RAW, tmp_path, scheduler)


@pytest.mark.corpus
def test_dask_lake_of_the_corpus_equals_a_single_machine_ingest(
        tmp_path: Path, scheduler: str) -> None:
    corpus_file("README.md")
    _equal_to_ingest(CORPUS, tmp_path, scheduler)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two good papers, a copy of one, a damaged PDF, and two files the fault hook makes a
    worker crash on and hang on."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample_news.txt", "sample_record_of_decision.pdf"):
        shutil.copy(RAW / name, folder)
    shutil.copy(RAW / "sample_news.txt", folder / "twin_news.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    # content of their own (a twin of a good file would be a duplicate, never read)
    (folder / "crash.txt").write_text("Minutes of a meeting the worker dies reading\n")
    (folder / "hang.txt").write_text("Minutes of a meeting the worker never finishes\n")
    return folder


def test_files_failing_on_workers_are_error_rows_not_a_lost_run(
        mixed: Path, tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KCC_PAPERS_FAULT", "crash=crash.txt,hang=hang.txt")
    lake = tmp_path / "lake"
    code, run, stderr = dask_ingest([str(mixed)], lake, scheduler, HANG_TIMEOUT)
    assert code == 1
    assert (run["ingested"], run["duplicates"], run["failed"]) == (2, 1, 3)
    kinds = dict(run_lake_query(lake, "SELECT path, error_kind FROM ingest_errors").rows)
    assert kinds == {str(mixed / "broken.pdf"): "corrupt_pdf",
                     str(mixed / "crash.txt"): "worker_died",
                     str(mixed / "hang.txt"): "timeout"}
    assert stderr.count("error: ") == 3 and "Traceback" not in stderr
    ingested = run_lake_query(lake, "SELECT path FROM files WHERE status = 'ingested'").rows
    assert {Path(p).name for (p,) in ingested} == {"sample_news.txt",
                                                  "sample_record_of_decision.pdf"}

    # the faults gone, a re-run reads the two failures of the moment again (not the damaged
    # PDF, which it names again) and their error rows give way to records
    monkeypatch.delenv("KCC_PAPERS_FAULT")
    code, again, _ = dask_ingest([str(mixed)], lake, scheduler, HANG_TIMEOUT)
    assert code == 1 and again["ingested"] == 2 and again["failed"] == 1
    kinds = dict(run_lake_query(lake, "SELECT path, error_kind FROM ingest_errors").rows)
    assert kinds == {str(mixed / "broken.pdf"): "corrupt_pdf"}
    db = tmp_path / "loaded.duckdb"
    load_lake(lake, db)
    counts = dict(run_query(db, "SELECT status, count(*) FROM files GROUP BY ALL").rows)
    assert counts == {"ingested": 4, "failed": 1}


def test_a_changed_file_replaces_its_parts_never_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paper = folder / "minutes.txt"
    shutil.copy(RAW / "sample_minutes_2025-01-15.txt", paper)
    (folder / "fixed.pdf").write_bytes(b"%PDF-1.4\n garbage")
    lake = tmp_path / "lake"
    first = lake_ingest([folder], lake, engine=EngineOptions(workers=1))
    assert first.failed == 1 and (lake / "_parts" / f"{error_key(str(folder / 'fixed.pdf'))}"
                                  ".json").exists()
    old_sha = hashlib.sha256(paper.read_bytes()).hexdigest()

    paper.write_text(paper.read_text().replace("RESOLVED", "RESOLVED (amended)", 1))
    shutil.copy(RAW / "sample_record_of_decision.pdf", folder / "fixed.pdf")
    second = lake_ingest([folder], lake, engine=EngineOptions(workers=1))
    assert (second.ingested, second.failed) == (2, 0)
    names = {p.stem for p in lake.rglob("*.parquet")}
    assert old_sha not in names and error_key(str(folder / "fixed.pdf")) not in names
    docs = run_lake_query(lake, "SELECT path, count(DISTINCT sha256) FROM documents "
                                "GROUP BY path").rows
    assert sorted(n for _, n in docs) == [1, 1]
    assert run_lake_query(lake, "SELECT count(*) FROM ingest_errors").rows == [(0,)]


def test_export_partitioned_reads_back_equal_to_the_tables(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    ingest([RAW], db, workers=1)
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet",
                                 "--partition-by", "council,year", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert next((out / "kpis").glob("council=*/year=*/*.parquet"), None) is not None
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT starts_with(table_name, '_') "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        compared = 0
        for name in names:
            expected = con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
            cols = [d[0] for d in con.execute(f"SELECT * FROM {name} LIMIT 0").description]
            if not expected:  # DuckDB writes no file for an empty table
                assert not list((out / name).rglob("*.parquet"))
                continue
            listed = ", ".join(f'"{c}"' for c in cols)
            back = con.execute(f"SELECT {listed} FROM {read_sql(str(out / name / '**/*.parquet'))}"
                               " ORDER BY ALL").fetchall()
            assert back == expected, name
            compared += 1
    assert compared >= 15


def test_export_partition_by_needs_parquet_and_known_keys(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    ingest([RAW / "sample_news.txt"], db, workers=1)
    csv = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "o"),
                              "--partition-by", "council"])
    assert csv.exit_code == 2 and "--format parquet" in csv.output
    bad = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "o"),
                              "--format", "parquet", "--partition-by", "county"])
    assert bad.exit_code == 2 and "council, year" in bad.output


def test_lake_ingest_json_equals_the_library_result(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample_news.txt", "sample_minutes_2025-01-15.txt"):
        shutil.copy(RAW / name, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    result = runner.invoke(app, ["lake-ingest", str(folder), "--out", str(tmp_path / "a"),
                                 "--workers", "1", "--json"])
    assert result.exit_code == 1
    cli = json.loads(result.stdout)
    library = lake_ingest([folder], tmp_path / "b", engine=EngineOptions(workers=1)).to_dict()
    for run in (cli, library):
        run.pop("seconds")
        for error in run["errors"]:
            error.pop("at")
    assert cli == library and cli["ingested"] == 2


def test_load_is_idempotent_and_json_equals_the_library_result(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    lake_ingest([RAW / "sample_news.txt", RAW / "sample_dashboard_q4.pdf"], lake,
                engine=EngineOptions(workers=1))
    db = tmp_path / "a.duckdb"
    first = runner.invoke(app, ["load", str(lake), "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    rows = snapshot(db)
    second = runner.invoke(app, ["load", str(lake), "--db", str(db), "--json"])
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert snapshot(db) == rows and rows["kpis"]
    assert json.loads(first.stdout) == load_lake(lake, tmp_path / "b.duckdb")
    missing = runner.invoke(app, ["load", str(tmp_path / "nope"), "--db", str(db)])
    assert missing.exit_code == 2 and "no lake here" in missing.output


def test_query_lake_json_equals_the_library_result(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    lake_ingest([RAW], lake, engine=EngineOptions(workers=1))
    # a partition column prunes the folders read; the cross-paper views are there too
    sql = ("SELECT k.kpi_key, h.period, h.rag FROM kpis k JOIN kpi_history h USING (kpi_key) "
           "WHERE k.year = 2025 ORDER BY ALL")
    result = runner.invoke(app, ["query", sql, "--lake", str(lake), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert records == run_lake_query(lake, sql).records() and records
    # a table the lake has no part of yet is empty, not missing
    assert run_lake_query(lake, "SELECT count(*) FROM sources").rows == [(0,)]
    bad = runner.invoke(app, ["query", "SELECT nope FROM kpis", "--lake", str(lake)])
    assert bad.exit_code == 2 and "query failed" in bad.output


def test_extraction_of_bytes_equals_extraction_of_the_path() -> None:
    path = RAW / "sample_record_of_decision.pdf"
    from_path = extract(str(path))
    from_bytes = extract(path.read_bytes(), name=str(path))
    assert from_path.error is None and from_path.records
    assert [r.model_dump() for r in from_bytes.rows()] == [
        r.model_dump() for r in from_path.rows()]
    with pytest.raises(ValueError, match="name"):
        extract(path.read_bytes())


def test_files_and_lake_behind_urls_are_read_through_fsspec(tmp_path: Path) -> None:
    """A source folder and a lake named by URL (fsspec's in-memory file system, in this
    process) give the records of local paths, with the URLs as their paths."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for name in ("sample_news.txt", "sample_record_of_decision.pdf"):
        fs.pipe_file(f"/papers/{name}", (RAW / name).read_bytes())
    run = lake_ingest(["memory://papers"], "memory://lake", engine=EngineOptions(workers=1))
    assert run.ingested == 2 and run.failed == 0
    db = tmp_path / "url.duckdb"
    load_lake("memory://lake", db)
    paths = {p for (p,) in run_query(db, "SELECT DISTINCT source_path FROM decisions").rows}
    assert paths == {"memory://papers/sample_record_of_decision.pdf"}
    assert Lake("memory://lake").has_parts("documents")
    fs.rm("/papers", recursive=True)
    fs.rm("/lake", recursive=True)


def test_the_local_engine_never_imports_dask(tmp_path: Path) -> None:
    code = (f"import sys; from kcc_papers.lake.run import lake_ingest, EngineOptions; "
            f"lake_ingest([{str(RAW / 'sample_news.txt')!r}], {str(tmp_path / 'l')!r}, "
            f"engine=EngineOptions(workers=1)); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip() == "[]"


def test_a_failure_recorded_after_its_worker_wrote_parts_takes_them_away(tmp_path: Path) -> None:
    """Regression: a worker ended while writing (timeout, death) left its parts beside the
    error row the parent then wrote, and load gave a failed file's documents."""
    from kcc_papers.errors import FileTimeoutError
    from kcc_papers.lake.parts import write_error, write_result
    from kcc_papers.pipeline import _error

    path = str(RAW / "sample_record_of_decision.pdf")
    result = extract(path)
    lake = Lake(tmp_path / "lake")
    write_result(lake, result)
    assert run_lake_query(lake.root, "SELECT count(*) FROM documents").rows == [(1,)]
    write_error(lake, _error(path, result.sha256, FileTimeoutError("too slow", path=path)),
                stale=(result.sha256,))
    assert run_lake_query(lake.root, "SELECT count(*) FROM documents").rows == [(0,)]
    assert not [p for p in (tmp_path / "lake").rglob("*.parquet") if result.sha256 in p.name]
    assert run_lake_query(lake.root, "SELECT error_kind FROM ingest_errors").rows == [("timeout",)]


def test_a_scan_failed_without_ocr_is_read_again_once_ocr_can(tmp_path: Path) -> None:
    """As ingest: no_text_layer is a failure of the content, not re-read, except once OCR is
    asked for and installed (the backfill's two passes in docs/scale.md)."""
    from kcc_papers.load import ocr

    if not ocr.available():
        pytest.skip("Tesseract is not installed")
    from scanned import scan_copy

    folder = tmp_path / "in"
    folder.mkdir()
    scan_copy(RAW / "sample_record_of_decision.pdf", folder / "scan.pdf", pages=[0])
    lake = tmp_path / "lake"
    first = lake_ingest([folder], lake, engine=EngineOptions(workers=1), ocr="never")
    assert [e.error_kind for e in first.errors] == ["no_text_layer"]
    again = lake_ingest([folder], lake, engine=EngineOptions(workers=1), ocr="never")
    assert again.failed == 1 and again.ingested == 0  # named again, not read
    read = lake_ingest([folder], lake, engine=EngineOptions(workers=1), ocr="auto")
    assert (read.ingested, read.failed) == (1, 0)
    assert run_lake_query(lake, "SELECT count(*) FROM ingest_errors").rows == [(0,)]
    assert run_lake_query(lake, "SELECT text_source FROM documents").rows == [("ocr",)]


def test_an_unreachable_scheduler_is_one_line_exit_2(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = runner.invoke(app, ["lake-ingest", str(RAW / "sample_news.txt"), "--out",
                                 str(tmp_path / "lake"), "--engine", "dask", "--scheduler",
                                 f"tcp://127.0.0.1:{port}", "--connect-timeout", "2"])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot reach the Dask scheduler at")
    assert result.output.count("\n") == 1
    wrong = runner.invoke(app, ["lake-ingest", str(RAW), "--out", str(tmp_path / "l"),
                                "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert wrong.exit_code == 2 and "--engine dask" in wrong.output


def test_a_scheduler_address_without_a_port_is_one_line_not_an_internal_error(
        tmp_path: Path) -> None:
    """Bug: '--scheduler nonsense' (or tcp://host without its port) was 'unexpected
    ValueError' from distributed's address parser."""
    for address in ("nonsense", "tcp://127.0.0.1", "http://127.0.0.1:1"):
        result = runner.invoke(app, ["lake-ingest", str(RAW / "sample_news.txt"), "--out",
                                     str(tmp_path / "lake"), "--engine", "dask",
                                     "--scheduler", address, "--connect-timeout", "2"])
        assert result.exit_code == 2, result.output
        assert result.output.startswith(f"error: {address!r} is not a Dask scheduler address")
        assert "unexpected" not in result.output and result.output.count("\n") == 1


def test_lake_ingest_reads_file_urls_as_local_paths(tmp_path: Path) -> None:
    """Bug: 'lake-ingest file:///papers' said 'no such file or folder: file:/papers' though
    the lake itself may be a file:// URL."""
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(RAW / "sample_record_of_decision.pdf", papers)
    lake = tmp_path / "lake"
    result = runner.invoke(app, ["lake-ingest", f"file://{papers}", "--out", f"file://{lake}",
                                 "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 1
    paths = run_lake_query(f"file://{lake}", "SELECT path FROM files").rows
    assert paths == [(str(papers / "sample_record_of_decision.pdf"),)]


def test_a_missing_source_path_leaves_no_empty_lake_folder(tmp_path: Path) -> None:
    """Bug: the lake's folder was made before the paths were looked at, so a mistyped path
    left an empty lake behind its one-line error."""
    lake = tmp_path / "lake"
    result = runner.invoke(app, ["lake-ingest", str(tmp_path / "nope"), "--out", str(lake)])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    assert not lake.exists()


def test_load_of_a_folder_of_papers_says_no_lake_here(tmp_path: Path) -> None:
    """Bug: loading a folder of papers said it 'holds no files', which it plainly does."""
    result = runner.invoke(app, ["load", str(RAW), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: no lake here: {RAW} has no 'files'")
    assert "lake-ingest" in result.output


def test_a_local_cluster_does_not_warn_when_port_8787_is_taken(tmp_path: Path) -> None:
    """Bug: every --engine dask run printed distributed's 'Port 8787 is already in use'
    warning while another cluster (or anything) held the dashboard's default port."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # something already holds it: the case the bug needs
    try:
        out = subprocess.run(
            [sys.executable, "-m", "kcc_papers", "lake-ingest", str(RAW / "sample_news.txt"),
             "--out", str(tmp_path / "lake"), "--engine", "dask", "--workers", "1"],
            capture_output=True, text=True, timeout=CLUSTER_START_SECONDS * 2)
    finally:
        holder.close()
    assert out.returncode == 0, out.stderr
    assert "already in use" not in out.stderr and "warn" not in out.stderr.lower()


def test_engine_dask_without_dask_installed_says_how_to_install_it(tmp_path: Path) -> None:
    """Bug: without the [dask] extra, '--engine dask' was 'unexpected ModuleNotFoundError'.
    The imports are blocked in a process of its own (None in sys.modules: as if absent)."""
    lake = tmp_path / "lake"
    code = ("import sys, runpy; sys.modules['dask'] = sys.modules['distributed'] = None; "
            f"sys.argv = ['kcc-papers', 'lake-ingest', {str(RAW / 'sample_news.txt')!r}, "
            f"'--out', {str(lake)!r}, '--engine', 'dask']; "
            "runpy.run_module('kcc_papers', run_name='__main__')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("error: --engine dask needs dask.distributed")
    assert "pip install 'kcc-papers[dask]'" in out.stderr and "unexpected" not in out.stderr
    assert not lake.exists()


def test_lake_ingest_of_a_folder_holding_its_lake_does_not_read_the_lake(
        tmp_path: Path) -> None:
    """Bug: 'lake-ingest papers --out papers/lake' read the lake's own parts and manifests as
    papers on the next run (2 files, then 9, then 30; the JSON manifests ingested as text)."""
    shutil.copy(RAW / "sample_news.txt", tmp_path)
    lake = tmp_path / "lake"
    for _ in range(3):
        run = lake_ingest([tmp_path], lake, engine=EngineOptions(workers=1))
        assert run.files == 1 and run.failed == 0
    paths = run_lake_query(lake, "SELECT path FROM files").rows
    assert paths == [(str(tmp_path / "sample_news.txt"),)]


def test_query_lake_on_a_folder_of_papers_says_no_lake_here(tmp_path: Path) -> None:
    """Bug: 'query --lake data/raw' (papers, not a lake) answered every table empty, where
    'load data/raw' says there is no lake; an empty folder stays an empty lake."""
    result = runner.invoke(app, ["query", "--lake", str(RAW), "SELECT count(*) FROM kpis"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: no lake here: {RAW} holds files but no lake")
    assert run_lake_query(tmp_path, "SELECT count(*) FROM kpis").rows == [(0,)]


def test_load_after_a_file_moved_in_the_lake_keeps_one_copy_of_its_records(
        tmp_path: Path) -> None:
    """Bug: a file renamed between two loads left the database with both paths' records,
    the same document ids twice, where an ingest moves them (one document, the new path)."""
    papers, lake, db = tmp_path / "papers", tmp_path / "lake", tmp_path / "x.duckdb"
    papers.mkdir()
    shutil.copy(RAW / "sample_record_of_decision.pdf", papers / "a.pdf")
    lake_ingest([papers], lake, engine=EngineOptions(workers=1))
    load_lake(lake, db)
    (papers / "a.pdf").rename(papers / "b.pdf")
    lake_ingest([papers], lake, engine=EngineOptions(workers=1))
    load_lake(lake, db)
    ingested = tmp_path / "ingested.duckdb"
    ingest([papers], ingested)
    assert snapshot(db) == snapshot(ingested)
    documents = run_query(db, "SELECT path FROM documents").rows
    assert documents == [(str(papers / "b.pdf"),)]


def _on_a_terminal(args: list[str], cwd: Path) -> str:
    """What ``kcc-papers ARGS`` writes to a terminal (a pseudo-terminal this test opens), so
    the progress bar shown only on a terminal is seen."""
    import os
    import pty

    main, child = pty.openpty()
    # the code under test, wherever the child starts
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    proc = subprocess.Popen([sys.executable, "-m", "kcc_papers", *args], cwd=cwd, env=env,
                            stdin=child, stdout=child, stderr=child, close_fds=True)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait(timeout=120) == 0
    return out.decode("utf-8", "replace")


def test_issue_lake_ingest_showed_no_progress_until_its_last_line(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("sample_minutes_2025-01-15.txt", "sample_record_of_decision.pdf"):
        shutil.copy(RAW / name, folder / name)
    shown = _on_a_terminal(["lake-ingest", str(folder), "--out", str(tmp_path / "lake"),
                            "--workers", "1"], tmp_path)
    assert "lake-ingest" in shown and "/2" in shown  # the bar: its label and "n/2 files"
    assert "2 files: 2 ingested" in shown


def test_lake_ingest_tells_how_many_files_it_will_report(tmp_path: Path) -> None:
    totals: list[int] = []
    reported: list[str] = []
    lake_ingest([RAW], tmp_path / "lake", engine=EngineOptions(workers=2),
                on_plan=totals.append, on_file=lambda w: reported.append(w.path))
    assert totals == [len(reported)] and reported


def test_ingest_shows_its_progress_on_a_terminal_as_lake_ingest_does(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(RAW / "sample_minutes_2025-01-15.txt", folder)
    shown = _on_a_terminal(["ingest", str(folder), "--db", str(tmp_path / "p.duckdb"),
                            "--workers", "1"], tmp_path)
    assert "ingest" in shown and "1/1" in shown and "1 file: 1 ingested" in shown
