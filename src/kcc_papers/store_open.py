"""Opening a DuckDB database: waiting while another process holds it, setting its schema up
(only when the code's schema changed), the one ingest per database lock, and the transaction
every write goes through."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kcc_papers.errors import DatabaseBusyError, DatabaseError
from kcc_papers.machine import raise_if_fault
from kcc_papers.settings import LOCK_WAIT_SECONDS
from kcc_papers.store_schema import schema_sql
from kcc_papers.views import VIEWS

if TYPE_CHECKING:
    import duckdb

# Start-up: the models (pydantic) are imported when records are written or the schema is
# set up, not to open a database whose schema this very code already set up; duckdb when a
# database is opened (an ingest starts its workers' server first: they wait for nothing).

T = TypeVar("T")


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
    """A digest of this package's source files' names, sizes and modification times: any
    edit, upgrade or checkout changes it and makes the schema be checked. Stat, not content:
    reading every module's bytes was a tenth of a no-op run's time."""
    return tree_fingerprint(Path(__file__).parent)


def tree_fingerprint(root: Path) -> str:
    """sha256 over (relative path, size, mtime) of every module under ``root``."""
    h = hashlib.sha256()
    for rel, size, mtime_ns in _source_files(str(root)):
        h.update(f"{rel}\0{size}\0{mtime_ns}\n".encode())
    return h.hexdigest()


def _source_files(root: str) -> Iterator[tuple[str, int, int]]:
    """(path relative to root, size, mtime in ns) of every module under root, in a fixed
    order; caches of bytecode are left out, as they change without the source changing."""
    folders = [root]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    st = entry.stat()
                    yield os.path.relpath(entry.path, root), st.st_size, st.st_mtime_ns


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

