"""Regression tests for the KPI misses of held-out round 12: a "This quarter" column beside
last year's outturn or an earlier quarter, a zebra table carried onto a page without its header
whose first row is unshaded, zebra tables whose section rows are shaded in their first cell
only, a "Latest period" column and headings that name their period after their words ("Plan
Q2", "Ambition 2027"), a rating column asking "On track?", and tick / approx / cross marks
rated by a key printed below the table. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows as _kpis
from heldout_support import pdf_kpis as _found
from kcc_papers.extract.kpis.status import status_key

HEAD = """\
## KESTERBY DISTRICT COUNCIL
!! Environment Scrutiny Committee
** Quarter 3 Performance Report 2026/27
1. The Committee is asked to note performance at the end of the third quarter.
"""


def test_regression_this_quarter_taken_over_last_years_outturn(tmp_path: Path) -> None:
    """"This quarter" is the latest figure, not last year's outturn printed before it."""
    source = HEAD + """\
| Ref | Indicator | Outturn 2025/26 | Target | This quarter | Status |
| EN1 | Streets cleaned to standard (%) | 91.0 | 93.0 | 94.2 | Green |
| EN2 | Abandoned vehicles removed in 24 hours (%) | 88.0 | 95.0 | 81.5 | Red |
"""
    assert _kpis(source, tmp_path) == [("EN1", 94.2, "green"), ("EN2", 81.5, "red")]


def test_regression_unrated_contract_standard_took_the_earlier_quarter(tmp_path: Path) -> None:
    """A contract's own indicators, not rated: the standard is their target, "This quarter"
    (after "Quarter 2") their latest figure, and no rating is made up."""
    source = HEAD + """\
| Ref | Indicator | Contract standard | Quarter 2 | This quarter |
| CT1 | Bins collected on the scheduled day (%) | 99 | 98.2 | 99.4 |
| CT2 | Vehicles available at the start of shift (%) | 95 | 96.0 | 93.1 |
"""
    found = _found(source, tmp_path)
    assert [(k.ref, k.target, k.latest_value, k.latest_rag) for k in found] == [
        ("CT1", 99.0, 99.4, None), ("CT2", 95.0, 93.1, None)]


def test_regression_zebra_table_lost_its_unshaded_first_row_after_a_page_break(
        tmp_path: Path) -> None:
    """The rest of a zebra table on the next page, its header not printed again, starts with
    an unshaded row: a row of the table's body, not text outside it."""
    source = HEAD + """\
|~ Ref | Indicator | Target | Actual | RAG |
| KB1 | Household waste recycled (%) | 50 | 52 | G |
| KB2 | Missed collections per 100,000 | 60 | 41 | G |
| KB3 | Fly-tips cleared within 2 days (%) | 90 | 84 | A |
| --- page, header not repeated --- |
| KB4 | Streets at an acceptable standard (%) | 92 | 85 | R |
| KB5 | Graffiti removed within 5 days (%) | 90 | 93 | G |
| KB6 | Litter bins emptied on schedule (%) | 98 | 99 | G |
| KB7 | Dog fouling reports cleared in 2 days (%) | 95 | 96 | G |
| KB8 | Public toilets open as planned (%) | 97 | 97 | G |
"""
    assert _kpis(source, tmp_path) == [
        ("KB1", 52.0, "green"), ("KB2", 41.0, "green"), ("KB3", 84.0, "amber"),
        ("KB4", 85.0, "red"), ("KB5", 93.0, "green"), ("KB6", 99.0, "green"),
        ("KB7", 96.0, "green"), ("KB8", 97.0, "green")]


def test_regression_zebra_section_rows_shaded_in_their_first_cell_split_the_table(
        tmp_path: Path) -> None:
    """Section rows shaded in their name's cell only are the table's rows still: the rows
    either side of them (the last one too) are read, and no row's figures go on a section."""
    source = HEAD + """\
|~ Ref | Indicator | Target | Actual | Status |
| **Clean streets** | | | | |
| KS1 | Streets at an acceptable standard, litter (%) | 92 | 95 | Green |
| KS2 | Fly-tips cleared within 2 working days of being reported (%) | 90 | 84 | Amber |
| KS3 | Graffiti removed within 5 working days of being reported (%) | 90 | 80 | Red |
| **Waste** | | | | |
| KS4 | Household waste recycled (%) | 50 | 52 | Green |
| KS5 | Missed collections per 100,000 | 60 | 41 | Green |
| KS6 | Garden waste subscriptions | 9,000 | 9,150 | Green |
| **Parks** | | | | |
| KS7 | Parks with a Green Flag award | 4 | 3 | Red |
"""
    assert _kpis(source, tmp_path) == [
        ("KS1", 95.0, "green"), ("KS2", 84.0, "amber"), ("KS3", 80.0, "red"),
        ("KS4", 52.0, "green"), ("KS5", 41.0, "green"), ("KS6", 9150.0, "green"),
        ("KS7", 3.0, "red")]


def test_regression_latest_period_column_and_ambition_year_hid_the_dashboard(
        tmp_path: Path) -> None:
    """"Latest period" names each row's period (no figure), "Ambition 2027" is the target
    and "Progress" rates the rows in words: each row is read with its own period."""
    source = HEAD + """\
| Indicator | Baseline | Latest | Latest period | Ambition 2027 | Progress |
| Adults who smoke (%) | 14.1 | 12.9 | 2025 | 12.0 | {dot#00b050}On track |
| Walking to school (%) | 48.0 | 47.2 | 2025/26 academic year | 55.0 | {dot#ff0000}Off track |
"""
    found = _found(source, tmp_path)
    assert [(k.description, k.latest_value, k.latest_rag, k.period) for k in found] == [
        ("Adults who smoke (%)", 12.9, "green", "2025"),
        ("Walking to school (%)", 47.2, "red", "2025/26 academic year")]


def test_regression_on_track_question_column_in_a_report(tmp_path: Path) -> None:
    """A report's table rated by an "On track?" column against "Plan Q2" is a dashboard."""
    source = """\
!! Kesterby Health and Wellbeing Board - 3 December 2026
** Report title: Better Care Fund quarterly return Q2 2026/27
Report author:	Director of Adult Social Care
Purpose:	For decision
** Recommendation
That the Board approves the Better Care Fund return for Quarter 2 2026/27.
** Better Care Fund metrics
|# Metric | Plan Q2 | Actual Q2 | On track? | Comment |
| Avoidable admissions per 100,000 | 198 | 191 | On track | Lower is better |
| Discharged to usual place of residence (%) | 92.5 | 91.1 | Off track | Delays |
"""
    assert _kpis(source, tmp_path) == [
        ("Avoidable admissions per 100,000", 191.0, "green"),
        ("Discharged to usual place of residence (%)", 91.1, "red")]


def test_regression_tick_and_cross_marks_rated_by_the_key_below_the_table(
        tmp_path: Path) -> None:
    # (set in DejaVu Sans, whose glyphs print the marks)
    source = "%% ligatures\n" + HEAD + """\
| Measure | Ref | Target | Current | Status |
| Calls answered within 20 seconds (%) | C1 | 90 | 92.1 | ✓ |
| Complaints answered within 10 days (%) | C2 | 95 | 93.0 | ≈ |
| Repeat callers (%) | C3 | 10 | 14.6 | ✗ |
Key – status: ✓ green, target met; ≈ amber, within 5% of the target; ✗ red, further from it.
"""
    assert _kpis(source, tmp_path) == [("C1", 92.1, "green"), ("C2", 93.0, "amber"),
                                       ("C3", 14.6, "red")]


# ------------------------------------------------------------- review of round 12's rules


def test_regression_latest_period_column_of_figures_lost_the_table(tmp_path: Path) -> None:
    """A "Latest period" column that is the table's only value column prints the latest
    figures (as before the round's "period" role): the table is still read, its figures the
    latest."""
    source = HEAD + """\
| Ref | Indicator | Previous period | Latest period | Target | Status |
| EN1 | Streets cleaned to standard (%) | 91.0 | 94.2 | 93.0 | Green |
| EN2 | Abandoned vehicles removed in 24 hours (%) | 85.0 | 81.5 | 95.0 | Red |
"""
    assert _kpis(source, tmp_path) == [("EN1", 94.2, "green"), ("EN2", 81.5, "red")]


def test_regression_period_column_of_frequencies_became_the_rows_period(
        tmp_path: Path) -> None:
    """A "Period" column saying how often each indicator is measured ("Monthly") names no
    period: the rows keep the one the paper is about."""
    source = HEAD + """\
| Ref | Indicator | Period | Target | Actual | Status |
| EN1 | Streets cleaned to standard (%) | Monthly | 93.0 | 94.2 | Green |
| EN2 | Abandoned vehicles removed in 24 hours (%) | Q3 2026/27 | 95.0 | 81.5 | Red |
"""
    periods = [(k.ref, k.period) for k in _found(source, tmp_path)]
    assert periods[1] == ("EN2", "Q3 2026/27")
    assert periods[0][0] == "EN1" and periods[0][1] not in (None, "Monthly")


def test_regression_bullet_named_with_two_colours_rated_a_blank_status() -> None:
    """A key listed under dash bullets ("- Green: ...", "- Red: ...") beside a key of marks
    names the dash with two colours: it is a bullet, and a status cell "-" rates nothing."""
    key = status_key(["Key:", "- Green: on target", "- Red: off target",
                      "Direction: ▲ green, improving; ▼ red, worsening"])
    assert "-" not in key
    assert key["▲"] == "green" and key["▼"] == "red"
