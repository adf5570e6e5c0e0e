"""Imported by the workers' server alone (``workers.PRELOAD``, last, so the preload ends here:
``server_start.preloaded``). When the ingest that started it ends, the server exits without tearing
its heap down. Freeing every module the readers import took it 0.08-0.18 s, during which it still
held the ingest's stdout and stderr (a caller reading them to the end, as ``bench_ingest.py`` does,
waited that long after the ingest itself had ended). The server writes nothing and holds no file of
its own; its forked workers leave through ``os._exit`` already and never run this. Any other process
that imports it (documentation tools, ``--doctest-modules``, a user's script) is left alone: an
``os._exit(0)`` there would turn its exit code, whatever it was, into 0."""

from __future__ import annotations

import atexit
import contextlib
import os
import sys

from kcc_papers.server_start import is_fork_server, preloaded

_SERVER = os.getpid()


def _exit_now() -> None:
    if os.getpid() != _SERVER:  # not the server: a process forked from it by other means
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


# atexit runs its handlers last registered first: this one runs before the teardown. Only
# the fork server has its exit cut short.
if is_fork_server():
    atexit.register(_exit_now)
    preloaded()
