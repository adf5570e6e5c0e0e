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
from kcc_papers.ddl import TABLE_COLUMNS
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
# The words after an amending word that say what it governs: the same phrase in the report's
# recommendation ("subject to suitable resource being ...") is what the report asked, no
# change the meeting made; another ("subject to the following amendment") is one.
AMENDED_CONTEXT_WORDS = 3
_AMENDED_CONTEXT = re.compile(rf"(?:\W+\w+){{0,{AMENDED_CONTEXT_WORDS}}}")
_WORD = re.compile(r"\w+")
CHANGED_OUTCOMES = ("rejected", "deferred")
# Checks this pass makes: findings about several papers, not rows any one file wrote.
CROSS_PAPER_CHECKS = (DECISION_AMENDED,)
# The tables holding a paper's meeting id (``sources.meeting_id`` is a council site's number:
# moving a paper's id there failed as a conversion error once ``sources`` had rows).
MEETING_TABLES = tuple(table for table, cols in TABLE_COLUMNS.items()
                       if ("meeting_id", "VARCHAR") in cols)


def link(con: duckdb.DuckDBPyConnection) -> int:
    """Run every cross-paper step in one transaction, and note that it completed. Returns how
    many findings the pass added beyond those it found (its findings are recomputed whole, so
    a run's summary can count them with the rows the files wrote)."""
    with store.transaction(con):
        place_meetings(con)
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


def place_meetings(con: duckdb.DuckDBPyConnection) -> None:
    """Adopt council-less meetings and join a committee's name variants (``meeting_moves``),
    read from one query of the documents' meeting ids and moved by one statement per table
    (this pass ends every ingest, and DuckDB plans a statement for milliseconds)."""
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT meeting_id FROM documents WHERE meeting_id IS NOT NULL").fetchall()]
    _move_meetings(con, meeting_moves(ids))


def meeting_moves(ids: list[str]) -> dict[str, str]:
    """Old -> new meeting id for the papers' meeting ``ids``: council-less ids adopted
    (``adoptions``), then name variants joined (``name_variants``), as if one move after
    another. Adopting moves an id only onto one of ``ids`` with a council, so the ids with a
    council, which name variants are found among, are the same before and after it."""
    return _final(adoptions(ids) + name_variants(ids))


# What follows a meeting id's council: '^[^/]+/(.*)$' as the SQL this replaced matched it
# ('' where it does not match).
_AFTER_COUNCIL = re.compile(r"[^/]+/(.*)")


def _after_council(meeting_id: str) -> str:
    m = _AFTER_COUNCIL.fullmatch(meeting_id)
    return m.group(1) if m else ""


def adoptions(ids: list[str]) -> list[tuple[str, str]]:
    """A council-less meeting id onto the one id with a council it can be."""
    councils: dict[str, set[str]] = {}
    for i in ids:
        if not i.startswith(UNKNOWN_COUNCIL):
            councils.setdefault(_after_council(i), set()).add(i)
    moves = []
    for i in ids:
        if i.startswith(UNKNOWN_COUNCIL):
            fits = councils.get(i[len(UNKNOWN_COUNCIL):], set())
            if len(fits) == 1:
                moves.append((i, min(fits)))
    return moves


# A committee's name printed without one of its words is the same committee when it is still
# this long: "Transport and Connectivity Committee" on a report, "Transport and Connectivity
# Policy Committee" on the minutes of the same council's meeting that day.
MIN_VARIANT_WORDS = 3


def name_variants(ids: list[str]) -> list[tuple[str, str]]:
    """One meeting for a council's committee named two ways on the same day, where one name
    is the other with a single word left out and no other meeting that day fits."""
    parts = [(i, *i.split("/")) for i in ids
             if not i.startswith(UNKNOWN_COUNCIL) and i.count("/") == 2]
    moves = []
    for short_id, council, body, date in parts:
        longer = [other for other, c, b, d in parts
                  if (c, d) == (council, date) and _one_word_more(body, b)]
        if len(longer) == 1:
            moves.append((short_id, longer[0]))
    return moves


def _one_word_more(short: str, long: str) -> bool:
    words, more = short.split("-"), long.split("-")
    if len(words) < MIN_VARIANT_WORDS or len(more) != len(words) + 1:
        return False
    return any(more[:k] + more[k + 1 :] == words for k in range(len(more)))


def _final(moves: list[tuple[str, str]]) -> dict[str, str]:
    """Where each moved id ends when the (old, new) moves are made one after another (a
    chain a -> b, b -> c takes a to c): so that one statement per table makes them all."""
    place = {old: old for old, _ in moves}
    for old, new in moves:
        for start, now in place.items():
            if now == old:
                place[start] = new
    return {start: now for start, now in place.items() if now != start}


def _move_meetings(con: duckdb.DuckDBPyConnection, moves: dict[str, str],
                   tables: tuple[str, ...] | None = None) -> None:
    """Move each old meeting id's rows to its new id in ``tables`` (default: every table of
    papers' meeting ids)."""
    if not moves:
        return
    for table in tables or MEETING_TABLES:
        con.execute(f"UPDATE {table} SET meeting_id = m.new FROM (SELECT unnest($1) AS old, "
                    f"unnest($2) AS new) m WHERE {table}.meeting_id = m.old",
                    [list(moves), list(moves.values())])


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
        SELECT * FROM (
            SELECT m.trail_ref, m.document_id, m.page, m.decision_text, m.outcome, (
                SELECT string_agg(coalesce(r.decision_text, ''), ' ') FROM d r
                WHERE r.source = 'report' AND r.trail_ref = m.trail_ref) AS recommended
            FROM d m
            WHERE m.source = 'minutes' AND m.trail_ref IS NOT NULL)
        WHERE recommended IS NOT NULL
        ORDER BY trail_ref, page
        """
    ).fetchall()
    found = []
    for ref, document_id, page, text, outcome, recommended in rows:
        why = _amended(text, outcome, recommended)
        if why:
            found.append({
                "document_id": document_id, "record_table": "decisions", "record_ref": ref,
                "check": DECISION_AMENDED, "severity": "info", "page": page,
                "message": f"{ref}: the minutes resolved otherwise than the report recommended "
                f"({why})",
            })
    return found


def _amended(text: str, outcome: str, recommended: str) -> str | None:
    """Why the minutes' ``text`` resolved otherwise than the report ``recommended``, or None:
    an amending word counts where the recommendation does not say it, with the words after
    it, itself (a recommendation "subject to" a condition resolved as recommended)."""
    if outcome in CHANGED_OUTCOMES:
        return f"outcome {outcome}"
    asked = f" {_words(recommended)} "
    for m in AMENDED_WORDS.finditer(text or ""):
        context = _AMENDED_CONTEXT.match(text, m.end())
        phrase = _words(m.group(0) + (context.group(0) if context else ""))
        if f" {phrase} " not in asked:
            return f"'{m.group(0)}'"
    return None


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
