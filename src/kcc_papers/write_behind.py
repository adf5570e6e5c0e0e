"""The write-behind writer: the parent writes the workers' results to DuckDB in short batches,
one transaction per file, so that the database is free between them (``_Writer``)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kcc_papers import store
from kcc_papers.errors import DatabaseError, ExtractionError, FileError
from kcc_papers.machine import raise_if_fault
from kcc_papers.results import FileResult, file_error
from kcc_papers.run_summary import FileOutcome, IngestSummary, ProgressCallback

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.models import IngestError
    from kcc_papers.pipeline import _Finish

WRITE_BATCH_SECONDS = 1.0


def _failed(path: str, sha: str, exc: FileError) -> FileResult:
    return FileResult(path, sha, error=file_error(path, sha, exc))


@dataclass
class _Reading:
    """The files being read, counted as their results come back. ``slots``: how many are
    read at once in worker processes (0: read in this process, one after another)."""

    left: int
    slots: int

    def counted(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.left -= 1
            yield result

    @property
    def last_round(self) -> bool:
        """Whether every file still to come is being read: no worker will take another."""
        return self.left <= self.slots


class _Writer:
    """Writes results in short batches so the database is free between them (a batch every
    ``WRITE_BATCH_SECONDS``). Once every file left is being read, what has come is written
    at once, in a connection then held for the last results and the end of the run, so
    that after the last file only its own rows, the cross-paper pass and the checkpoint
    remain (before, the ~20 small files read last were written then, in a new connection).
    A held connection is let go after ``WRITE_BATCH_SECONDS`` (``waiting`` is called while
    results are awaited), so that readers get in during a long last file too."""

    def __init__(self, db: Path | str, summary: IngestSummary, on_file: ProgressCallback | None,
                 wait: float, reading: _Reading) -> None:
        self.db, self.summary, self.on_file, self.wait = db, summary, on_file, wait
        self.reading = reading
        self.batch: list[FileResult] = []
        self.written = time.monotonic()
        self.held = contextlib.ExitStack()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened = 0.0

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.con = None
        self.held.__exit__(*exc)

    def add(self, result: FileResult) -> None:
        self.batch.append(result)
        if self.reading.last_round:
            self._write(self._connection())
            self.waiting()
        elif time.monotonic() - self.written >= WRITE_BATCH_SECONDS:
            _write_batch(self.db, self.batch, self.summary, self.on_file, self.wait)
            self.batch, self.written = [], time.monotonic()

    def waiting(self) -> None:
        """Let a connection held for ``WRITE_BATCH_SECONDS`` go (checkpointed)."""
        if self.con is not None and time.monotonic() - self.opened >= WRITE_BATCH_SECONDS:
            self.con = None
            self.held.close()

    def finish(self, finish: _Finish) -> None:
        """Write what is left; then ``finish`` the run in the same connection, if due."""
        if self.batch or finish.due():
            con = self._connection()
            self._write(con)
            if finish.due():
                finish(con)
        self.con = None
        self.held.close()

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self.con is None:
            self.con = self.held.enter_context(store.connect(self.db, wait=self.wait))
            self.opened = time.monotonic()
        return self.con

    def _write(self, con: duckdb.DuckDBPyConnection) -> None:
        _write_results(con, self.batch, self.summary, self.on_file, self.db)
        self.batch, self.written = [], time.monotonic()


def _write_batch(db: Path | str, batch: list[FileResult], summary: IngestSummary,
                 on_file: ProgressCallback | None, wait: float) -> None:
    with store.connect(db, wait=wait) as con:
        _write_results(con, batch, summary, on_file, db)


def _write_results(con: duckdb.DuckDBPyConnection, batch: list[FileResult],
                   summary: IngestSummary, on_file: ProgressCallback | None,
                   db: Path | str) -> None:
    unstored = _store(con, [r for r in batch if not r.error], summary, db)
    for result in batch:
        result = unstored.get(result.path, result)
        if result.error:
            _write_error(con, result.error, db)
            summary.failed += 1
            summary.errors.append(result.error)
            if not result.repeated:
                summary.rows["ingest_errors"] += 1
        else:
            summary.ingested += 1
            summary.pages += result.pages
            summary.ocr_pages += result.ocr_pages
        status = "failed" if result.error else "ingested"
        summary.note(FileOutcome(
            result.path, status, result.pages, round(result.seconds, 3),
            result.error.error_kind if result.error else None,
            result.error.message if result.error else None))
        if on_file:
            on_file(result, status)


def _store(con: duckdb.DuckDBPyConnection, results: list[FileResult], summary: IngestSummary,
           db: Path | str) -> dict[str, FileResult]:
    """Store the records of files read: the batch at once, or, if that fails, file by file
    so that a file DuckDB refuses costs only itself. Returns the files that could not be
    stored, as failed results by path."""
    import duckdb

    if not results:
        return {}
    try:
        summary.rows.update(store.write_files(con, [_file_write(r) for r in results]))
        return {}
    except duckdb.Error as exc:
        # A full disk or a broken database stops the run at once, rather than failing
        # every file left; what was committed stays.
        raise_if_fault(exc, db)
    unstored = {}
    for result in results:
        try:
            summary.rows.update(store.write_files(con, [_file_write(result)]))
        except duckdb.Error as exc:
            raise_if_fault(exc, db)
            # Rolled back; if the database itself is broken, recording the error fails too
            # and ends the run.
            unstored[result.path] = _failed(result.path, result.sha256, ExtractionError(
                f"cannot store the records ({type(exc).__name__}: {exc})"))
    return unstored


def _file_write(result: FileResult) -> store.FileWrite:
    return store.FileWrite(result.path, result.sha256, result.table_columns(),
                           result.stored_rows(), result.pages, result.seconds)


def _write_error(con: duckdb.DuckDBPyConnection, error: IngestError, db: Path | str) -> None:
    import duckdb

    try:
        store.write_error(con, error)
    except duckdb.Error as exc:
        raise_if_fault(exc, db)
        raise DatabaseError(f"cannot write to the database ({exc})") from exc
