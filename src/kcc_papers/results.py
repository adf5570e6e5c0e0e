"""What reading one file gives (records or the error), apart from the pipeline: the worker
processes build it and never need the database, so they do not import DuckDB."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_papers.errors import KccPapersError
    from kcc_papers.models import Document, Finding, IngestError, Model, Record


@dataclass
class FileResult:
    path: str
    sha256: str
    documents: list[Document] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: IngestError | None = None
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0

    def rows(self) -> list[Model]:
        return [*self.documents, *self.records, *self.findings]


def now() -> dt.datetime:
    """UTC, without a time zone (as stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def file_error(path: str, sha256: str, exc: KccPapersError) -> IngestError:
    """The ``ingest_errors`` row of a file that failed with ``exc``."""
    from kcc_papers.models import IngestError

    return IngestError(path=path, sha256=sha256 or None, error_kind=exc.kind, message=exc.message,
                       at=now())
