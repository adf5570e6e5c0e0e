"""One root exception, a subclass per way a file or a run can fail.

Each subclass carries a stable ``kind`` (stored in ``ingest_errors.error_kind``) and an exit
code. The CLI maps any :class:`KccPapersError` to one line and its exit code in one place.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from pathlib import Path


class ExitStatus(IntEnum):
    OK = 0
    FILES_FAILED = 1
    USAGE_OR_DATABASE = 2


class KccPapersError(Exception):
    """Root of every error this package raises on purpose."""

    kind = "error"
    exit_status = ExitStatus.FILES_FAILED

    def __init__(self, message: str, *, path: Path | str | None = None, page: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.page = page

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.page is not None:
            where += f" (page {self.page})"
        return f"{where}: {self.message}" if where else self.message


class FileError(KccPapersError):
    """A single input file could not be ingested; the run goes on.

    ``retry``: whether the next run tries the file again although its content is unchanged.
    Failures that are a property of the bytes (empty, corrupt, encrypted...) are remembered by
    sha256 and not retried; failures of the moment (unreadable, over today's size limit, a bug
    that a new version may fix) are retried.
    """

    retry = False


class EmptyFileError(FileError):
    kind = "empty_file"


class UnsupportedFormatError(FileError):
    kind = "unsupported_format"


class CorruptPdfError(FileError):
    kind = "corrupt_pdf"


class EncryptedPdfError(FileError):
    kind = "encrypted_pdf"


class NoTextLayerError(FileError):
    kind = "no_text_layer"


class BinaryTextError(FileError):
    kind = "binary_text"


class FileUnreadableError(FileError):
    retry = True
    kind = "unreadable"


class FileTooLargeError(FileError):
    retry = True
    kind = "too_large"


class FileTimeoutError(FileError):
    """The file took longer than ``--file-timeout``: its worker was ended. Retried, as a
    loaded machine may be the cause."""

    retry = True
    kind = "timeout"


class WorkerDiedError(FileError):
    """The worker process died while reading the file (PDFium crashing, the OOM killer)."""

    retry = True
    kind = "worker_died"


class ExtractionError(FileError):
    """An unexpected failure while processing a readable file (a bug, reported per file)."""

    kind = "internal_error"
    retry = True


class RunError(KccPapersError):
    """The run itself cannot go on (bad arguments, database trouble)."""

    exit_status = ExitStatus.USAGE_OR_DATABASE


class UsageError(RunError):
    kind = "usage"


def check_date_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    """A range whose start is after its end selects nothing: say so rather than answer empty."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {date_from:%Y-%m-%d} is after --to {date_to:%Y-%m-%d}")


class UnguardedScriptError(RunError):
    """A worker process, importing the caller's script as every worker does, was told to
    ingest again: the script calls ``ingest`` at its top level, not under
    ``if __name__ == "__main__":``. The run stops rather than wait on its own workers."""

    kind = "unguarded_script"


class DatabaseError(RunError):
    kind = "database"


class DatabaseBusyError(DatabaseError):
    kind = "database_busy"


class SiteError(RunError):
    """A council's site as a whole could not be used (the run stops: exit 2, one line)."""

    kind = "site"


class SiteRefusedError(SiteError):
    """The site answered 403: a web application firewall or a closed web service. Never
    retried: asking again in a loop is what gets a client blocked."""

    kind = "site_refused"


class SiteUnreachableError(SiteError):
    """The site could not be reached, or kept failing after the retries."""

    kind = "site_unreachable"


class SiteResponseError(SiteError):
    """The web service answered with something that is not the XML it documents."""

    kind = "site_response"


class EngineError(RunError):
    """The cluster asked for cannot be used (a Dask scheduler that cannot be reached)."""

    kind = "engine"


class DocumentFetchError(KccPapersError):
    """One linked document could not be had; recorded in ``sources`` and the run goes on."""

    kind = "fetch_failed"
class MachineFaultError(DatabaseError):
    """The machine, not a file, stops the run (a full disk, a read-only or damaged database):
    the run stops writing at once; what was committed stays, and a re-run converges."""

    kind = "machine_fault"


class DiskFullError(MachineFaultError):
    kind = "disk_full"


class DatabaseReadOnlyError(MachineFaultError):
    kind = "database_read_only"


class DatabaseDamagedError(MachineFaultError):
    kind = "database_damaged"


class DatabaseTooNewError(MachineFaultError):
    kind = "database_too_new"


class InternalError(RunError):
    """An unexpected exception outside any one file (a bug): one line unless --debug."""

    kind = "internal"


def file_error_classes() -> dict[str, type[FileError]]:
    """Every per-file failure by its ``kind``."""
    found: dict[str, type[FileError]] = {}
    todo: list[type[FileError]] = [FileError]
    while todo:
        cls = todo.pop()
        found[cls.kind] = cls
        todo.extend(cls.__subclasses__())
    return found


def is_retried(kind: str) -> bool:
    """Whether a file that failed with ``kind`` is tried again when unchanged (unknown: yes)."""
    cls = file_error_classes().get(kind)
    return cls is None or cls.retry
