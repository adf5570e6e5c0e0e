"""End to end over the bundled samples: documents, idempotence, replacement, bad files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from conftest import ROOT, corpus_file
from kcc_papers import pipeline, store
from kcc_papers.pipeline import ingest, process_file

RAW = ROOT / "data" / "raw"


def counts(db: Path) -> dict[str, int]:
    with store.connect(db, read_only=True) as con:
        return store.table_counts(con)


@pytest.fixture(scope="module")
def raw_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "papers.duckdb"
    summary = ingest([RAW], db, workers=2)
    assert summary.ok and summary.ingested == len(list(RAW.iterdir()))
    return db


def test_every_sample_is_a_document_of_the_right_kind(raw_db: Path) -> None:
    con = duckdb.connect(str(raw_db), read_only=True)
    rows = con.execute(
        "SELECT regexp_extract(path, '[^/]+$') AS name, kind FROM documents "
        "WHERE parent_id IS NULL ORDER BY name"
    ).fetchall()
    con.close()
    assert rows == [
        ("sample_agenda_pack.pdf", "pack"),
        ("sample_budget_risk_register.pdf", "risk_register"),
        ("sample_budget_risk_register_june.pdf", "risk_register"),
        ("sample_contracts_report.pdf", "report"),
        ("sample_dashboard_q4.pdf", "performance_report"),
        ("sample_district_cabinet_report.pdf", "report"),
        ("sample_forum_minutes.pdf", "minutes"),
        ("sample_full_council_summons.pdf", "agenda"),
        ("sample_issue_details.html", "forward_plan"),
        ("sample_minutes_2025-01-15.txt", "minutes"),
        ("sample_minutes_export.txt", "minutes"),
        ("sample_moderngov_agenda_and_minutes.html", "minutes"),
        ("sample_moderngov_agenda_and_minutes.txt", "minutes"),
        ("sample_moderngov_agenda_item.html", "decision"),
        ("sample_moderngov_attendance.html", "minutes"),
        ("sample_moderngov_decision_details.html", "decision"),
        ("sample_moderngov_decision_details.txt", "decision"),
        ("sample_news.txt", "other"),
        ("sample_panel_minutes.pdf", "minutes"),
        ("sample_panel_report.pdf", "report"),
        ("sample_parish_minutes.pdf", "minutes"),
        ("sample_printed_minutes.pdf", "minutes"),
        ("sample_record_of_decision.pdf", "decision"),
        ("sample_statement_of_accounts.pdf", "other"),
        ("sample_strategy_consultation.txt", "other"),
    ]


def test_pack_children_have_pages_and_meeting(raw_db: Path) -> None:
    con = duckdb.connect(str(raw_db), read_only=True)
    rows = con.execute(
        "SELECT kind, page_from, page_to, printed_page_from, committee, meeting_date::VARCHAR "
        "FROM documents WHERE parent_id IS NOT NULL ORDER BY page_from"
    ).fetchall()
    findings = con.execute("SELECT count(*) FROM findings WHERE \"check\" = "
                           "'agenda_split_mismatch'").fetchone()
    con.close()
    committee = "Policy and Resources Cabinet Committee"
    assert rows == [
        ("agenda", 1, 2, None, committee, "2025-01-15"),
        ("minutes", 3, 6, 1, committee, "2024-11-12"),
        ("report", 7, 10, 5, committee, "2025-01-15"),
        ("performance_report", 11, 12, 9, committee, "2025-01-15"),
        ("risk_register", 13, 16, 11, committee, "2025-01-15"),
    ]
    assert findings == (0,)  # the split agrees with "(Pages 5 - 8)" etc.


def test_reingest_unchanged_folder_does_nothing(raw_db: Path) -> None:
    before = counts(raw_db)
    summary = ingest([RAW], raw_db, workers=2)
    files = len(list(RAW.iterdir()))  # every committed sample (each branch adds its own)
    assert (summary.ingested, summary.unchanged, summary.failed) == (0, files, 0)
    assert counts(raw_db) == before


def test_changed_file_replaces_its_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paper = folder / "agenda.txt"
    paper.write_text("AGENDA\nCABINET\n1. Apologies\n2. Budget (Pages 1 - 4)\n")
    db = tmp_path / "p.duckdb"
    ingest([folder], db, workers=1)
    paper.write_text("AGENDA\nCABINET\n1. Apologies\n2. Budget (Pages 1 - 4)\n3. Libraries\n")
    summary = ingest([folder], db, workers=1)
    assert summary.ingested == 1
    con = duckdb.connect(str(db), read_only=True)
    refs = con.execute("SELECT item_ref FROM agenda_items ORDER BY item_ref").fetchall()
    docs = con.execute("SELECT count(*) FROM documents").fetchone()
    con.close()
    assert refs == [("1",), ("2",), ("3",)] and docs == (1,)


def test_same_content_under_another_name_is_not_duplicated(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "sample_news.txt", folder / "a.txt")
    shutil.copy(RAW / "sample_news.txt", folder / "b.txt")
    summary = ingest([folder], tmp_path / "p.duckdb", workers=1)
    assert (summary.ingested, summary.duplicates) == (1, 1)


def test_a_new_database_is_set_up_while_the_workers_read(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A new database holds nothing to plan against: the workers are given their files first,
    and the database is set up while they read; the run comes out as one read in order."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "sample_news.txt", folder / "a.txt")
    shutil.copy(RAW / "sample_news.txt", folder / "b.txt")
    shutil.copy(RAW / "sample_minutes_export.txt", folder / "minutes.txt")
    (folder / "empty.pdf").write_bytes(b"")
    calls: list[str] = []

    def logged(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return fn(*args, **kwargs)
        return run

    monkeypatch.setattr(pipeline, "start_tasks", logged("read", pipeline.start_tasks))
    monkeypatch.setattr(pipeline, "set_up", logged("set up", pipeline.set_up))
    db = tmp_path / "p.duckdb"
    summary = ingest([folder], db, workers=2)
    assert calls == ["read", "set up"]
    in_order = ingest([folder], tmp_path / "serial.duckdb", workers=1)
    assert (summary.ingested, summary.duplicates, summary.failed) == (2, 1, 1)
    assert (in_order.ingested, in_order.duplicates, in_order.failed) == (2, 1, 1)
    assert counts(db) == counts(tmp_path / "serial.duckdb")
    calls.clear()
    again = ingest([folder], db, workers=2)  # the database exists: planned against it
    assert calls == [] and (again.ingested, again.failed) == (0, 1)


def test_bad_file_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "sample_news.txt", folder / "news.txt")
    (folder / "empty.pdf").write_bytes(b"")
    db = tmp_path / "p.duckdb"
    summary = ingest([folder], db, workers=1)
    assert (summary.ingested, summary.failed) == (1, 1)
    con = duckdb.connect(str(db), read_only=True)
    errors = con.execute("SELECT error_kind FROM ingest_errors").fetchall()
    con.close()
    assert errors == [("empty_file",)]


def test_an_extractor_bug_costs_a_finding_not_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from kcc_papers import reading
    from kcc_papers.extract import Context
    from kcc_papers.models import Record

    def broken(ctx: Context) -> list[Record]:
        raise RuntimeError("boom")

    monkeypatch.setattr(reading, "EXTRACTORS", tuple(
        dataclasses.replace(e, extract=broken) if e.name == "agenda" else e
        for e in reading.EXTRACTORS))
    result = process_file(str(RAW / "sample_agenda_pack.pdf"))
    assert result.error is None
    assert any(f.check == "extractor_failed" and "boom" in f.message for f in result.findings)
    assert any(type(r).__name__ == "Meeting" for r in result.records)


def test_corpus_every_file_gets_a_document(tmp_path: Path) -> None:
    corpus = corpus_file("pdfs").parent
    db = tmp_path / "c.duckdb"
    files = [p for folder in ("pdfs", "seeds") for p in (corpus / folder).iterdir()]
    summary = ingest([corpus / "pdfs", corpus / "seeds"], db, workers=2)
    # the corpus grows: every file it holds, whatever their number, is ingested
    assert summary.ok and summary.ingested == len(files)
    con = duckdb.connect(str(db), read_only=True)
    top = dict(con.execute(
        "SELECT regexp_extract(path, '[^/]+$'), kind FROM documents WHERE parent_id IS NULL"
    ).fetchall())
    con.close()
    assert top["004_778a0aec62e25c92.txt"] == "other"
    assert top["001_795b63a76636e3eb.txt"] == "pack"
    assert top["kent_cabinet_2025-01-30_supplementary_pack_item7_24-00109.pdf"] == "pack"


def test_ingest_of_a_folder_holding_its_database_does_not_read_the_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bug: 'ingest . --db papers.duckdb' read papers.duckdb and its lock file as papers
    (unsupported_format, empty_file) on every run after the first, so it never exited 0."""
    shutil.copy(RAW / "sample_news.txt", tmp_path)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        summary = ingest(["."], "papers.duckdb", log_file="run.log")
        assert summary.failed == 0 and summary.files == 1
    papers = tmp_path / "papers"  # the database in a folder below the one read
    papers.mkdir()
    shutil.copy(RAW / "sample_news.txt", papers)
    for _ in range(2):
        nested = ingest([str(papers)], papers / "out" / "papers.duckdb")
        assert nested.failed == 0 and nested.files == 1


def test_regression_a_file_the_database_refuses_costs_only_itself_in_a_batch(
        tmp_path: Path) -> None:
    """A batch of files is written in one transaction: when DuckDB refuses one file's rows
    (here a page count past the column's INTEGER), the batch is written again file by file,
    so the others are stored and that file alone fails."""
    from kcc_papers.pipeline import IngestSummary, _write_batch

    names = ["sample_news.txt", "sample_panel_report.pdf", "sample_panel_minutes.pdf"]
    results = [process_file(str(RAW / name)) for name in names]
    assert all(r.error is None for r in results)
    results[1].pages = 2**40
    db = tmp_path / "p.duckdb"
    summary = IngestSummary()
    _write_batch(db, results, summary, None, wait=10)
    assert (summary.ingested, summary.failed) == (2, 1)
    assert summary.errors[0].message.startswith("cannot store the records")
    with store.connect(db, read_only=True) as con:
        stored = {Path(p).name for (p,) in con.execute("SELECT path FROM files").fetchall()}
        documents = con.execute("SELECT count(DISTINCT path) FROM documents").fetchall()[0][0]
        errors = con.execute("SELECT path FROM ingest_errors").fetchall()
    assert stored == {names[0], names[2]} and documents == 2
    assert [Path(p).name for (p,) in errors] == [names[1]]
