"""Defaults shared by the CLI and the library, in a module that imports nothing heavy: the
CLI reads them at start-up, before any command needs DuckDB."""

from __future__ import annotations

from pathlib import Path

DEFAULT_DB = Path("data/out/papers.duckdb")
# How long a reader (query, export) waits for a writer before saying "busy".
LOCK_WAIT_SECONDS = 10.0
# How long an ingest waits for readers or another ingest: an analyst's slow query must not
# cost the night's work.
WRITE_WAIT_SECONDS = 600.0
# One file's wall time in a worker before it is ended: far above the slowest real pack
# (seconds), low enough that a looping file cannot eat the night.
DEFAULT_FILE_TIMEOUT = 300.0
# Address space of one worker: a runaway file fails as too_large before the machine swaps.
DEFAULT_MAX_WORKER_MB = 2048
# Files larger than this fail as too_large before being opened (--max-mb).
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
