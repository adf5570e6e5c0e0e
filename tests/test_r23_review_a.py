"""Review of round 23's KPI fixes outside the card grids (so_far, limits, totals): each
``test_regression_`` test writes a small paper of another council on which a new rule fired
where it must not, or read the wrong column, and fails on the code before its mend."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import kpi_rows, rendered, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis import limits, so_far, totals
from kcc_papers.models import Kpi
from test_s25_limits_misc import MOST_GROWTH, _growth

Row = tuple[str, float | None, float | None, str | None]


def _rows(text: str, tmp_path: Path) -> list[Row]:
    """Each KPI's ref (or name), latest and previous figure and latest rating."""
    pdf = rendered(text, tmp_path)
    return [(k.ref or k.description, k.latest_value, k.previous_value, k.latest_rag)
            for ctx in contexts(pdf) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _dashboard(header: str, *rows: str) -> str:
    return source_lines(
        "## WESTBRIDGE DISTRICT COUNCIL", "** Report to Cabinet - 14/01/2027",
        "Subject:\tCorporate Performance Report Quarter 3 2026/27",
        "** 1. Recommendations", "1.1 That Cabinet notes performance at quarter 3.",
        "** 2. Performance", header, *rows,
        "** 3. Risk implications", "3.1 None beyond those set out in the report.")


# ---------------------------------------------------------------- earlier quarters (so_far)

def test_regression_nearest_earlier_quarter_is_the_previous(tmp_path: Path) -> None:
    # "Q1 | Q2 | Q3 (YTD)": both earlier quarters were made "previous" and the first of them
    # read, so the figure before Q3's year so far was Q1's, not Q2's
    text = _dashboard("|# Measure | Target | Q1 | Q2 | Q3 (YTD) | RAG |",
                      "| Calls answered (%) | 90.0 | 88.0 | 89.0 | 91.0 | Green |",
                      "| Sickness days per FTE | 8.5 | 2.1 | 4.4 | 6.9 | Green |")
    assert _rows(text, tmp_path) == [("Calls answered (%)", 91.0, 89.0, "green"),
                                     ("Sickness days per FTE", 6.9, 4.4, "green")]


# ---------------------------------------------------------------- closing totals (totals)

def _context_row(label: str) -> str:
    return _dashboard("|# Ref | Measure | Actual | Target | RAG |",
                      "| CP1 | Calls answered (%) | 91.0 | 90.0 | Green |",
                      "| CP2 | Sickness days per FTE | 9.1 | 8.5 | Amber |",
                      f"| | {label} | 412 | | |")


def test_regression_closing_context_measure_is_no_total(tmp_path: Path) -> None:
    # a measure printed for context at the table's foot (no ref, target nor rating) was
    # dropped as the table's total: it names no total
    assert _rows(_context_row("Households in temporary accommodation"), tmp_path) == [
        ("CP1", 91.0, None, "green"), ("CP2", 9.1, None, "amber"),
        ("Households in temporary accommodation", 412.0, None, None)]


@pytest.mark.parametrize("label", ["Total", "All cases", "Grand total", "Overall"])
def test_closing_row_naming_a_total_still_dropped(label: str, tmp_path: Path) -> None:
    assert _rows(_context_row(label), tmp_path) == [
        ("CP1", 91.0, None, "green"), ("CP2", 9.1, None, "amber")]


# ---------------------------------------------------------------- limits kept (limits)

def test_regression_one_limit_status_leaves_a_rated_dashboard(tmp_path: Path) -> None:
    # one measure's status "Within limits" among Green and Amber made the whole dashboard a
    # table of limits kept, and none of its measures was read
    text = _dashboard("|# Ref | Measure | Actual | Target | Status |",
                      "| CP1 | Agency spend (£000) | 410.0 | 430.0 | Within limits |",
                      "| CP2 | Calls answered (%) | 91.0 | 90.0 | Green |",
                      "| CP3 | Sickness days per FTE | 9.1 | 8.5 | Amber |")
    assert kpi_rows(text, tmp_path) == [("CP1", 410.0, "amber"), ("CP2", 91.0, "green"),
                                        ("CP3", 9.1, "amber")]


# ---------------------------------------------------------------- slow patterns

HOSTILE = (" ", "a", "7", ".")
HOSTILE_LENGTH = 10_000
MOST_SECONDS = 0.1
PATTERNS = [limits.COMPLIANCE, so_far.PLAN_SO_FAR, so_far.QUARTER, so_far.YEAR,
            totals.TOTAL_LABEL]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
@pytest.mark.parametrize("char", HOSTILE)
def test_new_patterns_are_quick_on_hostile_lines(pattern: re.Pattern[str], char: str) -> None:
    for line in (char * HOSTILE_LENGTH, "plan " + char * HOSTILE_LENGTH + "x",
                 "within " + char * HOSTILE_LENGTH + "!"):
        started = time.perf_counter()
        pattern.match(line)
        pattern.search(line)
        assert time.perf_counter() - started < MOST_SECONDS
    assert _growth(lambda n: pattern.search(char * n + "x"), 300) < MOST_GROWTH
