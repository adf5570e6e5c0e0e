"""Regression tests for the KPI misses of held-out round 22: an outturn table naming its years
in two digits ("Actual 11/12 | Target 12/13 | Actual 12/13") and a national indicator's code
with a part in brackets ("NI 155(ii)"); a dashboard of the year so far at two quarters ("YTD
Q2 | YTD Q3"), broken over a page under a running header, its first row there a value with a
footnote marker before its rating; social value measures under "Delivered 2026/27", rated by
coloured circle glyphs; a table rated by fill alone in a column named "Performance", its key
a row of swatches under it; two dashboards side by side on a landscape page, as one table
naming its columns twice.
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, rendered, source_lines
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.sides import sides_apart
from kcc_papers.load.pdf import load_pdf


def _outturn_table(first_code: str) -> str:
    return source_lines(
        "## MERESIDE BOROUGH COUNCIL",
        "** Corporate Performance Panel - 14th May 2013",
        "!! National Indicators: Outturn Performance Report 2012/13",
        "** 1. PURPOSE",
        "1.1 To report the outturn of the national indicators the Council still collects.",
        "** APPENDIX A - NATIONAL INDICATORS 2012/13",
        "|# NI | Description | Actual 11/12 | Target 12/13 | Actual 12/13 | Status |",
        f"| {first_code} | Affordable homes delivered (gross) | 142 | 150 | 161 | Green |",
        "| NI 157a | Major planning applications decided in 13 weeks (%) | 58.2 | 65.0 | 61.9 "
        "| Amber |",
        "| NI 181 | Time taken to process benefit claims (days) | 19.8 | 16.0 | 22.4 | Red |",
        "** 2. FINANCIAL IMPLICATIONS",
        "2.1 None.",
    )


def test_two_digit_year_columns_read_the_latest_year(tmp_path: Path) -> None:
    """Before, "Actual 11/12" and "Actual 12/13" were both the latest figure, their years
    unread (only four-digit years were): the first, last year's outturn, was read as the
    latest."""
    assert kpi_rows(_outturn_table("NI 155"), tmp_path) == [
        ("NI 155", 161.0, "green"), ("NI 157a", 61.9, "amber"), ("NI 181", 22.4, "red")]


def test_two_digit_years_of_a_date_name_no_year() -> None:
    """Guard: two-digit years one apart are a financial year, not a date's day and month
    ("Actual 07/08/2012") nor two years apart."""
    below = ["NI 155", "Affordable homes", "142", "161", "Green"]
    header = read_header(["NI", "Description", "Actual 07/08/2012", "Actual 12/13",
                          "Status"], below)
    assert header is not None and header.roles[2:4] == ["latest", "latest"]
    header = read_header(["NI", "Description", "Actual 10/12", "Actual 12/13", "Status"], below)
    assert header is not None and header.roles[2:4] == ["latest", "latest"]


def test_code_with_a_bracketed_part_read_as_the_ref(tmp_path: Path) -> None:
    """Before, a code with a part in brackets ("NI 155(ii)") was no code: the first row's ref
    column was not known for one, and every row lost its ref."""
    assert kpi_rows(_outturn_table("NI 155(ii)"), tmp_path) == [
        ("NI 155(ii)", 161.0, "green"), ("NI 157a", 61.9, "amber"), ("NI 181", 22.4, "red")]


def _fire_dashboard(*top: str) -> str:
    rows = [("PR1", "Primary fires", "640", "301", "455", "Green"),
            ("PR2", "Accidental dwelling fires", "190", "88", "131", "Amber"),
            ("PR3", "Home fire safety checks completed", "9,000", "4,120", "6,388", "Green"),
            ("PR4", "Fire safety audits completed", "1,200", "540", "802[^1]", "Amber"),
            ("PR5", "Automatic fire alarm attendances", "1,500", "790", "1,215", "Red")]
    return source_lines(
        *top,
        "%% header NORTHMOOR FIRE AND RESCUE AUTHORITY Performance Committee 14/03/2028",
        "## Performance Committee - 14th March 2028",
        "!! Service Performance Report: Quarter 3 2027/28",
        "1.1 The table below gives each indicator's figure for the year so far at the end of "
        "September and of December.",
        *["1.2 Figures are provisional until the year end return is made to the Home Office."]
        * 22,
        "|# Ref | Indicator | Target 2027/28 | YTD Q2 | YTD Q3 | Status |",
        *(f"| {ref} | {name} | {target} | {q2} | {q3} | {status} |"
          for ref, name, target, q2, q3, status in rows[:3]),
        "| --- page, header not repeated --- |",
        *(f"| {ref} | {name} | {target} | {q2} | {q3} | {status} |"
          for ref, name, target, q2, q3, status in rows[3:]),
        "[^1]: Excludes audits of premises in the pilot, reported separately.",
        "2.1 None.",
    )


FIRE_KPIS = [("PR1", 455.0, "green"), ("PR2", 131.0, "amber"), ("PR3", 6388.0, "green"),
             ("PR4", 802.0, "amber"), ("PR5", 1215.0, "red")]


def test_year_to_date_columns_of_two_quarters_read_the_last(tmp_path: Path) -> None:
    """Before, "YTD Q2 | YTD Q3" were two year-to-date columns and no latest one: the
    dashboard's rows were read with no value and no rating."""
    assert kpi_rows(_fire_dashboard(), tmp_path) == FIRE_KPIS


def test_one_year_to_date_column_beside_a_latest_stays_the_year_so_far() -> None:
    """Guard: a dashboard naming its latest figure keeps its year-to-date columns as such,
    and year-to-date columns not each named by a period are no series of periods."""
    header = read_header(["Ref", "Indicator", "Latest", "YTD Q2", "YTD Q3", "Status"])
    assert header is not None and header.roles[2:5] == ["latest", "ytd", "ytd"]
    header = read_header(["Ref", "Indicator", "Target", "YTD", "YTD Q3", "Status"])
    assert header is not None and header.roles[2:5] == ["target", "ytd", "ytd"]


def test_rating_after_a_footnoted_value_at_a_page_head_unread_as_a_stamp(
        tmp_path: Path) -> None:
    """Before, the first row carried onto a page under its running header, its value ending in
    a small raised footnote marker ("802" and a "1"), had its rating ("Amber", set right) read
    as a stamp: the marker's type was taken for the value's, and the rating's type differed
    from it across the cells' gap. The row lost its rating."""
    source = _fire_dashboard()
    pages = load_pdf(rendered(source, tmp_path), "x").pages
    assert not [line.text for page in pages for line in page.lines if line.stamp]
    assert kpi_rows(source, tmp_path) == FIRE_KPIS


def test_stamp_over_a_footnoted_row_stays_the_stamp(tmp_path: Path) -> None:
    """Guard: a stamp printed at the top right of every page is a stamp still."""
    source = _fire_dashboard("%% overprint OFFICIAL")
    pages = load_pdf(rendered(source, tmp_path), "x").pages
    assert {line.text for page in pages for line in page.lines if line.stamp} == {"OFFICIAL"}
    assert kpi_rows(source, tmp_path) == FIRE_KPIS


def _social_value(value_heading: str) -> str:
    rows = [("SVM1", "Local people employed on council contracts", "FTE", "60", "71",
             "#00b050"),
            ("SVM2", "Apprenticeships started on council contracts", "number", "15", "14",
             "#ffc000"),
            ("SVM3", "Spend with local SMEs (%)", "%", "35.0", "28.2", "#ff0000")]
    return source_lines(
        "## BRACKENDALE COUNCIL",
        "** Resources Scrutiny Committee - 6th October 2027",
        "!! Social Value Performance Report 2026/27",
        "Key: green circle - target met; amber circle - within 10% of target; red circle - more "
        "than 10% below target.",
        f"| Ref | Measure | Unit | Target 2026/27 | {value_heading} | RAG |",
        *(f"| {ref} | {name} | {unit} | {target} | {got} | {{ding{colour}}} |"
          for ref, name, unit, target, got, colour in rows),
        "2.1 None.",
    )


def test_delivered_column_read_as_the_value(tmp_path: Path) -> None:
    """Before, "Delivered 2026/27" named no role: the table had no value column, was no
    dashboard, and none of its measures was read."""
    assert kpi_rows(_social_value("Delivered 2026/27"), tmp_path) == [
        ("SVM1", 71.0, "green"), ("SVM2", 14.0, "amber"), ("SVM3", 28.2, "red")]


def test_delivered_by_names_no_value() -> None:
    """Guard: who delivers a measure ("Delivered by") is no figure's column."""
    header = read_header(["Ref", "Measure", "Delivered by", "Target", "Actual", "RAG"])
    assert header is not None and header.roles == [
        "ref", "description", None, "target", "latest", "rag"]


def _fill_rated(rating_heading: str, key: bool = True) -> str:
    rows = [("BD01", "Household waste recycled and composted (%)", "48.0", "46.2", "48.9",
             "{#00b050}"),
            ("BD02", "Missed bins per 100,000 collections", "55", "61", "58", "{#ffc000}"),
            ("BD03", "Average days to re-let council homes", "25", "29", "36", "{#ff0000}")]
    return source_lines(
        "## BROOKMERE DISTRICT COUNCIL",
        "** Performance Scrutiny Panel - 11th July 2027",
        "!! Key Performance Indicators: Year End Performance Report 2026/27",
        f"|# Code | Indicator | Target 2026/27 | 2025/26 outturn | 2026/27 outturn | "
        f"{rating_heading} |",
        *(f"| {ref} | {name} | {target} | {last} | {now} | {fill} |"
          for ref, name, target, last, now, fill in rows),
        *(["Key to the ratings:",
           "|- {#00b050} | Target achieved | {#ffc000} | Target missed, within 5% | {#ff0000} "
           "| Target missed by more than 5% |"] if key else []),
        "2.1 None.",
    )


FILL_RATED = [("BD01", 48.9, "green"), ("BD02", 58.0, "amber"), ("BD03", 36.0, "red")]


def test_fill_only_column_named_performance_read_as_the_rating(tmp_path: Path) -> None:
    """Before, "Performance" named a value column, and its cells, printing nothing but a
    rating's fill, were no rating: every row was unrated."""
    assert kpi_rows(_fill_rated("Performance", key=False), tmp_path) == FILL_RATED


def test_performance_column_printing_figures_stays_the_value() -> None:
    """Guard: a column named "Performance" printing the figures is the value column still."""
    header = read_header(["Ref", "Indicator", "Target", "Performance", "RAG"])
    assert header is not None and header.roles[3] == "latest"


def test_swatch_key_under_a_fill_rated_table_unread_as_a_kpi(tmp_path: Path) -> None:
    """Before, the key printed as a table under the dashboard, a swatch beside each rating's
    words, was read as one more measure ("Target met", rated by a swatch)."""
    assert kpi_rows(_fill_rated("Performance"), tmp_path) == FILL_RATED
    assert kpi_rows(_fill_rated("RAG"), tmp_path) == FILL_RATED


def test_measure_row_with_no_code_and_a_figure_is_no_key(tmp_path: Path) -> None:
    """Guard: a measure's row printing a figure is a measure, however many fills it has."""
    source = _fill_rated("RAG", key=False).replace(
        "2.1 None.", "| | Garden waste subscriptions | 21,000 | 20,150 | 21,340 | {#00b050} |\n"
        "2.1 None.")
    assert kpi_rows(source, tmp_path) == [*FILL_RATED,
                                          ("Garden waste subscriptions", 21340.0, "green")]


def _side_by_side() -> str:
    # (an empty column between the halves: with none, the text layer runs each row's cells into
    # one run and the page is read with no table at all, a limit of the unruled table reader)
    left = [("HR01", "Staff turnover (rolling 12 months)", "11.0%", "10.2%", "G"),
            ("HR02", "Average days lost to sickness per FTE", "8.0 days", "8.4 days", "A"),
            ("HR03", "Agency spend (year to date)", "£1.5m", "£1.9m", "R")]
    right = [("CS01", "Calls answered within 2 minutes", "80.0%", "83.1%", "G"),
             ("CS02", "Complaints answered in 10 working days", "92.0%", "90.5%", "A"),
             ("CS03", "Webchat satisfaction", "85.0%", "88.0%", "G")]
    mid = " | |"
    widths = "|% 6 26 9 9 4 4 6 26 9 9 4"
    return source_lines(
        "## ROYAL BOROUGH OF ASHVALE",
        "** Resources Committee - 23rd November 2027",
        "!! Resources Directorate: Quarter 2 Performance Report 2027/28",
        "1.1 Ratings: G - on or better than target; A - within 10% of target; R - more than "
        "10% adrift.",
        "--- page landscape ---",
        "** Appendix A - Resources Performance Indicators, Quarter 2",
        widths,
        f"|- Ref | Indicator | Target | Q2 actual | RAG{mid} Ref | Indicator | Target | Q2 "
        "actual | RAG |",
        *(f"| {' | '.join(a)}{mid} {' | '.join(b)} |" for a, b in zip(left, right, strict=True)),
        "--- page ---",
        "2.1 None.",
    )


SIDE_BY_SIDE = [("HR01", 10.2, "green"), ("HR02", 8.4, "amber"), ("HR03", 1900000.0, "red"),
                ("CS01", 83.1, "green"), ("CS02", 90.5, "amber"), ("CS03", 88.0, "green")]


def test_tables_side_by_side_read_as_two(tmp_path: Path) -> None:
    """Before, a header naming its columns twice (two services' dashboards across a landscape
    page) was read as one dashboard: each row's ref and measure from the left half, its
    figure and rating from the right (the last "Q2 actual" read as the latest period)."""
    assert kpi_rows(_side_by_side(), tmp_path) == SIDE_BY_SIDE


def test_halves_with_no_gutter_read_as_two_tables() -> None:
    """The halves set with no empty column between them are two tables too, the right one's
    rows after the left one's."""
    header = ["Ref", "Indicator", "Actual", "RAG"]
    rows: list[Item] = [
        Row(1, [*header, *header], [], 3),
        Row(1, ["HR01", "Staff turnover", "10.2", "G", "CS01", "Calls answered", "83.1", "G"],
            [None, None, None, "#00b050"], 3),
    ]
    assert [(r.cells, r.fills, r.table) for r in sides_apart(rows) if isinstance(r, Row)] == [
        (header, [], 3), (["HR01", "Staff turnover", "10.2", "G"],
                          [None, None, None, "#00b050"], 3),
        (header, [], 4), (["CS01", "Calls answered", "83.1", "G"], [], 4)]


def test_header_naming_periods_twice_stays_one_table() -> None:
    """Guard: a header repeating columns that name no measure ("Target | Actual" for each of
    two years) is one table, and so is one whose halves differ."""
    rows: list[Item] = [
        Row(1, ["Target", "Actual", "RAG", "Target", "Actual", "RAG"], [], 1),
        Row(1, ["Ref", "Indicator", "Target", "Ref", "Measure", "Target"], [], 2),
        Row(1, ["HR01", "Staff turnover", "11.0", "CS01", "Calls answered", "80.0"], [], 2),
    ]
    assert sides_apart([*rows]) == rows
