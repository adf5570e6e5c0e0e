"""Command line: parse arguments, call one library function, print. Errors are mapped to a
message and an exit code in one place (``command``, which registers every command)."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kcc_papers.errors import ExitStatus, InternalError, KccPapersError
from kcc_papers.store import DEFAULT_DB, LOCK_WAIT_SECONDS, WRITE_WAIT_SECONDS

out = Console()
err = Console(stderr=True)
_state = {"debug": False}


app = typer.Typer(
    help="Turn committee papers (PDF, text, HTML) into queryable DuckDB records.",
    epilog="Exit codes: 0 all files ingested; 1 some files failed (one 'error:' line each on "
    "stderr, and a row in ingest_errors); 2 usage or database error (including 'database "
    "is busy'); 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def say_error(message: str, console: Console = err) -> None:
    """One line on stderr, never wrapped (scripts grep it; a wrapped line reads as two)."""
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
                err.print(traceback.format_exc(), markup=False, highlight=False)
            say_error(str(exc))
            raise typer.Exit(int(exc.exit_status)) from None

    (group or app).command()(run)
    return run


def _is_interrupt(exc: Exception) -> bool:
    """DuckDB turns Ctrl-C during a statement into its own exception."""
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted"))


def _interrupted() -> NoReturn:
    if _state["debug"]:
        err.print(traceback.format_exc(), markup=False, highlight=False)
    say_error("interrupted (files already written are complete; run again to finish)")
    raise typer.Exit(130) from None


DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file", envvar="KCC_PAPERS_DB")]
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
    ocr: Annotated[
        OcrChoice, typer.Option("--ocr", help="read PDF pages with OCR (Tesseract): auto (pages "
                                "without a usable text layer), always, never")
    ] = OcrChoice.auto,
) -> None:
    """Ingest papers into the database. Unchanged files are skipped; exit 1 if any file failed."""
    from kcc_papers.pipeline import ingest as run_ingest

    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, disable=quiet or not err.is_terminal,
        transient=True,
    )
    task = progress.add_task("", total=None)

    def on_file(result: Any, status: str) -> None:
        if result.error:
            say_error(f"{result.path}: {result.error.message}", progress.console)
        ocr_pages = getattr(result, "ocr_pages", 0)
        scanned = f" ({ocr_pages} pages by OCR)" if ocr_pages else ""
        progress.update(task, advance=1, description=Path(result.path).name + scanned)

    with progress:
        summary = run_ingest(
            paths, db, workers=workers or os.cpu_count() or 1, max_bytes=int(max_mb * 1e6),
            debug=_state["debug"], wait=wait, on_file=on_file,
            on_plan=lambda n: progress.update(task, total=n), prune=prune, ocr=ocr.value,
        )
    _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


def _print_summary(summary: Any, db: Path) -> None:
    if summary.rows:  # an unchanged folder added nothing: no empty table
        table = Table(title=f"records added to {db}", show_edge=False)
        table.add_column("table", style="bold")
        table.add_column("rows", justify="right")
        for name, count in sorted(summary.rows.items()):
            table.add_row(name, str(count))
        out.print(table)
    out.print(
        f"{summary.files} files: {summary.ingested} ingested, {summary.unchanged} unchanged, "
        f"{summary.duplicates} duplicate, {summary.failed} failed"
        + (f", {summary.renamed} renamed" if summary.renamed else "")
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {summary.pages} pages"
        + (f" ({summary.ocr_pages} read by OCR)" if summary.ocr_pages else "")
        + f" in {summary.seconds:.2f}s",
        highlight=False,
    )


@command
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run (read-only)")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """Run SQL on a read-only connection and print the result."""
    from kcc_papers.export import run_query

    _print_result(run_query(db, sql, wait=wait), fmt)


RAG_STYLES = {"green": "bold green", "amber": "bold yellow", "red": "bold red"}


def _print_result(result: Any, fmt: QueryFormat) -> None:
    """A query's rows as JSON, CSV or a table (RAG values coloured, their words kept)."""
    if fmt is QueryFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    elif fmt is QueryFormat.csv:
        sys.stdout.write(result.to_csv())
    else:
        table = Table(show_edge=False)
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*(_cell(v) for v in row))
        out.print(table)
        out.print(f"{len(result.rows)} rows", style="dim")


def _cell(value: Any) -> str | Text:
    if value is None:
        return ""
    if isinstance(value, str) and value in RAG_STYLES:
        return Text(value, style=RAG_STYLES[value])
    return str(value)


history_app = typer.Typer(help="The series of one KPI or risk across papers.",
                          no_args_is_help=True)
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


def _print_series(result: Any, fmt: QueryFormat, kind: str) -> None:
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
) -> None:
    """Export tables to CSV, Parquet or JSON (one file per table), or to one Excel workbook
    (xlsx: a sheet per table)."""
    from kcc_papers.export import export_tables

    for path in export_tables(db, out_dir, fmt.value, table or None, wait=wait, excel=excel):
        out.print(str(path), highlight=False)


@command
def tables(db: DbOption = DEFAULT_DB, wait: WaitOption = LOCK_WAIT_SECONDS) -> None:
    """List the tables and their row counts."""
    from kcc_papers.export import table_counts

    counts = table_counts(db, wait=wait)
    table = Table(show_edge=False)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    out.print(table)


@command
def schemas(out_dir: Annotated[Path, typer.Option("--out")] = Path("schemas")) -> None:
    """Write the JSON Schema of every record kind (generated from the models)."""
    from kcc_papers.schemas import write_schemas

    for path in write_schemas(out_dir):
        out.print(str(path), highlight=False)


def main() -> None:
    app()
