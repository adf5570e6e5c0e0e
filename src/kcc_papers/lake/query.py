"""``query --lake``: SQL over a lake in place. Each table is a view over its parts
(``read_parquet(..., hive_partitioning = true)``, so a filter on ``council`` or ``year`` reads
only those folders), a table with no parts yet an empty one of the models' schema, and the
cross-paper views (meetings, kpi_history, risk_history, decision_trail) are defined over them.

The lake holds each file's records as extracted: the cross-paper pass that ``ingest`` and
``load`` run on a database (a council-less meeting id given its council, a committee's two
spellings one meeting, ``decision_amended`` findings) is not applied to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from kcc_papers import store
from kcc_papers.errors import UsageError
from kcc_papers.export import QueryResult
from kcc_papers.lake.layout import Lake
from kcc_papers.lake.load import table_columns
from kcc_papers.lake.partition import read_sql
from kcc_papers.views import VIEWS


def connect_lake(lake_root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are the lake's."""
    lake = Lake(lake_root)
    if not lake.remote and not Path(lake.root).is_dir():
        raise UsageError(f"no lake here: {lake.root} (run 'kcc-papers lake-ingest' first)")
    con = duckdb.connect()
    if lake.remote:
        con.register_filesystem(lake.fs)
    schema = dict(zip([*store.table_models(), store.FILES_TABLE], store.schema_sql(),
                      strict=True))
    for table in table_columns():
        if lake.has_parts(table):
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM {read_sql(lake.glob(table))}")
        else:
            con.execute(schema[table])
    for view in VIEWS.values():
        con.execute(view)
    return con


def run_lake_query(lake_root: str | Path, sql: str, params: list[Any] | None = None) -> QueryResult:
    """Run SQL over the lake (read only: the lake's files are never written)."""
    if not sql.strip():
        raise UsageError("the query is empty")
    con = connect_lake(lake_root)
    try:
        cur = con.execute(sql, params or None)
        if cur is None or cur.description is None:
            return QueryResult([], [])
        return QueryResult([d[0] for d in cur.description], cur.fetchall())
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()
