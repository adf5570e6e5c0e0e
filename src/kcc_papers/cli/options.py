"""The options and choices more than one group of commands takes (one spelling, one help
text, one default type for each)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file", envvar="KCC_PAPERS_DB")]
# The limits a reading run puts on each file, for ingest and lake-ingest alike.
FileTimeoutOption = Annotated[float, typer.Option(
    "--file-timeout", min=0.001,
    help="seconds one file may take; past it its worker is ended and the file fails as 'timeout'")]
MaxWorkerMbOption = Annotated[int, typer.Option(
    "--max-worker-mb", min=64,
    help="memory cap of a worker process; a file needing more fails as 'too_large'")]
WaitOption = Annotated[
    float,
    typer.Option("--wait", min=0, help="seconds to wait while another process holds the "
                 "database before saying it is busy"),
]


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[QueryFormat, typer.Option(
    "--format", "-f", help="table at the terminal's width; csv or json for scripts and pipes")]
# The meetings a listing or a report covers, by meeting date (inclusive).
DateFromOption = Annotated[dt.datetime | None, typer.Option(
    "--from", formats=["%Y-%m-%d"], help="meetings on or after this date")]
DateToOption = Annotated[dt.datetime | None, typer.Option(
    "--to", formats=["%Y-%m-%d"], help="meetings on or before this date")]


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    json = "json"
    xlsx = "xlsx"
