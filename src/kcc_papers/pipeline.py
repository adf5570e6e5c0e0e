"""The pipeline: find files -> hash -> skip known -> load -> segment -> extract -> check -> store.

Workers (processes) do everything up to the records; the parent alone writes to DuckDB, one
transaction per file, opening the write connection only for a batch of writes (and, once every
file left is being read, holding it for the last results for at most WRITE_BATCH_SECONDS at a
time: see ``write_behind._Writer``). This module calls the stages in order: the planning of
what to read (``ingest_plan``), the reading (``workers``, each file by ``_read_file``), the
writing (``write_behind``) and the end of the run (``_Finish``); what a run reports is in
``run_summary``.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kcc_papers import store as store
from kcc_papers.errors import UsageError
from kcc_papers.ingest_plan import _plan, _with_twins
from kcc_papers.ingest_plan import _retried_kinds as _retried_kinds
from kcc_papers.ingest_plan import discover as discover
from kcc_papers.results import FileResult as FileResult
from kcc_papers.results import file_error
from kcc_papers.run_summary import IngestSummary as IngestSummary
from kcc_papers.run_summary import ProgressCallback as ProgressCallback
from kcc_papers.settings import DEFAULT_MAX_BYTES
from kcc_papers.workers import (
    NO_LIMITS,
    Limits,
    Results,
    in_process,
    pool_size,
    prestart,
    refuse_nested_run,
)
from kcc_papers.workers import start_tasks as start_tasks
from kcc_papers.write_behind import _failed, _Reading, _Writer
from kcc_papers.write_behind import _write_batch as _write_batch

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.load.ocr import OcrMode

# Start-up: the loaders, extractors and models are imported when a file is to be read
# (reading.py, in the workers), not for a run that finds nothing new.


# ---------------------------------------------------------------------------- one file


def process_file(path: str, sha256: str | None = None, **kwargs: Any) -> FileResult:
    """Everything but the write, for one file (see :func:`kcc_papers.extraction.extract`)."""
    from kcc_papers.extraction import extract

    return extract(path, sha256, **kwargs)


_error = file_error


# ---------------------------------------------------------------------------- many files


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


def set_up(db: Path | str, wait: float) -> None:
    """Create a new database (its schema), naming a fault of the machine at once (a full
    disk, a read-only folder: exit 2) rather than at the first write."""
    with store.connect(db, wait=wait):
        pass


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

