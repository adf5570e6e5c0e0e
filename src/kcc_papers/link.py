"""The cross-paper pass after an ingest: what no single file can say.

- A council's committee named two ways on one day ("Transport and Connectivity Committee" on a
  report, "... Policy Committee" on its minutes) is one meeting.
- A paper that never prints its council (a Kent agenda front sheet) has a meeting id
  ``-/cabinet/2025-01-30``; where exactly one council's papers name that committee and date,
  the meeting is theirs.
- A document of a file fetched from a council's site gets the URL it came from.
- A decision whose minutes resolved something other than the report recommended (rejected,
  deferred, amended) is a ``decision_amended`` finding, recomputed from the stored papers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import duckdb

from kcc_papers import store
from kcc_papers.views import TRAILED_DECISIONS

if TYPE_CHECKING:
    from kcc_papers.models import Finding

# The pass ends every ingest: it writes its findings as plain rows, so that the parent of the
# workers (which gets their rows as column data) never imports the models (pydantic, ~0.2 s).

UNKNOWN_COUNCIL = "-/"
DECISION_AMENDED = "decision_amended"
# Words with which minutes say the meeting did not take the recommendation as written.
AMENDED_WORDS = re.compile(
    r"\bamend(?:ed|ment)\b|\bsubject\s+to\b|\bwith\s+the\s+(?:addition|deletion)\b|"
    r"\binstead\b|\bnot\s+(?:be\s+)?(?:approved|agreed|adopted)\b|\bdeferred?\b|\brefused\b|"
    r"\brejected?\b|\bwithdrawn\b",
    re.I,
)
CHANGED_OUTCOMES = ("rejected", "deferred")
# Checks this pass makes: findings about several papers, not rows any one file wrote.
CROSS_PAPER_CHECKS = (DECISION_AMENDED,)


def link(con: duckdb.DuckDBPyConnection) -> int:
    """Run every cross-paper step in one transaction, and note that it completed. Returns how
    many findings the pass added beyond those it found (its findings are recomputed whole, so
    a run's summary can count them with the rows the files wrote)."""
    with store.transaction(con):
        adopt_councils(con)
        join_name_variants(con)
        added = decisions_amended(con)
        trace_sources(con)
        store.mark_linked(con)
    return added


def trace_sources(con: duckdb.DuckDBPyConnection) -> None:
    """Give every document of a fetched file the council's URL it came from (by content, so a
    file moved or ingested under another path keeps its URL)."""
    con.execute(
        "UPDATE documents SET source_url = s.url FROM sources s "
        "WHERE s.sha256 = documents.sha256 AND documents.source_url IS DISTINCT FROM s.url"
    )


def adopt_councils(con: duckdb.DuckDBPyConnection) -> None:
    """Give a council-less meeting id the council of the one meeting it can be."""
    rows = con.execute(
        """
        WITH ids AS (
            SELECT DISTINCT meeting_id FROM documents WHERE meeting_id IS NOT NULL
        ), anon AS (
            SELECT meeting_id, substr(meeting_id, 3) AS rest FROM ids
            WHERE starts_with(meeting_id, $1)
        )
        SELECT a.meeting_id, min(i.meeting_id) FROM anon a
        JOIN ids i ON NOT starts_with(i.meeting_id, $1)
            AND regexp_extract(i.meeting_id, '^[^/]+/(.*)$', 1) = a.rest
        GROUP BY a.meeting_id HAVING count(DISTINCT i.meeting_id) = 1
        """,
        [UNKNOWN_COUNCIL],
    ).fetchall()
    _move_meetings(con, [(old, new) for old, new in rows])


# A committee's name printed without one of its words is the same committee when it is still
# this long: "Transport and Connectivity Committee" on a report, "Transport and Connectivity
# Policy Committee" on the minutes of the same council's meeting that day.
MIN_VARIANT_WORDS = 3


def join_name_variants(con: duckdb.DuckDBPyConnection) -> None:
    """One meeting for a council's committee named two ways on the same day, where one name
    is the other with a single word left out and no other meeting that day fits."""
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT meeting_id FROM documents WHERE meeting_id IS NOT NULL "
        "AND NOT starts_with(meeting_id, ?)", [UNKNOWN_COUNCIL]).fetchall()]
    parts = [(i, *i.split("/")) for i in ids if i.count("/") == 2]
    moves = []
    for short_id, council, body, date in parts:
        longer = [other for other, c, b, d in parts
                  if (c, d) == (council, date) and _one_word_more(body, b)]
        if len(longer) == 1:
            moves.append((short_id, longer[0]))
    _move_meetings(con, moves)


def _one_word_more(short: str, long: str) -> bool:
    words, more = short.split("-"), long.split("-")
    if len(words) < MIN_VARIANT_WORDS or len(more) != len(words) + 1:
        return False
    return any(more[:k] + more[k + 1 :] == words for k in range(len(more)))


def _move_meetings(con: duckdb.DuckDBPyConnection, moves: list[tuple[str, str]]) -> None:
    """Move each (old, new) meeting id's rows, in order. When no move's new id is another's
    old one, the order cannot matter and every table is updated once for all of them (a
    statement costs DuckDB milliseconds to plan; this pass ends every ingest)."""
    if not moves:
        return
    tables = _tables_with(con, "meeting_id")
    olds = {old for old, _ in moves}
    if any(new in olds for _, new in moves):
        for old, new in moves:
            for table in tables:
                con.execute(f"UPDATE {table} SET meeting_id = ? WHERE meeting_id = ?",
                            [new, old])
        return
    for table in tables:
        con.execute(f"UPDATE {table} SET meeting_id = m.new FROM (SELECT unnest($1) AS old, "
                    f"unnest($2) AS new) m WHERE {table}.meeting_id = m.old",
                    [[old for old, _ in moves], [new for _, new in moves]])


def decisions_amended(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the ``decision_amended`` findings; returns how many more there are now."""
    before = con.execute("DELETE FROM findings WHERE \"check\" = ?",
                         [DECISION_AMENDED]).fetchone()
    found = amended_rows(con)
    if found:
        names = [name for name, _ in store.table_columns("findings")]
        store.insert_columns(con, {"findings": {n: [row[n] for row in found] for n in names}})
    return max(0, len(found) - (before[0] if before else 0))


def amended_findings(con: duckdb.DuckDBPyConnection) -> list[Finding]:
    """The ``decision_amended`` findings of the decisions ``con`` holds (tables or views)."""
    from kcc_papers.models import Finding

    return [Finding(**row) for row in amended_rows(con)]


def amended_rows(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The ``decision_amended`` findings as rows (``findings``' column -> value)."""
    rows = con.execute(
        f"""
        WITH {TRAILED_DECISIONS}
        SELECT m.trail_ref, m.document_id, m.page, m.decision_text, m.outcome
        FROM d m
        WHERE m.source = 'minutes' AND m.trail_ref IS NOT NULL AND EXISTS (
            SELECT 1 FROM d r WHERE r.source = 'report' AND r.trail_ref = m.trail_ref)
        ORDER BY m.trail_ref, m.page
        """
    ).fetchall()
    found = []
    for ref, document_id, page, text, outcome in rows:
        why = _amended(text, outcome)
        if why:
            found.append({
                "document_id": document_id, "record_table": "decisions", "record_ref": ref,
                "check": DECISION_AMENDED, "severity": "info", "page": page,
                "message": f"{ref}: the minutes resolved otherwise than the report recommended "
                f"({why})",
            })
    return found


def _amended(text: str, outcome: str) -> str | None:
    if outcome in CHANGED_OUTCOMES:
        return f"outcome {outcome}"
    m = AMENDED_WORDS.search(text)
    return f"'{m.group(0)}'" if m else None


def _tables_with(con: duckdb.DuckDBPyConnection, column: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_columns() WHERE column_name = ? AND NOT internal "
        "AND table_name IN (SELECT table_name FROM duckdb_tables())", [column]).fetchall()]
