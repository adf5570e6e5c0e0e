"""``ingest``: papers into the database, with a progress bar on a terminal and a summary of
the records added (also printed by ``update``)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kcc_papers.cli.options import (
    DbOption,
    FileTimeoutOption,
    MaxWorkerMbOption,
    OcrChoice,
    WaitOption,
)
from kcc_papers.cli.output import ProgressBar, out, plural, say_error, state
from kcc_papers.errors import ExitStatus, KccPapersError
from kcc_papers.settings import (
    DEFAULT_DB,
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_MAX_WORKER_MB,
    WRITE_WAIT_SECONDS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kcc_papers.pipeline import FileResult, IngestSummary


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (searched recursively)")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option(min=0, help="worker processes (0: one per core)")
    ] = 0,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0, help="fail files larger than this many MB")
    ] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    # Long by default: a nightly run should outwait an analyst's query or an earlier run.
    wait: WaitOption = WRITE_WAIT_SECONDS,
    prune: Annotated[
        bool, typer.Option("--prune", help="remove the records of files no longer under the "
                           "folders given")
    ] = False,
    file_timeout: FileTimeoutOption = DEFAULT_FILE_TIMEOUT,
    max_worker_mb: MaxWorkerMbOption = DEFAULT_MAX_WORKER_MB,
    as_json: Annotated[
        bool, typer.Option("--json", help="print the run as one JSON object (counts, pages, "
                           "seconds, each file's status and errors)")
    ] = False,
    log_file: Annotated[
        Path | None, typer.Option("--log-file", help="append one JSON line per file here")
    ] = None,
    ocr: Annotated[
        OcrChoice, typer.Option("--ocr", help="read PDF pages with OCR (Tesseract): auto (pages "
                                "without a usable text layer), always, never")
    ] = OcrChoice.auto,
) -> None:
    """Ingest papers into the database. Unchanged files are skipped; exit 1 if any file failed."""
    from kcc_papers.pipeline import ingest as run_ingest

    bar = ProgressBar() if not quiet and sys.stderr.isatty() else None

    def on_file(result: FileResult, status: str) -> None:
        if result.error:
            say_error(f"{result.path}: {result.error.message}", bar.console if bar else None)
        if bar:
            ocr_pages = getattr(result, "ocr_pages", 0)
            scanned = f" ({ocr_pages} pages by OCR)" if ocr_pages else ""
            bar.advance(Path(result.path).name + scanned)

    def on_plan(n: int) -> None:
        if bar:
            bar.total(n)
        if n and not as_json:
            _prepare_summary()  # printed after the last file

    with bar or contextlib.nullcontext(), _json_on_failure(as_json):
        summary = run_ingest(
            paths, db, workers=workers or os.cpu_count() or 1, max_bytes=int(max_mb * 1e6),
            debug=state["debug"], wait=wait, on_file=on_file, on_plan=on_plan, prune=prune,
            file_timeout=file_timeout, max_worker_mb=max_worker_mb, log_file=log_file,
            ocr=ocr.value,
        )
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    else:
        print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


@contextlib.contextmanager
def _json_on_failure(as_json: bool) -> Iterator[None]:
    """With --json, a run that stops (a missing path, a busy or damaged database, a full disk)
    still prints its one JSON object, ``ok`` false with the error's kind, message and exit
    status, so a nightly job reading stdout never parses an empty file; the error's line on
    stderr and the exit status are unchanged."""
    try:
        yield
    except KccPapersError as exc:
        if as_json:
            error = {"kind": exc.kind, "message": str(exc), "exit": int(exc.exit_status)}
            sys.stdout.write(json.dumps({"ok": False, "error": error}) + "\n")
            sys.stdout.flush()
        raise


def _prepare_summary() -> None:
    """Import the summary's table and make the console it prints through in a thread of
    their own: an ingest's parent has little to do while the workers' server starts, and
    both otherwise ran after the last file (rich's table import 0.02-0.04 s; the console's
    terminal and environment checks ~0.013 s, measured at the end of a corpus run's tail).
    Python's import lock makes the later ``import`` wait for this one if it has not
    finished; ``out`` is cached, so the summary prints through this same console."""
    threading.Thread(target=_summary_ready, daemon=True).start()


def _summary_ready() -> None:
    # A failure here would print a thread's traceback; the summary's own import says why.
    with contextlib.suppress(Exception):
        import rich.table  # noqa: F401

        out()


def print_summary(summary: IngestSummary, db: Path) -> None:
    if summary.rows:  # an unchanged folder added nothing: no empty table
        from rich.table import Table

        # A line of its own, not the table's title: rich would centre a title and fold a
        # long path at the table's width.
        sys.stdout.write(f"records added to {db}\n")
        table = Table(show_edge=False)
        table.add_column("table", style="bold")
        table.add_column("rows", justify="right")
        for name, count in sorted(summary.rows.items()):
            table.add_row(name, str(count))
        out().print(table)
    sys.stdout.write(
        f"{plural(summary.files, 'file')}: {summary.ingested} ingested, "
        f"{summary.unchanged} unchanged, {summary.duplicates} duplicate, {summary.failed} failed"
        + (f", {summary.renamed} renamed" if summary.renamed else "")
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {plural(summary.pages, 'page')}"
        + (f" ({summary.ocr_pages} read by OCR)" if summary.ocr_pages else "")
        + f" in {summary.seconds:.2f}s\n")
