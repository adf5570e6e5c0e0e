"""What runs inside a worker process: its setup (Ctrl-C left to the parent, its garbage
collection threshold, exiting when the parent is gone), its loop of tasks under the memory cap,
and the refusal of a run begun while the worker is still importing the caller's script."""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from kcc_papers import faults

MB = 2**20
# A worker's youngest-generation collection threshold (Python's default is 700). Reading a
# file makes and drops tens of thousands of lists, dicts and tuples, freed by their counts
# as each page is done; at 700 the collector ran ~240 times over the corpus and moved
# short-lived page structures into older generations (whose collections walk them again):
# 0.04-0.14 s of a process's ~2 s reading, the more the busier the machine. At this
# threshold it runs ~5 times. Cyclic garbage still goes, later: at most this many objects.
WORKER_GC_THRESHOLD = 10_000


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


def _worker_setup(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it (one line, exit
    # 130), rather than every worker printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Blocked until now, inherited from the server (``workers._ensure_server``), so a Ctrl-C
    # during the start cannot end a worker either; ignored from here on, which is what its
    # own children (Tesseract) inherit, as before.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
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

