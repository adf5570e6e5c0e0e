"""Regression tests for the KPI misses of held-out round 33's health and audit papers: an
internal audit report's own indicators beside last year's outturn, under "<year> to date"; a
scrutiny committee's table of NHS standards headed "Standard | National standard"; a text
pack's spaced metrics table whose measure's name wraps onto an indented line, a budget table
under it headed in two-digit years; a public health report's comparisons with England rated
by a footnote's key. Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import KpiRow, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.compared import compared_rag, comparison_key
from kcc_papers.extract.kpis.period_names import named_with_period
from kcc_papers.load.aligned import aligned_tables
from kcc_papers.load.text import split_pages
from kcc_papers.models import Kpi

# ---------------------------------------------------------------- a year's figure so far
# ("2029/30 to date") beside last year's outturn, rated by fill alone

AUDIT_PAPER = source_lines(
    "## Brackenmoor District Council",
    "** Audit Committee - 14 March 2030",
    "## Internal Audit Progress Report",
    "** 1. Recommendation",
    "1.1 The Committee is asked to note the progress made against the audit plan.",
    "** 4. Service performance",
    "4.1 Key: green fill - target met; amber fill - within 10% of target; red fill - more "
    "than 10% short of target.",
    "|% 8 44 12 14 14 8",
    "|# Ref | Indicator | Target | 2028/29 outturn | 2029/30 to date | RAG |",
    "| AP1 | Audit days delivered against the plan (%) | 90% | 96% | 88% | {#ffc000} |",
    "| AP2 | Final reports issued within 10 days of draft | 85% | 70% | 91% | {#00b050} |",
    "| AP3 | Actions overdue by more than three months | 5% | 4% | 12% | {#ff0000} |",
    "| AP4 | Investigations opened | Data only | 31 | 22 |  |",
    "4.2 Overdue actions are reported to the Management Team each month.",
)


def test_year_to_date_is_the_latest_beside_last_years_outturn(tmp_path: Path) -> None:
    """Before, "2029/30 to date" named no role, so the closed year's outturn beside it was
    read as each row's figure: a year's figure so far is the latest, an earlier year's
    outturn last year's; the data-only row is a KPI with no rating."""
    assert kpi_rows(AUDIT_PAPER, tmp_path) == [
        ("AP1", 88.0, "amber"), ("AP2", 91.0, "green"), ("AP3", 12.0, "red"),
        ("AP4", 22.0, None)]


def test_to_date_names_the_latest_only_after_a_year() -> None:
    """Guard: a year's state "to date" is the latest; a money column so far ("Spend to date")
    keeps its year-so-far role, and a column of dates ("Review date") none."""
    assert role_of("2029/30 to date") == "latest"
    assert role_of("Spend to date") != "latest"
    assert role_of("Review date") is None


# ---------------------------------------------------------------- standards named under
# "Standard", beside the figure each sets under "National standard"

def _standards_paper(first_cells: tuple[str, str]) -> str:
    return source_lines(
        "## Wealdshire County Council",
        "By:\tScrutiny Research Officer",
        "To:\tAdult Social Care Scrutiny Committee - 9 October 2026",
        "Subject:\tCommunity Health Services - Summer Pressures",
        "** Recommendation(s):",
        "The Committee is asked to note the report.",
        "1.1 Performance against the national standards is below. Rating: Green - standard "
        "met; Amber - within 5 points of the standard; Red - more than 5 points below it.",
        "|# Standard | National standard | June 2026 | September 2026 | Rating |",
        f"| {first_cells[0]} | 70% | 64.0% | {first_cells[1]} | Amber |",
        "| Urgent responses within two hours | 70% | 81.2% | 83.5% | Green |",
        "| Patients discharged by midday | 33% | 22.9% | 24.1% | Red |",
    )


def test_standards_named_under_standard_are_read(tmp_path: Path) -> None:
    """Before, a header naming two columns by a target's words and none by a measure's was
    not read with the row below, which alone tells the first column holds the names."""
    paper = _standards_paper(("Virtual ward occupancy", "67.2%"))
    assert kpi_rows(paper, tmp_path) == [
        ("Virtual ward occupancy", 67.2, "amber"),
        ("Urgent responses within two hours", 83.5, "green"),
        ("Patients discharged by midday", 24.1, "red")]


def test_standards_column_of_figures_names_no_measure(tmp_path: Path) -> None:
    """Guard: where the first "Standard" column prints a figure under it, neither column
    names the measures, and the table is read as no dashboard."""
    lines = _standards_paper(("Virtual ward occupancy", "67.2%")).splitlines()
    figures = [line.replace("| Virtual ward occupancy |", "| 75% |")
               .replace("| Urgent responses within two hours |", "| 60% |")
               .replace("| Patients discharged by midday |", "| 30% |") for line in lines]
    assert kpi_rows(source_lines(*figures), tmp_path) == []


# ---------------------------------------------------------------- a spaced text table whose
# measure's name wraps onto a line set in under it, a budget table below it

METRICS_PAPER = "\n".join((
    "Borough of Kestleford                                     Agenda Item 6",
    "",
    "Report to:        Health and Wellbeing Board",
    "Date of meeting:  12 November 2025",
    "Title:            Integrated Care Metrics Quarter 2 Return 2025/26",
    "",
    "1.1 That the Board notes the quarter 2 return.",
    "",
    "2.1 The metrics are reported against the plan. Status key: On track = green; At risk ="
    " amber; Not on track = red.",
    "",
    "Metric                                          Plan 25/26   Q2 actual   Status",
    "---------------------------------------------   ----------   ---------   ------------",
    "Hospital discharges before noon (%)                  35.0        31.9   At risk",
    "Older people supported at home 91 days after",
    "  leaving hospital (%)                               82.0        84.3   On track",
    "Falls admissions (per 100,000 aged 65+)             1,850       2,020   Not on track",
    "",
    "2.2 Spend against the pooled fund is shown for information.",
    "",
    "Fund line                       Budget 25/26    Spend Q2",
    "-----------------------------   ------------    --------",
    "Reablement services              £4,120,000  £2,031,000",
    "Carers' breaks                     £960,000    £402,000",
    "",
))


def text_kpi_rows(text: str, tmp_path: Path) -> list[KpiRow]:
    """(description; latest value; latest RAG) of each KPI of a small text paper."""
    return [(k.description, k.latest_value, k.latest_rag)
            for ctx in text_contexts(text, None, tmp_path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_name_wrapped_onto_an_indented_line_is_one_row(tmp_path: Path) -> None:
    """Before, a measure's name alone on its first line, its rest and figures on a line set in
    under it, ended the table (the rows after it lost); and the budget table under it, headed
    "Budget 25/26", was read as more of the dashboard: a two-digit year beside a word names a
    column as a four-digit one does."""
    assert text_kpi_rows(METRICS_PAPER, tmp_path) == [
        ("Hospital discharges before noon (%)", 31.9, "amber"),
        ("Older people supported at home 91 days after leaving hospital (%)", 84.3, "green"),
        ("Falls admissions (per 100,000 aged 65+)", 2020.0, "red")]


def _table(*lines: str) -> list[list[str]]:
    (page,) = split_pages("\n".join(lines) + "\n")
    (table,) = aligned_tables(page)
    return [[c.text for c in row] for row in table.rows]


def test_indented_row_after_a_full_row_is_a_row_of_its_own() -> None:
    """Guard: a line set in under a row that printed all its cells (a part of the row above,
    "of which") is a row of its own; only a row short of its cells runs on."""
    assert _table(
        "Measure                          Target    Actual    Status",
        "Admissions (number)                 500       488    Green",
        "  of which emergency                300       320    Red",
        "Readmissions (number)                40        38    Green",
    ) == [["Measure", "Target", "Actual", "Status"],
          ["Admissions (number)", "500", "488", "Green"],
          ["of which emergency", "300", "320", "Red"],
          ["Readmissions (number)", "40", "38", "Green"]]


def test_two_digit_year_names_a_column_beside_words_only() -> None:
    """Guard: a two-digit year alone, or a code, is no column's name."""
    assert named_with_period("Budget 25/26")
    assert not named_with_period("25/26")
    assert not named_with_period("HW1")


# ---------------------------------------------------------------- comparisons with England
# rated by a footnote's key of the ratings

def _profile(note: str) -> str:
    return source_lines(
        "## Fenmarsh City Council",
        "** Report to Cabinet - 4 March 2027",
        "## Director of Public Health Annual Report 2026",
        "** 1. Recommendations",
        "Cabinet is recommended to receive the annual report.",
        "** 2. Introduction",
        "The report compares Fenmarsh with England[^1].",
        f"[^1]: {note}",
        "** 3. Indicators",
        "|% 10 40 12 12 12 14",
        "| PHOF ref | Indicator | Period | Fenmarsh | England | Compared with England |",
        "| B01 | Excess weight in adults (%) | 2025/26 | 66.1% | 64.0% | "
        "{dot#c00000}Significantly worse |",
        "| B02 | Physically active adults (%) | 2025/26 | 67.9% | 67.1% | {dot#ffc000}Similar |",
        "| B03 | Breastfeeding at 6 to 8 weeks (%) | 2025/26 | 55.2% | 49.2% | "
        "{dot#00b050}Significantly better |",
        "| B04 | Adults walking for travel (%) | 2018/19 | 22.4% | 22.9% | Not compared |",
    )


def test_comparison_rated_by_the_papers_key(tmp_path: Path) -> None:
    """Before, a comparison with England was left unrated though a footnote's key rates its
    words ("Green = significantly better than England; ..."): the key's meaning is the
    cell's words and what they are compared with. A row the key does not rate stays a KPI,
    unrated."""
    note = ("Rated by the 95% confidence interval of the Fenmarsh value: Green = significantly"
            " better than England; Amber = similar to England; Red = significantly worse than"
            " England.")
    assert kpi_rows(_profile(note), tmp_path) == [
        ("B01", 66.1, "red"), ("B02", 67.9, "amber"), ("B03", 55.2, "green"),
        ("B04", 22.4, None)]


def test_comparison_unrated_without_a_key_of_ratings(tmp_path: Path) -> None:
    """Guard: the column's colours described in words of another form, and a key whose
    meanings are no cell's words and what they are compared with, rate nothing."""
    note = ("Colour of the last column: green, significantly better than England; yellow,"
            " similar; red, significantly worse.")
    assert kpi_rows(_profile(note), tmp_path) == [
        ("B01", 66.1, None), ("B02", 67.9, None), ("B03", 55.2, None), ("B04", 22.4, None)]
    key = comparison_key(["Green = significantly better than England;",
                          "Red = significantly worse than England."])
    assert compared_rag("Significantly", key) is None
    assert compared_rag("Significantly better", key) == "green"
