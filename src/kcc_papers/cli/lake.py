"""``lake-ingest`` (papers into a Parquet lake, locally or on a Dask cluster) and ``load``
(a lake into the database)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from kcc_papers.cli.options import (
    DbOption,
    FileTimeoutOption,
    MaxWorkerMbOption,
    OcrChoice,
    WaitOption,
)
from kcc_papers.cli.output import ProgressBar, plural, say_error, state
from kcc_papers.errors import ExitStatus
from kcc_papers.settings import (
    DEFAULT_DB,
    DEFAULT_FILE_TIMEOUT,
    DEFAULT_MAX_WORKER_MB,
    WRITE_WAIT_SECONDS,
)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def lake_ingest(
    paths: Annotated[list[str], typer.Argument(help="files or folders (local, shared, or "
                                               "URLs read through fsspec)")],
    lake: Annotated[str, typer.Option("--out", help="the lake: a folder or an object-store "
                                      "URL")],
    engine: Annotated[Engine, typer.Option("--engine", help="local worker processes, or a "
                                           "Dask cluster")] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786);"
                                 " default: a LocalCluster on this machine")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=0, help="worker processes, or LocalCluster workers (0: one per "
                          "core)")
    ] = 0,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0, help="fail files larger than this many MB")
    ] = 200,
    file_timeout: FileTimeoutOption = DEFAULT_FILE_TIMEOUT,
    max_worker_mb: MaxWorkerMbOption = DEFAULT_MAX_WORKER_MB,
    retries: Annotated[
        int, typer.Option("--retries", min=0, max=10, help="Dask: retries of a failed task, "
                          "and workers a file may cost (LocalCluster) before it is an error")
    ] = 1,
    connect_timeout: Annotated[
        float, typer.Option("--connect-timeout", min=0.1, help="seconds to reach the Dask "
                            "scheduler")
    ] = 20.0,
    ocr: Annotated[OcrChoice, typer.Option("--ocr", help="auto, always, never")] = OcrChoice.auto,
    as_json: Annotated[bool, typer.Option("--json", help="print the run as one JSON object")
                       ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Extract papers into a Parquet lake (a part per file, named by its sha256); with
    --engine dask, on a Dask cluster. Exit 1 if any file failed."""
    from kcc_papers.lake.run import EngineOptions
    from kcc_papers.lake.run import lake_ingest as run_lake

    bar = ProgressBar("lake-ingest") if not quiet and sys.stderr.isatty() else None

    def on_file(written: Any) -> None:
        if written.error is not None:
            say_error(f"{written.path}: {written.error.message}", bar.console if bar else None)
        if bar:
            bar.advance(Path(written.path).name)

    options = EngineOptions(engine=engine.value, scheduler=scheduler,
                            workers=workers or os.cpu_count() or 1, file_timeout=file_timeout,
                            max_worker_mb=max_worker_mb,
                            retries=retries, debug=state["debug"],
                            connect_timeout=connect_timeout)
    with bar or contextlib.nullcontext():
        summary = run_lake(paths, lake, engine=options, max_bytes=int(max_mb * 1e6),
                           debug=state["debug"], ocr=ocr.value, on_file=on_file,
                           on_plan=bar.total if bar else None)
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    else:
        sys.stdout.write(
            f"{plural(summary.files, 'file')}: {summary.ingested} ingested, "
            f"{summary.unchanged} unchanged, {summary.duplicates} duplicate, "
            f"{summary.failed} failed; {plural(summary.pages, 'page')} in "
            f"{summary.seconds:.2f}s ({summary.engine}) -> {lake}\n")
    if not summary.ok:
        raise typer.Exit(int(ExitStatus.FILES_FAILED))


def load(
    lake: Annotated[str, typer.Argument(help="the lake (folder or URL)")],
    db: DbOption = DEFAULT_DB,
    wait: WaitOption = WRITE_WAIT_SECONDS,
    as_json: Annotated[bool, typer.Option("--json", help="rows loaded per table as JSON")
                       ] = False,
) -> None:
    """Load a Parquet lake into the database (its files replace what the database held for
    them; loading again changes nothing), then link across papers as ingest does."""
    from kcc_papers.lake.load import load_lake

    counts = load_lake(lake, db, wait=wait)
    if as_json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    sys.stdout.write(f"loaded into {db}: "
                     + ", ".join(f"{t} {n}" for t, n in counts.items()) + "\n")

