"""What reading one file gives (records or the error), apart from the pipeline: the worker
processes build it and never need the database, so they do not import DuckDB."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kcc_papers.errors import KccPapersError
    from kcc_papers.models import Document, Finding, IngestError, Model, Record

# Rows as plain data: table -> column -> values, in row order and the models' field order.
TableColumns = dict[str, dict[str, list[Any]]]


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
    # The rows as column data, made by ``packed()`` (then the three lists are empty).
    columns: TableColumns | None = None
    row_count: int = 0
    # A failure this path already has its ingest_errors row for, named again: no row added.
    repeated: bool = False

    def rows(self) -> list[Model]:
        return [*self.documents, *self.records, *self.findings]

    def packed(self) -> FileResult:
        """This result with its rows as plain column data, for a worker to send: unpickling
        records would import the models (pydantic, ~0.2 s) in the parent, which only writes
        them. An error stays a record (a failed file is rare)."""
        rows = self.rows()
        return dataclasses.replace(self, documents=[], records=[], findings=[],
                                   columns=to_columns(rows), row_count=len(rows))

    def table_columns(self) -> TableColumns:
        return self.columns if self.columns is not None else to_columns(self.rows())

    def stored_rows(self) -> int:
        """Rows the file gave (documents, records and findings)."""
        return self.row_count if self.columns is not None else len(self.rows())


def to_columns(rows: Iterable[Model]) -> TableColumns:
    """The stored rows among ``rows``, column by column per table."""
    tables: TableColumns = {}
    for row in rows:
        if not row.table:
            continue
        columns = tables.get(row.table)
        if columns is None:
            columns = tables[row.table] = {name: [] for name in type(row).model_fields}
        for name, values in columns.items():
            values.append(getattr(row, name))
    return tables


def now() -> dt.datetime:
    """UTC, without a time zone (as stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def file_error(path: str, sha256: str, exc: KccPapersError) -> IngestError:
    """The ``ingest_errors`` row of a file that failed with ``exc``."""
    from kcc_papers.models import IngestError

    return IngestError(path=path, sha256=sha256 or None, error_kind=exc.kind, message=exc.message,
                       at=now())
