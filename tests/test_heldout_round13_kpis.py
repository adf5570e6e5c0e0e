"""Regression tests for the KPI misses of held-out round 13: status marks (tick, triangle,
cross) rated by a key that gives each mark's meaning before its colour in brackets, beside a
direction-of-travel column of arrows. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows as _kpis
from heldout_support import pdf_kpis as _found
from kcc_papers.extract.kpis.status import status_key

HEAD = """\
## ASHCOMBE BOROUGH COUNCIL
!! Overview and Scrutiny Committee
** Quarterly Performance Report, Quarter 2 2026/27
1. The Committee is asked to note performance at the end of the second quarter.
"""


def test_regression_marks_glossed_before_their_colour_in_the_key_rated_nothing(
        tmp_path: Path) -> None:
    """A key printing each mark's meaning and then its colour in brackets, wrapped over two
    lines, rates the status column's marks; the arrows of the direction column rate nothing,
    and a row with no target and no status keeps no rating."""
    # (set in DejaVu Sans, whose glyphs print the marks)
    key = ("2. Reading the table. Status: ✔ target achieved or exceeded (Green); ▲ below "
           "target but within the agreed tolerance (Amber); ✖ outside tolerance (Red). Trend: "
           "↑ better than last quarter, ↓ worse.\n")
    source = "%% ligatures\n" + HEAD + key + """\
| Ref | Measure | Last quarter | This quarter | Target | Status | Trend |
| AB1 | Food premises inspected on schedule (%) | 91.0 | 96.5 | 95.0 | ✔ | ↑ |
| AB2 | Noise complaints resolved in 28 days (%) | 84.0 | 82.2 | 85.0 | ▲ | ↓ |
| AB3 | Empty homes brought back into use | 14 | 9 | 20 | ✖ | ↓ |
| AB4 | Visits to the borough museum | 8,200 | 9,410 | n/t | n/t | ↑ |
"""
    assert _kpis(source, tmp_path) == [("AB1", 96.5, "green"), ("AB2", 82.2, "amber"),
                                       ("AB3", 9.0, "red"), ("AB4", 9410.0, None)]


def test_regression_glossed_mark_key_wrapped_before_its_colour() -> None:
    """The key's last colour may wrap onto the next line; arrows named with no colour are
    no ratings."""
    key = status_key(["Status: ✔ on target (Green); ▲ within tolerance (Amber); ✖ off target",
                      "(Red). Direction: ↑ improved, ↓ worse."])
    assert key == {"✔": "green", "▲": "amber", "✖": "red"}


def test_regression_year_columns_glossed_with_their_months_hid_the_dashboard(
        tmp_path: Path) -> None:
    """Value columns named by their year and the months they cover ("2026/27 (Apr-Dec)"):
    the latest year's is the value, the earlier one last year's; ratings by cell colour
    alone, the table carried onto the next page without its header."""
    source = HEAD + """\
|# Ref | Indicator | Target 2026/27 | 2025/26 (Apr-Dec) | 2026/27 (Apr-Dec) | Status |
| AS1 | Planning appeals allowed (%) | 30 | 34 | 27 | {#00b050} |
| AS2 | Licences issued within 10 days (%) | 95 | 92.5 | 91.0 | {#ffc000} |
| --- page, header not repeated --- |
| AS3 | Housing benefit new claims, days to process | 20 | 24 | 29 | {#ff0000} |
| AS4 | Freedom of information requests received | - | 611 | 640 | |
"""
    found = _found(source, tmp_path)
    assert [(k.ref, k.latest_value, k.previous_year, k.latest_rag) for k in found] == [
        ("AS1", 27.0, 34.0, "green"), ("AS2", 91.0, 92.5, "amber"),
        ("AS3", 29.0, 24.0, "red"), ("AS4", 640.0, 611.0, None)]


def test_regression_blank_status_in_a_zebra_tables_last_row_took_the_dot_above(
        tmp_path: Path) -> None:
    """A zebra table on a turned page, rated by drawn dots, whose last row (shaded) has no
    target and no rating: its status cell, left white, is no cell merged down from the row
    above (the dot rates that row alone), and the row is read once, unrated."""
    source = HEAD + """\
--- page rotated ---
** Appendix A - Scorecard
|~ Code | Measure | Polarity | Target | Q1 | Q2 | Status |
| AC1 | Reablement with no further support needed (%) | Higher | 75.0 | 72.4 | 77.9 | {dot#00b050} |
| AC2 | Adults waiting over 28 days for a care assessment | Lower | 60 | 83 | 91 | {dot#ff0000} |
| AC3 | Safeguarding concerns received (number) | Lower | - | 402 | 388 | |
"""
    assert _kpis(source, tmp_path) == [("AC1", 77.9, "green"), ("AC2", 91.0, "red"),
                                       ("AC3", 388.0, None)]


def test_regression_borderless_contract_kpis_with_wrapped_descriptions_were_one_row(
        tmp_path: Path) -> None:
    """A table printed without rules, its short figures set in the middle of rows whose
    descriptions wrap above and below them (PDFium keeps the evenly spaced figures as one
    run): each line of figures is its row's line, and every row is read."""
    source = HEAD + """\
** 3. Grounds maintenance contract indicators
The contractor's own indicators are reported for information and are not rated.
|- Indicator | Contract standard | Quarter 1 | This quarter |
| Grass cut within the scheduled week (%) | 95 | 92.4 | 96.8 |
| Play areas inspected before 10:00 each day (%) | 98 | 97.1 | 99.2 |
| Lost-time accidents | 0 | 1 | 0 |
"""
    found = _found(source, tmp_path)
    assert [(k.description, k.target, k.latest_value, k.latest_rag) for k in found] == [
        ("Grass cut within the scheduled week (%)", 95.0, 96.8, None),
        ("Play areas inspected before 10:00 each day (%)", 98.0, 99.2, None),
        ("Lost-time accidents", 0.0, 0.0, None)]
