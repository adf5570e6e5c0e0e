"""The rows a report (not a performance report) keeps of the tables the grid reader read: a
table of figures in a report is no dashboard, so only its rated rows are KPIs. A row rates
its figure by a rating, or by its comparison with a comparator's ("Compared with England":
"Worse", read with no rating of its own, round 21's convention); and a row left unrated in a
table that rates its other rows is a measure of that dashboard all the same where it prints
its measure's code (a statutory indicator with no standard to meet: "W3 | Municipal
waste arisings | - | 62,905 | 61,884 |"). An unrated row with no code under coded measures
is context printed beside them ("Calls received | 184,220"), no measure of the set: a report
keeps only what it rates or numbers among its measures."""

from __future__ import annotations

from kcc_papers.extract.kpis.common import Parsed


def report_rows(parsed: list[Parsed]) -> list[Parsed]:
    """The rows of ``parsed`` a report keeps, in their order: each printing a figure, rated
    or compared, or coded in a table whose other rows are."""
    valued = [p for p in parsed if p.kpi.latest_value is not None]
    rated = {id(p) for p in valued if p.kpi.latest_rag is not None or p.compared}
    tables = {p.table for p in valued if id(p) in rated and p.table is not None}
    return [p for p in valued if id(p) in rated
            or (bool(p.kpi.ref) and p.table is not None and p.table in tables)]
