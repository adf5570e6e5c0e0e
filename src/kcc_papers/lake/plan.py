"""What a lake run must read, decided from the lake's own ``files`` and ``ingest_errors``
parts with the rules of ``ingest``: an unchanged file is skipped, a changed one replaces its
parts, content already in the lake under a path still present is a duplicate (under a path
gone, the file was moved: read again under its new path), a failure of the content itself is
named again but not re-read, a failure of the moment is retried."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import duckdb

from kcc_papers import store
from kcc_papers.errors import is_retried
from kcc_papers.lake.layout import Lake, error_key, source_exists
from kcc_papers.lake.partition import read_sql

if TYPE_CHECKING:
    from kcc_papers.load.ocr import OcrMode
    from kcc_papers.models import IngestError


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str
    stale: tuple[str, ...] = ()  # keys whose parts this file's parts replace


@dataclass
class Plan:
    todo: list[Task] = field(default_factory=list)
    twins: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> later paths
    errors: list[IngestError] = field(default_factory=list)  # to write now (unreadable, copies)
    repeated: list[IngestError] = field(default_factory=list)  # known failures, named again
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


@dataclass
class LakeState:
    ingested: dict[str, str] = field(default_factory=dict)  # path -> sha256
    owners: dict[str, str] = field(default_factory=dict)  # sha256 -> path
    failed: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)  # path -> ...
    # sha256 -> (path, kind, message) of content that failed for what it is (not retried)
    broken: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, lake: Lake) -> LakeState:
        state = cls()
        con = duckdb.connect()
        try:
            _register(con, lake)
            if lake.has_parts(store.FILES_TABLE):
                for path, sha, status in con.execute(
                        f"SELECT path, sha256, status FROM {read_sql(lake.glob('files'))}"
                ).fetchall():
                    if status == "ingested":
                        state.ingested[path] = sha
                        state.owners[sha] = path
            if lake.has_parts("ingest_errors"):
                for path, sha, kind, message in con.execute(
                        "SELECT path, sha256, error_kind, message FROM "
                        f"{read_sql(lake.glob('ingest_errors'))} ORDER BY path").fetchall():
                    state.failed[path] = (sha, kind, message)
                    if sha and not is_retried(kind) and sha not in state.broken:
                        state.broken[sha] = (path, kind, message)
        finally:
            con.close()
        return state


def _register(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """DuckDB reads an object store through the lake's fsspec file system."""
    if lake.remote:
        con.register_filesystem(lake.fs)


def plan(hashed: list[tuple[str, str | None, IngestError | None]], state: LakeState,
         retried: frozenset[str] = frozenset()) -> Plan:
    """``hashed``: (path, sha256, error of hashing) in discovery order; the rules are
    ``ingest_plan._plan``'s, in its order. Failures of the ``retried`` kinds are read again
    (a scan that failed before OCR could read it)."""
    out = Plan()
    read: set[str] = set()
    for path, sha, hash_error in hashed:
        if hash_error is not None or sha is None:
            if hash_error is not None:
                out.errors.append(hash_error)
            continue
        broken = state.broken.get(sha)
        broken = broken if broken and broken[1] not in retried else None
        failure = state.failed.get(path)
        old = state.ingested.get(path)
        stale = [k for k in (old if old and old != sha else None,
                             failure and error_key(path)) if k]
        if old == sha and not broken:
            out.unchanged.append(path)
        elif broken and broken[0] == path:
            out.repeated.append(_error(path, sha, broken[1], broken[2]))
        elif broken:  # a copy of content that failed for what it is fails the same way
            out.errors.append(_error(path, sha, broken[1], broken[2]))
        elif sha in read:
            out.twins.setdefault(sha, []).append(path)
        elif sha in state.owners and state.owners[sha] != path:
            if source_exists(state.owners[sha]):
                out.duplicates.append(path)
            else:  # moved: read again under the new path, replacing the old one's parts
                out.todo.append(Task(path, sha, (*stale, sha, error_key(state.owners[sha]))))
                read.add(sha)
        else:
            out.todo.append(Task(path, sha, tuple(stale)))
            read.add(sha)
    return out


def retried_kinds(state: LakeState, ocr: OcrMode) -> frozenset[str]:
    """As ``ingest_plan._retried_kinds``: scans that failed as ``no_text_layer`` are read again
    once OCR can read them (OCR is looked for only when such a failure is in the lake)."""
    from kcc_papers.pipeline import _retried_kinds

    failures = {sha: (kind, message) for sha, (_, kind, message) in state.broken.items()}
    return _retried_kinds(failures, ocr)


def _error(path: str, sha: str, kind: str, message: str) -> IngestError:
    from kcc_papers.models import IngestError

    return IngestError(path=path, sha256=sha, error_kind=kind, message=message, at=store.now())
