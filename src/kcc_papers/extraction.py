"""Extraction as a pure function of a file: a path, or the bytes of a file and its name, in;
documents, records, findings and the file's error (if any) out. No database is touched, so
the same function runs in an ingest worker, on a Dask worker or in a notebook.
``pipeline.ingest`` uses it for every file it reads; ``lake`` writes its results as Parquet."""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from kcc_papers.hashing import file_sha256
from kcc_papers.reading import process_file
from kcc_papers.results import FileResult


def extract(source: str | Path | bytes, sha256: str | None = None, *, name: str | None = None,
            **options: Any) -> FileResult:
    """Records, findings and errors of one file. ``source`` is a path, or the file's bytes
    with ``name`` (the path or URL the records are to name). ``options``: ``max_bytes``,
    ``debug``, ``ocr`` (see :func:`kcc_papers.reading.process_file`). Never raises for a bad
    file: its failure is ``result.error``."""
    if not isinstance(source, bytes):
        return process_file(str(source), sha256, **options)
    if not name:
        raise ValueError("extracting bytes needs the name the records are to carry")
    return extract_bytes(source, name, sha256, **options)


def extract_bytes(data: bytes, name: str, sha256: str | None = None,
                  **options: Any) -> FileResult:
    """The loaders read files (PDFium, pdfplumber): the bytes go to a private temporary file
    with the name's suffix (the loaders' tie-breaker), and every path in the result is then
    ``name``."""
    suffix = PurePosixPath(name).suffix
    with tempfile.TemporaryDirectory(prefix="kcc-extract-") as folder:
        local = Path(folder) / f"file{suffix}"
        local.write_bytes(data)
        result = process_file(str(local), sha256 or file_sha256(local), **options)
    return relabel(result, name)


def relabel(result: FileResult, name: str) -> FileResult:
    """The result as if read from ``name``."""
    result.path = name
    for document in result.documents:
        document.path = name
    for record in result.records:
        record.source_path = name
    if result.error is not None:
        result.error.path = name
    return result
