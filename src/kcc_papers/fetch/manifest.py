"""The ``sources`` table: what was fetched from where, with the validators (ETag,
Last-Modified) that let the next run ask "has it changed?" instead of downloading again."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb

from kcc_papers import store
from kcc_papers.models import SourceFile

TABLE = SourceFile.table


def known(db: Path | str, wait: float) -> dict[str, SourceFile]:
    """Every URL fetched before, with what its last answer said."""
    with store.connect(db, wait=wait) as con:
        names = list(SourceFile.model_fields)
        rows = con.execute(f"SELECT {', '.join(names)} FROM {TABLE}").fetchall()
    return {row[0]: SourceFile(**dict(zip(names, row, strict=True))) for row in rows}


def record(db: Path | str, rows: Iterable[SourceFile], wait: float) -> None:
    """Replace the rows of these URLs, in one transaction (a meeting's worth at a time)."""
    rows = list(rows)
    if not rows:
        return
    with store.connect(db, wait=wait) as con, store.transaction(con):
        _replace(con, rows)


def _replace(con: duckdb.DuckDBPyConnection, rows: list[SourceFile]) -> None:
    urls = [r.url for r in rows]
    con.execute(f"DELETE FROM {TABLE} WHERE url IN ({', '.join('?' for _ in urls)})", urls)
    store.insert(con, rows)
