"""The database describes itself: every table, view and column has a comment."""

from __future__ import annotations

from pathlib import Path

import duckdb

from conftest import ROOT
from kcc_papers import store
from kcc_papers.models import STORED_MODELS
from kcc_papers.pipeline import ingest


def test_every_table_view_and_column_has_a_comment(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    ingest([ROOT / "data" / "raw" / "sample_news.txt"], db, workers=1)
    con = duckdb.connect(str(db), read_only=True)
    try:
        bare_columns = con.execute(
            "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE NOT internal "
            "AND NOT starts_with(table_name, '_') AND coalesce(comment, '') = ''").fetchall()
        bare_tables = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT starts_with(table_name, '_') "
            "AND coalesce(comment, '') = '' UNION ALL SELECT view_name FROM duckdb_views() "
            "WHERE NOT internal AND coalesce(comment, '') = ''").fetchall()
        kpi_ref = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'kpis' "
                              "AND column_name = 'ref'").fetchone()
    finally:
        con.close()
    assert bare_columns == [] and bare_tables == []
    assert kpi_ref == (store.table_models()["kpis"].model_fields["ref"].description,)


def test_the_json_schemas_carry_the_same_descriptions() -> None:
    for model in STORED_MODELS:
        schema = model.model_json_schema()
        for name, field in model.model_fields.items():
            assert schema["properties"][name].get("description") == field.description, name


def test_comments_are_written_once_not_on_every_connection(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with store.connect(db) as con:
        con.execute("COMMENT ON TABLE kpis IS 'changed by hand'")
    with store.connect(db) as con:  # the schema is unchanged: nothing is rewritten
        got = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'kpis'")
        assert got.fetchone() == ("changed by hand",)
