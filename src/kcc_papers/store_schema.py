"""The tables' SQL: each model field's DuckDB type, the CREATE TABLE statements of the records'
tables (from ``ddl``, which the models give) and of ``files``, the table of the files handled."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kcc_papers.models import Model

FILES_TABLE = "files"
FILES_COLUMNS = [
    ("path", "VARCHAR PRIMARY KEY"),
    ("sha256", "VARCHAR NOT NULL"),
    ("status", "VARCHAR NOT NULL"),  # ingested | failed | duplicate
    ("pages", "INTEGER"),
    ("documents", "INTEGER"),
    ("records", "INTEGER"),
    ("seconds", "DOUBLE"),
    ("ingested_at", "TIMESTAMP"),
]
SCALARS: dict[Any, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    dt.date: "DATE",
    dt.datetime: "TIMESTAMP",
}


def sql_type(annotation: Any) -> str:
    """DuckDB type of a model field annotation (Optional and Literal unwrapped)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return sql_type(args[0])
    if origin is typing.Literal:
        return sql_type(type(typing.get_args(annotation)[0]))
    if origin is list:
        return sql_type(typing.get_args(annotation)[0]) + "[]"
    if annotation in SCALARS:
        return SCALARS[annotation]
    raise TypeError(f"no DuckDB type for {annotation!r}")


def columns(model: type[Model]) -> list[tuple[str, str]]:
    return [(name, sql_type(f.annotation)) for name, f in model.model_fields.items()]


def table_models() -> dict[str, type[Model]]:
    from kcc_papers.models import STORED_MODELS

    return {m.table: m for m in STORED_MODELS if m.table}


def schema_sql() -> list[str]:
    """CREATE TABLE statements of every table (from ``ddl``, which the models give)."""
    from kcc_papers.ddl import TABLE_COLUMNS

    return tables_sql(TABLE_COLUMNS)


def tables_sql(tables: Mapping[str, Sequence[tuple[str, str]]]) -> list[str]:
    """CREATE TABLE statements for ``tables`` (name -> columns and types) and ``files``."""
    stmts = []
    for table, cols in [*tables.items(), (FILES_TABLE, FILES_COLUMNS)]:
        spec = ", ".join(f'"{name}" {typ}' for name, typ in cols)
        stmts.append(f"CREATE TABLE IF NOT EXISTS {table} ({spec})")
    return stmts
