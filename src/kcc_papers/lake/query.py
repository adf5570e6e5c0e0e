"""``query --lake``: SQL over a lake in place. Each table is a view over its parts
(``read_parquet(..., hive_partitioning = true)``, so a filter on ``council`` or ``year`` reads
only those folders), a table with no parts yet an empty one of the models' schema, and the
cross-paper views (meetings, kpi_history, risk_history, decision_trail) are defined over them.

The lake holds each file's records as extracted; the cross-paper pass that ``ingest`` and
``load`` run on a database is applied by the views, as ``link`` computes it: meeting ids are
mapped (a council-less id given its council, a committee's two spellings one meeting) and the
``decision_amended`` findings are those of the mapped decisions. So a query over the lake
sees what a query over the loaded database sees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from kcc_papers import store
from kcc_papers.errors import UsageError
from kcc_papers.export import QueryResult, query_failed, result_of
from kcc_papers.lake.layout import MANIFESTS, Lake
from kcc_papers.lake.load import table_columns
from kcc_papers.lake.partition import read_sql
from kcc_papers.link import DECISION_AMENDED, amended_findings, meeting_moves
from kcc_papers.views import VIEWS

RAW = "_lake_"  # the parts as written, under the views that link them
MEETING_MAP = "_meeting_map"
AMENDED = "_amended_findings"


def _foreign(folder: Path, tables: dict[str, list[str]]) -> bool:
    """A non-empty folder with nothing of a lake's layout in it (an empty one is a lake that
    has read nothing yet)."""
    names = {entry.name for entry in folder.iterdir() if not entry.name.startswith(".")}
    return bool(names) and not names & {*tables, MANIFESTS}


def connect_lake(lake_root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are the lake's."""
    lake = Lake(lake_root)
    if not lake.remote and not Path(lake.root).is_dir():
        raise UsageError(f"no lake here: {lake.root} (run 'kcc-papers lake-ingest' first)")
    columns = table_columns()
    if not lake.remote and _foreign(Path(lake.root), columns):
        # a folder of papers gave every table empty, as if the lake held nothing
        raise UsageError(f"no lake here: {lake.root} holds files but no lake tables "
                         f"(run 'kcc-papers lake-ingest' first)")
    con = duckdb.connect()
    if lake.remote:
        con.register_filesystem(lake.fs)
    schema = dict(zip([*store.table_models(), store.FILES_TABLE], store.schema_sql(),
                      strict=True))
    for table in columns:
        if lake.has_parts(table):
            con.execute(f"CREATE VIEW {RAW}{table} AS SELECT * FROM {read_sql(lake.glob(table))}")
        else:  # no part yet: empty, with the models' columns
            con.execute(schema[table].replace(f"EXISTS {table} (", f"EXISTS {RAW}{table} (", 1))
    _meeting_map(con)
    # the papers' meeting ids (sources.meeting_id is the site's number, not one of them)
    linked = {t for t, m in store.table_models().items()
              if ("meeting_id", "VARCHAR") in store.columns(m)}
    for table in columns:
        if table in linked:
            con.execute(f"CREATE VIEW {table} AS SELECT t.* REPLACE (coalesce(m.new_id, "
                        f"t.meeting_id) AS meeting_id) FROM {RAW}{table} t LEFT JOIN "
                        f"{MEETING_MAP} m ON m.old_id = t.meeting_id")
        elif table == "findings":
            con.execute(f"CREATE VIEW findings AS SELECT * FROM {RAW}findings "
                        f"WHERE \"check\" IS DISTINCT FROM '{DECISION_AMENDED}'")
        else:
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM {RAW}{table}")
    for view in VIEWS.values():
        con.execute(view)
    _amended(con)
    return con


def _meeting_map(con: duckdb.DuckDBPyConnection) -> None:
    """old -> new meeting id, by ``link``'s own steps run on the lake's meeting ids alone."""
    ids = [r[0] for r in con.execute(f"SELECT DISTINCT meeting_id FROM {RAW}documents "
                                     "WHERE meeting_id IS NOT NULL").fetchall()]
    moved = list(meeting_moves(ids).items())
    con.execute(f"CREATE TABLE {MEETING_MAP} (old_id VARCHAR PRIMARY KEY, new_id VARCHAR)")
    if moved:
        con.executemany(f"INSERT INTO {MEETING_MAP} VALUES (?, ?)", moved)


def _amended(con: duckdb.DuckDBPyConnection) -> None:
    """``decision_amended`` findings of the linked decisions, beside the files' own."""
    from kcc_papers.models import Finding

    cols = store.columns(Finding)
    con.execute(f"CREATE TABLE {AMENDED} (" + ", ".join(f'"{n}" {t}' for n, t in cols) + ")")
    rows = [tuple(getattr(f, n) for n, _ in cols) for f in amended_findings(con)]
    if rows:
        con.executemany(f"INSERT INTO {AMENDED} VALUES ({', '.join('?' * len(cols))})", rows)
    con.execute(f"CREATE OR REPLACE VIEW findings AS SELECT * FROM {RAW}findings WHERE "
                f"\"check\" IS DISTINCT FROM '{DECISION_AMENDED}' "
                f"UNION ALL BY NAME SELECT * FROM {AMENDED}")


def run_lake_query(lake_root: str | Path, sql: str, params: list[Any] | None = None) -> QueryResult:
    """Run SQL over the lake (read only: the lake's files are never written)."""
    if not sql.strip():
        raise UsageError("the query is empty")
    con = connect_lake(lake_root)
    try:
        return result_of(con.execute(sql, params or None))
    except duckdb.Error as exc:
        raise query_failed(exc, table_hint=None) from exc
    finally:
        con.close()
