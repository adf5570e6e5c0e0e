"""Command line: parse arguments, call one library function, print. Errors are mapped to a
message and an exit code in one place (``command``, which registers every command).

The commands live by what they share: ``ingest`` (ingest), ``read`` (query, history,
trail, meetings, export, report, tables, schemas), ``fetch`` (fetch, update), ``lake``
(lake-ingest, load); ``options`` and ``output`` hold what more than one of them uses. None
of them imports this module: it imports them and registers their commands, in the order
``--help`` lists them."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import sys
import threading
import traceback
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from typing import Annotated, Any, NoReturn

import typer

from kcc_papers.cli import fetch, ingest, lake, read
from kcc_papers.cli.output import err, say_error, state
from kcc_papers.errors import InternalError, KccPapersError

# Start-up is import time: duckdb, rich, pydantic and the pipeline are imported by the
# commands that use them (tests/test_startup.py keeps it so).

app = typer.Typer(
    help="Turn committee papers (PDF, text, HTML) into queryable DuckDB records.",
    epilog="Exit codes: 0 all files ingested; 1 some files failed (one 'error:' line each on "
    "stderr, and a row in ingest_errors; for fetch/update, a document not had); 2 usage or "
    "database error (including 'database is busy'), or a site that refused or could not be "
    "reached; 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: rich's help costs 0.1 s of imports on every --help.
    rich_markup_mode=None,
)



def command(fn: Callable[..., None], group: typer.Typer | None = None) -> Callable[..., None]:
    """Register ``fn`` as a command (of ``app``, or of a command ``group``) whose errors
    become one line and an exit code. Only ``--debug`` shows a traceback, for our own errors
    and for bugs alike."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:
            if _is_interrupt(exc):
                _interrupted()
            if not isinstance(exc, KccPapersError):
                exc = InternalError(f"unexpected {type(exc).__name__}: {exc} (--debug shows "
                                    "where)")
            if state["debug"]:
                err().print(traceback.format_exc(), markup=False, highlight=False)
            say_error(str(exc))
            raise typer.Exit(int(exc.exit_status)) from None

    (group or app).command()(run)
    return run



def _is_interrupt(exc: Exception) -> bool:
    """DuckDB turns Ctrl-C during a statement into its own exception (only possible once
    a command has imported it)."""
    duckdb = sys.modules.get("duckdb")
    return (duckdb is not None and isinstance(exc, duckdb.InterruptException)) or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted"))


def _interrupted() -> NoReturn:
    if state["debug"]:
        err().print(traceback.format_exc(), markup=False, highlight=False)
    say_error("interrupted (files already written are complete; run again to finish)")
    raise typer.Exit(130) from None



def _show_version(asked: bool) -> None:
    if asked:
        # Imported here: importlib.metadata reads the installed package's files, and only
        # --version needs that.
        from importlib import metadata

        try:
            version = metadata.version("kcc-papers")
        except metadata.PackageNotFoundError:  # run from a source tree, never installed
            version = "dev"
        sys.stdout.write(f"kcc-papers {version}\n")
        raise typer.Exit()


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="show tracebacks")] = False,
    version: Annotated[bool, typer.Option(
        "--version", help="print the version and exit", is_eager=True,
        callback=_show_version)] = False,
) -> None:
    state["debug"] = debug



for _command in (ingest.ingest, read.query, read.trail, read.meetings, read.export,
                 read.report, read.tables, read.schemas, fetch.fetch, fetch.update,
                 lake.lake_ingest, lake.load):
    command(_command)
app.add_typer(read.history_app, name="history")
command(read.kpi, read.history_app)
command(read.risk, read.history_app)


def main() -> None:
    app()


def console() -> NoReturn:
    """The ``kcc-papers`` command (and ``python -m kcc_papers``): ``main``, then out of the
    process without the interpreter's teardown. Freeing every module an ingest imported
    (DuckDB's among them) took 0.03-0.07 s after the run had printed its last line, on every
    run. The exit handlers still run (they flush and remove what they own), and the output is
    flushed first; a process with another thread still to join, or an exception other than
    an exit, leaves the normal way. ``main`` itself is left as it was: a caller that catches
    its ``SystemExit`` (tests, scripts) goes on."""
    _main_only_script()
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = None
    if _others_running():
        sys.exit(code)
    status = _exit_status(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say anyway
            stream.flush()
    os._exit(status)


# What multiprocessing's children take a main module named so for: code that only runs the
# program ("main only", like a package's __main__.py), which they do not import again.
_MAIN_ONLY = "kcc_papers.__main__"


def _main_only_script() -> None:
    """Keep worker processes from running the ``kcc-papers`` script again. multiprocessing
    has each child import the parent's main script before its first task (to find what the
    script defines); the installed script defines nothing but its call to ``console``, so
    each worker of an ingest imported typer and the CLI for nothing: 0.023-0.030 s of CPU
    before its first page (traced). The workers' server was meant to import the script once
    for them (``"__main__"`` in ``workers.PRELOAD``), but CPython 3.11's forkserver drops the
    script's path on the way (it keeps the keys ``main_path`` and ``sys_path`` of data that
    names it ``init_main_from_path``). A script whose ``__spec__`` is a package's
    ``__main__`` is what ``python -m kcc_papers`` gives already, and multiprocessing leaves
    that alone in its children. Only a script run from a file (no ``__spec__``) is named:
    ``python -c`` has none to run again, and ``-m`` is named so already."""
    script = sys.modules.get("__main__")
    if script is not None and getattr(script, "__spec__", None) is None \
            and getattr(script, "__file__", None):
        script.__spec__ = ModuleSpec(_MAIN_ONLY, None)


def _others_running() -> bool:
    """Whether a thread the interpreter would wait for at exit is still running."""
    return any(not t.daemon and t is not threading.main_thread() for t in threading.enumerate())


def _exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` gives: None 0, an int itself, else its text is
    printed to stderr and the status is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1
