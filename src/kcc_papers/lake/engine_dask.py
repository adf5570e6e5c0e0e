"""The Dask engine: the extraction mapped over a ``dask.distributed`` cluster. Workers read
the files (a shared path, or a URL through fsspec) and write their parts to the lake; the
client plans, tracks progress and records the files the cluster could not finish.

Failures come from the engine: an exception in a task is retried (``retries``); a worker that
dies on a file (PDFium crashing, the OOM killer, the worker's memory limit) is restarted by its
nanny and the file rescheduled, until the scheduler's ``allowed-failures`` gives it up as
``KilledWorker`` (the file's error row: ``worker_died``). Dask has no per-task time limit: a
timer in the task ends its own worker process past ``file_timeout`` after writing the file's
``timeout`` row, and the nanny and scheduler then restart and give up as for any other death.
Imported only when ``--engine dask`` is asked for."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.comm.addressing import get_address_host_port
from distributed.scheduler import KilledWorker

from kcc_papers import faults
from kcc_papers.errors import EngineError
from kcc_papers.lake.layout import Lake, error_key
from kcc_papers.lake.parts import Written
from kcc_papers.lake.tasks import hash_source, read, write_failure, write_read

if TYPE_CHECKING:
    from kcc_papers.lake.plan import Task
    from kcc_papers.lake.run import EngineOptions
    from kcc_papers.models import IngestError

# How a worker that timed out ends itself: the nanny restarts it.
TIMED_OUT_EXIT = 75
# The scheduler's HTTP server (health and metrics; no dashboard without bokeh) starts even
# with the dashboard off, on 8787 by default: another cluster there made distributed warn on
# every run. Any free loopback port will do, as nothing here reads it.
LOCAL_HTTP_ADDRESS = "127.0.0.1:0"


def scheduler_config(retries: int) -> dict[str, Any]:
    """What a scheduler running lake-ingest needs (set them on a cluster of your own):
    a file may cost ``retries`` worker deaths before it is given up; and each worker is given
    one file per thread, no more, because a worker that dies takes the files queued on it
    with it, and each would count that death against itself."""
    return {"distributed.scheduler.allowed-failures": retries,
            "distributed.scheduler.worker-saturation": 1.0}


class DaskEngine:
    """A client on the scheduler given, or on a LocalCluster of our own (closed with it)."""

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def __enter__(self) -> DaskEngine:
        if not self.options.debug:
            # The engine logs each worker it restarts and each task it gives up on; the run
            # names each such file on one 'error:' line of its own.
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
        if self.options.scheduler:
            try:
                # the address parsed first, by distributed's own parser: a Client started on a
                # bad address may fail in its background thread instead (a bare AssertionError
                # under load) rather than with the parser's ValueError
                get_address_host_port(self.options.scheduler)
                self.client = Client(self.options.scheduler,
                                     timeout=self.options.connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at "
                                  f"{self.options.scheduler} ({exc})") from exc
            except ValueError as exc:  # distributed's parse of the address ("missing port")
                raise EngineError(f"{self.options.scheduler!r} is not a Dask scheduler "
                                  f"address ({exc}): give tcp://HOST:PORT") from exc
        else:
            # The scheduler runs in this process: its settings are ours to choose.
            with dask.config.set(scheduler_config(self.options.retries)):
                self.cluster = LocalCluster(
                    n_workers=self.options.workers or os.cpu_count() or 1,
                    threads_per_worker=1, processes=True, dashboard_address=None,
                    scheduler_kwargs={"dashboard_address": LOCAL_HTTP_ADDRESS},
                    # the engine's memory cap: past it the nanny restarts the worker
                    memory_limit=(f"{self.options.max_worker_mb}MiB"
                                  if self.options.max_worker_mb else "auto"),
                    silence_logs=logging.ERROR if self.options.debug else logging.CRITICAL)
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def hash(self, paths: list[str]) -> list[tuple[str, str | None, IngestError | None]]:
        """Every file hashed by the workers (the client need not see the files)."""
        assert self.client is not None
        futures = self.client.map(hash_source, paths, pure=False,
                                  retries=self.options.retries)
        return list(self.client.gather(futures))

    def run(self, todo: list[Task], lake: str, run: str,
            options: dict[str, Any]) -> Iterator[Written]:
        """Each file's ``Written`` as it completes; a file the cluster gave up on gets its
        error part here (unless its worker wrote one before it ended: a timeout)."""
        assert self.client is not None
        stale = {t.sha256: t.stale for t in todo}
        by_key: dict[str, Task] = {}
        futures = []
        for task in todo:
            future = self.client.submit(
                _extract, task.path, task.sha256, lake=lake, stale=stale, run=run,
                options=options, timeout=self.options.file_timeout, hooks=faults.from_env(),
                key=f"kcc-extract-{run}-{task.sha256}", retries=self.options.retries,
                pure=False)
            by_key[str(future.key)] = task
            futures.append(future)
        for future in as_completed(futures):
            task = by_key[str(future.key)]
            try:
                yield future.result()
            except KilledWorker:
                yield self._gave_up(task, lake, run, "worker_died",
                                    "the worker process died while reading this file")
            except Exception as exc:
                yield self._gave_up(task, lake, run, "internal_error",
                                    f"{type(exc).__name__}: {exc}")
            future.release()

    def write_failure(self, lake: str, error: IngestError, stale: tuple[str, ...] = (),
                      run: str = "") -> Written:
        assert self.client is not None
        return self.client.submit(write_failure, lake, error, stale, run, pure=False,
                                  retries=self.options.retries).result()

    def _gave_up(self, task: Task, lake: str, run: str, kind: str, message: str) -> Written:
        from kcc_papers.models import IngestError
        from kcc_papers.store import now

        written = Lake(lake).read_json(Lake(lake).manifest(error_key(task.path)))
        if written and written.get("run") == run and written.get("error"):
            kind, message = written["error"]["error_kind"], written["error"]["message"]
            error = IngestError(path=task.path, sha256=task.sha256, error_kind=kind,
                                message=message, at=now())
            return Written(error_key(task.path), task.path, task.sha256, "failed",
                           rows={"ingest_errors": 1}, error=error)
        error = IngestError(path=task.path, sha256=task.sha256, error_kind=kind,
                            message=message, at=now())
        # the worker may have died while writing: its parts go with the failure
        return self.write_failure(lake, error, (*task.stale, task.sha256), run)


class _Deadline:
    """Who ends a file's task: the file, read in time, or the timer. Only the reading is
    timed (it is what can hang); the winner alone writes the file's parts."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.owner: str | None = None

    def claim(self, who: str) -> bool:
        with self.lock:
            if self.owner is None:
                self.owner = who
            return self.owner == who


def _extract(path: str, sha256: str, *, lake: str, stale: dict[str, tuple[str, ...]], run: str,
             options: dict[str, Any], timeout: float | None, hooks: faults.Faults) -> Written:
    """One file on a worker, under its time limit."""
    deadline = _Deadline()
    if timeout is not None:
        timer = threading.Timer(timeout, _time_out, args=(deadline, path, sha256, lake, stale,
                                                          run, timeout))
        timer.daemon = True
        timer.start()
    if hooks:
        faults.inject(hooks, path)
    result = read(path, sha256, options)
    if not deadline.claim("file"):
        threading.Event().wait()  # the timer is writing the timeout and ends this process
    return write_read(lake, result, stale.get(sha256, ()), run)


def _time_out(deadline: _Deadline, path: str, sha256: str, lake: str,
              stale: dict[str, tuple[str, ...]], run: str, timeout: float) -> None:
    """Past the time limit: the file's ``timeout`` row, then this worker process ends (the
    thread reading the file cannot be stopped any other way); its nanny starts another."""
    if not deadline.claim("timer"):
        return  # read in time: its parts are being written
    from kcc_papers.errors import FileTimeoutError
    from kcc_papers.results import file_error as _error

    try:
        error = _error(path, sha256, FileTimeoutError(
            f"took longer than --file-timeout {timeout:g}s", path=path))
        write_failure(lake, error, stale.get(sha256, ()), run)
    finally:
        os._exit(TIMED_OUT_EXIT)
