"""The commands that read the database and print or write what they find: ``query``,
``history kpi``/``history risk``, ``trail``, ``meetings``, ``export``, ``report``,
``tables``; and ``schemas``, which needs no database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kcc_papers.cli.options import (
    DateFromOption,
    DateToOption,
    DbOption,
    ExportFormat,
    FormatOption,
    QueryFormat,
    WaitOption,
)
from kcc_papers.cli.output import out, plural, print_path, print_result
from kcc_papers.errors import UsageError
from kcc_papers.settings import DEFAULT_DB, LOCK_WAIT_SECONDS

if TYPE_CHECKING:
    from kcc_papers.export import QueryResult

# The SQL argument that means "read the query from stdin".
STDIN = "-"


def query(
    sql: Annotated[str, typer.Argument(
        help="SQL to run (read-only); '-' reads it from stdin (a query kept in a file)")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = QueryFormat.table,
    wait: WaitOption = LOCK_WAIT_SECONDS,
    lake: Annotated[
        str | None, typer.Option("--lake", help="run over a Parquet lake (folder or URL) "
                                 "instead of the database")
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="with -f csv: start with a byte-order mark, so "
                           "Excel reads '£' (as export --excel)")
    ] = False,
) -> None:
    """Run SQL on a read-only connection (or over a lake) and print the result."""
    if excel and fmt is not QueryFormat.csv:
        raise UsageError("--excel is for CSV: add -f csv")
    if sql == STDIN:
        # a query of many lines, kept in a file, without the shell's quoting of "check"
        sql = sys.stdin.read()
    if lake is not None:
        from kcc_papers.lake.query import run_lake_query

        print_result(run_lake_query(lake, sql), fmt, excel=excel)
        return
    from kcc_papers.export import run_query

    print_result(run_query(db, sql, wait=wait), fmt, excel=excel)



history_app = typer.Typer(help="The series of one KPI or risk across papers.",
                          no_args_is_help=True, rich_markup_mode=None)
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

    print_result(result.select(SHOWN[kind]) if fmt is QueryFormat.table else result, fmt)



def trail(
    ref: Annotated[str, typer.Argument(help="decision number (24/00108) or meeting#item")],
    db: DbOption = DEFAULT_DB, fmt: FormatOption = QueryFormat.table,
    wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """Print a decision's trail: recommendation, resolution, record of decision."""
    from kcc_papers.history import trail as decision_trail

    result = decision_trail(db, ref, wait=wait)
    print_result(result.transposed() if fmt is QueryFormat.table else result, fmt)


def meetings(
    db: DbOption = DEFAULT_DB,
    committee: Annotated[str | None, typer.Option(help="committee (any spelling)")] = None,
    date_from: DateFromOption = None,
    date_to: DateToOption = None,
    fmt: FormatOption = QueryFormat.table, wait: WaitOption = LOCK_WAIT_SECONDS,
    council: Annotated[str | None, typer.Option(
        help="only this council's meetings (any part of its name: kent)")] = None,
) -> None:
    """List meetings with their counts of documents and records."""
    from kcc_papers.history import meetings as list_meetings

    print_result(list_meetings(db, committee=committee, council=council,
                                date_from=date_from.date() if date_from else None,
                                date_to=date_to.date() if date_to else None, wait=wait), fmt)


def export(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write to")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="a file per table (csv, parquet, json), or one workbook (xlsx)")
    ] = ExportFormat.csv,
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
        print_path(path)


def report(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write the report to")] = Path(
        "data/out/report"),
    db: DbOption = DEFAULT_DB,
    council: Annotated[str | None, typer.Option(help="only this council's meetings")] = None,
    committee: Annotated[str | None, typer.Option(help="committee (any spelling)")] = None,
    date_from: DateFromOption = None,
    date_to: DateToOption = None,
    wait: WaitOption = LOCK_WAIT_SECONDS,
) -> None:
    """Write a browsable static report (HTML that opens from disk): overview, a page per
    meeting, KPI RAG grid, risk heat maps and findings."""
    from kcc_papers.report import write_report
    from kcc_papers.report.data import Scope

    scope = Scope(council, committee, date_from.date() if date_from else None,
                  date_to.date() if date_to else None)
    summary = write_report(db, out_dir, scope, wait=wait)
    out().print(f"{len(summary.pages)} pages ({plural(summary.meetings, 'meeting')}) in "
                f"{summary.seconds:.2f}s: {summary.index}", highlight=False, soft_wrap=True)


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


def schemas(out_dir: Annotated[Path, typer.Option(
        "--out", help="folder to write one <table>.schema.json per record kind to")] = Path(
        "schemas")) -> None:
    """Write the JSON Schema of every record kind (generated from the models)."""
    from kcc_papers.schemas import write_schemas

    for path in write_schemas(out_dir):
        print_path(path)

