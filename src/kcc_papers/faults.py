"""Test-only fault hook: make a worker hang, crash or run out of memory on a named file.

``KCC_PAPERS_FAULT="hang=slow.pdf,crash=bad.pdf,allocate=big.pdf"`` (file names, not paths).
The parent reads the variable and hands it to each worker it starts, so a worker forked from a
long-lived fork server sees the value of the run, not of the server's birth. Unset, nothing
here runs: no production path waits or allocates on purpose.
"""

from __future__ import annotations

import os
import resource
import signal
from pathlib import Path

ENV = "KCC_PAPERS_FAULT"
ACTIONS = ("hang", "crash", "allocate")
ALLOCATE_STEP = 32 * 2**20  # bytes per allocation while running into the memory cap

Faults = dict[str, str]  # file name -> action


def from_env() -> Faults:
    """The faults asked for in the environment (file name -> action)."""
    faults: Faults = {}
    for part in filter(None, os.environ.get(ENV, "").split(",")):
        action, _, name = part.partition("=")
        if action not in ACTIONS or not name:
            raise ValueError(f"{ENV}: expected ACTION=FILENAME with ACTION one of {ACTIONS}, "
                             f"got {part!r}")
        faults[name] = action
    return faults


def inject(faults: Faults, path: str) -> None:
    """Misbehave on ``path`` if it is named in ``faults``."""
    action = faults.get(Path(path).name)
    if action == "hang":
        while True:  # the parent's file timeout must end this process
            signal.pause()
    elif action == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "allocate":
        _allocate_past_the_cap()


def _allocate_past_the_cap() -> None:
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        # Without a cap this would take the machine down, not test anything.
        raise RuntimeError("the allocate fault needs a worker memory cap (--max-worker-mb)")
    hoard = []
    while True:  # ends in MemoryError at the cap
        hoard.append(bytearray(ALLOCATE_STEP))
