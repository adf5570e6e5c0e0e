"""The data behind each page of the report: one function per page, each a few SQL queries on
the tables and the views (``meetings``, ``kpi_history``, ``risk_history``) over one read-only
connection. Everything returned is plain data (dicts, lists, :class:`Source`); nothing here
knows about HTML."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import duckdb

from kcc_papers.errors import check_date_range
from kcc_papers.identity import canonical

# A meeting page stays bounded however long its papers: at most this many rows per section
# and this many characters of a minute's body (the source link has the rest).
MAX_ROWS_PER_SECTION = 300
MAX_BODY_CHARS = 3000

# Record tables counted on the overview, in the order shown.
RECORD_TABLES = ("agenda_items", "attendance", "minutes", "votes", "decisions", "kpis",
                 "activity_indicators", "risks", "risk_controls", "risk_actions", "contracts")

SEVERITIES = ("error", "warning", "info")

# The 5x5 grid of likelihood x impact scores.
GRID = range(1, 6)


@dataclass(frozen=True)
class Scope:
    """Which meetings the report covers: all, or those of a council, a committee (any printed
    spelling) and a date range. Records that belong to no meeting are in the unfiltered
    report only."""

    council: str | None = None
    committee: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        check_date_range(self.date_from, self.date_to)

    @property
    def filtered(self) -> bool:
        return any((self.council, self.committee, self.date_from, self.date_to))


@dataclass(frozen=True)
class Source:
    """Where a record is printed: a file and, for a PDF, its page."""

    path: str
    page: int | None = None
    format: str | None = None

    @property
    def is_pdf(self) -> bool:
        return self.format == "pdf" or (self.format is None and self.path.lower().endswith(".pdf"))


@dataclass
class Filter:
    """The SQL condition that keeps a record of a meeting in scope, and its parameters."""

    ids: list[str] | None = None
    params: list[Any] = field(default_factory=list)

    def on(self, column: str) -> tuple[str, list[Any]]:
        if self.ids is None:
            return "true", []
        return f"list_contains(?, {column})", [self.ids]


def meeting_filter(con: duckdb.DuckDBPyConnection, scope: Scope) -> Filter:
    """The meetings in scope (``None``: everything, meeting or not)."""
    if not scope.filtered:
        return Filter()
    where: list[str] = ["true"]
    params: list[object] = []
    if scope.council:
        where.append("(lower(coalesce(council, '')) LIKE ? OR meeting_id LIKE ?)")
        params += [f"%{scope.council.lower()}%", f"%{slug(scope.council)}%/%/%"]
    if scope.committee:
        where.append("committee_key LIKE ?")
        params.append(f"%{canonical(scope.committee)}%")
    if scope.date_from:
        where.append("meeting_date >= ?")
        params.append(scope.date_from)
    if scope.date_to:
        where.append("meeting_date <= ?")
        params.append(scope.date_to)
    rows = con.execute(f"SELECT meeting_id FROM meetings WHERE {' AND '.join(where)}",
                       params).fetchall()
    return Filter([r[0] for r in rows])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def page_name(meeting_id: str) -> str:
    """The file name of a meeting's page: the meeting id made safe for any file system."""
    return "meeting_" + re.sub(r"[^A-Za-z0-9.-]+", "_", meeting_id).strip("_") + ".html"


def _records(con: duckdb.DuckDBPyConnection, sql: str,
             params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or None)
    columns = [d[0] for d in cur.description]
    rows = [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
    for row in rows:
        if "path" in row:
            row["source"] = Source(row["path"], row.get("page"), row.get("format"))
    return rows


# --- overview ---------------------------------------------------------------------------------


def overview(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, Any]:
    """Councils, committees, meetings by date with their counts, record counts and findings by
    severity."""
    flt = meeting_filter(con, scope)
    cond, params = flt.on("m.meeting_id")
    meetings = _records(con, f"""
        SELECT m.meeting_id, m.council, m.committee, m.meeting_date, m.meeting_time, m.venue,
               m.documents,
               (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.meeting_id)
                   AS agenda_items,
               (SELECT count(*) FROM minutes n WHERE n.meeting_id = m.meeting_id) AS minutes,
               (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.meeting_id) AS decisions,
               (SELECT count(*) FROM votes v WHERE v.meeting_id = m.meeting_id) AS votes,
               (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.meeting_id)
                   AS attendance
        FROM meetings m WHERE {cond}
        ORDER BY m.meeting_date, m.meeting_id""", params)
    for m in meetings:
        m["page"] = page_name(m["meeting_id"])
    councils: dict[str, int] = {}
    committees: dict[tuple[str, str], int] = {}
    for m in meetings:
        council = m["council"] or "(council not printed)"
        councils[council] = councils.get(council, 0) + 1
        committees[(council, m["committee"])] = committees.get((council, m["committee"]), 0) + 1
    return {
        "meetings": meetings,
        "councils": sorted(councils.items()),
        "committees": [(c, k, n) for (c, k), n in sorted(committees.items())],
        "counts": record_counts(con, flt),
        "findings": findings_by_severity(con, flt),
    }


def record_counts(con: duckdb.DuckDBPyConnection, flt: Filter) -> dict[str, int]:
    cond, params = flt.on("meeting_id")
    # fetchall, not fetchone (typed Optional): a count is always one row
    return {table: con.execute(f"SELECT count(*) FROM {table} WHERE {cond}",
                               params).fetchall()[0][0]
            for table in RECORD_TABLES}


def findings_by_severity(con: duckdb.DuckDBPyConnection, flt: Filter) -> dict[str, int]:
    cond, params = flt.on("d.meeting_id")
    found = dict(con.execute(f"""
        SELECT f.severity, count(*) FROM findings f
        JOIN documents d ON d.document_id = f.document_id WHERE {cond} GROUP BY ALL""",
        params).fetchall())
    return {s: found.get(s, 0) for s in SEVERITIES}


# --- a meeting --------------------------------------------------------------------------------


# Each section of a meeting page: (columns and joins, the meeting column, the order).
SECTIONS = {
    "documents": ("""d.document_id, d.kind, d.title, d.path, d.page_from AS page, d.format,
                     d.pages FROM documents d""",
                  "d.meeting_id", "d.path, d.page_from, d.document_id"),
    "agenda_items": ("""a.item_ref, a.title, a.section, a.exempt, a.decision_number,
                        a.page_from AS printed_from, a.page_to AS printed_to,
                        a.source_path AS path, a.page, d.format
                        FROM agenda_items a JOIN documents d USING (document_id)""",
                     "a.meeting_id", "a.source_path, a.rowid"),
    "minutes": ("""n.minute_number, n.title, n.item_ref, n.exempt,
                   left(n.body, {body}) AS body, length(n.body) > {body} AS body_truncated,
                   n.resolution, n.source_path AS path, n.page, d.format
                   FROM minutes n JOIN documents d USING (document_id)""",
                "n.meeting_id", "n.source_path, n.rowid"),
    "decisions": ("""c.source AS via, coalesce(c.decision_number, c.ref) AS ref, c.title,
                     c.decision_text, c.outcome, c.decision_date, c.decision_maker, c.status,
                     c.source_path AS path, c.page, d.format
                     FROM decisions c JOIN documents d USING (document_id)""",
                  "c.meeting_id", "c.source_path, c.rowid"),
    "votes": ("""v.minute_number, v.motion, v.votes_for, v.votes_against, v.abstentions,
                 v.outcome, v.source_path AS path, v.page, d.format
                 FROM votes v JOIN documents d USING (document_id)""",
              "v.meeting_id", "v.source_path, v.rowid"),
    "attendance": ("""t.name, t.category, t.role, t.substitute_for, t.source_path AS path,
                      t.page, d.format FROM attendance t JOIN documents d USING (document_id)""",
                   "t.meeting_id", "t.category, t.source_path, t.rowid"),
    "findings": ("""f.check, f.severity, f.message, f.record_ref, d.path, f.page, d.format
                    FROM findings f JOIN documents d USING (document_id)""",
                 "d.meeting_id",
                 f"list_position({list(SEVERITIES)}, f.severity), f.check, f.page, f.rowid"),
}

# Meeting pages are read this many meetings at a time: one query per section for the lot,
# so a database of thousands of meetings costs a few hundred queries, not tens of thousands.
MEETINGS_PER_BATCH = 200


def meeting(con: duckdb.DuckDBPyConnection, meeting_id: str) -> dict[str, Any]:
    """Everything recorded of one meeting, each record with its source; every section at most
    MAX_ROWS_PER_SECTION rows (``truncated`` names the sections cut short)."""
    return meeting_pages(con, [meeting_id])[meeting_id]


def meeting_pages(con: duckdb.DuckDBPyConnection,
                  meeting_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The pages of several meetings (see ``meeting``), a query per section for them all."""
    heads = {r["meeting_id"]: r for r in _records(
        con, "SELECT * FROM meetings WHERE list_contains(?, meeting_id)", [meeting_ids])}
    pages: dict[str, dict[str, Any]] = {
        mid: {"meeting": heads.get(mid, {"meeting_id": mid}), "truncated": [],
                   "max_rows": MAX_ROWS_PER_SECTION} for mid in meeting_ids}
    for name, (body, column, order) in SECTIONS.items():
        for page in pages.values():
            page[name] = []
        rows = _records(con, f"""
            SELECT {column} AS meeting_of, {body.format(body=MAX_BODY_CHARS)}
            WHERE list_contains(?, {column})
            QUALIFY row_number() OVER (PARTITION BY {column} ORDER BY {order})
                <= {MAX_ROWS_PER_SECTION + 1}
            ORDER BY {column}, {order}""", [meeting_ids])
        for row in rows:
            page = pages[row.pop("meeting_of")]
            if len(page[name]) == MAX_ROWS_PER_SECTION:
                page["truncated"].append(name)
            else:
                page[name].append(row)
    return pages


def batches(items: list[str], size: int = MEETINGS_PER_BATCH) -> list[list[str]]:
    return [items[n:n + size] for n in range(0, len(items), size)]


# --- KPIs -------------------------------------------------------------------------------------


def kpis(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, Any]:
    """The RAG grid: one row per KPI, one column per period, each cell the printed RAG and,
    where a ``kpi_rag_mismatch`` finding says the value implies another, that finding."""
    cond, params = meeting_filter(con, scope).on("h.meeting_id")
    points = _records(con, f"""
        SELECT h.kpi_key, h.ref, h.description, h.period, h.period_date, h.value,
               h.value_text, h.rag, h.target, h.floor_standard, h.unit, h.direction,
               h.path, h.page, d.format,
               (SELECT string_agg(f.message, '; ') FROM findings f
                WHERE f.check = 'kpi_rag_mismatch' AND f.document_id = h.document_id
                  AND f.record_ref = coalesce(h.ref, left(h.description, 80))) AS mismatch
        FROM kpi_history h JOIN documents d USING (document_id)
        WHERE {cond}
        ORDER BY h.kpi_key, h.period_date NULLS FIRST, h.period""", params)
    columns: dict[str, dict[str, Any]] = {}
    rows: dict[str, dict[str, Any]] = {}
    for p in points:
        column = period_column(p["period_date"], p["period"])
        columns.setdefault(column["key"], column)
        row = rows.setdefault(p["kpi_key"], {"kpi_key": p["kpi_key"], "ref": p["ref"],
                                             "description": p["description"], "unit": p["unit"],
                                             "cells": {}, "points": []})
        # The latest paper's target and floor are the ones the row shows.
        row.update(target=p["target"], floor_standard=p["floor_standard"])
        row["cells"][column["key"]] = p
        row["points"].append(p)
    ordered = sorted(columns.values(), key=lambda c: (c["date"] or dt.date.min, c["label"]))
    return {"columns": ordered, "rows": sorted(rows.values(), key=lambda r: r["kpi_key"]),
            "mismatches": sum(1 for p in points if p["mismatch"])}


def period_column(date: dt.date | None, period: str | None) -> dict[str, Any]:
    """A grid column: a period's end date ("Dec 2024"), else the period as printed."""
    if date is not None:
        return {"key": date.isoformat(), "label": date.strftime("%b %Y"), "date": date}
    text = (period or "period not printed").strip()
    return {"key": text, "label": text, "date": None}


# --- risks ------------------------------------------------------------------------------------


def risks(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[dict[str, Any]]:
    """Each register's latest issue in scope: its risks by rating, their places on the 5x5
    grid (current and target), exposure by directorate, and the changes since the issue
    before it (from ``risk_history``)."""
    cond, params = meeting_filter(con, scope).on("d.meeting_id")
    rows = _records(con, f"""
        WITH h AS (
            SELECT h.*, d.format, d.title AS document_title FROM risk_history h
            JOIN documents d USING (document_id) WHERE {cond}),
        latest AS (SELECT register_key, max(issue) AS issue FROM h GROUP BY register_key),
        detail AS (
            SELECT risk_key, document_id, target_likelihood, target_impact, directorate, owner,
                   current_level, target_level
            FROM risks
            QUALIFY row_number() OVER (PARTITION BY risk_key, document_id ORDER BY page) = 1)
        SELECT h.*, detail.* EXCLUDE (risk_key, document_id)
        FROM h JOIN latest USING (register_key, issue)
        LEFT JOIN detail ON detail.risk_key = h.risk_key AND detail.document_id = h.document_id
        ORDER BY h.register_key, h.current_rating DESC NULLS LAST,
                 h.annual_exposure_gbp DESC NULLS LAST, h.risk_id""", params)
    registers: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        registers.setdefault(row["register_key"], []).append(row)
    return [register(key, members) for key, members in registers.items()]


def register(key: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    current = [r for r in rows if r["change"] != "closed"]
    first = rows[0]
    exposure: dict[str, float] = {}
    for r in current:
        if r["annual_exposure_gbp"] is not None:
            name = r["directorate"] or "(no directorate)"
            exposure[name] = exposure.get(name, 0.0) + r["annual_exposure_gbp"]
    return {
        "key": key,
        "name": next((r["register"] for r in rows if r["register"]), None)
        or first["document_title"] or key,
        "meeting_date": first["meeting_date"],
        "issue": first["issue"],
        "source": Source(first["path"], None, first["format"]),
        "risks": current,
        "placed": [r for r in current if on_grid(r["likelihood"], r["impact"])],
        "unplaced": [r for r in current if not on_grid(r["likelihood"], r["impact"])],
        "targets": [r for r in current if on_grid(r["target_likelihood"], r["target_impact"])],
        "exposure": sorted(exposure.items(), key=lambda kv: -kv[1]),
        "changes": [r for r in rows if r["change"] != "same" and first["issue"] > 1],
    }


def on_grid(likelihood: int | None, impact: int | None) -> bool:
    return likelihood in GRID and impact in GRID


# --- findings ---------------------------------------------------------------------------------


def findings(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[dict[str, Any]]:
    """Every finding, errors first, with its document and page."""
    cond, params = meeting_filter(con, scope).on("d.meeting_id")
    return _records(con, f"""
        SELECT f.check, f.severity, f.message, f.record_table, f.record_ref, d.path, f.page,
               d.format, d.meeting_id
        FROM findings f JOIN documents d USING (document_id) WHERE {cond}
        ORDER BY list_position({list(SEVERITIES)}, f.severity), f.check, d.path, f.page,
                 f.rowid""",
        params)
