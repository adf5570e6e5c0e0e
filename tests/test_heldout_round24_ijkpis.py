"""Regression tests for the KPI misses of held-out round 24's batches I and J, and two left
from batch B: a contract's KPIs in a zebra table (no rules, every other row shaded) with a
ruled table of work volumes a heading below it, whose rules had left the zebra table's shaded
pieces unjoined and its unshaded rows lost; a borderless table of budget lines, and a table of
a PFI contract's performance points and deductions, printed under a rated dashboard and read
on as its rows; a State of the County's borderless tables, "Indicator | 2028 | Compared with |
Our rating", whose document was no performance report. Small papers in other councils'
words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, kpi_rows, rendered, source_lines
from kcc_papers.extract.kpis.period_names import named_with_period

# ---------------------------------------------------------------- a zebra dashboard, a ruled
# table of volumes below it

ZEBRA_ROWS = (
    ("SLM1", "Emergency street light faults made safe within 2 hours (%)", "99", "97.7", "A",
     "#ffc000"),
    ("SLM2", "Routine street light faults repaired within 7 days (%)", "92", "94.1", "G",
     "#00b050"),
    ("SLM3", "Illuminated signs repaired within the agreed timescale (%)", "90", "81.5", "R",
     "#ff0000"),
    ("SLM4", "Column structural tests completed to programme (%)", "95", "96.2", "G",
     "#00b050"),
    ("SLM5", "Lanterns converted to LED against the annual programme (%)", "100", "97.0", "A",
     "#ffc000"),
    ("SLM6", "Electrical inspections completed to programme (%)", "100", "100", "G",
     "#00b050"),
)


VOLUMES = ("| Activity | Q1 2027/28 | Q2 2027/28 | Q3 2027/28 |",
           "| Faults repaired | 1,204 | 1,310 | 1,422 |",
           "| Columns replaced | 88 | 102 | 95 |",
           "| Lanterns converted | 640 | 712 | 655 |")
# a second dashboard, ruled, for the contract's subcontractor
RULED_DASHBOARD = ("| Ref | Indicator | Target | Q2 2027/28 | Status |",
                   "| SUB1 | Permits to dig obtained before work starts (%) | 100 | 98.0 | AMBER |",
                   "| SUB2 | Reinstatements to specification first time (%) | 90 | 93.5 | GREEN |")


def _zebra_report(below: tuple[str, ...] = VOLUMES) -> str:
    rows = [f"| {ref} | {name} | {target} | {q1} | {{dot{colour}}}{rag} |"
            for ref, name, target, q1, rag, colour in ZEBRA_ROWS]
    return source_lines(
        "%% header Brackenfold County Council",
        "!! Agenda Item 7",
        "** Report to: Environment and Transport Scrutiny Panel",
        "Subject:\tStreet Lighting Maintenance Contract: Performance Quarter 2 2027/28",
        "** 1. Recommendation",
        "That the Panel notes the contractor's performance against the contract's key "
        "performance indicators.",
        "** 2. Key performance indicators - Quarter 2 2027/28",
        "|% 8 40 17 17 18",
        "|~ Ref | Indicator | Target | Q2 2027/28 | Status |",
        *rows,
        "** 3. Another table",
        "3.1 The table below is set out for information.",
        *below,
    )


ZEBRA_KPIS = [("SLM1", 97.7, "amber"), ("SLM2", 94.1, "green"), ("SLM3", 81.5, "red"),
              ("SLM4", 96.2, "green"), ("SLM5", 97.0, "amber"), ("SLM6", 100.0, "green")]


def test_zebra_dashboard_read_whole_above_a_ruled_table(tmp_path: Path) -> None:
    """Before, the ruled table of volumes a heading below the zebra dashboard (its rows
    wrapped, so the gap was within the reach of a zebra table's next piece) was chained to
    its shaded pieces, and its rules left them unjoined: the unshaded rows (SLM2, SLM4,
    SLM6) were lines of text, no KPIs."""
    assert sorted(kpi_rows(_zebra_report(), tmp_path)) == ZEBRA_KPIS


def test_ruled_dashboard_under_a_zebra_one_read_as_its_own(tmp_path: Path) -> None:
    """Guard: the ruled table left out of the zebra table's chain is read as a table of its
    own, its rows under its own header."""
    rows = sorted(kpi_rows(_zebra_report(RULED_DASHBOARD), tmp_path))
    assert rows == [*ZEBRA_KPIS, ("SUB1", 98.0, "amber"), ("SUB2", 93.5, "green")]


# ---------------------------------------------------------------- a table of another kind under
# a dashboard, its column names printing a period or a unit beside a word


def _dashboard_then(*table: str) -> str:
    return source_lines(
        "%% header Harrowdene and Mill Valley Joint Burial Board",
        "!! Item 6",
        "** Service Performance and Finance: Quarter 2 2027/28",
        "** Recommendation",
        "That the Board notes the service's performance and the forecast outturn.",
        "** 1. Service standards",
        "|# Ref | Standard | Target | Q2 2027/28 | Status |",
        "| BB1 | Interments carried out on the booked date (%) | 99 | 100 | GREEN |",
        "| BB2 | Memorial applications decided within 10 days (%) | 95 | 91.2 | AMBER |",
        "| BB3 | Grounds inspections completed to schedule (%) | 100 | 86 | RED |",
        "** 2. Another table",
        "2.1 The table below is set out for information.",
        *table,
    )


BUDGET_LINES = ("| Cost centre | Budget 2027/28 £ | Forecast £ | Variance £ |",
                "| Burial and interment fees | -612,000 | -598,500 | 13,500 |",
                "| Grounds maintenance | 214,000 | 226,750 | 12,750 |",
                "| Memorial safety testing | 18,000 | 18,000 | 0 |")
POINTS_TABLE = ("| Service failure | Q1 points | Q2 points | Deduction Q2 (£) |",
                "| Missed grass cutting visits | 40 | 65 | 2,125 |",
                "| Late headstone re-fixing | 12 | 30 | 0 |",
                "| Total | 52 | 95 | 2,125 |")
DASHBOARD = [("BB1", 100.0, "green"), ("BB2", 91.2, "amber"), ("BB3", 86.0, "red")]


def test_budget_lines_under_a_dashboard_are_no_kpis(tmp_path: Path) -> None:
    """Before, "Cost centre | Budget 2027/28 £ | Forecast £ | Variance £" was not read as a
    new table's header ("Budget 2027/28 £", a word and a number, read as a figure), so the
    budget lines were read on as the dashboard's rows, the budget as their target."""
    assert kpi_rows(_dashboard_then(*BUDGET_LINES), tmp_path) == DASHBOARD


def test_points_and_deductions_under_a_dashboard_are_no_kpis(tmp_path: Path) -> None:
    """Before, "Q1 points" and "Deduction Q2 (£)" read as figures: the table of performance
    points and deductions was read on as the dashboard's rows."""
    assert kpi_rows(_dashboard_then(*POINTS_TABLE), tmp_path) == DASHBOARD


def test_dashboard_carried_on_without_its_header_still_read(tmp_path: Path) -> None:
    """Guard: a dashboard carried on in a table of its own under the same columns, its rows
    printing periods and figures, is read on."""
    carried = ("| BB4 | Chapel bookings confirmed within 2 days (%) | 98 | 99.1 | GREEN |",
               "| BB5 | Complaints answered within 10 days (%) | 95 | 88.0 | RED |")
    rows = kpi_rows(_dashboard_then(*carried), tmp_path)
    assert rows == [*DASHBOARD, ("BB4", 99.1, "green"), ("BB5", 88.0, "red")]


def test_a_period_or_code_alone_names_no_column() -> None:
    """Guard of the rule's words: a period alone ("Q3 2027") or a code ("KPI 1") is a row's
    cell, no column's name; a word with a period or unit beside it is one."""
    assert [named_with_period(c) for c in ("Q3 2027", "KPI 1", "PH01", "5 days", "2,300")] \
        == [False] * 5
    assert all(named_with_period(c) for c in ("Q1 points", "Deduction Q2 (£)",
                                              "Budget 2027/28 £", "Tonnes 2026/27"))


# ---------------------------------------------------------------- State of the County tables


def _state_of_the_county(year_column: str) -> str:
    return source_lines(
        "%% header Marlbury Shire Council",
        "** Report to: Cabinet - 12 October 2028",
        "Title:\tThe State of Marlbury 2028",
        "** Summary",
        "This year's edition sets out twelve indicators in three groups, each with the latest "
        "figure, its comparison and our rating: GOOD, FAIR or CONCERN.",
        "--- page ---",
        "^^ THE STATE OF MARLBURY 2028",
        "!! Place",
        f"|- Indicator | {year_column} | Compared with | Our rating |",
        "| Residents satisfied with their area (%) | 81 | England 76 | GOOD |",
        "| Household waste recycled (%) | 44.1 | England 43.8 | FAIR |",
        "| Homes with gigabit broadband (%) | 58.0 | England 79.6 | CONCERN |",
        "!! Prosperity",
        f"|- Indicator | {year_column} | Compared with | Our rating |",
        "| Employment rate, ages 16 to 64 (%) | 77.9 | England 75.7 | GOOD |",
        "| Median weekly pay, full-time (£) | 662 | England 728 | CONCERN |",
    )


def test_state_of_the_county_tables_make_a_performance_report(tmp_path: Path) -> None:
    """Before, "Indicator | 2028 | Compared with | Our rating" was no KPI table's header for
    the classifier ("Our rating" in lower case rated nothing, and the year alone named no
    value column): the document was a report."""
    docs = documents_of(rendered(_state_of_the_county("2028"), tmp_path))
    assert [kind for kind, _, _ in docs] == ["performance_report"]


def test_a_table_with_no_value_column_makes_no_performance_report(tmp_path: Path) -> None:
    """Guard: with no column of the year's figures ("Indicator | Source | Compared with | Our
    rating"), the header names no value and the document stays a report."""
    docs = documents_of(rendered(_state_of_the_county("Source"), tmp_path))
    assert [kind for kind, _, _ in docs] == ["report"]


# ---------------------------------------------------------------- big-figure tiles two across,
# their names in lower-case words side by side on one line


def _tiles_page(left_name: str, right_name: str) -> str:
    return source_lines(
        "%% header Oakhurst County Council",
        "## Annual Performance Report 2027/28",
        "!! Appendix A - Our year in numbers",
        "Each headline measure is shown with its result in large figures and a rating word: "
        "On target; Near target; Off target.",
        "<> **92.4%** || **63.0%**",
        f"<> {left_name} || {right_name}",
        "<> Target 90.0%  -  On target || Target 80.0%  -  Off target",
        "<> **41.7%** || **2,310**",
        "<> Household waste sent for reuse or recycling || New homes completed in the county",
        "<> Target 45.0%  -  Near target || Target 2,000  -  On target",
    )


def test_tile_names_in_narrow_lower_case_parted_into_their_columns(tmp_path: Path) -> None:
    """Before, the line "Garden waste collected on the scheduled day || Street lights
    repaired within 7 days" (lower-case letters, narrow) was not looked into for a column's
    gap (its run no wider than its characters at 0.45 of the height each, with a gap): the
    two names stayed one line and the tiles went unread."""
    rows = kpi_rows(_tiles_page("Garden waste collected on the scheduled day",
                                "Street lights repaired within 7 days"), tmp_path)
    assert sorted(rows, key=lambda r: r[1] or 0) == [
        ("Household waste sent for reuse or recycling", 41.7, "amber"),
        ("Street lights repaired within 7 days", 63.0, "red"),
        ("Garden waste collected on the scheduled day", 92.4, "green"),
        ("New homes completed in the county", 2310.0, "green")]
