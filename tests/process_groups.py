"""A CLI run's process group as the reliability tests see it: which of its processes are
alive, and an interrupt (or kill) mid-run after which none may be left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

# How long a run has to end once signalled, and its workers to go after it.
END_SECONDS = 30.0
REAP_SECONDS = 10.0
# How often the group is looked at while its workers go.
POLL_SECONDS = 0.2
# How long a run that did not end is given to write its threads' stacks once aborted.
DUMP_SECONDS = 10.0
# Set in a run's environment so that ``stuck`` can have its stacks (SIGABRT: faulthandler
# writes every thread's Python stack to stderr, then the process ends).
FAULTHANDLER = {"PYTHONFAULTHANDLER": "1"}


def group_alive(pgid: int) -> list[int]:
    """The processes of group ``pgid`` still running (zombies are gone, only unreaped)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[2]) == pgid and stat[0] not in ("Z", "X"):
                alive.append(int(entry.name))
    return alive


def interrupt_and_reap(proc: subprocess.Popen[str], ready: Callable[[], object],
                       sig: int = signal.SIGINT, *, end_seconds: float = END_SECONDS,
                       reap_seconds: float = REAP_SECONDS) -> str:
    """Once ``ready()`` returns (the run is mid-way), signal ``proc`` (started with
    ``start_new_session``): SIGINT to its whole group, as a terminal sends Ctrl-C, any other
    signal to the parent alone; wait for it to end and assert that no process of its group
    outlives ``reap_seconds``. Returns its stderr. Whatever happens, the group's survivors
    are killed, so a failing test leaves no worker behind."""
    try:
        ready()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        try:
            _, err = proc.communicate(timeout=end_seconds)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the run did not end within {end_seconds:g}s of the signal "
                                 f"(pid {proc.pid}):\n{stuck(proc)}") from None
        deadline = time.monotonic() + reap_seconds
        while group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
        assert group_alive(proc.pid) == []
    finally:
        for pid in group_alive(proc.pid):
            os.kill(pid, signal.SIGKILL)
    return err


def stuck(proc: subprocess.Popen[str]) -> str:
    """Where a run that did not end waits: each process of its group with its threads'
    kernel states and wait channels, then the parent's Python stacks (written by
    faulthandler when the run has ``FAULTHANDLER`` in its environment) and whatever else it
    wrote to stderr. The parent is aborted to get them: a run that hung in CI under load, and
    not on a quiet machine, names where it waited."""
    lines = [_threads(pid) for pid in group_alive(proc.pid)]
    os.kill(proc.pid, signal.SIGABRT)
    try:
        _, err = proc.communicate(timeout=DUMP_SECONDS)
    except subprocess.TimeoutExpired:
        err = "(no stderr: the parent did not end on SIGABRT either)"
    return "\n".join([*lines, "stderr:", err or ""])


def _threads(pid: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        threads = []
        for task in sorted(Path(f"/proc/{pid}/task").iterdir(), key=lambda t: int(t.name)):
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
            threads.append(f"{task.name}:{state}:{(task / 'wchan').read_text() or '-'}")
    except OSError:
        return f"{pid} (gone)"
    return f"{pid} {command.decode(errors='replace')[:100]} threads {' '.join(threads)}"
