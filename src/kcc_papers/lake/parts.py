"""A file's result -> its parts in the lake. Runs where the file was read (an ingest worker
process, a Dask worker): rows are typed by the same schema as the DuckDB file (an in-memory
DuckDB built from the models), written with DuckDB's own partitioned COPY, then moved into the
lake under the key's name. The ``files`` row goes last: a key is complete once it is there."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from kcc_papers import store
from kcc_papers.errors import is_retried
from kcc_papers.lake.layout import PART_SUFFIX, Lake, error_key
from kcc_papers.lake.partition import KEYS, copy_options, partitioned_select

if TYPE_CHECKING:
    from kcc_papers.models import IngestError, Model
    from kcc_papers.results import FileResult


@dataclass
class Written:
    """What a task did, small enough to send back to the client."""

    key: str
    path: str
    sha256: str
    status: str  # ingested | failed
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    error: IngestError | None = None


def write_result(lake: Lake, result: FileResult, *, stale: Sequence[str] = (),
                 run: str = "") -> Written:
    """Write ``result`` (records, or its error) as the parts of its key, replacing the parts of
    the keys in ``stale`` (the path's earlier content or failure)."""
    if result.error is not None:
        return write_error(lake, result.error, stale=stale, run=run)
    rows: list[Model] = result.rows()
    documents = len(result.documents)
    files_row = (result.path, result.sha256, "ingested", result.pages, documents, len(rows),
                 result.seconds, store.now())
    counts = _write(lake, result.sha256, rows, files_row, [*stale, result.sha256], run,
                    result.path)
    return Written(result.sha256, result.path, result.sha256, "ingested", result.pages,
                   result.ocr_pages, result.seconds, counts)


def write_error(lake: Lake, error: IngestError, *, stale: Sequence[str] = (),
                run: str = "") -> Written:
    """A failed path's error row (and, for a failure of the content itself, its ``files`` row,
    so the next run does not read it again), as ``ingest`` writes them."""
    key = error_key(error.path)
    files_row = None
    if error.sha256 and not is_retried(error.error_kind):
        files_row = (error.path, error.sha256, "failed", None, 0, 0, None, error.at)
    counts = _write(lake, key, [error], files_row, [*stale, key], run, error.path,
                    {"error_kind": error.error_kind, "message": error.message})
    return Written(key, error.path, error.sha256 or "", "failed", rows=counts, error=error)


def _write(lake: Lake, key: str, rows: Sequence[Model], files_row: tuple[Any, ...] | None,
           replaced: Sequence[str], run: str, path: str,
           error: dict[str, str] | None = None) -> dict[str, int]:
    """Parts written in an order a killed worker cannot leave untraceable: the manifest first
    names every part that may be in the lake (old and new), then the parts go in (``files``
    last: the key is complete once its files row is there), then the old ones go, and the
    manifest is cut down to the new. Whoever records the file's failure afterwards replaces
    this key and so removes whatever the manifest names."""
    con = duckdb.connect()
    try:
        for stmt in store.schema_sql():
            con.execute(stmt)
        counts = store.insert(con, rows)
        if files_row is not None:
            con.execute(f"INSERT INTO {store.FILES_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        list(files_row))
            counts[store.FILES_TABLE] = 1
        with tempfile.TemporaryDirectory(prefix="kcc-lake-") as tmp:
            order = sorted(counts, key=lambda t: t == store.FILES_TABLE)
            produced = [p for t in order for p in _copy_table(con, Path(tmp), t, key)]
            old = _old_parts(lake, replaced)
            parts = [relative for _, relative in produced]
            manifest = {"key": key, "path": path, "run": run, "error": error}
            lake.write_json(lake.manifest(key), {**manifest, "parts": sorted(old | set(parts))})
            for local, relative in produced:
                lake.put(local, relative)
    finally:
        con.close()
    for part in sorted(old - set(parts)):
        lake.remove(part)
    lake.write_json(lake.manifest(key), {**manifest, "parts": parts})
    for other in set(replaced) - {key}:
        lake.remove(lake.manifest(other))
    return counts


def _old_parts(lake: Lake, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for key in set(keys):
        manifest = lake.read_json(lake.manifest(key))
        if manifest:
            found.update(manifest.get("parts", []))
    return found


def _copy_table(con: duckdb.DuckDBPyConnection, tmp: Path, table: str,
                key: str) -> list[tuple[Path, str]]:
    """``table``'s rows as one part per partition: (local file, its place in the lake)."""
    cols = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    target = tmp / table
    con.execute(f"COPY ({partitioned_select(table, cols, list(KEYS))}) TO "
                f"'{str(target).replace(chr(39), chr(39) * 2)}' {copy_options(list(KEYS))}")
    return [(produced, f"{produced.parent.relative_to(tmp).as_posix()}/{key}{PART_SUFFIX}")
            for produced in sorted(target.rglob(f"*{PART_SUFFIX}"))]
