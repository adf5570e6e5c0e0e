"""schemas/ and the DuckDB schema follow from the models."""

from __future__ import annotations

import duckdb

from conftest import ROOT
from kcc_papers import store
from kcc_papers.models import STORED_MODELS
from kcc_papers.schemas import schema_documents

# Columns users and scripts rely on: these may gain company, never be renamed.
REQUIRED = {
    "documents": "document_id path sha256 kind title council committee meeting_date pages "
                 "parent_id page_from page_to",
    "agenda_items": "document_id item_ref title page_from page_to",
    "minutes": "document_id minute_number title item_ref resolution",
    "decisions": "document_id source ref title decision_text outcome decision_date "
                 "decision_maker key_decision",
    "kpis": "document_id ref description service_area period latest_value latest_rag ytd_value "
            "ytd_rag target floor_standard previous_year previous_value previous_rag unit page",
    "activity_indicators": "document_id ref description ytd_value in_expected_range "
                           "expected_upper expected_lower previous_ytd",
    "risks": "document_id risk_id register title current_rating current_level target_rating "
             "target_level status likelihood impact owner annual_exposure_gbp "
             "lifetime_exposure_gbp",
    "risk_controls": "document_id risk_id control owner",
    "risk_actions": "document_id risk_id action owner planned_completion",
    "contracts": "document_id service provider start_date end_date term_years value_gbp "
                 "value_period approximate page",
    "findings": "document_id record_table record_ref check severity message",
    "ingest_errors": "path sha256 error_kind message at",
}


def test_committed_json_schemas_match_the_models() -> None:
    expected = schema_documents()
    folder = ROOT / "schemas"
    committed = {p.name: p.read_text() for p in folder.glob("*.schema.json")}
    assert committed == expected, "run `make schemas` and commit schemas/"


def test_duckdb_tables_have_the_columns_users_rely_on() -> None:
    con = duckdb.connect()
    for stmt in store.schema_sql():
        con.execute(stmt)
    for table, cols in REQUIRED.items():
        have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        assert set(cols.split()) <= have, table


def test_every_stored_model_has_a_table() -> None:
    tables = {m.table for m in STORED_MODELS}
    assert None not in tables and len(tables) == len(STORED_MODELS)
