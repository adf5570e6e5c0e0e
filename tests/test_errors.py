"""Every way a file can fail has its own typed error, error_kind and exit code; a failed file
is recorded and the run goes on; unchanged broken files are not retried, fixed ones are."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pypdfium2 as pdfium
import pytest

from badfiles import BAD, GOOD, RAW, minimal_pdf, scanned_pdf, write_bad
from kcc_papers import errors, pipeline, reading, write_behind
from kcc_papers.errors import ExitStatus, KccPapersError
from kcc_papers.extract import Extractor
from kcc_papers.load import file_sha256, load
from kcc_papers.models import Finding, Meeting
from kcc_papers.settings import DEFAULT_MAX_BYTES


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_raises_its_kind(tmp_path: Path, name: str) -> None:
    path, kind = next(iter(write_bad(tmp_path, [name]).items()))
    with pytest.raises(errors.FileError) as info:
        load(path)
    assert info.value.kind == kind
    assert info.value.path == str(path)
    assert str(path) in str(info.value)


def test_messages_say_what_to_do(tmp_path: Path) -> None:
    bad = write_bad(tmp_path, ["encrypted.pdf", "scanned.pdf"])
    messages = {}
    for path in bad:
        with pytest.raises(errors.FileError) as info:
            load(path)
        messages[path.name] = info.value.message
    assert "password" in messages["encrypted.pdf"]
    assert "scanned" in messages["scanned.pdf"] and "OCR" in messages["scanned.pdf"]


def test_scanned_fixture_is_a_valid_pdf_without_text(tmp_path: Path) -> None:
    # Guards the test above: the page must open, or "no text layer" would be luck.
    doc = pdfium.PdfDocument(scanned_pdf())
    assert len(doc) == 1
    assert doc[0].get_textpage().get_text_range().strip() == ""
    text = minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Agenda) Tj ET")
    assert len(pdfium.PdfDocument(text)) == 1


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(errors.FileUnreadableError):
        load(tmp_path / "gone.pdf")


def test_vanished_pdf_between_checks_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: E501
    path = tmp_path / "pack.pdf"
    shutil.copyfile(RAW / "sample_agenda_pack.pdf", path)
    from kcc_papers.load import pdf

    real = pdf._check_complete

    def vanish(p: Path) -> None:
        real(p)
        p.unlink()  # gone after the size check and the sniff, before PDFium opens it

    monkeypatch.setattr(pdf, "_check_complete", vanish)
    with pytest.raises(errors.FileUnreadableError):
        load(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    shutil.copyfile(RAW / "sample_news.txt", path)
    with pytest.raises(errors.FileTooLargeError) as info:
        load(path, max_bytes=100)
    assert "MB limit" in info.value.message
    assert load(path, max_bytes=path.stat().st_size).pages


def test_kinds_and_exit_codes_are_mapped_in_one_place() -> None:
    classes = errors.file_error_classes()
    assert len(classes) == len({c.kind for c in classes.values()})
    expected = {"empty_file", "unsupported_format", "corrupt_pdf", "encrypted_pdf",
                "no_text_layer", "binary_text", "unreadable", "too_large", "internal_error"}
    assert expected <= set(classes)
    assert all(c.exit_status == ExitStatus.FILES_FAILED for c in classes.values())
    for cls in (errors.UsageError, errors.DatabaseError, errors.DatabaseBusyError,
                errors.InternalError):
        assert cls.exit_status == ExitStatus.USAGE_OR_DATABASE
        assert issubclass(cls, KccPapersError)
    # Broken content is remembered; failures of the moment are retried.
    assert not errors.is_retried("corrupt_pdf") and not errors.is_retried("empty_file")
    assert errors.is_retried("unreadable") and errors.is_retried("too_large")
    assert errors.is_retried("internal_error")


def error_rows(db: Path) -> dict[str, tuple[str, str | None]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, error_kind, sha256 FROM ingest_errors").fetchall()
    return {Path(p).name: (k, s) for p, k, s in rows}


def files_rows(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, status FROM files").fetchall()
    return {Path(p).name: s for p, s in rows}


def test_ingest_records_each_failure_and_goes_on(tmp_path: Path) -> None:
    bad = write_bad(tmp_path / "in")
    for src in GOOD:
        shutil.copyfile(src, tmp_path / "in" / src.name)
    db = tmp_path / "t.duckdb"
    summary = pipeline.ingest([tmp_path / "in"], db, workers=2)
    assert summary.failed == len(bad)
    assert summary.ingested == len(GOOD)
    rows = error_rows(db)
    assert {name: kind for name, (kind, _) in rows.items()} == {
        p.name: kind for p, kind in bad.items()
    }
    assert all(sha and len(sha) == 64 for _, sha in rows.values())
    assert all(files_rows(db)[src.name] == "ingested" for src in GOOD)


def test_unchanged_broken_file_is_not_retried_and_fixed_file_is(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = write_bad(folder, ["cut_in_half.pdf"])
    path = next(iter(bad))
    db = tmp_path / "t.duckdb"
    assert pipeline.ingest([folder], db, workers=1).failed == 1
    again = pipeline.ingest([folder], db, workers=1)
    # Not opened again (no pages read), but still named as failing, and still one error row.
    assert (again.failed, again.unchanged, again.pages) == (1, 0, 0)
    assert list(error_rows(db)) == ["cut_in_half.pdf"]
    shutil.copyfile(RAW / "sample_agenda_pack.pdf", path)  # the full download arrived
    fixed = pipeline.ingest([folder], db, workers=1)
    assert (fixed.ingested, fixed.failed) == (1, 0)
    assert error_rows(db) == {}
    assert files_rows(db) == {"cut_in_half.pdf": "ingested"}


def test_too_large_file_is_retried_with_a_higher_limit(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(RAW / "sample_news.txt", folder / "news.txt")
    db = tmp_path / "t.duckdb"
    assert pipeline.ingest([folder], db, workers=1, max_bytes=10).failed == 1
    assert error_rows(db)["news.txt"][0] == "too_large"
    summary = pipeline.ingest([folder], db, workers=1)
    assert (summary.ingested, summary.unchanged) == (1, 0)
    assert error_rows(db) == {}


def test_file_vanishing_mid_run_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for src in GOOD[:3]:
        shutil.copyfile(src, folder / src.name)
    victim = folder / GOOD[1].name
    db = tmp_path / "t.duckdb"
    # on_plan runs after the files were hashed and before any is read.
    summary = pipeline.ingest([folder], db, workers=1, on_plan=lambda n: victim.unlink())
    assert (summary.ingested, summary.failed) == (2, 1)
    kind, sha = error_rows(db)[victim.name]
    assert kind == "unreadable" and sha  # hashed before it vanished


def test_unexpected_bug_costs_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for src in GOOD[:2]:
        shutil.copyfile(src, folder / src.name)
    real = reading.segment

    def segment(source):
        if source.path.endswith(GOOD[0].name):
            raise ZeroDivisionError("a bug")
        return real(source)

    monkeypatch.setattr(reading, "segment", segment)
    summary = pipeline.ingest([folder], tmp_path / "t.duckdb", workers=1)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert summary.errors[0].error_kind == "internal_error"
    assert "ZeroDivisionError: a bug" in summary.errors[0].message
    assert "Traceback" not in summary.errors[0].message


class _Broken:
    KINDS = None

    @staticmethod
    def extract(ctx):
        raise KeyError("layout nobody expected")


class _Sloppy:
    """Yields one record, then something that is not a record at all."""

    KINDS = None

    @staticmethod
    def extract(ctx):
        yield Meeting(committee="Cabinet")
        yield {"committee": "Cabinet"}


@pytest.mark.parametrize("bad", [_Broken, _Sloppy])
def test_a_broken_extractor_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch,
                                                      bad: type[_Broken] | type[_Sloppy]) -> None:
    clean = pipeline.process_file(str(RAW / "sample_agenda_pack.pdf"))
    monkeypatch.setattr(reading, "EXTRACTORS",
                        (Extractor("broken", bad.KINDS, bad.extract), *reading.EXTRACTORS))
    result = pipeline.process_file(str(RAW / "sample_agenda_pack.pdf"))
    assert result.error is None
    assert [r.model_dump() for r in result.records] == [r.model_dump() for r in clean.records]
    failed = [f for f in result.findings if isinstance(f, Finding)
              and f.check == "extractor_failed"]
    assert len(failed) == len(result.documents[1:] or result.documents)
    assert all(f"broken extractor failed: {'KeyError' if bad is _Broken else 'TypeError'}"
               in f.message for f in failed)


def test_damaged_table_layer_is_a_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: E501
    # pdfplumber's own parse (the reference table path; the fast path falls back to it too)
    monkeypatch.setenv("KCC_PAPERS_TABLES", "pdfplumber")
    path = tmp_path / "risk.pdf"
    shutil.copyfile(RAW / "sample_budget_risk_register.pdf", path)
    source = load(path)
    import pdfplumber

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pdfplumber, "open", broken)
    with pytest.raises(errors.CorruptPdfError) as info:
        source.pages[0].tables  # noqa: B018
    assert info.value.page == 1


def test_copies_of_a_broken_file_are_each_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_bad(folder, ["cut_in_half.pdf"])
    shutil.copyfile(folder / "cut_in_half.pdf", folder / "copy_1.pdf")
    db = tmp_path / "t.duckdb"
    first = pipeline.ingest([folder], db, workers=1)
    assert (first.failed, first.duplicates) == (2, 0)
    shutil.copyfile(folder / "cut_in_half.pdf", folder / "copy_2.pdf")
    second = pipeline.ingest([folder], db, workers=1)
    assert (second.failed, second.unchanged) == (3, 0)  # still failing: named again
    assert {k for k, _ in error_rows(db).values()} == {"corrupt_pdf"}
    assert sorted(error_rows(db)) == ["copy_1.pdf", "copy_2.pdf", "cut_in_half.pdf"]


def test_copies_of_a_good_file_are_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copyfile(RAW / "sample_news.txt", folder / name)
    summary = pipeline.ingest([folder], tmp_path / "t.duckdb", workers=1)
    assert (summary.ingested, summary.duplicates, summary.failed) == (1, 1, 0)


def poison_worker(path: str, sha: str, **kwargs: object) -> pipeline.FileResult:
    """Stands in for PDFium dying on a file: the worker process vanishes mid-task."""
    if "poison" in path:
        os._exit(3)
    return pipeline.process_file(path, sha, **kwargs)


def test_a_worker_process_dying_costs_only_its_file(tmp_path: Path) -> None:
    todo = []
    for src in [*GOOD[:4], RAW / "sample_news.txt"]:
        target = tmp_path / (("poison_" if src.name == "sample_news.txt" else "") + src.name)
        shutil.copyfile(src, target)
        todo.append((str(target), file_sha256(target)))
    results = {Path(r.path).name: r for r in pipeline._run(
        todo, 2, DEFAULT_MAX_BYTES, False, work=poison_worker)}
    assert len(results) == len(todo)
    poisoned = results.pop("poison_sample_news.txt")
    assert poisoned.error and poisoned.error.error_kind == "worker_died"
    assert "died" in poisoned.error.message
    assert all(r.error is None and r.documents for r in results.values())


def test_regression_results_are_written_while_later_files_are_processed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ingest() once gathered every result before writing the first: a run killed at 90%
    kept nothing. Each file must be in the database before the run ends."""
    folder = tmp_path / "in"
    folder.mkdir()
    for src in GOOD[:4]:
        shutil.copyfile(src, folder / src.name)
    db = tmp_path / "t.duckdb"
    seen: list[int] = []
    real_run = pipeline._run

    def spying_run(todo, workers, max_bytes, debug, limits, ocr, waiting=None):
        def work(path: str, sha: str, **kwargs: object) -> pipeline.FileResult:
            with duckdb.connect(str(db)) as con:  # the ingest holds no connection now
                seen.append(con.execute("SELECT count(*) FROM files").fetchall()[0][0])
            return pipeline.process_file(path, sha, **kwargs)

        return real_run(todo, 1, max_bytes, debug, work=work, ocr=ocr, waiting=waiting)

    monkeypatch.setattr(write_behind, "WRITE_BATCH_SECONDS", 0.0)
    monkeypatch.setattr(pipeline, "_run", spying_run)
    pipeline.ingest([folder], db, workers=1)
    assert seen == [0, 1, 2, 3]


def test_regression_block_in_a_message_is_not_a_lock() -> None:
    from kcc_papers.store import _is_lock_error

    assert not _is_lock_error(Exception("IO Error: Could not read enough bytes from block 7"))
    assert _is_lock_error(Exception('IO Error: Could not set lock on file "x.duckdb": '
                                    "Conflicting lock is held in python (PID 1)"))
