"""Review of held-out round 24's KPIs of other shapes fixes (branch fix24kpio): what the new
rules misread on other councils' papers, and what they cost on a long table. Each test failed
before its mend."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import html_page, html_table, kpi_rows, source_lines
from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.extract.kpis.numbered import numbered_key
from kcc_papers.extract.kpis.unnamed import rating_heading
from test_heldout_round24_kpio import _html_kpi_rows

# The most CPU naming the rating column of every row of a long table may take (linear:
# milliseconds; it took seconds, quadratic, reading the table again from each row).
LONG_TABLE_ROWS = 2000
LINEAR_CPU_SECONDS = 1.0


def _fill_rated(rows: int) -> list[Item]:
    items: list[Item] = [Text(1, "Service standards, Quarter 2")]
    items.append(Row(1, ["Ref", "Standard", "Target", "Q2"], [None] * 4, table=1))
    items += [Row(1, [f"SS{i}", f"Standard number {i}", "95%", "96%", ""],
                  [None] * 4 + ["#00b050"], table=1) for i in range(rows)]
    return items


def test_regression_a_long_fill_rated_table_is_read_once() -> None:
    """The unnamed rating column was looked for from every row of a table: each row of a
    dashboard rated by fill read every row after it again (2,000 rows: 40 s for the grid
    reader, 1 s before the fix). A row itself ending in a filled cell is one of the rated
    rows, no header over them."""
    items = _fill_rated(LONG_TABLE_ROWS)
    start = time.process_time()
    named = [rating_heading(items, n) for n, item in enumerate(items) if isinstance(item, Row)]
    assert time.process_time() - start < LINEAR_CPU_SECONDS
    assert named[0] == ["Ref", "Standard", "Target", "Q2", "RAG"]
    assert all(cells[-1] == "" for cells in named[1:])


def _shaded_by_direction(shade: str) -> str:
    return source_lines(
        "## WESTBURY DISTRICT COUNCIL",
        "** Overview and Scrutiny Committee - 9 December 2027",
        "** Corporate performance at Quarter 2",
        "1.1 The status column says whether each measure met its target; its shading shows "
        "the direction of travel since last quarter (green improving, red worsening).",
        "| Ref | Measure | Target | Q2 | Status |",
        "| WD1 | Household waste recycled (%) | 50 | 51.2 | {#ff0000}On target |",
        f"| WD2 | Invoices paid in 30 days (%) | 95 | 90.1 | {shade}Below target |",
        "| WD3 | Days lost to sickness per FTE | 8 | 9.4 | {#ff0000}Below target |",
        "2.1 WD2: a backlog after the finance system upgrade.",
    )


def test_regression_a_green_shade_beside_words_of_a_missed_target_is_no_rating(
        tmp_path: Path) -> None:
    """A status cell's colour outranked its words whatever they said: "Below target" on a
    cell shaded green (the paper shading by direction of travel, improving) was read green.
    A colour refines words only where both say the target was missed (amber or red), or both
    that it was met."""
    rows = kpi_rows(_shaded_by_direction("{#00b050}"), tmp_path)
    assert rows == [("WD1", 51.2, "green"), ("WD2", 90.1, "red"), ("WD3", 9.4, "red")]


def test_an_amber_shade_still_tells_how_far_short(tmp_path: Path) -> None:
    """Guard: an amber shade beside "Below target" is amber (words and colour agree the target
    was missed; the colour says by how much)."""
    rows = kpi_rows(_shaded_by_direction("{#ffc000}"), tmp_path)
    assert ("WD2", 90.1, "amber") in rows


def _graded(recommendations_heading: list[str]) -> str:
    return html_page(
        "<h1>Care services performance - Quarter 3 2026/27</h1>",
        "<p>Report to: Integration Joint Board Performance Committee. Date of meeting: "
        "14 January 2027.</p>",
        "<h2>Recommendations</h2>",
        html_table(recommendations_heading,
                   [["1", "Notes that 10 of the 14 indicators met their target"],
                    ["2", "Notes the 4 indicators below target and the actions in Appendix 2"]]),
        "<p>Registered services are graded by the Care Inspectorate from 6 (excellent) to 1 "
        "(unsatisfactory).</p>",
        html_table(["Ref", "Measure", "Target", "Quarter 3", "Rating"],
                   [["CS1", "Care at home visits on time (%)", "95.0", "93.2", "2"],
                    ["CS2", "Delayed discharges (bed days)", "400", "512", "1"],
                    ["CS3", "Carers assessments completed", "120", "131", "5"]]))


def test_regression_a_numbered_recommendations_table_is_no_rating_key(tmp_path: Path) -> None:
    """A two-column table numbered 1, 2 in order whose words speak of the target was read as a
    key of ratings: a paper's recommendations ("1 | Notes that 10 of the 14 indicators met
    their target", "2 | Notes the 4 indicators below target") made the Care Inspectorate
    grades in its Rating column green and red. A numbered key says it is one, by its heading
    ("Rating | Meaning") or by naming each rating's colour."""
    rows = _html_kpi_rows(_graded(["No.", "Recommendation"]), tmp_path)
    assert rows == [("CS1", 93.2, None), ("CS2", 512.0, None), ("CS3", 131.0, None)]


def _numbered_lines(*meanings: str) -> list[Item]:
    return [Row(1, [str(n), meaning], table=7) for n, meaning in enumerate(meanings, 1)]


def test_a_numbered_key_without_a_heading_names_its_colours() -> None:
    """Guard: a numbered key with no heading row is read where each rating's meaning names its
    colour; one that speaks only of the target is not."""
    assert numbered_key(_numbered_lines("On or above target (green)", "Within 5% (amber)",
                                        "More than 5% below target (red)")) == {
        "1": "green", "2": "amber", "3": "red"}
    assert numbered_key(_numbered_lines("Measures that met their target",
                                        "Measures below target")) == {}


def test_a_header_shaded_whole_still_names_its_unnamed_column() -> None:
    """Guard: a header row shaded whole in a table style's green fills its empty last cell
    too; it is still the header over rows rated by their last cell's fill (a rated row shades
    its last cell alone)."""
    green_header = "#70ad47"
    items: list[Item] = [Row(1, ["Ref", "Standard", "Target", "Q2", ""], [green_header] * 5,
                             table=3)]
    items += [Row(1, [f"SS{i}", f"Standard {i}", "95%", "96%", ""], [None] * 4 + [fill],
                  table=3) for i, fill in enumerate(["#00b050", "#ffc000", "#ff0000"])]
    assert rating_heading(items, 0) == ["Ref", "Standard", "Target", "Q2", "RAG"]


def test_rows_shaded_whole_are_no_unnamed_rating_column() -> None:
    """Guard: rows shaded whole (a banded table's colours, or a row's rating) give their
    empty last cell no column of its own; nor is such a table read again from each row."""
    items: list[Item] = [Row(1, ["Ref", "Standard", "Target", "Q2"], [None] * 4, table=4)]
    items += [Row(1, [f"SS{i}", f"Standard {i}", "95%", "96%", ""], ["#f4b183"] * 5, table=4)
              for i in range(LONG_TABLE_ROWS)]
    start = time.process_time()
    named = [rating_heading(items, n) for n in range(len(items))]
    assert time.process_time() - start < LINEAR_CPU_SECONDS
    assert named[0] == ["Ref", "Standard", "Target", "Q2"]
