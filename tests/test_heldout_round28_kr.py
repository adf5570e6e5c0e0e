"""Regression tests for the KPI and risk misses of held-out round 28: a dashboard's "24 months
to August" beside its months; a web page's rating badges whose screen-reader text names the
column ("Status: Amber"); benefits measures "At 30 Sep 2029" above a milestone table of dates;
a 1996 typescript's stock table under its PI table; an FE college's "2029/30 final | 2030/31
in-year" columns; a scorecard's dots drawn in a table with no rules; a text register's header
over two lines ("Risk" over "ID", "Current" over "score"). Small papers in other bodies' words,
each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import (
    KpiRow,
    html_kpi_rows,
    html_page,
    html_table,
    kpi_rows,
    scored_risks,
    source_lines,
)
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi


def _report(title: str, *body: str) -> str:
    return source_lines(
        "%% header Marrowby Borough Council",
        "!! Agenda Item 6",
        f"## {title}",
        "Report of:\tHead of Service",
        "** 1. Recommendation",
        "1.1 That the Board notes the performance measures.",
        "** 2. Performance",
        *body,
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


# ----------------------------------------------- a span of months beside the months themselves

def _monthly_dashboard(span: str) -> str:
    return _report(
        "Building Control Performance Dashboard: October 2029",
        "2.1 The rating is shown by the fill of the last column: green where the monthly"
        " figure meets the target, amber within 5 points, red below that.",
        "|% 8 34 10 10 10 10 10 8",
        f"| Ref | Measure | Target | August 2029 | September 2029 | October 2029 | {span} |"
        " Rating |",
        "| BC1 | Applications checked within 15 working days (%) | 85% | 81.0% | 86.4% | 88.2% |"
        " 71.5% | {#00b050} |",
        "| BC2 | Completion certificates issued within 5 days (%) | 90% | 92.0% | 87.1% | 86.0% |"
        " 90.3% | {#ffc000} |",
    )


def test_span_of_months_beside_single_months_is_not_the_latest(tmp_path: Path) -> None:
    """Before, a dashboard's "24 months to October" column (a national measure's longer view,
    printed after the monthly figures) was read as the latest period: its figure replaced
    October's, the month the rating rates."""
    rows = kpi_rows(_monthly_dashboard("24 months to October"), tmp_path)
    assert rows == [("BC1", 88.2, "green"), ("BC2", 86.0, "amber")]


def test_rolling_span_alone_is_still_the_latest(tmp_path: Path) -> None:
    """Guard: spans alone ("12 months to Nov 2028 | 12 months to Nov 2029", a community safety
    dashboard's) are the periods themselves: the later one is the latest."""
    paper = _report(
        "Community Safety Performance Report",
        "| Ref | Measure | 12 months to Nov 2028 | 12 months to Nov 2029 | RAG |",
        "| CS1 | Burglary of homes (number) | 412 | 388 | Green |",
        "| CS2 | Violence with injury (number) | 1,020 | 1,104 | Red |",
    )
    assert kpi_rows(paper, tmp_path) == [("CS1", 388.0, "green"), ("CS2", 1104.0, "red")]


# ------------------------------------------- a web page's badge naming its column to screen readers

def _badge(word: str) -> str:
    return (f'<span class="badge badge--{word.lower()}"><span class="visually-hidden">'
            f"{{label}}</span>{word}</span>")


def _badged_page(label: str) -> str:
    return html_page(
        "<h1>Customer Services Performance Report: Quarter 2 2029/30</h1>",
        "<p>1.1 That the Committee notes the performance of customer services.</p>",
        html_table(["Ref", "Measure", "Q1 2029/30", "Q2 2029/30", "Target", "Status"], [
            ["CU1", "Calls answered within 60 seconds", "78.0%", "81.5%", "80%",
             _badge("Green").format(label=label)],
            ["CU2", "Complaints answered within 10 working days", "88.0%", "71.2%", "85%",
             _badge("Red").format(label=label)],
        ]),
    )


def test_rating_badge_naming_its_column_is_read(tmp_path: Path) -> None:
    """Before, a web page's rating badge whose hidden text names the column for screen
    readers ("Status: Amber") gave no rating: the cell's words were read whole."""
    assert html_kpi_rows(_badged_page("Status: "), tmp_path) == [
        ("CU1", 81.5, "green"), ("CU2", 71.2, "red")]


def test_rating_badge_with_other_hidden_words_rates_nothing(tmp_path: Path) -> None:
    """Guard: hidden words that are no column's name ("Trend: ") still leave the cell
    unread as a rating, as before."""
    assert html_kpi_rows(_badged_page("Trend: "), tmp_path) == [
        ("CU1", 81.5, None), ("CU2", 71.2, None)]


# ---------------------------------- benefits "At 30 Sep 2029" above a milestone table of dates

def _highlight_report(figure_heading: str, milestones: bool = False) -> str:
    return _report(
        "Programme Highlight Report: September 2029",
        "** Benefits measures",
        "The rating is shown by the fill of the last column.",
        "|% 8 46 14 16 16",
        f"| Ref | Measure | Target 2029/30 | {figure_heading} | RAG |",
        "| SB1 | Shared sites in use (number) | 6 | 5 | {#ffc000} |",
        "| SB2 | Savings delivered (£000) | 400 | 455 | {#00b050} |",
        *(("** Milestones",
           "| Milestone | Baseline date | Forecast date | Status |",
           "| Depot lease signed | June 2029 | October 2029 | Amber |",
           "| Shared control room live | March 2030 | March 2030 | Green |") if milestones else ()),
    )


BENEFITS = [("SB1", 5.0, "amber"), ("SB2", 455.0, "green")]


def test_position_at_a_date_is_the_latest(tmp_path: Path) -> None:
    """Before, a figure column headed "At 30 Sep 2029" (no "As") was read as no figure: the
    benefits measures were lost."""
    assert kpi_rows(_highlight_report("At 30 Sep 2029"), tmp_path) == BENEFITS


def test_milestones_forecast_dates_are_no_kpis(tmp_path: Path) -> None:
    """Before, a milestone table's "Baseline date | Forecast date | Status" was read as a
    dashboard: "Forecast" named each milestone's date as its value, and the milestones were
    read as KPIs. A column headed as a date holds dates, no figure."""
    paper = _highlight_report("As at 30 Sep 2029", milestones=True)
    assert kpi_rows(paper, tmp_path) == BENEFITS


def test_figure_to_date_is_still_a_figure(tmp_path: Path) -> None:
    """Guard: a figure so far named by its date's words ("Year to date") is no date column."""
    assert kpi_rows(_highlight_report("Year to date"), tmp_path) == BENEFITS


# ------------------------------------ a typescript's lines all at tab stops: one run of rows

def _typescript(after: list[str]) -> str:
    return "\n".join([
        "\tREPORT TO:\tHOUSING COMMITTEE",
        "\tSUBJECT:\tHOUSING MANAGEMENT PERFORMANCE: QUARTER 2 1996/97",
        "",
        "1.\tPERFORMANCE INDICATORS",
        "",
        "1.1\tStatus is GREEN where the target has been met, AMBER within 5% and RED",
        "\tbelow that.",
        "",
        "\tRef\tIndicator\tTarget\tQ2 Actual\tStatus",
        "\tHP1\tRent collected as % of rent due\t97.0\t97.4\tGREEN",
        "\tHP2\tVoid dwellings as % of stock\t1.5\t2.4\tRED",
        "",
        *after,
        "",
    ])


def _typescript_kpis(text: str, tmp_path: Path) -> list[KpiRow]:
    return [(k.ref or k.description, k.latest_value, k.latest_rag)
            for ctx in text_contexts(text, None, tmp_path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


TYPED = [("HP1", 97.4, "green"), ("HP2", 2.4, "red")]


def test_table_after_a_paragraph_in_a_typescript_is_no_kpis(tmp_path: Path) -> None:
    """Before, a 1996 typescript retyped with every line at tab stops was one table: the
    stock table under the PI table, after a paragraph introducing it, was read as more of
    the dashboard (its first line a KPI, its figures target and value)."""
    after = ["1.2\tFor information, the stock of dwellings at 30th September 1996 was:",
             "",
             "\tType\tHouses\tFlats\tTotal",
             "\tGeneral needs\t2,410\t1,962\t4,372",
             "\tSheltered\t0\t588\t588"]
    assert _typescript_kpis(_typescript(after), tmp_path) == TYPED


def test_rows_after_a_paragraph_with_codes_are_still_the_dashboards(tmp_path: Path) -> None:
    """Guard: rows after a paragraph that print the dashboard's codes carry it on."""
    after = ["1.2\tThe figures for the following indicators are provisional and may change:",
             "",
             "\tHP3\tEmergency repairs completed in 24 hours (%)\t98\t98.9\tGREEN"]
    assert _typescript_kpis(_typescript(after), tmp_path) == [*TYPED, ("HP3", 98.9, "green")]


# ---------------------------------------------- a year's columns named by their state (FE)

def _college_report(last_year: str, this_year: str) -> str:
    return _report(
        "Quality Report: In-year Indicators",
        "|# Ref | Indicator | " + last_year + " | " + this_year + " | Target | Rating |",
        "| CQ1 | Retention: adult learners (%) | 91.2 | 89.9 | 92.0 | {dot#ffc000} |",
        "| CQ2 | Attendance: English and maths (%) | 80.1 | 77.3 | 85.0 | {dot#ff0000} |",
        "Ratings: green dot on or above target; amber within 3 points; red more than 3 points"
        " below.",
    )


def test_in_year_beside_last_years_final_is_the_latest(tmp_path: Path) -> None:
    """Before, an FE college's "2029/30 final | 2030/31 in-year" columns named no figure: the
    dashboard was not read at all. The later year's column is the latest, the earlier
    year's final figure last year's."""
    rows = kpi_rows(_college_report("2029/30 final", "2030/31 in-year"), tmp_path)
    assert rows == [("CQ1", 89.9, "amber"), ("CQ2", 77.3, "red")]


def test_years_named_alone_are_read_as_before(tmp_path: Path) -> None:
    """Guard: years alone ("2029/30 | 2030/31") were read so already."""
    rows = kpi_rows(_college_report("2029/30", "2030/31"), tmp_path)
    assert rows == [("CQ1", 89.9, "amber"), ("CQ2", 77.3, "red")]


# --------------------------------------- a scorecard's dots drawn in a table with no rules

def _unruled_scorecard(status: tuple[str, str, str]) -> str:
    return _report(
        "Museum Service Performance: April to September 2030",
        "The coloured circle shows the status: green on target; amber within 10%; red worse.",
        "|- Ref | Description | Target | Apr-Sep 2030 | Status |",
        f"| MU1 | Visitors satisfied or very satisfied (%) | 95 | 96.4 | {status[0]} |",
        f"| MU2 | Enquiries answered within 10 working days (%) | 90 | 84.0 | {status[1]} |",
        f"| MU3 | Objects catalogued online (thousands) | 120 | 101.5 | {status[2]} |",
    )


def test_dots_drawn_in_a_table_with_no_rules_rate_its_rows(tmp_path: Path) -> None:
    """Before, a borderless scorecard whose Status column held only dots drawn as shapes
    lost that column (no word starts it) and its ratings: the heading ran into the one
    before it and no row was read."""
    paper = _unruled_scorecard(("{dot#00b050}", "{dot#ffc000}", "{dot#ff0000}"))
    assert kpi_rows(paper, tmp_path) == [
        ("MU1", 96.4, "green"), ("MU2", 84.0, "amber"), ("MU3", 101.5, "red")]


def test_words_in_a_table_with_no_rules_are_read_as_before(tmp_path: Path) -> None:
    """Guard: the same scorecard rated in words reads as before."""
    paper = _unruled_scorecard(("Green", "Amber", "Red"))
    assert kpi_rows(paper, tmp_path) == [
        ("MU1", 96.4, "green"), ("MU2", 84.0, "amber"), ("MU3", 101.5, "red")]


# ------------------------------------- a text register's header set over two lines in spaces

def _spaced_register(header: list[str]) -> str:
    return "\n".join([
        "APPENDIX 1: CORPORATE RISK REGISTER",
        "",
        "2.1  Each risk is scored for likelihood (1-4) and impact (1-4); the current score is",
        "     their product. The target score is the score the owner aims for by March 2030.",
        "",
        *header,
        "CR1   Failure of the payroll system           3   4   12        8",
        "      at year end",
        "CR2   Loss of the waste collection contract   2   4   8         4",
        "CR3   Rising demand for temporary housing     4   3   12        9",
        "",
        "Score bands: 1-4 low; 5-9 medium; 10-16 high.",
        "",
    ])


SPACED = [("CR1", 3, 4, 12.0), ("CR2", 2, 4, 8.0), ("CR3", 4, 3, 12.0)]


def test_register_header_over_two_lines_in_spaces_is_read(tmp_path: Path) -> None:
    """Before, a text register whose header was set over two lines ("Risk" over "ID",
    "Current" over "score", "Target" over "score") gave no risk: the second line was read as
    the first row, and the header's first line alone named no id column."""
    header = ["Risk  Title                                   L   I   Current   Target",
              "ID                                                    score     score"]
    assert scored_risks(_spaced_register(header), tmp_path) == SPACED


def test_register_header_on_one_line_is_read_as_before(tmp_path: Path) -> None:
    """Guard: the same register headed on one line reads as before."""
    header = ["Ref   Title                                   L   I   Current   Target"]
    assert scored_risks(_spaced_register(header), tmp_path) == SPACED
