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
           "kcc_papers.reading", "kcc_papers.extract", "kcc_papers.segment", "kcc_papers.load")


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
