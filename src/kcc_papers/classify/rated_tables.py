"""A report whose head holds a rated table naming no measure's column, and which says before
the table that it reports performance: a performance report.

A KPI table's header is known by its indicator's column ("Ref", "Indicator", "Measure":
``headers.KPI_TABLE_HEADER``). A table of measures may name its rows by their subject instead
("Emissions source (tCO2e) | 2019/20 baseline | 2024/25 pathway | 2024/25 actual | Rating", an
action plan's annual report; "Risk category | Due in Q1 | Completed | % completed | Target % |
Rating", an inspection programme's), its columns a figure of the period or its target and the
figure's rating. Such a header says less than an indicator's column does (a table of anything
may be rated), so the report's own words before the table decide, as the conventions have it:
a report whose opening says it reports performance or targets ("This report sets out the
Council's performance against the emissions targets ...", "To report the service's
performance against its inspection targets") opens on its measures (held-out r34d)."""

from __future__ import annotations

import re

from kcc_papers.classify.kpi_openings import PERFORMANCE_SPOKEN, TARGETS_SPOKEN, _prose_lines

# A rating column as a header prints it, capitalised ("Rating", "RAG", "BRAG"); "Status" is an
# action tracker's column as much ("Ref | Action | Lead | Status"), and is left to the
# indicator's header.
RATING_COLUMN = re.compile(r"\b(?:B?RAG|Rating|RATING)\b")
# ... beside a column of the period's figure or of its target: "2024/25 actual", "Q3 2025/26",
# "Outturn", "Target %", "Pathway" (a plan's trajectory to its goal, a target year by year).
FIGURE_OR_TARGET_COLUMN = re.compile(
    r"\b(?:actual|outturn|latest|result|achieved|Q[1-4]|quarter\s+[1-4]|target|tgt|"
    r"pathway|trajectory)\b|\b20\d\d/\d\d\b", re.I)
# A header line is a row of names, no sentence: no stop or colon closing it, no comma and no
# verb or article of prose; nor a rating key's line ("Rating: green on target; red below").
HEADER_LINE_CHARS = 160
_PROSE = re.compile(r"[.;:,]\s*$|,\s|\b(?:the|is|are|was|were|has|have|will|within|below|"
                    r"above)\b|\b(?:green|amber|red)\b", re.I)
# A risk register's columns: its scores and factors are no measure's figures.
_RISK_FACTORS = re.compile(r"\b(?:likelihood|impact|probability|severity|score)\b", re.I)
# A programme's tracker names its rows as projects or schemes, rated by delivery confidence
# ("Project | Sponsor | Target date | Q2 | RAG"), or heads their money ("Scheme | Budget
# £000 | Actual £000 | RAG"): its ratings are of delivery or of spending, no service's measure,
# whatever the report says of its "performance" before it (a unit cost, "Cost per visit (£)",
# is a measure still; a wrapped header's first cells may stand on the line above).
_DELIVERY_ROWS = re.compile(
    r"^\s*(?:Projects?|Schemes?|Programmes?|Workstreams?|Actions?|Milestones?|Deliverables?|"
    r"Initiatives?)\b", re.I)
_MONEY_COLUMN = re.compile(r"[£$€]|\b(?:Budget|BUDGET)\b")
_UNIT_COST = re.compile(r"\bper\b", re.I)
# A figure under the header: a number standing as a cell, not a year (a date's "March 2027",
# a target year): a rating ends each row of any rated table, so it is no figure measured.
ROWS_READ = 6
_FIGURE = re.compile(r"(?<![\w/:-])-?\d[\d,.]*%?(?![\w/:-])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def rated_table_at(head: str) -> int | None:
    """Where ``head``'s first line reading as a rated table's header is (see the module),
    None where it has none."""
    at, above = 0, ""
    for line in head.split("\n"):
        if (len(line) <= HEADER_LINE_CHARS and RATING_COLUMN.search(line)
                and FIGURE_OR_TARGET_COLUMN.search(line) and not _PROSE.search(line)
                and not _RISK_FACTORS.search(line) and not _DELIVERY_ROWS.search(line)
                and not (_MONEY_COLUMN.search(line) and not _UNIT_COST.search(f"{above} {line}"))
                and _figures_under(head, at + len(line) + 1)):
            return at
        at, above = at + len(line) + 1, line
    return None


def _figures_under(head: str, at: int) -> bool:
    """Whether the rows starting at ``at`` in ``head`` (ROWS_READ lines) hold a figure other
    than a year (see _FIGURE)."""
    rows = head[at:].split("\n")[:ROWS_READ]
    return any(not _YEAR.fullmatch(m.group().rstrip(".,")) for row in rows
               for m in _FIGURE.finditer(row))


def reports_performance(opening: str) -> bool:
    """Whether a line of prose in ``opening`` (the report's words before its table) says it
    reports performance, measures or targets; a heading's or a label's words ("Report of: Head
    of Performance") are no such saying."""
    return any((PERFORMANCE_SPOKEN.search(line) or TARGETS_SPOKEN.search(line))
               and _prose_lines(line) for line in opening.splitlines())
