"""Reading data out: ad-hoc SQL on a read-only connection, and table exports through DuckDB's
own COPY (CSV, Parquet, JSON)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from kcc_papers import store
from kcc_papers.errors import DatabaseError, UsageError

FORMATS = {"csv": "(FORMAT CSV, HEADER)", "parquet": "(FORMAT PARQUET)", "json": "(FORMAT JSON, ARRAY true)"}  # noqa: E501


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def select(self, columns: list[str]) -> QueryResult:
        """The same rows with only ``columns`` (those it has), in that order."""
        keep = [self.columns.index(c) for c in columns if c in self.columns]
        return QueryResult([self.columns[i] for i in keep],
                           [tuple(row[i] for i in keep) for row in self.rows])

    def transposed(self) -> QueryResult:
        """One row per column: for a single wide record, such as a decision's trail."""
        return QueryResult(["field", *(f"#{n + 1}" for n in range(len(self.rows)))],
                           [(c, *(row[i] for row in self.rows))
                            for i, c in enumerate(self.columns)])

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_json(self) -> str:
        return json.dumps(self.records(), default=_json_default, indent=2)

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows([_csv_cell(v) for v in row] for row in self.rows)
        return buf.getvalue()


def _csv_cell(value: Any) -> Any:
    """A cell as ``export``'s CSV (DuckDB's COPY) writes it, not as Python's repr would:
    ``true``, ``[2, 5]`` and ``NULL`` inside a list, never ``True``, ``['a']`` or ``None``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join("NULL" if v is None else str(_csv_cell(v)) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"'{k}': {'NULL' if v is None else _csv_cell(v)}"
                               for k, v in value.items()) + "}"
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


def run_query(db: Path | str, sql: str, params: list[Any] | None = None, *,
              wait: float = store.LOCK_WAIT_SECONDS) -> QueryResult:
    """Run SQL on a read-only connection: ad-hoc queries cannot change the database."""
    if not sql.strip():
        raise UsageError("the query is empty")
    with store.connect(db, read_only=True, wait=wait) as con:
        try:
            cur = con.execute(sql, params or None)
        except duckdb.Error as exc:
            raise query_failed(exc) from exc
        return result_of(cur)


# findings' column "check" is an SQL keyword: unquoted, DuckDB names only the word.
KEYWORD_COLUMN_HINTS = {"check": '"check" is a column of findings and an SQL keyword: quote it '
                                 'as "check"'}


# DuckDB puts its suggestion for a misspelt table or column on the line after the error
# ("Did you mean "kpis"?", "Candidate bindings: ..."): the one line keeps it.
SUGGESTION_STARTS = ("Did you mean", "Candidate bindings")
UNKNOWN_TABLE_HINT = "kcc-papers tables lists the tables and views"


def query_failed(exc: duckdb.Error, *, table_hint: str | None = UNKNOWN_TABLE_HINT
                 ) -> UsageError:
    """The one line a failed query gets: DuckDB's first line with its suggestion of a name,
    for an unknown table ``table_hint`` (where the names are listed), and for a column named
    by an SQL keyword, how to write it."""
    lines = [line.strip() for line in str(exc).splitlines()]
    first = lines[0]
    suggestions = [line for line in lines[1:] if line.startswith(SUGGESTION_STARTS)]
    hints = [hint for word, hint in KEYWORD_COLUMN_HINTS.items()
             if f'at or near "{word}"' in first.lower()]
    if table_hint and first.startswith("Catalog Error: Table with name"):
        hints.append(table_hint)
    return UsageError(" ".join([f"query failed: {first}", *suggestions])
                      + "".join(f" ({hint})" for hint in hints))


def result_of(cur: duckdb.DuckDBPyConnection) -> QueryResult:
    """The rows of an executed statement (none for one without a result set)."""
    if not cur.description:  # typed as a list, but DB-API allows None: no result set
        return QueryResult([], [])
    return QueryResult([d[0] for d in cur.description], cur.fetchall())


def table_counts(db: Path | str, *, wait: float = store.LOCK_WAIT_SECONDS) -> dict[str, int]:
    """Rows per table."""
    with store.connect(db, read_only=True, wait=wait) as con:
        return store.table_counts(con)


def export_tables(db: Path | str, out: Path | str, fmt: str, tables: list[str] | None = None,
                  *, wait: float = store.LOCK_WAIT_SECONDS, excel: bool = False,
                  partition_by: list[str] | None = None) -> list[Path]:
    """Write each table (and view) to ``out/<table>.<fmt>``, or all of them as the sheets of
    one ``out/papers.xlsx``; returns the files written. ``excel`` starts CSV files with a
    byte-order mark, without which Excel reads UTF-8 "£" as "Â£". ``partition_by`` (Parquet
    only: ``council``, ``year``) writes each table as a folder of Hive partitions instead,
    ``out/<table>/council=.../year=.../``; returns the folders."""
    if partition_by and fmt != "parquet":
        raise UsageError("--partition-by writes Parquet: add --format parquet")
    if fmt not in (*FORMATS, XLSX):
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join([*FORMATS, XLSX])}")
    if excel and fmt != "csv":
        raise UsageError("--excel is for CSV (a byte-order mark); xlsx is Excel's own format")
    out = Path(out)
    with store.connect(db, read_only=True, wait=wait) as con:
        present = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT starts_with(table_name, '_') "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1"
        ).fetchall()]
        wanted = tables or present
        unknown = sorted(set(wanted) - set(present))
        if unknown:
            raise UsageError(f"no such table: {', '.join(unknown)} (tables: {', '.join(present)})")
        # Only now: a missing database or a misspelt table leaves no empty folder behind.
        make_folder(out)
        if fmt == XLSX:
            from kcc_papers.workbook import write_workbook

            return [write_workbook(con, wanted, out / WORKBOOK)]
        if partition_by:
            return [_copy_partitioned(con, table, out / table, partition_by) for table in wanted]
        return [_copy(con, table, out / f"{table}.{fmt}", fmt, excel) for table in wanted]


XLSX = "xlsx"
WORKBOOK = "papers.xlsx"
BOM = "\ufeff".encode()


def _copy(con: duckdb.DuckDBPyConnection, table: str, target: Path, fmt: str,
          excel: bool) -> Path:
    """DuckDB's own COPY; for Excel, into a file that then gets the byte-order mark first."""
    written = target.with_name(target.name + ".part") if excel and fmt == "csv" else target
    try:
        con.execute(f"COPY (SELECT * FROM {table}) TO '{_quote(written)}' {FORMATS[fmt]}")
    except duckdb.Error as exc:
        raise DatabaseError(f"export of {table} failed: {exc}", path=target) from exc
    if written != target:
        with open(target, "wb") as dst, open(written, "rb") as src:
            dst.write(BOM)
            shutil.copyfileobj(src, dst)
        written.unlink()
    return target


def _copy_partitioned(con: duckdb.DuckDBPyConnection, table: str, target: Path,
                      keys: list[str]) -> Path:
    """DuckDB's COPY ... PARTITION_BY: a row goes to the folder of its paper's council and
    meeting year (see ``lake.partition``); the folder is rewritten, never added to."""
    from kcc_papers.lake.partition import copy_options, partitioned_select

    cols = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    try:
        con.execute(f"COPY ({partitioned_select(table, cols, keys)}) TO '{_quote(target)}' "
                    f"{copy_options(keys, ', OVERWRITE true')}")
    except duckdb.Error as exc:
        raise DatabaseError(f"export of {table} failed: {exc}", path=target) from exc
    return target


def make_folder(out: Path) -> None:
    """Create an output folder, or say in one line why it cannot be one."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise UsageError(f"{out} is a file, not a folder") from exc
    except OSError as exc:
        raise UsageError(f"cannot create the folder {out} ({exc.strerror})") from exc


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
