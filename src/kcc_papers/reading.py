"""The per-file half of the pipeline, run in worker processes: load -> segment -> extract ->
check. Kept apart from pipeline.py so that a run with nothing new to read (a no-op nightly
re-ingest) never imports the loaders and extractors."""

from __future__ import annotations

import time
import traceback
from collections.abc import Iterable
from pathlib import Path

from kcc_papers import identity
from kcc_papers.documents import build_contexts, build_documents
from kcc_papers.errors import ExtractionError, FileError, FileTooLargeError
from kcc_papers.extract import check_structure
from kcc_papers.extract.agenda.checks import check_split
from kcc_papers.extract.contracts import merge_pack
from kcc_papers.extract.meetings.documents import fill_meeting_fields
from kcc_papers.extract.registry import EXTRACTORS
from kcc_papers.load import OcrMode, Source, file_sha256, load
from kcc_papers.load.ocr_provenance import ocr_findings
from kcc_papers.models import AgendaItem, Document, Finding, Record
from kcc_papers.results import FileResult
from kcc_papers.results import file_error as _error
from kcc_papers.segment import segment
from kcc_papers.settings import DEFAULT_MAX_BYTES


def process_file(path: str, sha256: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 debug: bool = False, ocr: OcrMode = "auto") -> FileResult:
    """Everything but the write, for one file. Never raises for a bad file: the error is in
    the result. Runs in a worker process (OCR included: it is the slow part)."""
    started = time.perf_counter()
    result = FileResult(path, sha256 or "")
    try:
        result.sha256 = result.sha256 or file_sha256(Path(path))
        with load(Path(path), result.sha256, max_bytes=max_bytes, ocr=ocr) as source:
            result.pages = len(source.pages)
            result.ocr_pages = sum(p.ocr_confidence is not None for p in source.pages)
            _extract_file(source, result)
    except FileError as exc:
        result.error = _error(path, result.sha256, exc)
    except MemoryError:  # over the worker's memory cap: the file, not a bug
        result.error = _error(path, result.sha256, FileTooLargeError(
            "ran out of memory reading it (over --max-worker-mb)", path=path))
    except Exception as exc:  # a bug must cost one file, not the run
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
        result.error = _error(path, result.sha256, ExtractionError(detail, path=path))
    if result.error:
        result.documents, result.records, result.findings = [], [], []
    result.seconds = time.perf_counter() - started
    return result


def _extract_file(source: Source, result: FileResult) -> None:
    segments = segment(source)
    documents = build_documents(source, segments)
    result.documents = documents
    for ctx in build_contexts(source, segments, documents):
        doc = ctx.document
        found: list[Record] = []
        for extractor in EXTRACTORS:
            if not extractor.applies(doc.kind):
                continue
            name = extractor.name
            try:
                records = _with_provenance(extractor.extract(ctx), doc, source)
            except FileError as exc:  # a damaged part of the file (a table layer), not a bug
                ctx.finding("source_damaged", f"{name} extractor could not read part of the "
                            f"file: {exc.message}", severity="error", page=exc.page)
                continue
            except MemoryError:  # the file's size, not this extractor's bug: the file fails
                raise
            except Exception as exc:  # one extractor's bug must not cost the others' records
                ctx.finding("extractor_failed", f"{name} extractor failed: {type(exc).__name__}: "
                            f"{exc}", severity="error")
                continue
            found.extend(records)
        check_structure(ctx, found)
        result.records.extend(found)
        result.findings.extend(ctx.findings)
    result.findings.extend(ocr_findings(source, documents))
    _merge_contracts(result, documents[0])
    fill_meeting_fields(documents, result.records, source.iter_text)
    identity.assign(documents, result.records)
    items = [r for r in result.records if isinstance(r, AgendaItem)]
    if items and len(documents) > 1:
        result.findings.extend(check_split(items, documents[1:], documents[0].document_id))


def _merge_contracts(result: FileResult, first: Document) -> None:
    """One row per contract in the file: a pack may name a contract in two of its documents."""
    try:
        result.records, merged = merge_pack(result.records)
    except MemoryError:
        raise
    except Exception as exc:  # a merge bug costs the merge, not the file's records
        result.findings.append(Finding(document_id=first.document_id, record_table="contracts",
                                       check="extractor_failed", severity="error",
                                       message=f"contracts merge failed: {type(exc).__name__}: "
                                               f"{exc}"))
        return
    result.findings.extend(merged)


def _with_provenance(records: Iterable[Record], doc: Document, source: Source) -> list[Record]:
    """Stamp where each record came from. Inside the extractor's guard: a record that is not
    one (or rejects its provenance) is that extractor's bug, not the file's."""
    out = []
    for record in records:
        if not isinstance(record, Record):
            raise TypeError(f"extract() returned a {type(record).__name__}, not a record")
        record.document_id = doc.document_id
        record.source_path = source.path
        record.sha256 = source.sha256
        record.ocr_confidence = _page_confidence(source, record.page or doc.page_from)
        out.append(record)
    return out


def _page_confidence(source: Source, page: int | None) -> float | None:
    if page is None or not 0 < page <= len(source.pages):
        return None
    return source.pages[page - 1].ocr_confidence
