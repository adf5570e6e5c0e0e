"""The pipeline: find files -> hash -> skip known -> load -> segment -> extract -> check -> store.

Workers (processes) do everything up to the records; the parent alone writes to DuckDB, one
transaction per file, opening the write connection only for a batch of writes (and, once every
file left is being read, holding it for the last results for at most WRITE_BATCH_SECONDS at a
time: see ``_Writer``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kcc_papers import store
from kcc_papers.errors import (
    DatabaseError,
    ExtractionError,
    FileError,
    UsageError,
)
from kcc_papers.hashing import file_sha256
from kcc_papers.machine import raise_if_fault
from kcc_papers.results import FileResult as FileResult
from kcc_papers.results import file_error
from kcc_papers.settings import DEFAULT_MAX_BYTES
from kcc_papers.workers import (
    NO_LIMITS,
    Limits,
    Results,
    in_process,
    pool_size,
    prestart,
    refuse_nested_run,
    start_tasks,
)

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.load.ocr import OcrMode
    from kcc_papers.models import IngestError

# Start-up: the loaders, extractors and models are imported when a file is to be read
# (reading.py, in the workers), not for a run that finds nothing new.

WRITE_BATCH_SECONDS = 1.0


@dataclass
class FileOutcome:
    """What became of one file in a run (one line of ``--log-file``)."""

    path: str
    status: str  # ingested | failed | unchanged | duplicate | renamed
    pages: int = 0
    seconds: float = 0.0
    error_kind: str | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class IngestSummary:
    files: int = 0
    unchanged: int = 0
    duplicates: int = 0
    renamed: int = 0
    pruned: int = 0
    ingested: int = 0
    failed: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    rows: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)
    outcomes: list[FileOutcome] = field(default_factory=list)
    log: TextIO | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def note(self, outcome: FileOutcome) -> None:
        """Keep a file's outcome; with a log, append it there as one JSON line at once (a
        run killed later keeps the lines of the files it finished)."""
        self.outcomes.append(outcome)
        if self.log is not None:
            line = {"at": utc_stamp(store.now()), **outcome.to_dict()}
            self.log.write(json.dumps(line) + "\n")
            self.log.flush()

    def to_dict(self) -> dict[str, Any]:
        """The run as plain data (``ingest --json``)."""
        counts = ("files", "ingested", "unchanged", "duplicates", "renamed", "pruned", "failed",
                  "pages")
        return {
            "ok": self.ok, **{name: getattr(self, name) for name in counts},
            "seconds": round(self.seconds, 3), "rows": dict(sorted(self.rows.items())),
            "outcomes": [o.to_dict() for o in self.outcomes],
            "errors": [{**e.model_dump(mode="json"), "at": utc_stamp(e.at)} for e in self.errors],
        }


def utc_stamp(at: dt.datetime) -> str:
    """A stored time (UTC, naive as DuckDB keeps it) for a log or JSON reader, with its zone
    written out: a bare "2026-12-04T21:58:08" reads as local time in most tools."""
    return at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------- one file


def process_file(path: str, sha256: str | None = None, **kwargs: Any) -> FileResult:
    """Everything but the write, for one file (see :func:`kcc_papers.extraction.extract`)."""
    from kcc_papers.extraction import extract

    return extract(path, sha256, **kwargs)


_error = file_error


# ---------------------------------------------------------------------------- many files


def discover(paths: Iterable[Path | str], *,
             outputs: Iterable[Path | str] = ()) -> list[Path]:
    """Files under the given paths (recursively, hidden ones left out), sorted. Every file is
    offered to the loaders, which decide by content: a .docx in a folder of papers is named
    as unsupported, not silently passed over. ``outputs`` (files or folders the run writes:
    the database and its lock, a lake) are left out of a folder holding them, or a run over
    that folder would read its own output as papers, more of it each time."""
    found: list[Path] = []
    written = [Path(o).resolve() for o in outputs]
    for p in map(Path, paths):
        if p.is_dir():
            own = _outputs_under(p, written)
            found.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and not _skipped(f.relative_to(p).parts, own)
            )
        elif p.is_file():
            found.append(p)
        elif p.exists():  # a FIFO or a device would block the hashing forever
            raise UsageError(f"not a regular file: {p}")
        else:
            raise UsageError(f"no such file or folder: {p}")
    return found


def _outputs_under(folder: Path, outputs: list[Path]) -> list[tuple[str, ...]]:
    """The outputs inside ``folder``, as parts relative to it."""
    root = folder.resolve()
    return [o.relative_to(root).parts for o in outputs if root in o.parents]


def _skipped(parts: tuple[str, ...], outputs: list[tuple[str, ...]]) -> bool:
    """A hidden file, or one of (or inside one of) the run's own outputs."""
    return (any(part.startswith(".") for part in parts)
            or any(parts[:len(o)] == o for o in outputs))


ProgressCallback = Callable[[FileResult, str], None]
Worker = Callable[..., FileResult]


def ingest(
    paths: Iterable[Path | str],
    db: Path | str = store.DEFAULT_DB,
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    debug: bool = False,
    wait: float = store.WRITE_WAIT_SECONDS,
    on_file: ProgressCallback | None = None,
    on_plan: Callable[[int], None] | None = None,
    prune: bool = False,
    file_timeout: float | None = None,
    max_worker_mb: int | None = None,
    log_file: Path | str | None = None,
    ocr: OcrMode = "auto",
) -> IngestSummary:
    """Ingest files and folders into ``db``. Unchanged files are skipped before being opened.
    With ``prune``, the records of files that were under the given folders and are gone are
    removed. Whenever another process holds the database (a second ingest, a reader at the
    moment of a write) it waits up to ``wait`` seconds, then raises
    :class:`~kcc_papers.errors.DatabaseBusyError`. ``file_timeout`` (seconds) and
    ``max_worker_mb`` bound each file's worker process: a file past either fails as
    ``timeout`` or ``too_large`` and the run goes on (None: no bound, and with one worker the
    files are read in this process). ``log_file``: append one JSON line per file there.
    ``ocr`` says which PDF pages are read with OCR (see ``load_pdf``). ``on_file`` is called
    with each file's result and status as it is written; a result read in a worker process
    carries its rows as plain column data (``FileResult.table_columns()``), its ``records``
    list left empty, so that this process never unpickles the models."""
    refuse_nested_run()  # before the database is locked: a worker must never wait on it
    started = time.perf_counter()
    paths = list(paths)
    outputs = [*store.database_files(db), *([log_file] if log_file else [])]
    files = discover(paths, outputs=outputs)
    summary = IngestSummary(files=len(files))
    with _log(log_file) as summary.log, store.ingest_lock(db, wait=wait):
        limits = Limits(file_timeout=file_timeout, max_worker_mb=max_worker_mb)
        parallel = not in_process(workers, limits)
        # A new database has every file to read: the workers start reading first, and the
        # database is set up while they do (before any result is written).
        fresh = parallel and bool(files) and not Path(db).exists()
        if fresh:
            prestart()  # first: the workers' server takes longer to start than all that follows
        todo, errors, twins, link_pending = _plan(files, None if fresh else db, summary, wait,
                                                  ocr)
        if on_plan:
            on_plan(len(todo) + len(errors) + sum(map(len, twins.values())))
        reading = _Reading(len(todo), pool_size(workers, len(todo)) if parallel else 0)
        finish = _Finish(paths, files, summary, prune, link_pending)
        # Closed on the way out of a failed run: its workers end now, not when collected.
        with _Writer(db, summary, on_file, wait, reading) as writer, contextlib.closing(
                _run(todo, workers, max_bytes, debug, limits=limits, ocr=ocr,
                     waiting=writer.waiting)) as run:
            if fresh:
                set_up(db, wait)
            for result in itertools.chain(
                    errors, _with_twins(reading.counted(run), twins, summary, on_file)):
                writer.add(result)
            # The cross-paper pass runs in the last results' connection: one open and
            # checkpoint fewer at the end of every run that wrote something.
            writer.finish(finish)
    summary.seconds = time.perf_counter() - started
    summary.log = None
    return summary


@contextlib.contextmanager
def _log(path: Path | str | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
        return
    try:
        # Its folder is made as the database's is: a nightly job's first run would otherwise
        # fail whole on a "logs/" nobody created.
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        log = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise UsageError(f"cannot open the log file ({exc.strerror})", path=path) from exc
    with log:
        yield log


# To read, failed already, twins (sha256 -> paths), and whether the cross-paper pass is due.
Plan = tuple[list[tuple[str, str]], list[FileResult], dict[str, list[str]], bool]


def _retried_kinds(failures: dict[str, tuple[str, str]], ocr: OcrMode) -> frozenset[str]:
    """Failures worth reading again: a scan that failed before OCR was installed (or with
    --ocr never) may read now. OCR is looked for only when such a failure is stored."""
    if ocr == "never" or not any(kind == NO_TEXT_LAYER for kind, _ in failures.values()):
        return frozenset()
    from kcc_papers.load.ocr import available

    return frozenset({NO_TEXT_LAYER}) if available() else frozenset()


NO_TEXT_LAYER = "no_text_layer"


def _plan(files: list[Path], db: Path | str | None, summary: IngestSummary, wait: float,
          ocr: OcrMode = "auto") -> Plan:
    """Hash every file, then in one query drop those already in the database. Returns the
    files to process, the files already failed, and the paths whose content is the same as
    a file to process (sha256 -> paths), which share its fate. Failures of the ``retry``
    kinds are read again. ``db`` None: a database that does not exist yet, which holds
    nothing (no query)."""
    hashed: list[tuple[str, str]] = []
    errors: list[FileResult] = []
    for f in files:
        try:
            hashed.append((str(f), file_sha256(f)))
        except FileError as exc:
            errors.append(FileResult(str(f), "", error=_error(str(f), "", exc)))
    if db is None:
        todo, twins = _sort(hashed, _Stored(), summary, errors)
        return todo, errors, twins, False
    with store.connect(db, wait=wait) as con:
        link_pending = store.link_pending(con)
        known = store.known_files(con)
        failures = store.known_failures(con)
        retry = _retried_kinds(failures, ocr)
        retried = {sha for sha, (kind, _) in failures.items() if kind in retry}
        stored = _Stored(
            con, known, _kept(store.ingested_files(con), hashed),
            {sha: failure for sha, failure in failures.items() if sha not in retried}, retried)
        todo, twins = _sort(hashed, stored, summary, errors)
    return todo, errors, twins, link_pending


@dataclass
class _Stored:
    """What the database holds of earlier runs, as the plan needs it (empty: a new one)."""

    con: duckdb.DuckDBPyConnection | None = None
    known: dict[str, str] = field(default_factory=dict)  # path -> sha256 of files handled
    hashes: set[str] = field(default_factory=set)  # contents whose records are kept
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)  # sha -> kind, message
    retried: set[str] = field(default_factory=set)  # failures read again


def _sort(hashed: list[tuple[str, str]], stored: _Stored, summary: IngestSummary,
          errors: list[FileResult]) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The files to read and their twins (sha256 -> paths); the rest are counted in
    ``summary`` or, failed before, added to ``errors``."""
    known, hashes, failures, retried = stored.known, stored.hashes, stored.failures, stored.retried
    todo = []
    twins: dict[str, list[str]] = {}
    for path, sha in hashed:
        if sha in retried and sha not in twins:
            todo.append((path, sha))  # read again: the old failure is replaced
            twins[sha] = []
        elif known.get(path) == sha and sha not in failures and sha not in retried:
            summary.unchanged += 1
            summary.note(FileOutcome(path, "unchanged"))
        elif sha in failures:
            # Not retried, but named again on every run: a nightly job must keep seeing it.
            # A copy of a broken file is as broken, and must be named like the first.
            kind, message = failures[sha]
            from kcc_papers.models import IngestError

            errors.append(FileResult(path, sha, error=IngestError(
                path=path, sha256=sha, error_kind=kind, message=message, at=store.now()),
                repeated=known.get(path) == sha))
        elif sha in twins:
            twins[sha].append(path)
        elif sha in hashes and stored.con is not None and _moved(stored.con, known, sha, path):
            summary.renamed += 1  # the file was moved or renamed: its records follow it
            summary.note(FileOutcome(path, "renamed"))
        elif sha in hashes:
            summary.duplicates += 1  # same content already ingested from another path
            summary.note(FileOutcome(path, "duplicate"))
        else:
            todo.append((path, sha))
            twins[sha] = []
    return todo, {sha: paths for sha, paths in twins.items() if paths}


def set_up(db: Path | str, wait: float) -> None:
    """Create a new database (its schema), naming a fault of the machine at once (a full
    disk, a read-only folder: exit 2) rather than at the first write."""
    with store.connect(db, wait=wait):
        pass


def _kept(ingested: dict[str, str], hashed: list[tuple[str, str]]) -> set[str]:
    """The stored contents that will still be held after this run: a content whose every
    holder (a file whose records are stored; a duplicate or a failure holds none) is being
    read again with other content is not, so a copy of it is new, not a duplicate (else the
    copy's records were lost for a run)."""
    now = dict(hashed)
    return {sha for path, sha in ingested.items() if now.get(path, sha) == sha}


def _moved(con: duckdb.DuckDBPyConnection, known: dict[str, str], sha: str, path: str) -> bool:
    """Whether content stored under a path that no longer exists has come back under
    ``path``; if so its records now say ``path``."""
    gone = [p for p, s in known.items() if s == sha and not Path(p).exists()]
    if not gone or any(s == sha and Path(p).exists() for p, s in known.items() if p != path):
        return False
    store.rename(con, gone[0], path)
    known[path] = known.pop(gone[0])
    return True


def _with_twins(results: Iterable[FileResult], twins: dict[str, list[str]],
                summary: IngestSummary, on_file: ProgressCallback | None) -> Iterator[FileResult]:
    """After each result, its twins: a failure of theirs too, else duplicates (not stored)."""
    for result in results:
        yield result
        for path in twins.get(result.sha256, []):
            if result.error:
                error = result.error.model_copy(update={"path": path, "at": store.now()})
                yield FileResult(path, result.sha256, error=error)
            else:
                summary.duplicates += 1
                summary.note(FileOutcome(path, "duplicate"))
                if on_file:
                    on_file(FileResult(path, result.sha256), "duplicate")


def _run(todo: list[tuple[str, str]], workers: int | None, max_bytes: int, debug: bool,
         work: Worker | None = None, limits: Limits = NO_LIMITS,
         ocr: OcrMode = "auto",
         waiting: Callable[[], None] | None = None) -> Results[FileResult]:
    """The files being read (in worker processes, started now), in completion order."""
    if not todo:  # nothing new: the readers are not even imported, no process started
        none: list[FileResult] = []
        return (result for result in none)
    return start_tasks(todo, work or _read_file,
                       workers=workers, kwargs={"max_bytes": max_bytes, "debug": debug, "ocr": ocr},
                       failed=_failed, limits=limits, waiting=waiting)


def _read_file(path: str, sha: str, **kwargs: Any) -> FileResult:
    """``extraction.extract``, imported where it runs: the parent of worker processes never
    reads a file, and importing every extractor there delayed starting them (0.2-0.4 s).
    The rows go back as column data: the parent writes them without importing the models."""
    from kcc_papers.extraction import extract

    return extract(path, sha, **kwargs).packed()


def _failed(path: str, sha: str, exc: FileError) -> FileResult:
    return FileResult(path, sha, error=_error(path, sha, exc))


@dataclass
class _Finish:
    """What ends a run, in the database: pruning (``--prune``) and the cross-paper pass, due
    when anything was written or moved, or an earlier run stopped before its pass (an
    unchanged folder costs nothing)."""

    paths: list[Path | str]
    files: list[Path]
    summary: IngestSummary
    prune: bool
    link_pending: bool

    def due(self) -> bool:
        return (self.prune or self.link_pending or self.summary.ingested > 0
                or self.summary.renamed > 0)

    def __call__(self, con: duckdb.DuckDBPyConnection) -> None:
        if self.prune:
            folders = [Path(p) for p in self.paths if Path(p).is_dir()]
            self.summary.pruned = store.prune(con, folders, {str(f) for f in self.files})
        from kcc_papers.link import link

        added = link(con)
        if added:
            self.summary.rows["findings"] += added


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
