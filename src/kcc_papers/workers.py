"""Per-file work in worker processes. A worker that dies (PDFium crashing on a file, the
kernel's OOM killer) costs the file it was reading, never the run."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

R = TypeVar("R")
Task = tuple[str, str]  # (path, sha256)
# Builds the result of a task that could not run: (path, sha256, why) -> result.
Failed = Callable[[str, str, str], R]


PRELOAD = ["kcc_papers.pipeline", "kcc_papers.load.pdf_fast", "pdfplumber"]


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
    # The server imports the pipeline once; each worker forks with it loaded instead of
    # importing pdfplumber, pydantic models and every extractor again.
    ctx.set_forkserver_preload(PRELOAD)
    # Largest files first so one big pack does not finish last on its own.
    order = sorted(todo, key=lambda t: -_size(t[0]))
    done: set[str] = set()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                 initializer=_worker_setup, initargs=(os.getpid(),)) as pool:
            futures: dict[Future[R], Task] = {
                pool.submit(work, path, sha, **kwargs): (path, sha) for path, sha in order
            }
            try:
                for fut in as_completed(futures):
                    path, sha = futures[fut]
                    result = _outcome(fut, path, sha, failed)
                    done.add(path)
                    yield result
            except BaseException:
                # Ctrl-C, a database error, or the consumer stopping: leaving the block
                # would otherwise wait for every queued file, whose results are lost anyway.
                _stop(pool)
                raise
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
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx,  # type: ignore[arg-type]
                             initializer=_worker_setup, initargs=(os.getpid(),)) as pool:
        fut = pool.submit(work, path, sha, **kwargs)
        try:
            return _outcome(fut, path, sha, failed)
        except BrokenProcessPool:
            return failed(path, sha, "the worker process died while reading this file")


def _stop(pool: ProcessPoolExecutor) -> None:
    # The pool has no public way to stop running tasks before Python 3.14; its worker
    # processes are terminated directly (shutdown() forgets them, so read them first).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def _worker_setup(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it (one line, exit
    # 130), rather than every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker waits on its task queue forever if the parent is killed (kill -9, OOM):
    # nightly runs would pile up orphans. Exit when the parent is gone.
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs. A killed parent stays a zombie until its own parent reaps it,
    which may wait for our output pipes to close: so a zombie counts as dead."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except FileNotFoundError:
        return False
    except (OSError, IndexError):
        pass  # no /proc (not Linux): a signal probe, which cannot tell a zombie
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
