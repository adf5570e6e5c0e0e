"""Regression tests for the KPI misses of held-out round 35 (family K1, KPI tables printed
awkwardly): a page's running header stamped over the band of a rated table's header row; a
zebra table whose one body row leaves its blank rating cell unshaded, followed a caption's line
below by a table of activity counts whose cells are filled white; and an unrated row whose
latest quarter says its figure is not yet in, beside an earlier quarter's figure. Small papers
in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines

# ------------------------------------------------ a running header stamped over a header row


def _stamped_dashboard(stamp: str) -> str:
    return source_lines(
        f"%% overprint {stamp}",
        "%% footer NOT PROTECTIVELY MARKED",
        "## Service Performance - Quarter 2 2027/28",
        "Meeting:\tAudit and Performance Committee",
        "Date of meeting:\t18 November 2027",
        "Report by:\tHead of Business Improvement",
        "** Summary",
        "This report presents performance against the Council's key indicators and targets for"
        " quarter 2 of 2027/28.",
        "** Rating key",
        "G = on or better than target; A = within 5% of target; R = more than 5% off target.",
        "--- page ---",
        "|% 2 9 2 2 2 2",
        "|# Ref | Indicator | 2026/27 | Target | Q2 | RAG |",
        "| BIM 1 | Freedom of information requests answered in time | 91% | 95% | 96.5% | G |",
        "| BIM 2 | Invoices from local suppliers paid within 10 days | 78% | 85% | 81% | A |",
        "| BIM 3 | Planning enforcement cases closed within 12 weeks | 64% | 80% | 59% | R |",
        "| BIM 4 | Garden waste subscriptions held | 21,400 | - | 22,950 | - |",
        "Commentary on the red indicator follows.",
    )


def test_running_header_over_table_header_row(tmp_path: Path) -> None:
    """Before, the running header, stamped at the top of each page in the band of its first
    line, was read letter by letter into the table's header cells ("ORWefE DIS"): no column
    was named and no KPI read. The stamp, one line of words over a row whose words stand apart
    in its cells, is now cut off and its letters kept out of the cells."""
    rows = kpi_rows(_stamped_dashboard(
        "HARTWELL BOROUGH COUNCIL - AUDIT AND PERFORMANCE COMMITTEE - 18 NOVEMBER 2027 - "
        "PAGE {page}"), tmp_path)
    assert rows == [("BIM 1", 96.5, "green"), ("BIM 2", 81.0, "amber"),
                    ("BIM 3", 59.0, "red"), ("BIM 4", 22950.0, None)]


def test_short_stamp_at_right_still_read(tmp_path: Path) -> None:
    """Guard: a short stamp set at the right margin over the header row (the layout the stamp
    reader knew before) reads the same table the same way."""
    rows = kpi_rows(_stamped_dashboard("Item 7"), tmp_path)
    assert rows == [("BIM 1", 96.5, "green"), ("BIM 2", 81.0, "amber"),
                    ("BIM 3", 59.0, "red"), ("BIM 4", 22950.0, None)]


# ------------------------------------------------ a zebra table over a white-filled table


def _two_tables(second: tuple[str, ...]) -> str:
    return source_lines(
        "%% header Tolbridge District Council - Leisure and Wellbeing Panel",
        "## Leisure Services Performance, Quarter 1 2027/28",
        "Report of:\tHead of Leisure",
        "To:\tLeisure and Wellbeing Panel",
        "On:\t15 September 2027",
        "** 1. Performance indicators",
        "1.1 The indicators are rated by a coloured dot against their targets: green on target,"
        " amber within 5%, red further off. The activity counts below them have no targets.",
        "** Table A: Rated indicators",
        "|% 2 8 3 2 2 2",
        "|~ Ref | Indicator | Q1 2026/27 | Target | Q1 2027/28 | Rating |",
        "| LW1 | Gym members attending weekly | 52% | 55% | 57% | {dot#00b050} |",
        "| LW2 | Customer satisfaction with swimming lessons (good or better) | 88% | 90%"
        " | 86.4% | {dot#ffc000} |",
        "| LW3 | Outdoor courts booked at peak times | 61% | 70% | Due in Q2 | |",
        "| LW4 | Exercise referral clients completing 12 weeks | 44% | 50% | 41% |"
        " {dot#ff0000} |",
        "| LW5 | Theatre seats sold | 71% | 75% | 76.2% | {dot#00b050} |",
        *second,
    )


COUNTS = ("** Table B: Activity counts",
          "|- Count | April | May | June |",
          "| Swims | 31,204 | 29,880 | 33,015 |",
          "| Theatre performances | 22 | 18 | 25 |",
          "| Courts hired | 1,406 | 1,512 | 1,688 |")
# a second table, filled white too, that does rate its rows
RATED_BELOW = ("** Table B: Contract standards",
               "|- Ref | Standard | Target | June | Rating |",
               "| CS1 | Pools open at advertised times | 99% | 99.6% | Green |",
               "| CS2 | Changing rooms cleaned to schedule | 95% | 91% | Amber |")
RATED = [("LW1", 57.0, "green"), ("LW2", 86.4, "amber"), ("LW3", None, None),
         ("LW4", 41.0, "red"), ("LW5", 76.2, "green")]


def test_white_filled_table_is_no_band_of_the_zebra_table(tmp_path: Path) -> None:
    """Before, the counts' table below, its cells filled white, was joined to the zebra table
    as its next shaded piece: its columns' edges cut the unshaded rows into pieces ("Gym
    members at" | "tending weekly") and its rows were read as KPIs. A white fill is the
    page's colour, no band: that table stands apart, and has no target or rating."""
    assert kpi_rows(_two_tables(COUNTS), tmp_path) == RATED


def test_white_filled_rated_table_below_still_read(tmp_path: Path) -> None:
    """Guard: a white-filled table kept apart from the zebra table above is still read as a
    table of its own: where it rates its rows against targets, they are KPIs."""
    assert kpi_rows(_two_tables(RATED_BELOW), tmp_path) == [
        *RATED, ("CS1", 99.6, "green"), ("CS2", 91.0, "amber")]


# ------------------------------------------------ the latest quarter's figure not yet in


def _quarters(status: str, rated_status: str) -> str:
    return source_lines(
        "## Quarter 3 Performance Report 2027/28",
        "Meeting:\tExecutive",
        "Date:\t4 February 2028",
        "Report of:\tHead of Performance",
        "** 1. Purpose",
        "1.1 This report sets out performance against the corporate indicators and their"
        " targets for quarter 3.",
        "Status: Met (green), Near (amber), Missed (red).",
        "|% 12 30 9 9 9 11",
        "|~ Code | Indicator | Q2 2027/28 | Q3 2027/28 | Q3 Target | Status |",
        "| EX-01 | Rent collected as a share of rent due | 96.1% | 97.4% | 97% | Met |",
        f"| EX-02 | Empty council homes relet within 28 days | 64% | {status} | 70% |"
        f" {rated_status} |",
        "| EX-03 | Repairs completed at the first visit | 84% | 79% | 88% | Missed |",
    )


def test_latest_quarter_not_yet_available_unrated_row(tmp_path: Path) -> None:
    """Before, a row whose latest quarter says "Data not yet available" took the quarter
    before's figure as its latest: the earlier quarter is a comparison, and the row, left
    unrated, has no figure for this quarter."""
    assert kpi_rows(_quarters("Data not yet available", ""), tmp_path) == [
        ("EX-01", 97.4, "green"), ("EX-02", None, None), ("EX-03", 79.0, "red")]


def test_latest_quarter_pending_rated_row_keeps_last_figure(tmp_path: Path) -> None:
    """Guard: a row still rated though its latest quarter is "tbc" is rated on the last
    figure it prints, and keeps it."""
    assert kpi_rows(_quarters("tbc", "Near"), tmp_path) == [
        ("EX-01", 97.4, "green"), ("EX-02", 64.0, "amber"), ("EX-03", 79.0, "red")]
