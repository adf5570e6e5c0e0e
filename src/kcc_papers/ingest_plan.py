"""The planning of what a run reads: the files under the given paths, hashed, less those the
database already holds (unchanged, duplicates, moved files, failures not worth reading again),
and the twins that share the fate of a file read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kcc_papers import store
from kcc_papers.errors import FileError, UsageError
from kcc_papers.hashing import file_sha256
from kcc_papers.results import FileResult, file_error
from kcc_papers.run_summary import FileOutcome, IngestSummary, ProgressCallback

if TYPE_CHECKING:
    import duckdb

    from kcc_papers.load.ocr import OcrMode


def discover(paths: Iterable[Path | str], *,
             outputs: Iterable[Path | str] = ()) -> list[Path]:
    """Files under the given paths (recursively, hidden ones left out), sorted. Every file is
    offered to the loaders, which decide by content: a .docx in a folder of papers is named
    as unsupported, not silently passed over. ``outputs`` (files or folders the run writes:
    the database and its lock, a lake) are left out of a folder holding them, or a run over
    that folder would read its own output as papers, more of it each time."""
    found: list[Path] = []
    written = [Path(o).resolve() for o in outputs]
    for p in map(Path, paths):
        if p.is_dir():
            own = _outputs_under(p, written)
            found.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and not _skipped(f.relative_to(p).parts, own)
            )
        elif p.is_file():
            found.append(p)
        elif p.exists():  # a FIFO or a device would block the hashing forever
            raise UsageError(f"not a regular file: {p}")
        else:
            raise UsageError(f"no such file or folder: {p}")
    return found


def _outputs_under(folder: Path, outputs: list[Path]) -> list[tuple[str, ...]]:
    """The outputs inside ``folder``, as parts relative to it."""
    root = folder.resolve()
    return [o.relative_to(root).parts for o in outputs if root in o.parents]


def _skipped(parts: tuple[str, ...], outputs: list[tuple[str, ...]]) -> bool:
    """A hidden file, or one of (or inside one of) the run's own outputs."""
    return (any(part.startswith(".") for part in parts)
            or any(parts[:len(o)] == o for o in outputs))


# To read, failed already, twins (sha256 -> paths), and whether the cross-paper pass is due.
Plan = tuple[list[tuple[str, str]], list[FileResult], dict[str, list[str]], bool]


def _retried_kinds(failures: dict[str, tuple[str, str]], ocr: OcrMode) -> frozenset[str]:
    """Failures worth reading again: a scan that failed before OCR was installed (or with
    --ocr never) may read now. OCR is looked for only when such a failure is stored."""
    if ocr == "never" or not any(kind == NO_TEXT_LAYER for kind, _ in failures.values()):
        return frozenset()
    from kcc_papers.load.ocr import available

    return frozenset({NO_TEXT_LAYER}) if available() else frozenset()


NO_TEXT_LAYER = "no_text_layer"


def _plan(files: list[Path], db: Path | str | None, summary: IngestSummary, wait: float,
          ocr: OcrMode = "auto") -> Plan:
    """Hash every file, then in one query drop those already in the database. Returns the
    files to process, the files already failed, and the paths whose content is the same as
    a file to process (sha256 -> paths), which share its fate. Failures of the ``retry``
    kinds are read again. ``db`` None: a database that does not exist yet, which holds
    nothing (no query)."""
    hashed: list[tuple[str, str]] = []
    errors: list[FileResult] = []
    for f in files:
        try:
            hashed.append((str(f), file_sha256(f)))
        except FileError as exc:
            errors.append(FileResult(str(f), "", error=file_error(str(f), "", exc)))
    if db is None:
        todo, twins = _sort(hashed, _Stored(), summary, errors)
        return todo, errors, twins, False
    with store.connect(db, wait=wait) as con:
        link_pending = store.link_pending(con)
        known = store.known_files(con)
        failures = store.known_failures(con)
        retry = _retried_kinds(failures, ocr)
        retried = {sha for sha, (kind, _) in failures.items() if kind in retry}
        stored = _Stored(
            con, known, _kept(store.ingested_files(con), hashed),
            {sha: failure for sha, failure in failures.items() if sha not in retried}, retried)
        todo, twins = _sort(hashed, stored, summary, errors)
    return todo, errors, twins, link_pending


@dataclass
class _Stored:
    """What the database holds of earlier runs, as the plan needs it (empty: a new one)."""

    con: duckdb.DuckDBPyConnection | None = None
    known: dict[str, str] = field(default_factory=dict)  # path -> sha256 of files handled
    hashes: set[str] = field(default_factory=set)  # contents whose records are kept
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)  # sha -> kind, message
    retried: set[str] = field(default_factory=set)  # failures read again


def _sort(hashed: list[tuple[str, str]], stored: _Stored, summary: IngestSummary,
          errors: list[FileResult]) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The files to read and their twins (sha256 -> paths); the rest are counted in
    ``summary`` or, failed before, added to ``errors``."""
    known, hashes, failures, retried = stored.known, stored.hashes, stored.failures, stored.retried
    todo = []
    twins: dict[str, list[str]] = {}
    for path, sha in hashed:
        if sha in retried and sha not in twins:
            todo.append((path, sha))  # read again: the old failure is replaced
            twins[sha] = []
        elif known.get(path) == sha and sha not in failures and sha not in retried:
            summary.unchanged += 1
            summary.note(FileOutcome(path, "unchanged"))
        elif sha in failures:
            # Not retried, but named again on every run: a nightly job must keep seeing it.
            # A copy of a broken file is as broken, and must be named like the first.
            kind, message = failures[sha]
            from kcc_papers.models import IngestError

            errors.append(FileResult(path, sha, error=IngestError(
                path=path, sha256=sha, error_kind=kind, message=message, at=store.now()),
                repeated=known.get(path) == sha))
        elif sha in twins:
            twins[sha].append(path)
        elif sha in hashes and stored.con is not None and _moved(stored.con, known, sha, path):
            summary.renamed += 1  # the file was moved or renamed: its records follow it
            summary.note(FileOutcome(path, "renamed"))
        elif sha in hashes:
            summary.duplicates += 1  # same content already ingested from another path
            summary.note(FileOutcome(path, "duplicate"))
        else:
            todo.append((path, sha))
            twins[sha] = []
    return todo, {sha: paths for sha, paths in twins.items() if paths}


def _kept(ingested: dict[str, str], hashed: list[tuple[str, str]]) -> set[str]:
    """The stored contents that will still be held after this run: a content whose every
    holder (a file whose records are stored; a duplicate or a failure holds none) is being
    read again with other content is not, so a copy of it is new, not a duplicate (else the
    copy's records were lost for a run)."""
    now = dict(hashed)
    return {sha for path, sha in ingested.items() if now.get(path, sha) == sha}


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
                summary.note(FileOutcome(path, "duplicate"))
                if on_file:
                    on_file(FileResult(path, result.sha256), "duplicate")

