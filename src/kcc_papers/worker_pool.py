"""The parent's side of the worker processes: each worker and the pipe it takes tasks from, and
the pool of them the parent gives files to, collects answers from and ends one at a time (a
worker that died, ran past its deadline or its memory cap)."""

from __future__ import annotations

import math
import os
import signal
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext
from typing import Any

from kcc_papers.errors import (
    ExtractionError,
    FileTimeoutError,
    FileTooLargeError,
    UnguardedScriptError,
    WorkerDiedError,
)
from kcc_papers.worker_process import UNGUARDED_EXIT, UNGUARDED_MESSAGE, _serve

Task = tuple[str, str]  # (path, sha256)
# How long an ended worker gets to go before it is killed outright.
END_GRACE_SECONDS = 2.0


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


def _exit_reason(code: int | None) -> str:
    if code is None or code >= 0:
        return f" (exit code {code})" if code else ""
    try:
        return f" ({signal.Signals(-code).name})"
    except ValueError:
        return f" (signal {-code})"
