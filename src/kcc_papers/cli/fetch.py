"""``fetch`` and ``update`` (fetch, ingest, export): a ModernGov site's papers onto disk,
with a bar per meeting and one 'error:' line per document not had."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kcc_papers.cli.ingest import print_summary
from kcc_papers.cli.options import DbOption, ExportFormat, WaitOption
from kcc_papers.cli.output import err, out, plural, print_path, say_error
from kcc_papers.errors import ExitStatus
from kcc_papers.settings import DEFAULT_DB, WRITE_WAIT_SECONDS

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from kcc_papers.fetch.run import FetchOptions, FetchSummary
    from kcc_papers.fetch.run import Progress as FetchProgress
    from kcc_papers.models import SourceFile
    from kcc_papers.pipeline import FileResult


SiteArgument = Annotated[str, typer.Argument(help="the council's ModernGov site, e.g. "
                                             "https://democracy.kent.gov.uk")]
CommitteeOption = Annotated[
    list[str] | None, typer.Option("--committee", help="committee title or id (repeatable; "
                                   "default every current committee)")]
FromOption = Annotated[dt.datetime | None, typer.Option(
    "--from", formats=["%Y-%m-%d"], help="first meeting date (default 90 days ago)")]
ToOption = Annotated[dt.datetime | None, typer.Option(
    "--to", formats=["%Y-%m-%d"], help="last meeting date (default 30 days ahead)")]
OutOption = Annotated[Path, typer.Option("--out", help="folder the files land in")]
ConcurrencyOption = Annotated[int, typer.Option(
    "--concurrency", min=1, max=4, help="documents fetched at once")]
DelayOption = Annotated[float, typer.Option("--delay", min=0, help="seconds between requests")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="seconds per request")]
RetriesOption = Annotated[int, typer.Option(
    "--retries", min=0, max=5, help="retries of a timeout, 5xx or dropped connection (never of "
    "a 403)")]
BackoffOption = Annotated[float, typer.Option(
    "--backoff", min=0, help="seconds before the first retry, doubled for each further one")]


def _fetch_options(committee: list[str] | None, date_from: dt.datetime | None,
                   date_to: dt.datetime | None, out_dir: Path, concurrency: int, delay: float,
                   timeout: float, retries: int, backoff: float) -> FetchOptions:
    from kcc_papers.fetch.run import FetchOptions

    return FetchOptions(committees=committee or [],
                        date_from=date_from.date() if date_from else None,
                        date_to=date_to.date() if date_to else None, out=out_dir,
                        concurrency=concurrency, delay=delay, timeout=timeout,
                        attempts=retries + 1, backoff=backoff)


def _fetch_progress(quiet: bool) -> tuple[Progress, FetchProgress]:
    """A bar per meeting (its documents), and one 'error:' line per document not had."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from kcc_papers.fetch.run import Progress as FetchProgress

    console = err()
    bars = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console,
                    disable=quiet or not console.is_terminal)
    current: list[TaskID] = []

    def meeting(label: str, total: int) -> None:
        if current:  # one bar at a time: a night's run may cover dozens of meetings
            bars.update(current[0], visible=False)
        current[:] = [bars.add_task(label, total=total)]

    def document(row: SourceFile) -> None:
        if current:
            bars.update(current[0], advance=1)

    return bars, FetchProgress(meeting=meeting, document=document,
                               error=lambda line: say_error(line, bars.console))


def _print_fetched(summary: FetchSummary) -> None:
    out().print(f"{plural(summary.meetings, 'meeting')}: {summary.documents} documents, "
                f"{summary.downloaded} downloaded ({_size(summary.bytes)}), "
                f"{summary.unchanged} unchanged, {summary.restricted} restricted (skipped), "
                f"{summary.failed} failed; {summary.requests} requests", highlight=False,
                soft_wrap=True)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"



def fetch(
    site: SiteArgument, committee: CommitteeOption = None, date_from: FromOption = None,
    date_to: ToOption = None, out_dir: OutOption = Path("data/raw"), db: DbOption = DEFAULT_DB,
    concurrency: ConcurrencyOption = 2, delay: DelayOption = 0.5, timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 2, backoff: BackoffOption = 2.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")] = False,
    wait: WaitOption = WRITE_WAIT_SECONDS,
) -> None:
    """Fetch a ModernGov site's papers into OUT/<host>/<committee>/<date>/ (unchanged
    documents are not downloaded again); exit 1 if any document could not be had."""
    from kcc_papers.fetch.run import fetch as run_fetch

    bars, progress = _fetch_progress(quiet)
    with bars:
        summary = run_fetch(site, _fetch_options(committee, date_from, date_to, out_dir,
                                                 concurrency, delay, timeout, retries, backoff),
                            db, wait=wait, progress=progress)
    _print_fetched(summary)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


def update(
    site: SiteArgument, committee: CommitteeOption = None, date_from: FromOption = None,
    date_to: ToOption = None, out_dir: OutOption = Path("data/raw"), db: DbOption = DEFAULT_DB,
    export_dir: Annotated[Path | None, typer.Option("--export", help="export every table "
                                                     "here afterwards")] = None,
    export_format: Annotated[ExportFormat, typer.Option(
        "--export-format", help="the --export files' format, as export's --format")
    ] = ExportFormat.csv,
    concurrency: ConcurrencyOption = 2, delay: DelayOption = 0.5, timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 2, backoff: BackoffOption = 2.0,
    workers: Annotated[int, typer.Option(min=0, help="ingest worker processes (0: one per "
                                         "core)")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")] = False,
    wait: WaitOption = WRITE_WAIT_SECONDS,
) -> None:
    """The nightly job: fetch, ingest the meetings fetched, export (--export). Exit 1 if any
    document or file failed, 2 if the site refused or could not be reached."""
    from kcc_papers.fetch.run import update as run_update

    bars, progress = _fetch_progress(quiet)

    def on_file(result: FileResult, status: str) -> None:
        if result.error:
            say_error(f"{result.path}: {result.error.message}", bars.console)

    with bars:
        summary = run_update(
            site, _fetch_options(committee, date_from, date_to, out_dir, concurrency, delay,
                                 timeout, retries, backoff),
            db, export_dir=export_dir, export_format=export_format.value,
            workers=workers or os.cpu_count() or 1, wait=wait, progress=progress,
            on_file=on_file)
    _print_fetched(summary.fetched)
    if summary.ingested:
        print_summary(summary.ingested, db)
    for path in summary.exported:
        print_path(path)
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))

