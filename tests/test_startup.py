"""Start-up stays fast: importing the CLI pulls in no heavy module, and a run with nothing
new to read never imports the loaders, extractors or models (measured in a subprocess, so
what other tests imported does not count)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# Each costs tens to hundreds of milliseconds to import.
HEAVY = ("duckdb", "rich", "pydantic", "pdfplumber", "pypdfium2", "kcc_papers.models",
         "kcc_papers.pipeline", "kcc_papers.store")
# What a no-op re-ingest must not import (duckdb it needs). Nor pydantic: typer 0.29 coerced
# every parameter through pydantic (~0.2 s of every command), hence typer < 0.29.
READERS = ("pdfplumber", "pypdfium2", "rich", "pydantic", "kcc_papers.models",
           "kcc_papers.reading", "kcc_papers.extract", "kcc_papers.segment",
           "kcc_papers.segment_starts", "kcc_papers.classify", "kcc_papers.load")


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_cli_imports_nothing_heavy() -> None:
    modules = imported_after("import kcc_papers.cli")
    assert sorted(m for m in HEAVY if m in modules) == []


def test_a_no_op_reingest_imports_no_reader(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample_news.txt", "sample_panel_report.pdf"):
        shutil.copy(ROOT / "data" / "raw" / name, folder)
    db = tmp_path / "p.duckdb"
    run = ("import sys\nfrom kcc_papers.cli import main\n"
           f"sys.argv = ['kcc-papers', 'ingest', {str(folder)!r}, '--db', {str(db)!r}, '-q']\n"
           "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code")
    first = imported_after(run)
    # The first run stores records, read by worker processes which send them back as plain
    # column data: the parent imports no reader (it would only delay starting them), nor
    # the models (pydantic: 0.2 s), even then.
    assert sorted(m for m in READERS if m in first) == ["rich"]  # rich: the rows written
    again = imported_after(run)
    assert sorted(m for m in READERS if m in again) == []


def test_help_imports_nothing_heavy() -> None:
    """`--help` (0.16 s) builds every command's options and prints: nothing heavy either."""
    run = ("import sys\nfrom kcc_papers.cli import main\nsys.argv = ['kcc-papers', '--help']\n"
           "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code")
    modules = imported_after(run)
    assert sorted(m for m in HEAVY if m in modules) == []


def test_the_workers_server_exits_without_tearing_down() -> None:
    """``server_exit`` ends the process that imported it at once (its earlier exit handlers,
    like the teardown, never run), but not a process forked from it."""
    # started as multiprocessing starts its fork server (the module acts in no other process)
    probe = ("from multiprocessing.forkserver import main\n"
             "import atexit, os, sys\n"
             "atexit.register(lambda: print('handler ran in', 'child' if os.getpid() != parent "
             "else 'server', flush=True))\n"
             "parent = os.getpid()\n"
             "import kcc_papers.server_exit\n"
             "if os.fork() == 0:\n    sys.exit(0)\n"
             "os.wait()\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.splitlines() == ["handler ran in child"]


def test_regression_server_exit_keeps_other_processes_exit_code() -> None:
    """Imported by a process other than the fork server (a documentation tool, a doctest
    run), the module used to end it with ``os._exit(0)``, whatever its exit code."""
    probe = "import sys\nimport kcc_papers.server_exit\nsys.exit(3)\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 3, done.stderr


def _console(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_the_command_leaves_fast_with_its_status_output_and_exit_handlers() -> None:
    """``console`` (the ``kcc-papers`` script) ends the process with ``os._exit``: the exit
    status, the buffered output and the exit handlers must be those of a normal exit."""
    probe = ("import atexit, sys\nfrom kcc_papers.cli import console\n"
             "atexit.register(lambda: print('handler ran', flush=True))\n"
             "class Torn:\n    def __del__(self):\n        print('torn down', flush=True)\n"
             "kept = Torn()\n"  # freed by the interpreter's teardown, which is skipped
             "sys.argv = ['kcc-papers', {args}]\nconsole()\n")
    helped = _console(probe.format(args="'--help'"))
    assert helped.returncode == 0, helped.stderr
    assert "Usage:" in helped.stdout and helped.stdout.endswith("handler ran\n")
    wrong = _console(probe.format(args="'ingest', '--no-such-option'"))
    assert wrong.returncode == 2 and "No such option" in wrong.stderr
    assert wrong.stdout == "handler ran\n"


def test_the_command_waits_for_a_thread_still_running() -> None:
    """A thread the interpreter would have waited for at exit is not cut short."""
    probe = ("import sys, threading, time\nfrom kcc_papers.cli import console\n"
             "def late():\n    time.sleep(0.3)\n    print('thread done', flush=True)\n"
             "threading.Thread(target=late).start()\n"
             "sys.argv = ['kcc-papers', '--help']\nconsole()\n")
    done = _console(probe)
    assert done.returncode == 0 and done.stdout.endswith("thread done\n")
