"""The partition of a row: the council and meeting year of the paper it comes from. Shared by
``export --partition-by`` and the lake, so both put a row in the same folder."""

from __future__ import annotations

from collections.abc import Iterable

from kcc_papers.errors import UsageError

KEYS = ("council", "year")
# How DuckDB reads the partition folders back: a council named "2025" stays text.
HIVE_TYPES = "{'council': 'VARCHAR', 'year': 'BIGINT'}"


def parse_keys(spec: str) -> list[str]:
    """``"council,year"`` -> ``["council", "year"]``; anything else is a usage error."""
    keys = [k.strip() for k in spec.split(",") if k.strip()]
    unknown = [k for k in keys if k not in KEYS]
    if not keys or unknown or len(set(keys)) != len(keys):
        raise UsageError(f"--partition-by takes one or both of {', '.join(KEYS)} (comma "
                         f"separated), got {spec!r}")
    return keys


def _of_document(column: str, cols: set[str]) -> str | None:
    """``column`` of the row's document: by document_id, else (a file's row) its top one."""
    if "document_id" in cols:
        return (f"(SELECT any_value(d.{column}) FROM documents d "
                f"WHERE d.document_id = t.document_id)")
    if "path" in cols:
        return (f"(SELECT any_value(d.{column}) FROM documents d "
                f"WHERE d.path = t.path AND d.parent_id IS NULL)")
    return None


def council_sql(cols: set[str]) -> str:
    if "council" in cols:
        return "t.council"
    return _of_document("council", cols) or "NULL::VARCHAR"


def year_sql(cols: set[str]) -> str:
    if "meeting_date" in cols:
        return "year(t.meeting_date)"
    of_document = _of_document("meeting_date", cols)
    return f"year({of_document})" if of_document else "NULL::BIGINT"


def added_columns(cols: Iterable[str], keys: list[str]) -> list[str]:
    """The partition columns a table does not have of its own (they come back on reading)."""
    return [k for k in keys if k not in set(cols)]


def partitioned_select(table: str, cols: list[str], keys: list[str]) -> str:
    """``table``'s rows with the partition columns it lacks, for ``COPY ... PARTITION_BY``."""
    have = set(cols)
    exprs = {"council": council_sql(have), "year": year_sql(have)}
    extra = "".join(f", {exprs[k]} AS {k}" for k in added_columns(cols, keys))
    return f"SELECT t.*{extra} FROM {table} t"


def copy_options(keys: list[str], extra: str = "") -> str:
    return f"(FORMAT PARQUET, PARTITION_BY ({', '.join(keys)}){extra})"


def read_sql(glob: str, *, union: bool = True) -> str:
    """A ``read_parquet`` over partition folders, the partition columns typed."""
    quoted = glob.replace("'", "''")
    union_opt = ", union_by_name = true" if union else ""
    return (f"read_parquet('{quoted}', hive_partitioning = true, "
            f"hive_types = {HIVE_TYPES}{union_opt})")
