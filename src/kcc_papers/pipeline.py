"""The pipeline: find files -> hash -> skip known -> load -> segment -> extract -> check -> store.

Workers (processes) do everything up to the records; the parent alone writes to DuckDB, one
transaction per file, opening the write connection only for a batch of writes.
"""

from __future__ import annotations

import itertools
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from kcc_papers import identity, store
from kcc_papers.errors import (
    DatabaseError,
    ExtractionError,
    FileError,
    KccPapersError,
    UsageError,
)
from kcc_papers.extract import Context, applies, check_structure, extractors
from kcc_papers.extract.agenda.checks import check_split
from kcc_papers.extract.contracts import merge_pack
from kcc_papers.extract.meetings import council_of
from kcc_papers.link import link
from kcc_papers.load import DEFAULT_MAX_BYTES, OcrMode, Source, file_sha256, load
from kcc_papers.load.ocr import available as ocr_available
from kcc_papers.load.ocr_provenance import ocr_findings, text_source
from kcc_papers.models import AgendaItem, Document, Finding, IngestError, Meeting, Model, Record
from kcc_papers.segment import Segment, segment
from kcc_papers.workers import run_tasks

WRITE_BATCH_SECONDS = 1.0


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


@dataclass
class IngestSummary:
    files: int = 0
    unchanged: int = 0
    duplicates: int = 0
    renamed: int = 0
    pruned: int = 0
    ingested: int = 0
    failed: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    rows: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


# ---------------------------------------------------------------------------- one file


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
    except Exception as exc:  # a bug must cost one file, not the run
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
        result.error = _error(path, result.sha256, ExtractionError(detail, path=path))
    if result.error:
        result.documents, result.records, result.findings = [], [], []
    result.seconds = time.perf_counter() - started
    return result


def _error(path: str, sha256: str, exc: KccPapersError) -> IngestError:
    return IngestError(path=path, sha256=sha256 or None, error_kind=exc.kind, message=exc.message,
                       at=store.now())


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


# ---------------------------------------------------------------------------- many files


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """Files under the given paths (recursively, hidden ones left out), sorted. Every file is
    offered to the loaders, which decide by content: a .docx in a folder of papers is named
    as unsupported, not silently passed over."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.is_file():
            found.append(p)
        elif p.exists():  # a FIFO or a device would block the hashing forever
            raise UsageError(f"not a regular file: {p}")
        else:
            raise UsageError(f"no such file or folder: {p}")
    return found


ProgressCallback = Callable[[FileResult | None, str], None]
Worker = Callable[..., FileResult]


def ingest(
    paths: Iterable[Path | str],
    db: Path | str = store.DEFAULT_DB,
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    debug: bool = False,
    wait: float = store.WRITE_WAIT_SECONDS,
    on_file: ProgressCallback | None = None,
    on_plan: Callable[[int], None] | None = None,
    prune: bool = False,
    ocr: OcrMode = "auto",
) -> IngestSummary:
    """Ingest files and folders into ``db``. Unchanged files are skipped before being opened.
    With ``prune``, the records of files that were under the given folders and are gone are
    removed. ``ocr`` says which PDF pages are read with OCR (see ``load_pdf``). Whenever
    another process holds the database (a second ingest, a reader at the moment of a write)
    it waits up to ``wait`` seconds, then raises
    :class:`~kcc_papers.errors.DatabaseBusyError`."""
    started = time.perf_counter()
    paths = list(paths)
    files = discover(paths)
    summary = IngestSummary(files=len(files))
    with store.ingest_lock(db, wait=wait):
        todo, errors, twins = _plan(files, db, summary, wait, retry=_retried_kinds(ocr))
        if on_plan:
            on_plan(len(todo) + len(errors) + sum(map(len, twins.values())))
        results = _with_twins(_run(todo, workers, max_bytes, debug, ocr), twins, summary,
                              on_file)
        _write_all(db, itertools.chain(errors, results), summary, on_file, wait)
        if prune or summary.ingested or summary.renamed:  # an unchanged folder costs nothing
            with store.connect(db, wait=wait) as con:
                if prune:
                    folders = [Path(p) for p in paths if Path(p).is_dir()]
                    summary.pruned = store.prune(con, folders, {str(f) for f in files})
                link(con)
    summary.seconds = time.perf_counter() - started
    return summary


Plan = tuple[list[tuple[str, str]], list[FileResult], dict[str, list[str]]]


def _retried_kinds(ocr: OcrMode) -> frozenset[str]:
    """Failures worth reading again: a scan that failed before OCR was installed (or with
    --ocr never) may read now."""
    return frozenset({"no_text_layer"}) if ocr != "never" and ocr_available() else frozenset()


def _plan(files: list[Path], db: Path | str, summary: IngestSummary, wait: float,
          retry: frozenset[str] = frozenset()) -> Plan:
    """Hash every file, then in one query drop those already in the database. Returns the
    files to process, the files already failed, and the paths whose content is the same as
    a file to process (sha256 -> paths), which share its fate. Failures of the ``retry``
    kinds are read again."""
    hashed: list[tuple[str, str]] = []
    errors: list[FileResult] = []
    for f in files:
        try:
            hashed.append((str(f), file_sha256(f)))
        except FileError as exc:
            errors.append(FileResult(str(f), "", error=_error(str(f), "", exc)))
    with store.connect(db, wait=wait) as con:
        known = store.known_files(con)
        hashes = store.known_hashes(con)
        failures = store.known_failures(con)
        retried = {sha for sha, (kind, _) in failures.items() if kind in retry}
        failures = {sha: failure for sha, failure in failures.items() if sha not in retried}
        todo = []
        twins: dict[str, list[str]] = {}
        for path, sha in hashed:
            if sha in retried and sha not in twins:
                todo.append((path, sha))  # read again: the old failure is replaced
                twins[sha] = []
            elif known.get(path) == sha and sha not in failures and sha not in retried:
                summary.unchanged += 1
            elif sha in failures:
                # Not retried, but named again on every run: a nightly job must keep seeing it.
                # A copy of a broken file is as broken, and must be named like the first.
                kind, message = failures[sha]
                errors.append(FileResult(path, sha, error=IngestError(
                    path=path, sha256=sha, error_kind=kind, message=message, at=store.now())))
            elif sha in twins:
                twins[sha].append(path)
            elif sha in hashes and _moved(con, known, sha, path):
                summary.renamed += 1  # the file was moved or renamed: its records follow it
            elif sha in hashes:
                summary.duplicates += 1  # same content already ingested from another path
            else:
                todo.append((path, sha))
                twins[sha] = []
    return todo, errors, {sha: paths for sha, paths in twins.items() if paths}


def _moved(con: duckdb.DuckDBPyConnection, known: dict[str, str], sha: str, path: str) -> bool:
    """Whether content stored under a path that no longer exists has come back under
    ``path``; if so its records now say ``path``."""
    gone = [p for p, s in known.items() if s == sha and not Path(p).exists()]
    if not gone or any(s == sha and Path(p).exists() for p, s in known.items() if p != path):
        return False
    store.rename(con, gone[0], path)
    known[path] = known.pop(gone[0])
    return True


def _with_twins(results: Iterable[FileResult], twins: dict[str, list[str]],
                summary: IngestSummary, on_file: ProgressCallback | None) -> Iterator[FileResult]:
    """After each result, its twins: a failure of theirs too, else duplicates (not stored)."""
    for result in results:
        yield result
        for path in twins.get(result.sha256, []):
            if result.error:
                error = result.error.model_copy(update={"path": path, "at": store.now()})
                yield FileResult(path, result.sha256, error=error)
            else:
                summary.duplicates += 1
                if on_file:
                    on_file(FileResult(path, result.sha256), "duplicate")


def _run(todo: list[tuple[str, str]], workers: int | None, max_bytes: int, debug: bool,
         ocr: OcrMode = "auto", work: Worker = process_file) -> Iterator[FileResult]:
    return run_tasks(todo, work, workers=workers,
                     kwargs={"max_bytes": max_bytes, "debug": debug, "ocr": ocr}, failed=_failed)


def _failed(path: str, sha: str, message: str) -> FileResult:
    return FileResult(path, sha, error=_error(path, sha, ExtractionError(message, path=path)))


def _write_all(db: Path | str, results: Iterable[FileResult], summary: IngestSummary,
               on_file: ProgressCallback | None, wait: float) -> None:
    """Write results in short batches so the database is free between them."""
    batch: list[FileResult] = []
    last = time.monotonic()
    for result in results:
        batch.append(result)
        if time.monotonic() - last >= WRITE_BATCH_SECONDS:
            _write_batch(db, batch, summary, on_file, wait)
            batch, last = [], time.monotonic()
    if batch:
        _write_batch(db, batch, summary, on_file, wait)


def _write_batch(db: Path | str, batch: list[FileResult], summary: IngestSummary,
                 on_file: ProgressCallback | None, wait: float) -> None:
    with store.connect(db, wait=wait) as con:
        for result in batch:
            if not result.error:
                try:
                    counts = store.write_file(con, path=result.path, sha256=result.sha256,
                                              status="ingested", records=result.rows(),
                                              pages=result.pages, seconds=result.seconds)
                except duckdb.Error as exc:
                    # The transaction was rolled back; if the database itself is broken,
                    # recording the error below fails too and ends the run.
                    result = _failed(result.path, result.sha256,
                                     f"cannot store the records ({type(exc).__name__}: {exc})")
                else:
                    summary.ingested += 1
                    summary.pages += result.pages
                    summary.ocr_pages += result.ocr_pages
                    summary.rows.update(counts)
            if result.error:
                _write_error(con, result.error)
                summary.failed += 1
                summary.errors.append(result.error)
                summary.rows["ingest_errors"] += 1
            if on_file:
                on_file(result, "failed" if result.error else "ingested")


def _write_error(con: duckdb.DuckDBPyConnection, error: IngestError) -> None:
    try:
        store.write_error(con, error)
    except duckdb.Error as exc:
        raise DatabaseError(f"cannot write to the database ({exc})") from exc
