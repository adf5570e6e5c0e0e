"""DuckDB storage. The schema is derived from the pydantic models; each file is written in one
transaction, and the write connection is held only while writing so readers can get in. The
tables' SQL is made in ``store_schema``, a database opened, locked and its schema set up in
``store_open``; this module reads and writes the files' records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kcc_papers import results, store_schema
from kcc_papers.errors import is_retried
from kcc_papers.results import TableColumns
from kcc_papers.settings import DEFAULT_DB as DEFAULT_DB
from kcc_papers.settings import LOCK_WAIT_SECONDS as LOCK_WAIT_SECONDS
from kcc_papers.settings import WRITE_WAIT_SECONDS as WRITE_WAIT_SECONDS
from kcc_papers.store_open import _is_lock_error as _is_lock_error
from kcc_papers.store_open import connect as connect
from kcc_papers.store_open import database_files as database_files
from kcc_papers.store_open import ingest_lock as ingest_lock
from kcc_papers.store_open import transaction as transaction
from kcc_papers.store_schema import FILES_COLUMNS as FILES_COLUMNS
from kcc_papers.store_schema import FILES_TABLE as FILES_TABLE
from kcc_papers.store_schema import schema_sql as schema_sql
from kcc_papers.store_schema import table_models as table_models
from kcc_papers.store_schema import tables_sql as tables_sql
from kcc_papers.views import VIEWS

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.models import IngestError, Model

# Start-up: the models (pydantic) are imported when records are written or the schema is
# set up, not to open a database whose schema this very code already set up; duckdb when a
# database is opened (an ingest starts its workers' server first: they wait for nothing).

# A model's columns, for the modules that ask this one (bound, not imported: its functions'
# loops name their column data ``columns``).
columns = store_schema.columns


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """path -> sha256 of every file already handled (ingested, failed or duplicate)."""
    return dict(con.execute(f"SELECT path, sha256 FROM {FILES_TABLE}").fetchall())


def ingested_files(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """path -> sha256 of the files whose records the database holds."""
    return dict(con.execute(
        f"SELECT path, sha256 FROM {FILES_TABLE} WHERE status = 'ingested'").fetchall())


def known_failures(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """sha256 -> (error_kind, message) of content that failed and is not retried."""
    rows = con.execute(
        f"SELECT e.sha256, e.error_kind, e.message FROM ingest_errors e JOIN {FILES_TABLE} f "
        "ON f.path = e.path AND f.sha256 = e.sha256 WHERE f.status = 'failed'"
    ).fetchall()
    return {sha: (kind, message) for sha, kind, message in rows}


def insert(con: duckdb.DuckDBPyConnection, records: Iterable[Model]) -> dict[str, int]:
    """Insert records of any stored kinds; returns rows written per table."""
    return insert_columns(con, results.to_columns(records))


def insert_columns(con: duckdb.DuckDBPyConnection, tables: TableColumns) -> dict[str, int]:
    """Insert rows given as column data per table; returns rows written per table."""
    from kcc_papers.ddl import TABLE_COLUMNS

    counts = {}
    for table, columns in tables.items():
        types = dict(TABLE_COLUMNS[table])
        names = ", ".join(f'"{name}"' for name in columns)
        # One list parameter per column, unnested side by side: DuckDB binds a parameter
        # per value (rows x columns of them in a multi-row VALUES) several times slower, and
        # executemany runs a statement per row. Each list is cast to its column's type.
        select = ", ".join(f"unnest(CAST(${i} AS {types[name]}[]))" for i, name in
                           enumerate(columns, start=1))
        con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", list(columns.values()))
        counts[table] = len(next(iter(columns.values()), []))
    return counts


def forget_path(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Remove every record that came from ``path`` (before writing its new version)."""
    known = con.execute(
        f"SELECT EXISTS (SELECT 1 FROM documents WHERE path = $1) "
        f"OR EXISTS (SELECT 1 FROM {FILES_TABLE} WHERE path = $1) "
        f"OR EXISTS (SELECT 1 FROM ingest_errors WHERE path = $1)",
        [path],
    ).fetchone()
    if not (known and known[0]):
        return  # a new file: nothing to delete from a dozen tables
    ids = "SELECT document_id FROM documents WHERE path = ?"
    for table in _tables_with("document_id"):
        if table not in ("documents", "ingest_errors"):
            con.execute(f"DELETE FROM {table} WHERE document_id IN ({ids})", [path])
    con.execute("DELETE FROM documents WHERE path = ?", [path])
    # A file's errors describe its last attempt only: a fixed file is no longer failing.
    con.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
    con.execute(f"DELETE FROM {FILES_TABLE} WHERE path = ?", [path])


@dataclass(frozen=True)
class FileWrite:
    """One file's rows for :func:`write_files` (column data per table), with its ``files``
    row's figures."""

    path: str
    sha256: str
    tables: TableColumns
    rows: int
    pages: int | None = None
    seconds: float | None = None

    @property
    def documents(self) -> int:
        return len(self.tables.get("documents", {}).get("document_id", []))


def write_files(con: duckdb.DuckDBPyConnection, files: Sequence[FileWrite]) -> dict[str, int]:
    """Replace whatever each file's path held with its rows: all the files or none, in
    one statement per table (DuckDB plans each statement for about 3 ms and a file has a
    dozen tables, so a statement per file and table cost more than the rows). Returns rows
    written per table."""
    with transaction(con):
        paths = [f.path for f in files]
        for (path,) in con.execute(_KNOWN_PATHS, [paths]).fetchall():
            forget_path(con, path)  # a changed file: its old records go first
        counts = insert_columns(con, _joined(f.tables for f in files))
        at = now()
        rows = [(f.path, f.sha256, "ingested", f.pages, f.documents, f.rows, f.seconds, at)
                for f in files]
        con.execute(_INSERT_FILES, [list(column) for column in zip(*rows, strict=True)])
    return counts


def _joined(parts: Iterable[TableColumns]) -> TableColumns:
    """Several files' column data as one, each table's rows in the files' order."""
    joined: TableColumns = {}
    for tables in parts:
        for table, columns in tables.items():
            into = joined.setdefault(table, {name: [] for name in columns})
            for name, values in columns.items():
                into[name].extend(values)
    return joined


# The paths of a batch that the database holds anything of (usually none: new files).
_KNOWN_PATHS = (f"SELECT DISTINCT path FROM (SELECT path FROM documents UNION ALL "
                f"SELECT path FROM {FILES_TABLE} UNION ALL SELECT path FROM ingest_errors) "
                f"WHERE list_contains($1, path)")


# ``files`` rows given as one list per column, as ``insert`` does for the records' tables.
_INSERT_FILES = (f"INSERT INTO {FILES_TABLE} SELECT " + ", ".join(
    f"unnest(CAST(${i} AS {typ.split()[0]}[]))" for i, (_, typ) in enumerate(FILES_COLUMNS, 1)))


def write_error(con: duckdb.DuckDBPyConnection, error: IngestError) -> None:
    """Record a failed file. A file broken in itself (corrupt, encrypted...) is remembered by
    its sha256 and not retried until it changes; a failure of the moment is retried."""
    with transaction(con):
        forget_path(con, error.path)
        insert(con, [error])
        if error.sha256 and not is_retried(error.error_kind):
            con.execute(
                f"INSERT INTO {FILES_TABLE} VALUES (?, ?, 'failed', NULL, 0, 0, NULL, ?)",
                [error.path, error.sha256, error.at],
            )


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of every table and view of the project's."""
    from kcc_papers.ddl import TABLE_COLUMNS

    names = [*TABLE_COLUMNS, FILES_TABLE, *VIEWS]
    present = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() UNION ALL "
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    # fetchall, not fetchone (typed Optional): a count is always one row
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
            for t in names if t in present}


def table_columns(table: str) -> tuple[tuple[str, str], ...]:
    """A records' table's columns and types (as the models give them), from ``ddl``."""
    from kcc_papers.ddl import TABLE_COLUMNS

    return TABLE_COLUMNS[table]


def _tables_with(column: str) -> list[str]:
    """The records' tables that have ``column``, in the models' order."""
    from kcc_papers.ddl import TABLE_COLUMNS

    return [table for table, cols in TABLE_COLUMNS.items() if any(n == column for n, _ in cols)]


now = results.now


def rename(con: duckdb.DuckDBPyConnection, old: str, new: str) -> None:
    """Move what ``old`` holds to ``new`` (the file was renamed or moved), atomically."""
    with transaction(con):
        forget_path(con, new)
        con.execute(f"UPDATE {FILES_TABLE} SET path = ? WHERE path = ?", [new, old])
        con.execute("UPDATE documents SET path = ? WHERE path = ?", [new, old])
        con.execute("UPDATE ingest_errors SET path = ? WHERE path = ?", [new, old])
        for table in _tables_with("source_path"):
            con.execute(f"UPDATE {table} SET source_path = ? WHERE source_path = ?", [new, old])


def prune(con: duckdb.DuckDBPyConnection, roots: Sequence[Path], present: set[str]) -> int:
    """Forget every file stored from under ``roots`` that is not in ``present`` any more;
    returns how many. Files stored from elsewhere are left alone."""
    stored = [r[0] for r in con.execute(
        f"SELECT path FROM {FILES_TABLE} UNION SELECT path FROM ingest_errors").fetchall()]
    gone = [p for p in stored if p not in present and any(_under(p, root) for root in roots)]
    for path in gone:
        with transaction(con):
            forget_path(con, path)
    return len(gone)


def _under(path: str, root: Path) -> bool:
    return Path(path).is_relative_to(root)


# When the cross-paper pass (link.py) last completed (leading "_": the project's bookkeeping).
LINK_TABLE = "_kcc_link"


def mark_linked(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TABLE IF NOT EXISTS {LINK_TABLE} (linked_at TIMESTAMP)")
    con.execute(f"DELETE FROM {LINK_TABLE}")
    con.execute(f"INSERT INTO {LINK_TABLE} VALUES (?)", [now()])


def link_pending(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether files were written since the cross-paper pass last completed: a run stopped
    (a full disk) after its writes leaves the pass to the next run, which may write nothing."""
    newest = con.execute(f"SELECT max(ingested_at) FROM {FILES_TABLE}").fetchone()
    if not newest or newest[0] is None:
        return False
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                         [LINK_TABLE]).fetchone()
    if not exists or not exists[0]:
        return True
    last = con.execute(f"SELECT max(linked_at) FROM {LINK_TABLE}").fetchone()
    return not last or last[0] is None or newest[0] > last[0]
