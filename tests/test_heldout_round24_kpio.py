"""Regression tests for the KPI misses of held-out round 24's batches d to f (KPIs of other
shapes): a council web page's housing measures rated by numbers 1 to 4 that a key table
defines ("1 | On or better than target (green)"), a HouseMark quartile column beside them; a
communities committee's measures rated by a coloured dot beside words ("● Below target", the
dot amber); a procurement report's indicators rated by a coloured glyph, an unrated table of
spend by year after them; a harbour master's standards rated by the fill of a column whose
heading is empty. Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow, html_page, html_table, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi


def _html_kpi_rows(html: str, tmp_path: Path) -> list[KpiRow]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(k.ref or k.description, k.latest_value, k.latest_rag)
            for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


NUMBERED_KEY = [["1", "Achieved or better than target (green)"],
                ["2", "Within 10% of target (amber)"],
                ["3", "More than 10% short of target (red)"],
                ["4", "Data only - no target"]]
RATED_BY_NUMBER = [["LH1", "Rent collected (%)", "98.0", "97.1", "2", "Median"],
                   ["LH2", "Average days to re-let a void", "30", "44", "3", "Bottom quartile"],
                   ["LH3", "Emergency repairs on time (%)", "98.0", "99.2", "1", "Top quartile"],
                   ["LH4", "Tenancies sustained for a year (%)", "-", "91.0", "4", "Median"]]


def _numbered_page(key: list[list[str]]) -> str:
    return html_page(
        "<h1>Landlord Services Performance - Quarter 3 2026/27</h1>",
        "<p>Report to: Housing Scrutiny Panel. Date of meeting: 14 January 2027.</p>",
        "<p>Each measure is rated 1 to 4 as in the key below.</p>",
        html_table(["Rating", "Meaning"], key),
        html_table(["Ref", "Measure", "Target", "Quarter 3", "Rating", "Benchmark quartile"],
                   RATED_BY_NUMBER))


def test_rating_numbers_read_by_their_key(tmp_path: Path) -> None:
    """Before, a rating printed as a number (1 to 4) meant nothing: every measure had no RAG.
    Each number now takes the colour its key row names; "4 | Data only" rates nothing."""
    rows = _html_kpi_rows(_numbered_page(NUMBERED_KEY), tmp_path)
    assert rows == [("LH1", 97.1, "amber"), ("LH2", 44.0, "red"), ("LH3", 99.2, "green"),
                    ("LH4", 91.0, None)]


def test_numbers_out_of_order_are_no_key(tmp_path: Path) -> None:
    """Guard: a two-column table of numbers not counting from 1 in order (a list of
    priorities) defines no rating."""
    shuffled = [NUMBERED_KEY[1], NUMBERED_KEY[0], NUMBERED_KEY[2]]
    rows = _html_kpi_rows(_numbered_page(shuffled), tmp_path)
    assert all(rag is None for _, _, rag in rows)


def _standards(fills: list[str]) -> str:
    rows = [("BS1", "Burials arranged within 5 working days (%)", "95%", "93%", "96%"),
            ("BS2", "Memorial safety inspections completed (%)", "100%", "88%", "91%"),
            ("BS3", "Complaints about grounds maintenance", "4", "9", "12")]
    return source_lines(
        "## ASHLOW BURIAL BOARD",
        "** Report to the Board - 8 October 2027",
        "** Bereavement service standards, Quarter 2",
        "1.1 The last column is shaded green where the standard was met, amber where it was "
        "missed by less than 10% and red where it was missed by more.",
        "|% 10 44 12 12 12 10",
        "| Ref | Standard | Target | Q1 2027/28 | Q2 2027/28 | |",
        *(f"| {ref} | {name} | {target} | {q1} | {q2} | {fill} |"
          for (ref, name, target, q1, q2), fill in zip(rows, fills, strict=True)),
        "1.2 BS3: the contractor's mowing fell behind in the wet summer.",
    )


def test_fill_rated_column_under_an_empty_heading(tmp_path: Path) -> None:
    """Before, a header whose last heading is empty ("Ref | Standard | Target | Q1 | Q2 | ")
    named no rating column and, read one cell short of its rows, no header at all: no
    standard was read. The unnamed column every row fills with a rating's colour is now its
    rating column."""
    rows = kpi_rows(_standards(["{#00b050}", "{#ffc000}", "{#ff0000}"]), tmp_path)
    assert rows == [("BS1", 96.0, "green"), ("BS2", 91.0, "amber"), ("BS3", 12.0, "red")]


def test_unfilled_row_leaves_the_empty_column_unrated(tmp_path: Path) -> None:
    """Guard: where a row's last cell is not filled with a rating's colour, the empty column
    is no rating column (one shaded cell is a highlight, not a rating)."""
    rows = kpi_rows(_standards(["{#00b050}", "", "{#ff0000}"]), tmp_path)
    assert not any(rag for _, _, rag in rows)


PROCUREMENT = [("CP1", "Spend with local suppliers (%)", "35.0", "38.2", "{ding#00b050}"),
               ("CP2", "Invoices paid within 30 days (%)", "95.0", "91.4", "{ding#ffc000}"),
               ("CP3", "Contract waivers (number)", "10", "17", "{ding#ff0000}")]


def _procurement(after: list[str]) -> str:
    return source_lines(
        "## BRANSCOMBE COUNCIL",
        "** Report to Cabinet - 12 July 2027",
        "** Procurement Performance - Quarter 1 2027/28",
        "1.1 The status of each indicator is shown by colour: green on target, amber within 10% "
        "of target, red more than 10% off target.",
        "|# Code | Indicator | Target | Q1 | Status |",
        *(f"| {r} | {name} | {t} | {v} | {mark} |" for r, name, t, v, mark in PROCUREMENT),
        "** 2. Spend by service (not indicators)",
        *after,
        "1.2 CP3: most waivers were for care placements.",
    )


SPEND = ["|# Service | 2026/27 £m | 2027/28 £m | Change |",
         "| Children's services | 64.1 | 70.3 | 9.7% |",
         "| Waste and recycling | 18.2 | 18.9 | 3.8% |"]


def test_spend_table_headed_by_years_in_units_ends_the_dashboard(tmp_path: Path) -> None:
    """Before, a table of spend after the indicators, headed by years with their unit
    ("2026/27 £m"), was not seen as a table of its own: its rows were read as more
    indicators, unrated. A year with its unit names a column, as a year alone does."""
    rows = kpi_rows(_procurement(SPEND), tmp_path)
    assert rows == [("CP1", 38.2, "green"), ("CP2", 91.4, "amber"), ("CP3", 17.0, "red")]


def test_dashboard_run_on_into_a_table_of_its_own_still_read(tmp_path: Path) -> None:
    """Guard: the dashboard run on into a table of its own, its first row a measure whose
    cells print figures, is still the dashboard: its rows are read as indicators."""
    more = ["|# CP4 | Social value committed (£m) | 1.5 | 1.62 | {ding#00b050} |"]
    rows = kpi_rows(_procurement(more), tmp_path)
    assert ("CP4", 1.62, "green") in rows


def _outcomes(dot: str) -> str:
    return source_lines(
        "## HARTWELL BOROUGH COUNCIL",
        "** Communities Committee - 21 October 2027",
        "** Commissioned services: outcomes at Quarter 2",
        "Rating: green dot on or above target; amber dot below target by less than 10%; red dot "
        "more than 10% below target.",
        "|~ Ref | Measure | Target | Q2 | Rating |",
        "| VS01 | Food bank referrals supported (%) | 90 | 93.5 | {dot#00b050}On target |",
        f"| VS02 | Befriending visits completed (%) | 85 | 80.2 | {dot}Below target |",
        "| VS03 | Volunteers recruited | 120 | 96 | {dot#ff0000}Below target |",
        "2.1 VS03: two volunteer coordinators left in the summer.",
    )


def test_dot_colour_rates_over_the_words_beside_it(tmp_path: Path) -> None:
    """Before, "Below target" beside an amber dot was read by its words, as red: the dot's
    colour now rates the cell, its words the rating's description."""
    rows = kpi_rows(_outcomes("{dot#ffc000}"), tmp_path)
    assert rows == [("VS01", 93.5, "green"), ("VS02", 80.2, "amber"), ("VS03", 96.0, "red")]


def test_words_rate_a_cell_without_a_dot(tmp_path: Path) -> None:
    """Guard: a cell printing words about the target and no coloured mark is rated by its
    words ("Below target": red)."""
    rows = kpi_rows(_outcomes(""), tmp_path)
    assert ("VS02", 80.2, "red") in rows
