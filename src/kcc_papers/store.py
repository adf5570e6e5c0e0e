"""DuckDB storage. The schema is derived from the pydantic models; each file is written in one
transaction, and the write connection is held only while writing so readers can get in."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import hashlib
import os
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kcc_papers import results
from kcc_papers.errors import DatabaseBusyError, DatabaseError, is_retried
from kcc_papers.machine import raise_if_fault
from kcc_papers.results import TableColumns
from kcc_papers.settings import DEFAULT_DB as DEFAULT_DB
from kcc_papers.settings import LOCK_WAIT_SECONDS as LOCK_WAIT_SECONDS
from kcc_papers.settings import WRITE_WAIT_SECONDS as WRITE_WAIT_SECONDS
from kcc_papers.views import VIEWS

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.models import IngestError, Model

# Start-up: the models (pydantic) are imported when records are written or the schema is
# set up, not to open a database whose schema this very code already set up; duckdb when a
# database is opened (an ingest starts its workers' server first: they wait for nothing).

T = TypeVar("T")

FILES_TABLE = "files"
FILES_COLUMNS = [
    ("path", "VARCHAR PRIMARY KEY"),
    ("sha256", "VARCHAR NOT NULL"),
    ("status", "VARCHAR NOT NULL"),  # ingested | failed | duplicate
    ("pages", "INTEGER"),
    ("documents", "INTEGER"),
    ("records", "INTEGER"),
    ("seconds", "DOUBLE"),
    ("ingested_at", "TIMESTAMP"),
]
SCALARS: dict[Any, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    dt.date: "DATE",
    dt.datetime: "TIMESTAMP",
}


def sql_type(annotation: Any) -> str:
    """DuckDB type of a model field annotation (Optional and Literal unwrapped)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return sql_type(args[0])
    if origin is typing.Literal:
        return sql_type(type(typing.get_args(annotation)[0]))
    if origin is list:
        return sql_type(typing.get_args(annotation)[0]) + "[]"
    if annotation in SCALARS:
        return SCALARS[annotation]
    raise TypeError(f"no DuckDB type for {annotation!r}")


def columns(model: type[Model]) -> list[tuple[str, str]]:
    return [(name, sql_type(f.annotation)) for name, f in model.model_fields.items()]


def table_models() -> dict[str, type[Model]]:
    from kcc_papers.models import STORED_MODELS

    return {m.table: m for m in STORED_MODELS if m.table}


def schema_sql() -> list[str]:
    """CREATE TABLE statements of every table (from ``ddl``, which the models give)."""
    from kcc_papers.ddl import TABLE_COLUMNS

    return tables_sql(TABLE_COLUMNS)


def tables_sql(tables: Mapping[str, Sequence[tuple[str, str]]]) -> list[str]:
    """CREATE TABLE statements for ``tables`` (name -> columns and types) and ``files``."""
    stmts = []
    for table, cols in [*tables.items(), (FILES_TABLE, FILES_COLUMNS)]:
        spec = ", ".join(f'"{name}" {typ}' for name, typ in cols)
        stmts.append(f"CREATE TABLE IF NOT EXISTS {table} ({spec})")
    return stmts


# Where the database remembers which schema it was last set up with (leading "_": not a table
# of records, so exports and listings leave it out).
SCHEMA_TABLE = "_kcc_schema"


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Tables, columns added since, views and comments: set up only when the code's schema
    differs from the one the database was last set up with, so that every other connection
    costs one query. The database remembers the schema's digest and a fingerprint of the
    source that made it: the same source (every nightly run of one version) is recognised
    without reading the schema. The schema comes from ``ddl`` (generated from the models),
    so setting up a new database imports no models, and its statements go in three calls."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (digest VARCHAR)")
    known = {r[0] for r in con.execute(f"SELECT digest FROM {SCHEMA_TABLE}").fetchall()}
    source = SOURCE_MARK + source_fingerprint()
    if source in known:
        return
    from kcc_papers.ddl import COMMENTS

    tables, views = schema_sql(), list(VIEWS.values())
    digest = hashlib.sha256("\n".join([*tables, *views, *COMMENTS]).encode()).hexdigest()
    with transaction(con):
        if digest not in known:
            con.execute(";\n".join(tables))
            _add_new_columns(con)
            con.execute(";\n".join([*views, *COMMENTS]))
        con.execute(f"DELETE FROM {SCHEMA_TABLE}")
        con.execute(f"INSERT INTO {SCHEMA_TABLE} VALUES (?), (?)", [digest, source])


SOURCE_MARK = "source:"


@functools.cache
def source_fingerprint() -> str:
    """sha256 of this package's source: any change to it makes the schema be checked."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _add_new_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database written by an earlier version lacks the columns added to the models since:
    add them (empty), so an upgrade never makes a nightly run fail on its old database."""
    from kcc_papers.ddl import TABLE_COLUMNS

    present = set(con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
    ).fetchall())
    for table, cols in TABLE_COLUMNS.items():
        for name, typ in cols:
            if (table, name) not in present:
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {typ}')


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failed statement, keeping the failure's own exception: on a full
    disk DuckDB may have ended the transaction already, and its 'cannot rollback - no
    transaction is active' would hide the cause."""
    import duckdb

    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All of the block's writes or none: the one place writes are committed or rolled back
    (and a failed rollback never hides the failure's own cause)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def _is_lock_error(exc: Exception) -> bool:
    # Not a bare "lock": "block" appears in messages about damaged files.
    text = str(exc).lower()
    return "could not set lock" in text or "conflicting lock" in text or "being used" in text


@contextmanager
def connect(path: Path | str, *, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:  # noqa: E501
    """Open the database, waiting up to ``wait`` seconds while another process holds it."""
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise DatabaseError("no database here: run 'kcc-papers ingest' first", path=path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)

    def attempt() -> duckdb.DuckDBPyConnection | None:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise_if_fault(exc, path)
                raise DatabaseError(f"cannot open the database ({exc})", path=path) from exc
            return None

    con = _poll(attempt, wait, 0.1, path,
                "the database is busy (another process has it open for writing): try again")
    try:
        if not read_only:
            try:
                ensure_schema(con)
            except duckdb.Error as exc:
                raise_if_fault(exc, path)
                raise DatabaseError(f"cannot write the database ({exc})", path=path) from exc
        yield con
    except BaseException as exc:
        with contextlib.suppress(duckdb.Error):
            con.close()
        if isinstance(exc, duckdb.Error | OSError):
            raise_if_fault(exc, path)
        raise
    try:
        if not read_only:
            # The log's rows go into the file here, and a disk that fills up may say so only
            # now: DuckDB's close checkpoints too but swallows a failure (exit 0, disk full).
            con.execute("CHECKPOINT")
        con.close()
    except duckdb.Error as exc:
        with contextlib.suppress(duckdb.Error):
            con.close()
        raise_if_fault(exc, path)
        raise


def _poll(attempt: Callable[[], T | None], wait: float, interval: float, path: Path | str,
          busy: str) -> T:
    """``attempt()`` until it gives something, for at most ``wait`` seconds; then say busy."""
    deadline = time.monotonic() + wait
    while (got := attempt()) is None:
        if time.monotonic() >= deadline:
            raise DatabaseBusyError(busy, path=path)
        time.sleep(interval)
    return got


# What DuckDB and the ingest lock put beside a database file ``X``: ``X.wal``, ``X.tmp/``
# (spilled intermediates) and ``X.ingest.lock``.
SIDECAR_SUFFIXES = (".wal", ".tmp", ".ingest.lock")


def database_files(db: Path | str) -> list[Path]:
    """The database file and the files beside it that belong to it: never papers."""
    return [Path(db), *(Path(str(db) + suffix) for suffix in SIDECAR_SUFFIXES)]


@contextmanager
def ingest_lock(db: Path | str, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """One ingest per database at a time. The ingest gives the DuckDB write lock up between
    batches so readers get in; this lock (a file beside the database, released by the kernel
    even on kill -9) keeps a second ingest out for the whole run."""
    target = database_files(db)[-1]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise_if_fault(exc, db)
        raise DatabaseError(f"cannot create {target.name} beside the database "
                            f"({exc.strerror})", path=db) from exc

    def attempt() -> bool | None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return None

    try:
        _poll(attempt, wait, 0.2, db,
              "the database is busy (another ingest is running): try again later")
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


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
