"""The per-file half of the pipeline, run in worker processes: load -> segment -> extract ->
check. Kept apart from pipeline.py so that a run with nothing new to read (a no-op nightly
re-ingest) never imports the loaders and extractors."""

from __future__ import annotations

import time
import traceback
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from kcc_papers import identity
from kcc_papers.errors import ExtractionError, FileError, FileTooLargeError
from kcc_papers.extract import Context, applies, check_structure, extractors
from kcc_papers.extract.agenda.checks import check_split
from kcc_papers.extract.contracts import merge_pack
from kcc_papers.extract.meetings import council_of
from kcc_papers.load import DEFAULT_MAX_BYTES, OcrMode, Source, file_sha256, load
from kcc_papers.load.ocr_provenance import ocr_findings, text_source
from kcc_papers.models import AgendaItem, Document, Finding, Meeting, Record
from kcc_papers.results import FileResult
from kcc_papers.results import file_error as _error
from kcc_papers.segment import Segment, segment


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
    documents = _documents(source, segments)
    result.documents = documents
    children = documents[1:] if len(documents) > 1 else documents
    mods = extractors()
    for seg, doc in zip(segments, children, strict=True):
        ctx = Context(source, seg, doc, siblings=children)
        found: list[Record] = []
        for name, module in mods:
            if not applies(module, doc.kind):
                continue
            try:
                records = _with_provenance(module.extract(ctx), doc, source)
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
    _fill_meeting_fields(source, documents, result.records)
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


def _documents(source: Source, segments: list[Segment]) -> list[Document]:
    """One Document per segment; a file of several documents also gets a parent ``pack``."""
    base = source.sha256[:16]

    def doc(n: int, kind: str, title: str | None, page_from: int, page_to: int,
            parent: str | None) -> Document:
        first = source.pages[page_from - 1] if page_from - 1 < len(source.pages) else None
        return Document(
            document_id=f"{base}-{n:02d}", path=source.path, sha256=source.sha256,
            kind=kind,  # type: ignore[arg-type]
            format=source.format, title=title, pages=page_to - page_from + 1, parent_id=parent,
            page_from=page_from, page_to=page_to,
            printed_page_from=first.printed_number if first else None,
            text_source=text_source(source.pages[page_from - 1 : page_to]),
        )

    if len(segments) == 1:
        s = segments[0]
        return [doc(0, s.kind, s.title, 1, len(source.pages), None)]
    # A covering letter ("Direct Dial/Ext: ...") does not name a pack; its first paper does.
    named = next((s for s in segments if s.kind != "other" and s.title), segments[0])
    pack = doc(0, "pack", named.title, 1, len(source.pages), None)
    return [pack] + [
        doc(n, s.kind, s.title, s.page_from, s.page_to, pack.document_id)
        for n, s in enumerate(segments, start=1)
    ]


def _fill_meeting_fields(source: Source, documents: list[Document], records: list[Record]) -> None:
    """Copy each document's meeting onto it; documents of a pack inherit the pack's meeting."""
    meetings = {r.document_id: r for r in records if isinstance(r, Meeting)}
    agendas = [d.document_id for d in documents if d.kind == "agenda"]
    pack_meeting = next((meetings[i] for i in agendas if i in meetings), None)
    pack_meeting = pack_meeting or _shared_meeting(list(meetings.values()))
    council = None
    for d in documents:
        m = meetings.get(d.document_id)
        fallback = pack_meeting if d.parent_id or d.kind == "pack" else None
        d.committee = (m and m.committee) or (fallback and fallback.committee) or None
        d.meeting_date = (m and m.meeting_date) or (fallback and fallback.meeting_date) or None
        d.council = (m and m.council) or (fallback and fallback.council) or None
        if d.council is None:
            council = council or council_of(source.iter_text()) or ""
            d.council = council or None
    for d in documents:
        # A pack without an agenda (a supplementary pack) keeps the title of its first paper.
        if (d.kind == "agenda" or (d.kind == "pack" and agendas)) and d.committee:
            # "AGENDA" says little in a list of documents; name the meeting instead.
            when = f" {d.meeting_date:%d %B %Y}" if d.meeting_date else ""
            d.title = f"{d.committee}{when} ({'agenda pack' if d.kind == 'pack' else 'agenda'})"


def _shared_meeting(meetings: list[Meeting]) -> Meeting | None:
    """A pack without an agenda (a supplementary pack: a letter and the reports it encloses)
    is for the meeting its papers name, when more than half of them name the same one."""
    named = Counter(
        (m.committee, m.meeting_date) for m in meetings if m.committee and m.meeting_date
    )
    if not named:
        return None
    ((key, count),) = named.most_common(1)
    if count * 2 <= len(meetings):
        return None
    return next(m for m in meetings if (m.committee, m.meeting_date) == key)
