"""Per-file work in worker processes. A worker that dies (PDFium crashing on a file, the
kernel's OOM killer) costs the file it was reading, never the run."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

R = TypeVar("R")
Task = tuple[str, str]  # (path, sha256)
# Builds the result of a task that could not run: (path, sha256, why) -> result.
Failed = Callable[[str, str, str], R]


def run_tasks(todo: list[Task], work: Callable[..., R], *, workers: int | None,
              kwargs: dict[str, Any], failed: Failed[R]) -> Iterator[R]:
    """``work(path, sha, **kwargs)`` for every task, results in completion order."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    if workers == 1 or len(todo) <= 1:
        for path, sha in todo:
            yield work(path, sha, **kwargs)
        return
    # forkserver: workers fork from a clean process, never from one holding a DuckDB handle.
    ctx = multiprocessing.get_context("forkserver")
    # Largest files first so one big pack does not finish last on its own.
    order = sorted(todo, key=lambda t: -_size(t[0]))
    done: set[str] = set()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            futures: dict[Future[R], Task] = {
                pool.submit(work, path, sha, **kwargs): (path, sha) for path, sha in order
            }
            for fut in as_completed(futures):
                path, sha = futures[fut]
                result = _outcome(fut, path, sha, failed)
                done.add(path)
                yield result
    except BrokenProcessPool:
        # Which file killed the worker is unknown, and every pending task is lost with the
        # pool: each remaining file gets a process of its own, so only the culprit fails.
        for path, sha in order:
            if path not in done:
                yield _isolated(ctx, work, path, sha, kwargs, failed)


def _outcome(fut: Future[R], path: str, sha: str, failed: Failed[R]) -> R:
    try:
        return fut.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:  # e.g. a result that cannot travel back from the worker
        return failed(path, sha, f"{type(exc).__name__}: {exc}")


def _isolated(ctx: BaseContext, work: Callable[..., R], path: str, sha: str,
              kwargs: dict[str, Any], failed: Failed[R]) -> R:
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:  # type: ignore[arg-type]
        fut = pool.submit(work, path, sha, **kwargs)
        try:
            return _outcome(fut, path, sha, failed)
        except BrokenProcessPool:
            return failed(path, sha, "the worker process died while reading this file")


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
