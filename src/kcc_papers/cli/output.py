"""What the commands print through: the two consoles, the one-line error, the progress bar
of a reading run and a query's rows. rich is imported on first use, never at start-up
(tests/test_startup.py keeps it so)."""

from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING

from kcc_papers.cli.options import QueryFormat

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from rich.console import Console
    from rich.text import Text

    from kcc_papers.export import QueryResult

# Set by the app's --debug before any command runs.
state = {"debug": False}


@functools.cache
def out() -> Console:
    from rich.console import Console

    return Console()


@functools.cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def say_error(message: str, console: Console | None = None) -> None:
    """One line on stderr, never wrapped (scripts grep it; a wrapped line reads as two);
    through ``console`` when a progress bar is on screen."""
    if console is None:
        sys.stderr.write(f"error: {message}\n")
        sys.stderr.flush()
    else:
        console.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)


def print_path(path: Path) -> None:
    """A path written, one whole line: rich would fold a long one at the console's width (80
    columns when piped), and a script reading the lines back would get two halves."""
    sys.stdout.write(f"{path}\n")


def plural(n: int, noun: str) -> str:
    """ "1 meeting", "2 meetings" """
    return f"{n} {noun}{'' if n == 1 else 's'}"


class ProgressBar:
    """rich's progress bar on a terminal (rich is imported only then)."""

    def __init__(self, label: str = "ingest") -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=err(), transient=True)
        self.console = self.progress.console
        self.task = self.progress.add_task("", total=None)

    def total(self, n: int) -> None:
        self.progress.update(self.task, total=n)

    def advance(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=name)

    def __enter__(self) -> ProgressBar:
        self.progress.__enter__()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.__exit__(exc_type, exc, tb)


RAG_STYLES = {"green": "bold green", "amber": "bold yellow", "red": "bold red"}


# Excel takes a UTF-8 CSV without it for its legacy code page and shows "£" as "Â£".
BYTE_ORDER_MARK = "\ufeff"


def print_result(result: QueryResult, fmt: QueryFormat, *, excel: bool = False) -> None:
    """A query's rows as JSON, CSV (for Excel, after a byte-order mark) or a table (RAG values
    coloured, their words kept)."""
    if fmt is QueryFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    elif fmt is QueryFormat.csv:
        sys.stdout.write((BYTE_ORDER_MARK if excel else "") + result.to_csv())
    else:
        from rich.table import Table

        table = Table(show_edge=False)
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*(_cell(v) for v in row))
        out().print(table)
        out().print(plural(len(result.rows), "row"), style="dim")


def _cell(value: object) -> str | Text:
    if value is None:
        return ""
    if isinstance(value, str) and value in RAG_STYLES:
        from rich.text import Text

        return Text(value, style=RAG_STYLES[value])
    return str(value)
