"""Command line: parse arguments, call one library function, print. Errors are mapped to a
message and an exit code in one place (``command``, which registers every command)."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import json
import os
import sys
import threading
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from kcc_papers.errors import ExitStatus, InternalError, KccPapersError
from kcc_papers.settings import (
    DEFAULT_DB,
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_MAX_WORKER_MB,
    LOCK_WAIT_SECONDS,
    WRITE_WAIT_SECONDS,
)

if TYPE_CHECKING:
    from types import TracebackType

    from rich.console import Console
    from rich.progress import Progress, TaskID
    from rich.text import Text

    from kcc_papers.export import QueryResult
    from kcc_papers.fetch.run import FetchOptions, FetchSummary
    from kcc_papers.fetch.run import Progress as FetchProgress
    from kcc_papers.models import SourceFile
    from kcc_papers.pipeline import FileResult, IngestSummary

# Start-up is import time: duckdb, rich, pydantic and the pipeline are imported by the
# commands that use them (tests/test_startup.py keeps it so).
_state = {"debug": False}


@functools.cache
def out() -> Console:
    from rich.console import Console

    return Console()


@functools.cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True)


app = typer.Typer(
    help="Turn committee papers (PDF, text, HTML) into queryable DuckDB records.",
    epilog="Exit codes: 0 all files ingested; 1 some files failed (one 'error:' line each on "
    "stderr, and a row in ingest_errors; for fetch/update, a document not had); 2 usage or "
    "database error (including 'database is busy'), or a site that refused or could not be "
    "reached; 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: rich's help costs 0.1 s of imports on every --help.
    rich_markup_mode=None,
)


def say_error(message: str, console: Console | None = None) -> None:
    """One line on stderr, never wrapped (scripts grep it; a wrapped line reads as two);
    through ``console`` when a progress bar is on screen."""
    if console is None:
        sys.stderr.write(f"error: {message}\n")
        sys.stderr.flush()
    else:
        console.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)


def command(fn: Callable[..., None], group: typer.Typer | None = None) -> Callable[..., None]:
    """Register ``fn`` as a command (of ``app``, or of a command ``group``) whose errors
    become one line and an exit code. Only ``--debug`` shows a traceback, for our own errors
    and for bugs alike."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:
            if _is_interrupt(exc):
                _interrupted()
            if not isinstance(exc, KccPapersError):
                exc = InternalError(f"unexpected {type(exc).__name__}: {exc} (--debug shows "
                                    "where)")
            if _state["debug"]:
                err().print(traceback.format_exc(), markup=False, highlight=False)
            say_error(str(exc))
            raise typer.Exit(int(exc.exit_status)) from None

    (group or app).command()(run)
    return run


def _is_interrupt(exc: Exception) -> bool:
    """DuckDB turns Ctrl-C during a statement into its own exception (only possible once
    a command has imported it)."""
    duckdb = sys.modules.get("duckdb")
    return (duckdb is not None and isinstance(exc, duckdb.InterruptException)) or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted"))


def _interrupted() -> NoReturn:
    if _state["debug"]:
        err().print(traceback.format_exc(), markup=False, highlight=False)
    say_error("interrupted (files already written are complete; run again to finish)")
    raise typer.Exit(130) from None


DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file", envvar="KCC_PAPERS_DB")]
# The limits a reading run puts on each file, for ingest and lake-ingest alike.
FileTimeoutOption = Annotated[float, typer.Option(
    "--file-timeout", min=0.001,
    help="seconds one file may take; past it its worker is ended and the file fails as 'timeout'")]
MaxWorkerMbOption = Annotated[int, typer.Option(
    "--max-worker-mb", min=64,
    help="memory cap of a worker process; a file needing more fails as 'too_large'")]
WaitOption = Annotated[
    float,
    typer.Option("--wait", min=0, help="seconds to wait while another process holds the "
                 "database before saying it is busy"),
]


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    json = "json"
    xlsx = "xlsx"


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="show tracebacks")] = False) -> None:  # noqa: E501
    _state["debug"] = debug


@command
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

    bar = _ProgressBar() if not quiet and sys.stderr.isatty() else None

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
            _import_soon("rich.table")  # the summary's table, printed after the last file

    with bar or contextlib.nullcontext():
        summary = run_ingest(
            paths, db, workers=workers or os.cpu_count() or 1, max_bytes=int(max_mb * 1e6),
            debug=_state["debug"], wait=wait, on_file=on_file, on_plan=on_plan, prune=prune,
            file_timeout=file_timeout, max_worker_mb=max_worker_mb, log_file=log_file,
            ocr=ocr.value,
        )
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    else:
        _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


def _import_soon(module: str) -> None:
    """Import ``module`` in a thread of its own: an ingest's parent has little to do while
    the workers read (or while their server starts), and the import (rich's table: 0.02-0.04
    s) then no longer runs after the last file. Python's import lock makes the later
    ``import`` wait for this one if it has not finished."""
    threading.Thread(target=_import_quietly, args=(module,), daemon=True).start()


def _import_quietly(module: str) -> None:
    # A failure here would print a thread's traceback; the import that needs it says why.
    import importlib

    with contextlib.suppress(Exception):
        importlib.import_module(module)


class _ProgressBar:
    """rich's progress bar on a terminal (rich is imported only then)."""

    def __init__(self, label: str = "ingest") -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=err(), transient=True)
        self.console = self.progress.console
        self.task = self.progress.add_task("", total=None)

    def total(self, n: int) -> None:
        self.progress.update(self.task, total=n)

    def advance(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=name)

    def __enter__(self) -> _ProgressBar:
        self.progress.__enter__()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.__exit__(exc_type, exc, tb)


def _print_summary(summary: IngestSummary, db: Path) -> None:
    if summary.rows:  # an unchanged folder added nothing: no empty table
        from rich.table import Table

        table = Table(title=f"records added to {db}", show_edge=False)
        table.add_column("table", style="bold")
        table.add_column("rows", justify="right")
        for name, count in sorted(summary.rows.items()):
            table.add_row(name, str(count))
        out().print(table)
    sys.stdout.write(
        f"{summary.files} files: {summary.ingested} ingested, {summary.unchanged} unchanged, "
        f"{summary.duplicates} duplicate, {summary.failed} failed"
        + (f", {summary.renamed} renamed" if summary.renamed else "")
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {summary.pages} pages"
        + (f" ({summary.ocr_pages} read by OCR)" if summary.ocr_pages else "")
        + f" in {summary.seconds:.2f}s\n")


@command
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run (read-only)")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    wait: WaitOption = LOCK_WAIT_SECONDS,
    lake: Annotated[
        str | None, typer.Option("--lake", help="run over a Parquet lake (folder or URL) "
                                 "instead of the database")
    ] = None,
) -> None:
    """Run SQL on a read-only connection (or over a lake) and print the result."""
    if lake is not None:
        from kcc_papers.lake.query import run_lake_query

        _print_result(run_lake_query(lake, sql), fmt)
        return
    from kcc_papers.export import run_query

    _print_result(run_query(db, sql, wait=wait), fmt)


RAG_STYLES = {"green": "bold green", "amber": "bold yellow", "red": "bold red"}


def _print_result(result: QueryResult, fmt: QueryFormat) -> None:
    """A query's rows as JSON, CSV or a table (RAG values coloured, their words kept)."""
    if fmt is QueryFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    elif fmt is QueryFormat.csv:
        sys.stdout.write(result.to_csv())
    else:
        from rich.table import Table

        table = Table(show_edge=False)
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*(_cell(v) for v in row))
        out().print(table)
        out().print(f"{len(result.rows)} rows", style="dim")


def _cell(value: object) -> str | Text:
    if value is None:
        return ""
    if isinstance(value, str) and value in RAG_STYLES:
        from rich.text import Text

        return Text(value, style=RAG_STYLES[value])
    return str(value)


history_app = typer.Typer(help="The series of one KPI or risk across papers.",
                          no_args_is_help=True, rich_markup_mode=None)
app.add_typer(history_app, name="history")
FormatOption = Annotated[QueryFormat, typer.Option("--format", "-f")]


KeyArgument = Annotated[str, typer.Argument(help="the key, or its ending (CS01, CRR10A)")]


def kpi(key: KeyArgument, db: DbOption = DEFAULT_DB, fmt: FormatOption = QueryFormat.table,
        wait: WaitOption = LOCK_WAIT_SECONDS) -> None:
    """Print a KPI's history: value, RAG, target and floor per period."""
    from kcc_papers.history import series

    _print_series(series(db, "kpi", key, wait=wait), fmt, "kpi")


def risk(key: KeyArgument, db: DbOption = DEFAULT_DB, fmt: FormatOption = QueryFormat.table,
         wait: WaitOption = LOCK_WAIT_SECONDS) -> None:
    """Print a risk's history: rating and exposure per issue of its register, and the change."""
    from kcc_papers.history import series

    _print_series(series(db, "risk", key, wait=wait), fmt, "risk")


def _print_series(result: QueryResult, fmt: QueryFormat, kind: str) -> None:
    from kcc_papers.history import SHOWN

    _print_result(result.select(SHOWN[kind]) if fmt is QueryFormat.table else result, fmt)


command(kpi, history_app)
command(risk, history_app)


@command
def trail(
    ref: Annotated[str, typer.Argument(help="decision number (24/00108) or meeting#item")],
    db: DbOption = DEFAULT_DB, fmt: FormatOption = QueryFormat.table,
    wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """Print a decision's trail: recommendation, resolution, record of decision."""
    from kcc_papers.history import trail as decision_trail

    result = decision_trail(db, ref, wait=wait)
    _print_result(result.transposed() if fmt is QueryFormat.table else result, fmt)


@command
def meetings(
    db: DbOption = DEFAULT_DB,
    committee: Annotated[str | None, typer.Option(help="committee (any spelling)")] = None,
    date_from: Annotated[dt.datetime | None, typer.Option("--from", formats=["%Y-%m-%d"])] = None,
    date_to: Annotated[dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"])] = None,
    fmt: FormatOption = QueryFormat.table, wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """List meetings with their counts of documents and records."""
    from kcc_papers.history import meetings as list_meetings

    _print_result(list_meetings(db, committee=committee,
                                date_from=date_from.date() if date_from else None,
                                date_to=date_to.date() if date_to else None, wait=wait), fmt)


@command
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write to")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    table: Annotated[
        list[str] | None, typer.Option("--table", help="table(s); default all")
    ] = None,
    wait: WaitOption = LOCK_WAIT_SECONDS,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV with a byte-order mark, so Excel reads '£'")
    ] = False,
    partition_by: Annotated[
        str | None, typer.Option("--partition-by", help="Parquet as Hive partitions by the "
                                 "paper's council and/or meeting year: council,year")
    ] = None,
) -> None:
    """Export tables to CSV, Parquet or JSON (one file per table), or to one Excel workbook
    (xlsx: a sheet per table); with --partition-by, a folder of Hive partitions per table."""
    from kcc_papers.export import export_tables

    keys = None
    if partition_by is not None:
        from kcc_papers.lake.partition import parse_keys

        keys = parse_keys(partition_by)
    for path in export_tables(db, out_dir, fmt.value, table or None, wait=wait, excel=excel,
                              partition_by=keys):
        out().print(str(path), highlight=False)


@command
def report(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write the report to")] = Path(
        "data/out/report"),
    db: DbOption = DEFAULT_DB,
    council: Annotated[str | None, typer.Option(help="only this council's meetings")] = None,
    committee: Annotated[str | None, typer.Option(help="committee (any spelling)")] = None,
    date_from: Annotated[dt.datetime | None, typer.Option("--from", formats=["%Y-%m-%d"])] = None,
    date_to: Annotated[dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"])] = None,
    wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """Write a browsable static report (HTML that opens from disk): overview, a page per
    meeting, KPI RAG grid, risk heat maps and findings."""
    from kcc_papers.report import write_report
    from kcc_papers.report.data import Scope

    scope = Scope(council, committee, date_from.date() if date_from else None,
                  date_to.date() if date_to else None)
    summary = write_report(db, out_dir, scope, wait=wait)
    out().print(f"{len(summary.pages)} pages ({_count(summary.meetings, 'meeting')}) in "
                f"{summary.seconds:.2f}s: {summary.index}", highlight=False, soft_wrap=True)


@command
def tables(db: DbOption = DEFAULT_DB, wait: WaitOption = LOCK_WAIT_SECONDS) -> None:
    """List the tables and their row counts."""
    from rich.table import Table

    from kcc_papers.export import table_counts

    counts = table_counts(db, wait=wait)
    table = Table(show_edge=False)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    out().print(table)


@command
def schemas(out_dir: Annotated[Path, typer.Option("--out")] = Path("schemas")) -> None:
    """Write the JSON Schema of every record kind (generated from the models)."""
    from kcc_papers.schemas import write_schemas

    for path in write_schemas(out_dir):
        out().print(str(path), highlight=False)


SiteArgument = Annotated[str, typer.Argument(help="the council's ModernGov site, e.g. "
                                             "https://democracy.kent.gov.uk")]
CommitteeOption = Annotated[
    list[str] | None, typer.Option("--committee", help="committee title or id (repeatable; "
                                   "default every current committee)")]
FromOption = Annotated[dt.datetime | None, typer.Option(
    "--from", formats=["%Y-%m-%d"], help="first meeting date (default 90 days ago)")]
ToOption = Annotated[dt.datetime | None, typer.Option(
    "--to", formats=["%Y-%m-%d"], help="last meeting date (default 30 days ahead)")]
OutOption = Annotated[Path, typer.Option("--out", help="folder the files land in")]
ConcurrencyOption = Annotated[int, typer.Option(
    "--concurrency", min=1, max=4, help="documents fetched at once")]
DelayOption = Annotated[float, typer.Option("--delay", min=0, help="seconds between requests")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="seconds per request")]
RetriesOption = Annotated[int, typer.Option(
    "--retries", min=0, max=5, help="retries of a timeout, 5xx or dropped connection (never of "
    "a 403)")]
BackoffOption = Annotated[float, typer.Option(
    "--backoff", min=0, help="seconds before the first retry, doubled for each further one")]


def _fetch_options(committee: list[str] | None, date_from: dt.datetime | None,
                   date_to: dt.datetime | None, out_dir: Path, concurrency: int, delay: float,
                   timeout: float, retries: int, backoff: float) -> FetchOptions:
    from kcc_papers.fetch.run import FetchOptions

    return FetchOptions(committees=committee or [],
                        date_from=date_from.date() if date_from else None,
                        date_to=date_to.date() if date_to else None, out=out_dir,
                        concurrency=concurrency, delay=delay, timeout=timeout,
                        attempts=retries + 1, backoff=backoff)


def _fetch_progress(quiet: bool) -> tuple[Progress, FetchProgress]:
    """A bar per meeting (its documents), and one 'error:' line per document not had."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from kcc_papers.fetch.run import Progress as FetchProgress

    console = err()
    bars = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console,
                    disable=quiet or not console.is_terminal)
    current: list[TaskID] = []

    def meeting(label: str, total: int) -> None:
        if current:  # one bar at a time: a night's run may cover dozens of meetings
            bars.update(current[0], visible=False)
        current[:] = [bars.add_task(label, total=total)]

    def document(row: SourceFile) -> None:
        if current:
            bars.update(current[0], advance=1)

    return bars, FetchProgress(meeting=meeting, document=document,
                               error=lambda line: say_error(line, bars.console))


def _print_fetched(summary: FetchSummary) -> None:
    out().print(f"{_count(summary.meetings, 'meeting')}: {summary.documents} documents, "
                f"{summary.downloaded} downloaded ({_size(summary.bytes)}), "
                f"{summary.unchanged} unchanged, {summary.restricted} restricted (skipped), "
                f"{summary.failed} failed; {summary.requests} requests", highlight=False,
                soft_wrap=True)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def _count(n: int, noun: str) -> str:
    """ "1 meeting", "2 meetings" """
    return f"{n} {noun}{'' if n == 1 else 's'}"


@command
def fetch(
    site: SiteArgument, committee: CommitteeOption = None, date_from: FromOption = None,
    date_to: ToOption = None, out_dir: OutOption = Path("data/raw"), db: DbOption = DEFAULT_DB,
    concurrency: ConcurrencyOption = 2, delay: DelayOption = 0.5, timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 2, backoff: BackoffOption = 2.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")] = False,
    wait: WaitOption = WRITE_WAIT_SECONDS,
) -> None:
    """Fetch a ModernGov site's papers into OUT/<host>/<committee>/<date>/ (unchanged
    documents are not downloaded again); exit 1 if any document could not be had."""
    from kcc_papers.fetch.run import fetch as run_fetch

    bars, progress = _fetch_progress(quiet)
    with bars:
        summary = run_fetch(site, _fetch_options(committee, date_from, date_to, out_dir,
                                                 concurrency, delay, timeout, retries, backoff),
                            db, wait=wait, progress=progress)
    _print_fetched(summary)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


@command
def update(
    site: SiteArgument, committee: CommitteeOption = None, date_from: FromOption = None,
    date_to: ToOption = None, out_dir: OutOption = Path("data/raw"), db: DbOption = DEFAULT_DB,
    export_dir: Annotated[Path | None, typer.Option("--export", help="export every table "
                                                     "here afterwards")] = None,
    export_format: Annotated[ExportFormat, typer.Option("--export-format")] = ExportFormat.csv,
    concurrency: ConcurrencyOption = 2, delay: DelayOption = 0.5, timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 2, backoff: BackoffOption = 2.0,
    workers: Annotated[int, typer.Option(min=0, help="ingest worker processes (0: one per "
                                         "core)")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")] = False,
    wait: WaitOption = WRITE_WAIT_SECONDS,
) -> None:
    """The nightly job: fetch, ingest the meetings fetched, export (--export). Exit 1 if any
    document or file failed, 2 if the site refused or could not be reached."""
    from kcc_papers.fetch.run import update as run_update

    bars, progress = _fetch_progress(quiet)

    def on_file(result: FileResult, status: str) -> None:
        if result.error:
            say_error(f"{result.path}: {result.error.message}", bars.console)

    with bars:
        summary = run_update(
            site, _fetch_options(committee, date_from, date_to, out_dir, concurrency, delay,
                                 timeout, retries, backoff),
            db, export_dir=export_dir, export_format=export_format.value,
            workers=workers or os.cpu_count() or 1, wait=wait, progress=progress,
            on_file=on_file)
    _print_fetched(summary.fetched)
    if summary.ingested:
        _print_summary(summary.ingested, db)
    for path in summary.exported:
        out().print(str(path), highlight=False)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@command
def lake_ingest(
    paths: Annotated[list[str], typer.Argument(help="files or folders (local, shared, or "
                                               "URLs read through fsspec)")],
    lake: Annotated[str, typer.Option("--out", help="the lake: a folder or an object-store "
                                      "URL")],
    engine: Annotated[Engine, typer.Option("--engine", help="local worker processes, or a "
                                           "Dask cluster")] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786);"
                                 " default: a LocalCluster on this machine")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=0, help="worker processes, or LocalCluster workers (0: one per "
                          "core)")
    ] = 0,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0, help="fail files larger than this many MB")
    ] = 200,
    file_timeout: FileTimeoutOption = DEFAULT_FILE_TIMEOUT,
    max_worker_mb: MaxWorkerMbOption = DEFAULT_MAX_WORKER_MB,
    retries: Annotated[
        int, typer.Option("--retries", min=0, max=10, help="Dask: retries of a failed task, "
                          "and workers a file may cost (LocalCluster) before it is an error")
    ] = 1,
    connect_timeout: Annotated[
        float, typer.Option("--connect-timeout", min=0.1, help="seconds to reach the Dask "
                            "scheduler")
    ] = 20.0,
    ocr: Annotated[OcrChoice, typer.Option("--ocr", help="auto, always, never")] = OcrChoice.auto,
    as_json: Annotated[bool, typer.Option("--json", help="print the run as one JSON object")
                       ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Extract papers into a Parquet lake (a part per file, named by its sha256); with
    --engine dask, on a Dask cluster. Exit 1 if any file failed."""
    from kcc_papers.lake.run import EngineOptions
    from kcc_papers.lake.run import lake_ingest as run_lake

    bar = _ProgressBar("lake-ingest") if not quiet and sys.stderr.isatty() else None

    def on_file(written: Any) -> None:
        if written.error is not None:
            say_error(f"{written.path}: {written.error.message}", bar.console if bar else None)
        if bar:
            bar.advance(Path(written.path).name)

    options = EngineOptions(engine=engine.value, scheduler=scheduler,
                            workers=workers or os.cpu_count() or 1, file_timeout=file_timeout,
                            max_worker_mb=max_worker_mb,
                            retries=retries, debug=_state["debug"],
                            connect_timeout=connect_timeout)
    with bar or contextlib.nullcontext():
        summary = run_lake(paths, lake, engine=options, max_bytes=int(max_mb * 1e6),
                           debug=_state["debug"], ocr=ocr.value, on_file=on_file,
                           on_plan=bar.total if bar else None)
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    else:
        sys.stdout.write(
            f"{summary.files} files: {summary.ingested} ingested, {summary.unchanged} "
            f"unchanged, {summary.duplicates} duplicate, {summary.failed} failed; "
            f"{summary.pages} pages in {summary.seconds:.2f}s ({summary.engine}) -> {lake}\n")
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


@command
def load(
    lake: Annotated[str, typer.Argument(help="the lake (folder or URL)")],
    db: DbOption = DEFAULT_DB,
    wait: WaitOption = WRITE_WAIT_SECONDS,
    as_json: Annotated[bool, typer.Option("--json", help="rows loaded per table as JSON")
                       ] = False,
) -> None:
    """Load a Parquet lake into the database (its files replace what the database held for
    them; loading again changes nothing), then link across papers as ingest does."""
    from kcc_papers.lake.load import load_lake

    counts = load_lake(lake, db, wait=wait)
    if as_json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    sys.stdout.write(f"loaded into {db}: "
                     + ", ".join(f"{t} {n}" for t, n in counts.items()) + "\n")


def main() -> None:
    app()


def console() -> NoReturn:
    """The ``kcc-papers`` command (and ``python -m kcc_papers``): ``main``, then out of the
    process without the interpreter's teardown. Freeing every module an ingest imported
    (DuckDB's among them) took 0.03-0.07 s after the run had printed its last line, on every
    run. The exit handlers still run (they flush and remove what they own), and the output is
    flushed first; a process with another thread still to join, or an exception other than
    an exit, leaves the normal way. ``main`` itself is left as it was: a caller that catches
    its ``SystemExit`` (tests, scripts) goes on."""
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = None
    if _others_running():
        sys.exit(code)
    status = _exit_status(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say anyway
            stream.flush()
    os._exit(status)


def _others_running() -> bool:
    """Whether a thread the interpreter would wait for at exit is still running."""
    return any(not t.daemon and t is not threading.main_thread() for t in threading.enumerate())


def _exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` gives: None 0, an int itself, else its text is
    printed to stderr and the status is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1
