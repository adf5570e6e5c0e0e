"""Answers across papers: a KPI's or a risk's series, a decision's trail, the meetings held.
Each reads the views made with the tables (``views``) on a read-only connection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kcc_papers import store
from kcc_papers.errors import UsageError, check_date_range
from kcc_papers.export import QueryResult, run_query
from kcc_papers.identity import canonical, slug

# How many near keys to name when a key matches none or several.
SUGGESTIONS = 5

# What a terminal table shows of each series (JSON and CSV carry every column).
SHOWN = {
    "kpi": ["period", "period_date", "value_text", "rag", "target", "floor_standard",
            "direction", "path", "page"],
    "risk": ["meeting_date", "risk_id", "title", "current_rating", "current_level",
             "annual_exposure_gbp", "change", "path", "page"],
}

_SERIES = {
    "kpi": ("kpi_history", "kpi_key", "period_date NULLS FIRST, period"),
    "risk": ("risk_history", "risk_key", "meeting_date NULLS FIRST, change = 'closed'"),
}


def series(db: Path | str, kind: str, key: str, *,
           wait: float = store.LOCK_WAIT_SECONDS) -> QueryResult:
    """The history of one KPI or risk. ``key`` is the whole key or its last part(s): "CS01",
    "corporate-risk-register/CRR10A", as long as it picks out one."""
    view, column, order = _SERIES[kind]
    full = resolve(db, view, column, key, what=kind.upper() if kind == "kpi" else kind,
                   wait=wait)
    return run_query(db, f"SELECT * FROM {view} WHERE {column} = ? ORDER BY {order}", [full],
                     wait=wait)


def trail(db: Path | str, ref: str, *, wait: float = store.LOCK_WAIT_SECONDS) -> QueryResult:
    """A decision's trail: by decision number ("24/00108") or meeting#item reference."""
    full = resolve(db, "decision_trail", "ref", ref, what="decision", wait=wait)
    return run_query(db, "SELECT * FROM decision_trail WHERE ref = ?", [full], wait=wait)


def meetings(db: Path | str, *, committee: str | None = None, date_from: dt.date | None = None,
             date_to: dt.date | None = None, council: str | None = None,
             wait: float = store.LOCK_WAIT_SECONDS) -> QueryResult:
    """Meetings in date order with their documents and records, optionally of one council
    (any part of its name, as ``report --council``), one committee (any printed spelling) and
    between two dates."""
    check_date_range(date_from, date_to)
    where: list[str] = ["true"]
    params: list[object] = []
    if council:
        # the council's name, or its slug in the id (a paper naming the council only there)
        where.append("(lower(coalesce(council, '')) LIKE ? OR meeting_id LIKE ?)")
        params += [f"%{council.lower()}%", f"%{slug(council)}%/%/%"]
    for word in canonical(committee).split():  # every word, in any spelling's order
        where.append("(' ' || committee_key || ' ') LIKE ?")
        params.append(f"% {word} %")
    if date_from:
        where.append("meeting_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("meeting_date <= ?")
        params.append(date_to)
    return run_query(db, f"""
        SELECT m.meeting_id, m.council, m.committee, m.meeting_date, m.meeting_time,
               m.documents,
               (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.meeting_id) AS decisions,
               (SELECT count(*) FROM minutes n WHERE n.meeting_id = m.meeting_id) AS minutes,
               (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.meeting_id)
                   AS agenda_items
        FROM meetings m WHERE {' AND '.join(where)}
        ORDER BY m.meeting_date, m.meeting_id""", params, wait=wait)


def resolve(db: Path | str, view: str, column: str, key: str, *, what: str,
            wait: float = store.LOCK_WAIT_SECONDS) -> str:
    """The one stored key that ``key`` names: itself, or the one ending in "/key" (case
    aside). None or several is a usage error that names some candidates."""
    found = run_query(db, f"""
        SELECT DISTINCT {column} FROM {view}
        WHERE {column} = ? OR list_contains([?, ?, ?], lower({column}))
           OR lower({column}) LIKE ? OR lower({column}) LIKE ? OR lower({column}) LIKE ?
        ORDER BY 1""", [key, *(key.lower() for _ in range(3)),
                        *(f"%{sep}{key.lower()}" for sep in "/#-")], wait=wait).rows
    keys = [r[0] for r in found]
    if key in keys or len(keys) == 1:
        return key if key in keys else keys[0]
    if keys:
        raise UsageError(f"{what} {key!r} is ambiguous: {', '.join(keys[:SUGGESTIONS])}"
                         f"{' ...' if len(keys) > SUGGESTIONS else ''}")
    containing = _keys_containing(db, view, column, key, wait=wait)
    if containing:
        raise UsageError(f"no {what} key is or ends in {key!r}; these contain it: "
                         f"{', '.join(containing[:SUGGESTIONS])}"
                         f"{' ...' if len(containing) > SUGGESTIONS else ''} (give one, or its "
                         "ending)")
    raise UsageError(f"no {what} {key!r} in the database (list them with: kcc-papers query "
                     f"\"SELECT DISTINCT {column} FROM {view}\")")


def _keys_containing(db: Path | str, view: str, column: str, key: str, *,
                     wait: float) -> list[str]:
    """Keys with ``key`` anywhere in them: a KPI printed without a ref is keyed by its
    description ("kent-county-council/percentage-of-complaints-responded-to-within-timescale"),
    and an analyst types a word of it ("complaints"), not its ending."""
    words = key.lower().replace(" ", "-")
    found = run_query(db, f"""
        SELECT DISTINCT {column} FROM {view} WHERE lower({column}) LIKE ? ORDER BY 1
        LIMIT {SUGGESTIONS + 1}""", [f"%{words}%"], wait=wait).rows
    return [r[0] for r in found]

