"""``load``: a lake into a DuckDB file. Every path the lake holds replaces what the database
held for it (as ``ingest`` replaces a file's records), in one transaction, then the
cross-paper pass (``link``) runs as after an ingest: loading the same lake again changes
nothing, and the tables, views and links are those a single-machine ``ingest`` gives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb

from kcc_papers import store
from kcc_papers.errors import DatabaseError, UsageError
from kcc_papers.lake.layout import Lake
from kcc_papers.lake.partition import read_sql

LAKE_PATHS = "_lake_paths"


def table_columns() -> dict[str, list[str]]:
    """Every stored table's columns, from the models (and ``files``)."""
    tables = {t: list(m.model_fields) for t, m in store.table_models().items()}
    tables[store.FILES_TABLE] = [name for name, _ in store.FILES_COLUMNS]
    return tables


def load_lake(lake_root: str | Path, db: str | Path, *,
              wait: float = store.WRITE_WAIT_SECONDS) -> dict[str, int]:
    """Load the lake at ``lake_root`` into ``db``; returns the rows loaded per table."""
    lake = Lake(lake_root)
    if not lake.remote and not Path(lake.root).is_dir():
        raise UsageError(f"no lake here: {lake.root} (run 'kcc-papers lake-ingest' first)")
    present = {t: cols for t, cols in table_columns().items() if lake.has_parts(t)}
    if store.FILES_TABLE not in present and "ingest_errors" not in present:
        # "holds no files" read as false of a folder of papers: say what a lake holds
        raise UsageError(f"no lake here: {lake.root} has no '{store.FILES_TABLE}' or "
                         "'ingest_errors' parts (run 'kcc-papers lake-ingest' first)")
    counts: Counter[str] = Counter()
    with store.ingest_lock(db, wait=wait), store.connect(db, wait=wait) as con:
        if lake.remote:
            con.register_filesystem(lake.fs)
        try:
            with store.transaction(con):
                _forget(con, lake, present)
                for table, cols in present.items():
                    names = ", ".join(f'"{c}"' for c in cols)
                    cur = con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM "
                                      f"{read_sql(lake.glob(table))}")
                    counts[table] = cur.fetchone()[0]  # type: ignore[index]
            from kcc_papers.link import link

            link(con)
        except duckdb.Error as exc:
            raise DatabaseError(f"cannot load the lake {lake.root}: "
                                f"{str(exc).splitlines()[0]}", path=db) from exc
    return dict(sorted(counts.items()))


def _forget(con: duckdb.DuckDBPyConnection, lake: Lake, present: dict[str, list[str]]) -> None:
    """``store.forget_path`` for every path the lake holds, in bulk; and for every path
    whose content the lake holds as read under another path (a file moved since the last
    load: ``ingest`` moves its records, and the old path's would otherwise stay beside the
    new one's under the same document ids)."""
    sources = [f"SELECT path FROM {read_sql(lake.glob(t))}"
               for t in (store.FILES_TABLE, "ingest_errors") if t in present]
    if store.FILES_TABLE in present:
        sources.append(f"SELECT path FROM {store.FILES_TABLE} WHERE status = 'ingested' AND "
                       f"sha256 IN (SELECT sha256 FROM {read_sql(lake.glob(store.FILES_TABLE))}"
                       f" WHERE status = 'ingested')")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {LAKE_PATHS} AS {' UNION '.join(sources)}")
    ids = f"SELECT document_id FROM documents WHERE path IN (SELECT path FROM {LAKE_PATHS})"
    for table, model in store.table_models().items():
        if table not in ("documents", "ingest_errors") and "document_id" in model.model_fields:
            con.execute(f"DELETE FROM {table} WHERE document_id IN ({ids})")
    for table in ("documents", "ingest_errors", store.FILES_TABLE):
        con.execute(f"DELETE FROM {table} WHERE path IN (SELECT path FROM {LAKE_PATHS})")
    con.execute(f"DROP TABLE {LAKE_PATHS}")
