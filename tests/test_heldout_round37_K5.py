"""Regression tests for the KPI misses of held-out round 37 (family K5, KPI tables across
pages and with keys): a plain-text report's rated table whose first column prints a code then
its measure's name, the name wrapping onto a line set in where the name starts; and dashboards
whose key says "n/a" stands for a figure not yet in, printed under the latest quarter beside
the quarter before's figure and rating. Small papers in other councils' words, each rule with
a guard."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file


def _text_kpis(tmp_path: Path, text: str) -> list[tuple[str, float | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [(k.description, k.latest_value, k.latest_rag) for k in process_file(str(path)).records
            if isinstance(k, Kpi)]


# ------------------------------------------------ a code's name wrapped in a text table

_TEXT_REPORT = """ASHBOURNE VALE COUNCIL

Report to:        Adults and Health Scrutiny Committee
Date of meeting:  9 June 2027
Title:            Community Care Plan: Progress

1.  PURPOSE

1.1  To report progress on the community care plan's measures at the end of 2026/27.

2.  PROGRESS

2.1  Key: On track = green; Off track = red.

     Measure                                      Plan 2026/27   Year end     Status
     ----------------------------------------------------------------------------------
     CC1   Reablement completed at home               410           436       On track
{wrap1}
     CC2   Delayed hospital discharges per day         22            27       Off track
{wrap2}
     CC3   Carers' assessments within 28 days (%)     85.0          88.2      On track
     ----------------------------------------------------------------------------------

2.2  Discharges rose over the winter.
"""


def test_text_table_name_wrapped_under_code(tmp_path: Path) -> None:
    """Before, a name that wrapped onto a line set in where it starts after its code (both
    under the first heading, "CC1   Reablement ..." then "(people aged 65+)") ended the
    table after its first row: none of the report's rated rows was read. Such a line now
    runs its row's name on, whatever figures it prints ("per 100,000")."""
    text = _TEXT_REPORT.format(
        wrap1="           (people aged 65+, per 100,000)",
        wrap2="           (average across the year)")
    assert _text_kpis(tmp_path, text) == [
        ("CC1 Reablement completed at home (people aged 65+, per 100,000)", 436.0, "green"),
        ("CC2 Delayed hospital discharges per day (average across the year)", 27.0, "red"),
        ("CC3 Carers' assessments within 28 days (%)", 88.2, "green")]


def test_text_table_line_at_code_start_is_no_wrap(tmp_path: Path) -> None:
    """Guard: a line set where the codes start (not where the names do) runs no name on: it
    is no row of the table, which ends above it (its name kept as printed on its line)."""
    text = _TEXT_REPORT.format(
        wrap1="           (people aged 65+, per 100,000)",
        wrap2="     (average across the year)")
    assert _text_kpis(tmp_path, text) == [
        ("CC1 Reablement completed at home (people aged 65+, per 100,000)", 436.0, "green"),
        ("CC2 Delayed hospital discharges per day", 27.0, "red")]
