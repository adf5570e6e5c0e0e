"""Imported by the workers' server first (``workers.PRELOAD``), before the readers: their
patterns come from the file made ahead (``pattern_cache``), and the cyclic garbage collector
waits until the preload is done (``preloaded``, called by ``server_exit``, the preload's last
module). Importing ~900 modules' worth of objects otherwise sets off its collections over and
over, each walking everything imported so far. Any other process that imports it is left
alone."""

from __future__ import annotations

import gc
import sys

from kcc_papers import pattern_cache

# How multiprocessing starts its fork server: ``python -c "from multiprocessing.forkserver
# import main; main(...)"``.
_FORK_SERVER_COMMAND = "from multiprocessing.forkserver import main"


def is_fork_server() -> bool:
    """Whether this process is a multiprocessing fork server."""
    return any(arg.startswith(_FORK_SERVER_COMMAND) for arg in sys.orig_argv)


def preloaded() -> None:
    """The preload is done: what it made is moved out of the collector's reach (``gc.freeze``)
    and collection resumes. The workers fork from this process; their full collections then
    no longer walk (and so copy, page by page, from the server) the readers' modules."""
    if is_fork_server():
        gc.freeze()
        gc.enable()


if is_fork_server():
    gc.disable()
    pattern_cache.install()
