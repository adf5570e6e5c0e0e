"""Per-file work in worker processes. A worker that dies (PDFium crashing on a file, the
kernel's OOM killer), runs past the file time limit or past its memory cap costs the file it
was reading, never the run: the parent ends it if need be and starts another."""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext
from queue import Empty, SimpleQueue
from typing import Any, Generic, Protocol, TypeVar

from kcc_papers import faults, pattern_cache
from kcc_papers.errors import (
    ExtractionError,
    FileError,
    FileTimeoutError,
    FileTooLargeError,
    UnguardedScriptError,
    WorkerDiedError,
)

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Task = tuple[str, str]  # (path, sha256)
# Builds the result of a task that could not run: (path, sha256, why) -> result.
Failed = Callable[[str, str, FileError], R]


# Everything a worker imports reading a file, so that each forked worker imports nothing:
# the process's own loop (``_serve``, here) and the read function (``pipeline._read_file``)
# as well as the readers, the colour check of table pages and the codec PDFium's text needs.
# "__main__": meant to have the server import the parent's main script once, as a worker
# otherwise runs it again before its first task (multiprocessing's preparation). CPython
# 3.11's forkserver drops the script's path on the way, so it does nothing there: the
# kcc-papers script is named main-only instead (``cli._main_only_script``), and a caller's
# own script still runs again in each worker. ``server_start``, first: the readers' patterns made
# ahead, no garbage collection until the preload is done; ``server_exit``, last: the end of
# the preload, and the server's own quick exit.
PRELOAD = ["__main__", "kcc_papers.server_start", *pattern_cache.READERS,
           "kcc_papers.server_exit"]
MB = 2**20
# A worker's youngest-generation collection threshold (Python's default is 700). Reading a
# file makes and drops tens of thousands of lists, dicts and tuples, freed by their counts
# as each page is done; at 700 the collector ran ~240 times over the corpus and moved
# short-lived page structures into older generations (whose collections walk them again):
# 0.04-0.14 s of a process's ~2 s reading, the more the busier the machine. At this
# threshold it runs ~5 times. Cyclic garbage still goes, later: at most this many objects.
WORKER_GC_THRESHOLD = 10_000
# How long an ended worker gets to go before it is killed outright.
END_GRACE_SECONDS = 2.0


@dataclass(frozen=True)
class Limits:
    """Per-file limits; None: no limit."""

    file_timeout: float | None = None  # seconds of wall time per file
    max_worker_mb: int | None = None  # address space of a worker process

    @property
    def any(self) -> bool:
        return self.file_timeout is not None or self.max_worker_mb is not None


NO_LIMITS = Limits()


# Why a worker exits before its first task when its start ran the caller's script into a second
# run (``refuse_nested_run``); any other exit of a worker is one file's failure.
UNGUARDED_EXIT = 87
UNGUARDED_MESSAGE = (
    "a worker process ran your script again as it started (every worker imports the main "
    "script) and the script started another ingest: put the call to kcc_papers.ingest under "
    "'if __name__ == \"__main__\":'")


def refuse_nested_run() -> None:
    """Stop a run begun while a worker process is still importing the caller's script. Such a
    run would wait forever on the database the parent holds (and the parent on this worker),
    so the worker says why and exits with ``UNGUARDED_EXIT``, which the parent turns into
    :class:`UnguardedScriptError`. Outside a starting child process this does nothing."""
    # multiprocessing marks a child that is still preparing (importing the parent's main
    # module) with this flag; its own "bootstrapping phase" check reads the same one.
    if not getattr(multiprocessing.current_process(), "_inheriting", False):
        return
    os.write(2, f"kcc_papers: {UNGUARDED_MESSAGE}\n".encode())
    os._exit(UNGUARDED_EXIT)


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
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


_DONE = object()
# How often the driver looks up from waiting on workers to see whether to stop.
STOP_POLL_SECONDS = 0.2


def _drive(pool: _Pool, queue: deque[Task], replies: SimpleQueue[Any],
           stop: threading.Event) -> None:
    try:
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


class _Worker:
    """One worker process and the pipe it takes tasks from and answers on."""

    def __init__(self, ctx: ForkServerContext, setup: tuple[Any, ...]) -> None:
        ours, theirs = ctx.Pipe()
        self.process = ctx.Process(
            target=_serve, args=(theirs, os.getpid(), *setup), daemon=True)
        self.process.start()
        theirs.close()
        self.conn: Connection = ours
        self.task: Task | None = None
        self.deadline = math.inf

    def give(self, task: Task, timeout: float | None) -> None:
        self.conn.send(task)
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout is not None else math.inf

    def answer(self) -> Any:
        """The reply to the task (or why there is none), once the pipe or process is ready."""
        path = self.task[0] if self.task else None
        try:
            status, value = self.conn.recv() if self.conn.poll() else ("died", None)
        except (EOFError, OSError):
            status, value = "died", None
        if status == "ok":
            return value
        if status == "too_large":
            return FileTooLargeError("ran out of memory reading it (over --max-worker-mb)",
                                     path=path)
        if status == "error":  # e.g. a result that could not travel back from the worker
            return ExtractionError(str(value), path=path)
        self.check_started()
        return WorkerDiedError(f"the worker process died while reading this file"
                               f"{_exit_reason(self.process.exitcode)}", path=path)

    def check_started(self) -> None:
        """Raise :class:`UnguardedScriptError` if this ended worker never got past its own
        start (``refuse_nested_run``): not one file's fault, so the run stops."""
        self.process.join(END_GRACE_SECONDS)  # it has ended or is ending: its exit code
        if self.process.exitcode == UNGUARDED_EXIT:
            raise UnguardedScriptError(UNGUARDED_MESSAGE)

    def end(self) -> None:
        self.process.terminate()
        self.reap()

    def reap(self) -> None:
        """Wait for the ended process (killed if it outstays the grace), close the pipe."""
        self.process.join(END_GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class _Pool:
    """Workers the parent can end one at a time, which a ProcessPoolExecutor cannot."""

    def __init__(self, ctx: ForkServerContext, setup: tuple[Any, ...], size: int,
                 timeout: float | None) -> None:
        self.ctx, self.setup, self.size, self.timeout = ctx, setup, size, timeout
        self.workers: list[_Worker] = []

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def dispatch(self, queue: deque[Task]) -> None:
        while queue and len(self.busy()) < self.size:
            idle = next((w for w in self.workers if w.task is None), None)
            if idle is None:
                idle = _Worker(self.ctx, self.setup)
                self.workers.append(idle)
            try:
                idle.give(queue[0], self.timeout)
            except OSError:  # it died idle (killed from outside): another takes the task
                idle.task = None
                idle.check_started()
                self._drop(idle)
                continue
            queue.popleft()

    def collect(self, longest: float) -> Iterator[tuple[Task, Any]]:
        """Wait (``longest`` seconds at most) for the first replies, deaths or deadlines;
        each ended worker is dropped (dispatch starts another)."""
        busy = self.busy()
        next_deadline = min(w.deadline for w in busy)
        timeout = min(longest, max(0.0, next_deadline - time.monotonic()))
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout))
        now = time.monotonic()
        for w in busy:
            task = w.task
            assert task is not None
            if w.conn in ready or w.process.sentinel in ready:
                outcome = w.answer()
                replace = isinstance(outcome, WorkerDiedError | FileTooLargeError)
            elif now >= w.deadline:
                outcome = FileTimeoutError(f"took longer than --file-timeout {self.timeout:g}s",
                                           path=task[0])
                replace = True
            else:
                continue
            w.task = None
            if replace:  # a worker that overran its cap may have a ruined heap: a fresh one
                self._drop(w)
            yield task, outcome

    def _drop(self, worker: _Worker) -> None:
        worker.end()
        self.workers.remove(worker)

    def close(self) -> None:
        # Every worker told first, then each waited for: they go at the same time.
        for worker in self.workers:
            worker.process.terminate()
        while self.workers:
            self.workers.pop().reap()


def _serve(conn: Connection, parent: int, work: Callable[..., Any], kwargs: dict[str, Any],
           max_mb: int | None, hooks: faults.Faults) -> None:
    """A worker's life: take a task, answer, until the parent closes the pipe."""
    _worker_setup(parent)
    if max_mb is not None:
        cap = max_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    while True:
        try:
            path, sha = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if hooks:
                faults.inject(hooks, path)
            reply: tuple[str, Any] = ("ok", work(path, sha, **kwargs))
        except MemoryError:
            reply = ("too_large", None)
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("too_large", None))
        except Exception as exc:  # the result does not pickle
            conn.send(("error", f"cannot send the result back ({type(exc).__name__}: {exc})"))


def _exit_reason(code: int | None) -> str:
    if code is None or code >= 0:
        return f" (exit code {code})" if code else ""
    try:
        return f" ({signal.Signals(-code).name})"
    except ValueError:
        return f" (signal {-code})"


def _worker_setup(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it (one line, exit
    # 130), rather than every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
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
