"""Regression tests for the KPI misses of held-out round 14: status words "Off target" (red)
under turned headers, and zebra tables whose last row, unshaded, was lost (a paragraph set
close below it, or the page breaking after the first shaded body row). Small papers in other
councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows as _kpis
from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.extract.kpis.status import meaning_rag

HEAD = """\
## CARRICKBEG DISTRICT COUNCIL
!! Policy and Resources Committee
** Performance Improvement Objectives - Quarter 2 Report
1. The Committee is asked to note performance for July to September 2026.
"""
WIDTHS = "|% 6 40 9 9 9 9 10 8\n"
ZEBRA_HEADER = "|~ Ref | Measure | Apr-Jun | Jul-Sep | Oct-Dec | Jan-Mar | Target | {up}Status |\n"


def test_regression_off_target_status_read_with_no_rating() -> None:
    """"Off target", beside "On target" and "Within tolerance", is red."""
    assert parse_rag("Off target") == "red"
    assert meaning_rag("Off Target") == "red"


def test_regression_zebra_last_row_lost_to_the_note_below_it(tmp_path: Path) -> None:
    """A row wrapped over two lines makes the zebra table's guessed last row tall enough to
    take in the note printed just below the table: the note runs across the columns' edges,
    and the guess is cut above it rather than dropped, so the last row is read."""
    source = HEAD + "--- page rotated ---\n** Appendix 1 - Measures\n" + WIDTHS + ZEBRA_HEADER + """\
| CB1 | Households in temporary accommodation at the quarter end | 41 | 38 | | | 40 | On target |
| CB2 | Homelessness preventions as a share of all approaches (%) | 52% | 47% | | | 50% | Within tolerance |
| CB3 | Disabled facilities grants approved within 12 weeks (%) | 72% | 64% | | | 80% | Off target |
| CB4 | Empty homes brought back into use | 12 | 15 | | | 12 | On target |
Measures marked with an asterisk are statutory performance indicators set by the Department for Communities under the 2015 Order.
"""
    assert _kpis(source, tmp_path) == [
        ("CB1", 38.0, "green"), ("CB2", 47.0, "amber"), ("CB3", 64.0, "red"),
        ("CB4", 15.0, "green")]


def test_regression_zebra_row_before_an_unrepeated_header_page_break_lost(
        tmp_path: Path) -> None:
    """A zebra table whose page breaks after its header, its first body row (shaded) and
    the unshaded row below: that piece shades every row it spans, yet the row below it,
    printing figures across the columns, is the table's (the rest carries on overleaf
    without its header)."""
    filler = "".join(f"{n}.1 The service continued to meet demand in the quarter.\n"
                     for n in range(2, 24))
    source = HEAD + "--- page rotated ---\n" + filler + WIDTHS + ZEBRA_HEADER + """\
| CB6 | Planning enforcement cases closed within 39 weeks (%) | 71% | 74% | | | 70% | On target |
| CB7 | Licensing applications decided within 28 days (%) | 88% | 84% | | | 90% | Within tolerance |
| --- page, header not repeated --- |
| CB8 | Building control plans checked within 21 days (%) | 77% | 69% | | | 85% | Off target |
| CB9 | Street lights repaired within 5 days (%) | 93% | 96% | | | 95% | On target |
"""
    assert _kpis(source, tmp_path) == [
        ("CB6", 74.0, "green"), ("CB7", 84.0, "amber"), ("CB8", 69.0, "red"),
        ("CB9", 96.0, "green")]
