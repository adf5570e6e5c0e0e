"""Regression tests for the KPI misses of held-out round 37 (family K5, KPI tables across
pages and with keys): a plain-text report's rated table whose first column prints a code then
its measure's name, the name wrapping onto a line set in where the name starts; and dashboards
whose key says "n/a" stands for a figure not yet in, printed under the latest quarter beside
the quarter before's figure and rating. Small papers in other councils' words, each rule with
a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis.pending_key import pending_marks
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


# ------------------------------------------------ "n/a = not yet available" under the latest

def _dashboard(key: str) -> str:
    return source_lines(
        "## Pendlebury District Council",
        "** Overview and Scrutiny Committee - 22 April 2027",
        "!! Housing Performance Report: Quarter 4 2026/27",
        "** 1. Summary",
        "This report sets out the housing indicators for January to March 2027 against"
        " their targets.",
        "** 2. Indicators",
        "|% 8 34 10 8 8 8 8 10",
        "| Ref | Indicator | Target | Q3 | Q3 RAG | Q4 (latest) | Q4 RAG | Trend |",
        "| HS1 | Repairs completed on time (%) | 92 | 90.5 | {#ffc000}A | 93.1 | {#00b050}G"
        " | Better |",
        "| HS2 | Tenant satisfaction with repairs (%) | 85 | 81.0 | {#ffc000}A | n/a |  | - |",
        "| HS3 | Empty homes relet within 28 days (%) | 75 | 61.2 | {#ff0000}R | 58.0 |"
        " {#ff0000}R | Worse |",
        key,
    )


def test_key_pending_mark_under_latest_period(tmp_path: Path) -> None:
    """Before, "n/a" under the latest quarter was read as no figure, so the quarter before's
    figure and rating (81.0, amber) were taken as the row's. A key saying "n/a" stands for a
    figure not yet in now makes it the row's latest, and its own empty rating column leaves
    the row unrated."""
    rows = kpi_rows(_dashboard(
        "Key: G = Green, A = Amber, R = Red. n/a = figure not yet available."), tmp_path)
    assert rows == [("HS1", 93.1, "green"), ("HS2", None, None), ("HS3", 58.0, "red")]


def test_na_without_key_keeps_earlier_reading(tmp_path: Path) -> None:
    """Guard: without a key saying what "n/a" stands for, it may mark a measure taken once a
    year, and the row is read as before (the last figure it prints, and that figure's
    rating)."""
    rows = kpi_rows(_dashboard("Key: G = Green, A = Amber, R = Red."), tmp_path)
    assert rows == [("HS1", 93.1, "green"), ("HS2", 81.0, "amber"), ("HS3", 58.0, "red")]


def test_pending_marks_read_from_key_only() -> None:
    """The key's mark for a figure not yet in, and no mark from prose or other keys' words."""
    assert pending_marks([
        "RAG: Green = met. n/a = not yet available. A dash = no target set.",
        "The survey results are not yet available for the quarter.",
        "N/A - data not yet reported",
    ]) == frozenset({"n/a"})
