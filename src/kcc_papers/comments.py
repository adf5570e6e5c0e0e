"""Comments that make the database describe itself: ``DESCRIBE`` and ``duckdb_columns()`` explain
every table, view and column to an ad-hoc SQL user. Tables and columns take the models'
docstrings and field descriptions (the JSON Schemas carry the same text); the views' columns
take the description of the model field they come from, or their own below. ``ddl_gen``
writes the statements into ``ddl.py``, from which a new database is set up."""

from __future__ import annotations

import duckdb

from kcc_papers.models import STORED_MODELS, Model

FILES_TABLE_COMMENT = "One row per file handled: what it held and when it was last read."
FILES_COLUMN_COMMENTS = {
    "path": "the file as found under the folders ingested",
    "sha256": "SHA-256 of the file's bytes: unchanged content is never read twice",
    "status": "ingested, failed (and not retried until it changes) or duplicate",
    "pages": "pages read",
    "documents": "documents found (a pack and each paper split out of it)",
    "records": "rows written for the file",
    "seconds": "seconds spent reading and extracting it",
    "ingested_at": "when it was last written (UTC)",
}
VIEW_COMMENTS = {
    "meetings": "One row per meeting, whichever papers name it.",
    "kpi_history": "Each KPI's points in time order, one per period, across papers.",
    "risk_history": "Each risk per issue of its register, with its change since the last issue.",
    "decision_trail": "One row per decision: the report's recommendation, the minutes' "
    "resolution and the record of decision.",
}
VIEW_COLUMN_COMMENTS = {
    "committee": "the committee's most printed name",
    "committee_as_printed": "every spelling of the committee's name printed in its papers",
    "documents": "documents of the meeting",
    "value": "the latest value (a number)",
    "value_text": "the value as printed",
    "rag": "the printed RAG rating",
    "direction": "up, down or same against the KPI's previous point",
    "previous_rag": "the RAG of the KPI's previous point",
    "path": "the file the row comes from",
    "register_key": "council/register the risk belongs to",
    "issue": "which issue of its register (1 is the earliest)",
    "previous_rating": "current rating in the previous issue of the register",
    "previous_annual_exposure_gbp": "annual exposure in the previous issue of the register",
    "change": "new, up, down, same or closed against the previous issue of the register",
    "ref": "decision number, else meeting_id#agenda item",
    "recommendation": "what the report recommended",
    "recommendation_document": "document of the recommendation",
    "recommendation_page": "page of the recommendation",
    "resolution": "what the minutes resolved",
    "resolution_outcome": "approved, agreed, noted, deferred, rejected ... as the minutes say",
    "resolution_document": "document of the resolution",
    "resolution_page": "page of the resolution",
    "record": "what the record of decision says was decided",
    "record_document": "document of the record of decision",
    "record_page": "page of the record of decision",
    "recommendation_path": "file of the recommendation",
    "resolution_path": "file of the resolution",
    "record_path": "file of the record of decision",
    "status": "recommended, resolved or recorded: how far the decision has gone",
    "decisions": "decisions recorded for the meeting",
    "minutes": "minute items of the meeting",
    "agenda_items": "agenda items of the meeting",
}


def table_comment(model: type[Model]) -> str:
    return " ".join((model.__doc__ or "").split("\n\n")[0].split())


def comment_sql(con: duckdb.DuckDBPyConnection, files_table: str) -> list[str]:
    """COMMENT statements for every table, view and column the project makes."""
    fields: dict[str, str] = {}
    out = []
    for model in STORED_MODELS:
        out.append(_on("TABLE", model.table or "", table_comment(model)))
        for name, f in model.model_fields.items():
            fields.setdefault(name, f.description or "")
            out.append(_on("COLUMN", f"{model.table}.{name}", f.description or ""))
    out.append(_on("TABLE", files_table, FILES_TABLE_COMMENT))
    out += [_on("COLUMN", f"{files_table}.{c}", t) for c, t in FILES_COLUMN_COMMENTS.items()]
    for view, text in VIEW_COMMENTS.items():
        out.append(_on("VIEW", view, text))
        for (column,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view]
        ).fetchall():
            text = VIEW_COLUMN_COMMENTS.get(column) or fields.get(column, "")
            out.append(_on("COLUMN", f"{view}.{column}", text))
    return out


def _on(kind: str, target: str, text: str) -> str:
    quoted = ".".join(f'"{part}"' for part in target.split("."))
    return f"COMMENT ON {kind} {quoted} IS '{text.replace(chr(39), chr(39) * 2)}'"
