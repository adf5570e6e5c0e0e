"""``lake-ingest``: discover -> hash -> plan against the lake -> extract and write parts, on
the local worker processes (``workers.run_tasks``, with its per-file timeout and memory cap)
or on a Dask cluster (``engine_dask``, imported only then)."""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kcc_papers.errors import UsageError
from kcc_papers.lake.layout import FILE_SCHEME, Lake, fsspec_filesystem, is_url
from kcc_papers.lake.parts import Written
from kcc_papers.lake.plan import LakeState, Plan, Task, plan, retried_kinds
from kcc_papers.lake.tasks import hash_source, read_and_write, write_failure
from kcc_papers.settings import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from kcc_papers.lake.engine_dask import DaskEngine
    from kcc_papers.load.ocr import OcrMode
    from kcc_papers.models import IngestError

ENGINES = ("local", "dask")
OnFile = Callable[[Written], None]


@dataclass
class EngineOptions:
    """How the files are spread: the engine, and its retries and limits."""

    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler's address; None: a LocalCluster
    workers: int | None = None  # processes (local) or LocalCluster workers
    file_timeout: float | None = None
    max_worker_mb: int | None = None
    retries: int = 1  # Dask: task retries and the times a file may cost a worker
    debug: bool = False  # Dask: keep the engine's own log lines
    connect_timeout: float = 20.0  # Dask: seconds to reach the scheduler


@dataclass
class LakeSummary:
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    engine: str = "local"
    rows: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def add(self, written: Written) -> None:
        self.rows.update(written.rows)
        if written.error is not None:
            self.failed += 1
            self.errors.append(written.error)
        else:
            self.ingested += 1
            self.pages += written.pages
            self.ocr_pages += written.ocr_pages

    def to_dict(self) -> dict[str, Any]:
        counts = ("files", "ingested", "unchanged", "duplicates", "failed", "pages")
        return {"ok": self.ok, "engine": self.engine,
                **{name: getattr(self, name) for name in counts},
                "seconds": round(self.seconds, 3), "rows": dict(sorted(self.rows.items())),
                "errors": [e.model_dump(mode="json") for e in self.errors]}


def lake_ingest(paths: Iterable[str | Path], out: str | Path, *,
                engine: EngineOptions | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                debug: bool = False, ocr: OcrMode = "auto",
                on_file: OnFile | None = None,
                on_plan: Callable[[int], None] | None = None) -> LakeSummary:
    """Extract every new or changed file under ``paths`` into the lake at ``out``; files
    already there unchanged are skipped, a file read again replaces its parts. ``on_plan``
    is told how many files will be reported to ``on_file``, once they are known."""
    started = time.perf_counter()
    engine = engine or EngineOptions()
    if engine.engine not in ENGINES:
        raise UsageError(f"unknown engine {engine.engine!r}: choose one of {', '.join(ENGINES)}")
    if engine.scheduler and engine.engine != "dask":
        raise UsageError("--scheduler is the address of a Dask scheduler: add --engine dask")
    dask_engine = _dask_engine() if engine.engine == "dask" else None
    lake = Lake(out)
    files = discover(paths, lake)  # before the lake's folder is made: a wrong path leaves none
    if not lake.remote:
        from kcc_papers.export import make_folder

        make_folder(Path(lake.root))
    summary = LakeSummary(files=len(files), engine=engine.engine)
    run = uuid.uuid4().hex
    options = {"max_bytes": max_bytes, "debug": debug, "ocr": ocr}

    def note(written: Written) -> None:
        summary.add(written)
        if on_file:
            on_file(written)

    if dask_engine is not None:
        with dask_engine(engine) as dask:
            todo = _plan(dask.hash(files), lake, summary, run, note, ocr, on_plan)
            for written in dask.run(todo.todo, lake.root, run, options):
                _done(written, todo, lake, run, summary, note, dask.write_failure)
    else:
        todo = _plan([hash_source(f) for f in files], lake, summary, run, note, ocr, on_plan)
        for written in _run_local(todo, lake.root, run, options, engine):
            _done(written, todo, lake, run, summary, note, write_failure)
    summary.seconds = time.perf_counter() - started
    return summary


def _dask_engine() -> type[DaskEngine]:
    """The Dask engine's class; dask is an optional extra, so its absence is a usage error
    saying how to install it, not an internal one."""
    try:
        from kcc_papers.lake.engine_dask import DaskEngine
    except ImportError as exc:
        raise UsageError(f"--engine dask needs dask.distributed, which is not installed "
                         f"({exc.name or exc}): pip install 'kcc-papers[dask]'") from exc
    return DaskEngine


def _plan(hashed: list[tuple[str, str | None, IngestError | None]], lake: Lake,
          summary: LakeSummary, run: str, note: OnFile, ocr: OcrMode,
          on_plan: Callable[[int], None] | None = None) -> Plan:
    state = LakeState.read(lake)
    todo = plan(hashed, state, retried_kinds(state, ocr))
    if on_plan:
        on_plan(len(todo.todo) + len(todo.repeated) + len(todo.errors))
    summary.unchanged = len(todo.unchanged)
    summary.duplicates = len(todo.duplicates)
    for error in todo.repeated:  # named again, not rewritten: a nightly job keeps seeing it
        note(Written("", error.path, error.sha256 or "", "failed", error=error))
    for error in todo.errors:
        note(write_failure(lake.root, error, run=run))
    return todo


def _done(written: Written, todo: Plan, lake: Lake, run: str, summary: LakeSummary,
          note: OnFile, write: Callable[..., Written]) -> None:
    """A file's parts are in: its twins (same content, later paths) are duplicates, or share
    its failure, each with an error row of its own, as ``ingest`` records them."""
    note(written)
    for path in todo.twins.get(written.sha256, []):
        if written.error is None:
            summary.duplicates += 1
        else:
            error = written.error.model_copy(update={"path": path})
            note(write(lake.root, error, (), run))


def _run_local(todo: Plan, lake: str, run: str, options: dict[str, Any],
               engine: EngineOptions) -> Iterator[Written]:
    """The existing worker processes (``workers.run_tasks``): a file past the timeout or the
    memory cap, or whose worker died, gets its error part written here."""
    if not todo.todo:
        return
    from kcc_papers.workers import Limits, run_tasks

    stale = {t.sha256: t.stale for t in todo.todo}

    def failed(path: str, sha: str, exc: Any) -> Written:
        from kcc_papers.results import file_error as _error

        # the worker may have been ended while writing: its parts go with the failure
        return write_failure(lake, _error(path, sha, exc), (*stale.get(sha, ()), sha), run)

    yield from run_tasks(
        [(t.path, t.sha256) for t in todo.todo], read_and_write,
        workers=engine.workers or os.cpu_count() or 1,
        kwargs={"lake": lake, "stale": stale, "run": run, "options": options},
        failed=failed, limits=Limits(engine.file_timeout, engine.max_worker_mb))


def discover(paths: Iterable[str | Path], lake: Lake | None = None) -> list[str]:
    """Files under the given paths (local folders as ``ingest`` finds them, leaving out a
    local ``lake`` inside them; a URL's files through fsspec), in the order ``ingest`` reads
    them."""
    from kcc_papers.pipeline import discover as local

    outputs = [lake.root] if lake is not None and not lake.remote else []
    found: list[str] = []
    for p in map(str, paths):
        if not is_url(p):  # a file:// URL is a local path, as for the lake (Lake)
            found.extend(str(f) for f in local([p.removeprefix(FILE_SCHEME)], outputs=outputs))
            continue
        fs = fsspec_filesystem(p)
        if fs.isdir(p):
            # each file named as the URL given spells its folder (fsspec strips the scheme)
            root, stripped = p.rstrip("/"), fs._strip_protocol(p).rstrip("/")
            for name in sorted(fs.find(p)):
                rest = name[len(stripped):]
                if not any(part.startswith(".") for part in rest.split("/")):
                    found.append(root + rest)
        elif fs.isfile(p):
            found.append(p)
        else:
            raise UsageError(f"no such file or folder: {p}")
    return found


__all__ = ["EngineOptions", "LakeSummary", "Task", "discover", "lake_ingest"]
