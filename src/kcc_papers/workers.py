"""Per-file work in worker processes. A worker that dies (PDFium crashing on a file, the
kernel's OOM killer), runs past the file time limit or past its memory cap costs the file it
was reading, never the run: the parent ends it if need be and starts another. The workers'
own loop is in ``worker_process``, the parent's pool of them in ``worker_pool``; this module
starts a run's tasks and hands back their results."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from queue import Empty, SimpleQueue
from typing import Any, Generic, Protocol, TypeVar

from kcc_papers import faults, pattern_cache
from kcc_papers.errors import FileError
from kcc_papers.worker_pool import Task, _Pool
from kcc_papers.worker_process import WORKER_GC_THRESHOLD as WORKER_GC_THRESHOLD
from kcc_papers.worker_process import refuse_nested_run as refuse_nested_run

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
# Builds the result of a task that could not run: (path, sha256, why) -> result.
Failed = Callable[[str, str, FileError], R]


# Everything a worker imports reading a file, so that each forked worker imports nothing:
# the process's own loop (``worker_process._serve``, imported here) and the read function
# (``pipeline._read_file``) as well as the readers, the colour check of table pages and the
# codec PDFium's text needs.
# "__main__": meant to have the server import the parent's main script once, as a worker
# otherwise runs it again before its first task (multiprocessing's preparation). CPython
# 3.11's forkserver drops the script's path on the way, so it does nothing there: the
# kcc-papers script is named main-only instead (``cli._main_only_script``), and a caller's
# own script still runs again in each worker. ``server_start``, first: the readers' patterns made
# ahead, no garbage collection until the preload is done; ``server_exit``, last: the end of
# the preload, and the server's own quick exit.
PRELOAD = ["__main__", "kcc_papers.server_start", *pattern_cache.READERS,
           "kcc_papers.server_exit"]


@dataclass(frozen=True)
class Limits:
    """Per-file limits; None: no limit."""

    file_timeout: float | None = None  # seconds of wall time per file
    max_worker_mb: int | None = None  # address space of a worker process

    @property
    def any(self) -> bool:
        return self.file_timeout is not None or self.max_worker_mb is not None


NO_LIMITS = Limits()


def run_tasks(todo: list[Task], work: Callable[..., R], *, workers: int | None,
              kwargs: dict[str, Any], failed: Failed[R],
              limits: Limits | None = None,
              waiting: Callable[[], None] | None = None) -> Iterator[R]:
    """``work(path, sha, **kwargs)`` for every task, results in completion order, started
    when the first result is asked for (see :func:`start_tasks`)."""
    results = start_tasks(todo, work, workers=workers, kwargs=kwargs, failed=failed,
                          limits=limits, waiting=waiting)
    try:
        yield from results
    finally:
        results.close()


class Results(Protocol[R_co]):
    """Results of tasks being run, in completion order; ``close`` ends the run's workers
    (those still reading: their results are lost)."""

    def __iter__(self) -> Iterator[R_co]: ...

    def __next__(self) -> R_co: ...

    def close(self) -> None: ...


def start_tasks(todo: list[Task], work: Callable[..., R], *, workers: int | None,
                kwargs: dict[str, Any], failed: Failed[R],
                limits: Limits | None = None,
                waiting: Callable[[], None] | None = None) -> Results[R]:
    """Start ``work(path, sha, **kwargs)`` for every task: worker processes are asked for
    and given their first files before this returns (in a thread of their own: the caller
    may set up what it writes to meanwhile). While the caller waits for a result from worker
    processes, ``waiting`` is called (in its thread) every ``WAITING_TICK_SECONDS``: it may
    let go of what it holds (the database). The caller must ``close`` the results."""
    refuse_nested_run()
    workers = pool_size(workers, len(todo))
    limits = limits or NO_LIMITS
    hooks = faults.from_env()
    if in_process(workers, limits, hooks):
        # Nothing to enforce: no process to start (library callers, tests); each file is
        # read when its result is asked for.
        return (work(path, sha, **kwargs) for path, sha in todo)
    ctx = _context()
    # Largest files first so one big pack does not finish last on its own.
    queue = deque(sorted(todo, key=lambda t: -_size(t[0])))
    pool = _Pool(ctx, (work, kwargs, limits.max_worker_mb, hooks), workers, limits.file_timeout)
    return _Started(pool, queue, failed, waiting)


class _Started(Generic[R]):
    """Tasks given to worker processes. The pool is driven by a thread of its own: while the
    caller writes a batch to the database, idle workers are already given their next files."""

    def __init__(self, pool: _Pool, queue: deque[Task], failed: Failed[R],
                 waiting: Callable[[], None] | None) -> None:
        self.pool, self.failed, self.waiting = pool, failed, waiting
        self.replies: SimpleQueue[Any] = SimpleQueue()
        self.stop = threading.Event()
        self.done = False
        self.driver = threading.Thread(target=_drive, args=(pool, queue, self.replies, self.stop),
                                       daemon=True)
        self.driver.start()

    def __iter__(self) -> _Started[R]:
        return self

    def __next__(self) -> R:
        if self.done:
            raise StopIteration
        item = _next_reply(self.replies, self.waiting)
        if item is _DONE:
            self.done = True
            raise StopIteration
        if isinstance(item, BaseException):
            raise item
        (path, sha), outcome = item
        return outcome if not isinstance(outcome, FileError) else self.failed(path, sha, outcome)

    def close(self) -> None:
        """Ctrl-C, a database error, or the consumer stopping: end the workers now rather
        than let them finish files whose results are lost anyway."""
        self.stop.set()
        self.driver.join()
        self.pool.close()


def pool_size(workers: int | None, tasks: int) -> int:
    """How many worker processes read ``tasks`` files at once."""
    return max(1, min(workers or os.cpu_count() or 1, tasks or 1))


# How often a caller waiting for results is called back (``start_tasks``'s ``waiting``).
WAITING_TICK_SECONDS = 0.1


def _next_reply(replies: SimpleQueue[Any], waiting: Callable[[], None] | None) -> Any:
    if waiting is None:
        return replies.get()
    while True:
        try:
            return replies.get(timeout=WAITING_TICK_SECONDS)
        except Empty:
            waiting()


def in_process(workers: int | None, limits: Limits, hooks: faults.Faults | None = None) -> bool:
    """Whether ``start_tasks`` reads the files in this process (one worker, nothing to enforce)."""
    hooks = faults.from_env() if hooks is None else hooks
    return (workers or os.cpu_count() or 1) == 1 and not limits.any and not hooks


def _context() -> ForkServerContext:
    # forkserver: workers fork from a clean process, never from one holding a DuckDB handle.
    ctx = multiprocessing.get_context("forkserver")
    # The server imports the pipeline once; each worker forks with it loaded instead of
    # importing pdfplumber, pydantic models and every extractor again.
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def prestart() -> None:
    """Start the workers' server now, without waiting for it: it imports the readers
    (``PRELOAD``, about half a second of CPU) while this process does other work, such as
    setting up a new database. Only for a run that will read files in worker processes."""
    _context()
    _ensure_server()


def _ensure_server() -> None:
    """Start the workers' server, if it is not running, with Ctrl-C blocked in it. Ctrl-C
    reaches the whole process group, and CPython's server ignores it only once its preload is
    done: one sent while it started (a second or more, many on a loaded machine) killed it,
    with a 'Fatal Python error' or a KeyboardInterrupt traceback on stderr beside the run's
    one line. The signal mask is inherited through fork and exec (the resource tracker is
    started so by multiprocessing itself); each worker unblocks it once it ignores Ctrl-C
    (``worker_process._worker_setup``), so a worker still starting is covered too. Blocked
    here only in the calling thread, for the start: a Ctrl-C meanwhile is handled by this
    process as soon as it is unblocked, not lost."""
    from multiprocessing import forkserver, resource_tracker

    # First, on its own: the server's start starts the resource tracker too, whose start
    # unblocks Ctrl-C in the calling thread on its way out (it protects itself so).
    resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


_DONE = object()
# How often the driver looks up from waiting on workers to see whether to stop.
STOP_POLL_SECONDS = 0.2


def _drive(pool: _Pool, queue: deque[Task], replies: SimpleQueue[Any],
           stop: threading.Event) -> None:
    try:
        # The server started as Ctrl-C cannot kill it, here rather than by the first worker's
        # start (a run that did not ``prestart`` it).
        _ensure_server()
        while (queue or pool.busy()) and not stop.is_set():
            pool.dispatch(queue)
            for reply in pool.collect(STOP_POLL_SECONDS):
                replies.put(reply)
        if not stop.is_set():
            # Every file read: the workers end here while the caller writes the last
            # results, not after (ending them takes the server a round trip each).
            pool.close()
    except BaseException as exc:  # handed to the caller's thread, which raises it
        replies.put(exc)
    finally:
        replies.put(_DONE)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
