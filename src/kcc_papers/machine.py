"""Faults of the machine, not of a file: a full disk, a database that cannot be written, is
damaged, or was written by a newer DuckDB. Each stops the run with one line naming the cause
and what to do; DuckDB and the OS say these things in their own words, read here."""

from __future__ import annotations

import errno
from pathlib import Path

from kcc_papers.errors import (
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    MachineFaultError,
)

DISK_FULL = ("no space left on device", "disk is full", "disk full")
READ_ONLY = ("read-only file system", "permission denied", "stale file handle",
             "transport endpoint is not connected", "no such device")
DAMAGED = ("could not read enough bytes", "corrupt database file", "not a valid duckdb database",
           "checksum")
TOO_NEW = ("storage version greater than", "newer version of duckdb",
           "but we can only read storage versions")
ERRNOS: dict[int, type[MachineFaultError]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EROFS: DatabaseReadOnlyError,
    errno.EACCES: DatabaseReadOnlyError,
    errno.EPERM: DatabaseReadOnlyError,
    errno.ESTALE: DatabaseReadOnlyError,
    errno.ENOTCONN: DatabaseReadOnlyError,
}
ADVICE: dict[type[MachineFaultError], str] = {
    DiskFullError: "no space left on the device holding the database: free some space and "
                   "run again (every file written so far is kept)",
    DatabaseReadOnlyError: "the database cannot be written (a read-only file or file system, "
                           "or its mount is gone): fix the permissions or the mount and run "
                           "again",
    DatabaseDamagedError: "the database file is damaged ({detail}): restore it from a backup, "
                          "or move it aside and ingest again into a new one",
    DatabaseTooNewError: "the database was written by a newer DuckDB than this one: upgrade "
                         "(pip install -U duckdb) or ingest into a new --db",
}


def fault_of(exc: BaseException, db: Path | str) -> MachineFaultError | None:
    """The machine fault ``exc`` reports, or None when it is something else."""
    cls = _by_errno(exc) or _by_words(str(exc).lower())
    if cls is None:
        return None
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return cls(ADVICE[cls].format(detail=detail), path=db)


def _by_errno(exc: BaseException) -> type[MachineFaultError] | None:
    code = getattr(exc, "errno", None)
    return ERRNOS.get(code) if isinstance(exc, OSError) and code is not None else None


def _by_words(text: str) -> type[MachineFaultError] | None:
    # Newer first: a file from a newer DuckDB can also fail its checksum.
    for words, cls in ((TOO_NEW, DatabaseTooNewError), (DISK_FULL, DiskFullError),
                       (READ_ONLY, DatabaseReadOnlyError), (DAMAGED, DatabaseDamagedError)):
        if any(w in text for w in words):
            return cls
    return None


def raise_if_fault(exc: BaseException, db: Path | str) -> None:
    """Raise the machine fault ``exc`` reports, if any (chained to it)."""
    fault = fault_of(exc, db)
    if fault is not None:
        raise fault from exc
