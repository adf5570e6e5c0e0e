"""Regression tests for the KPI misses of held-out round 33's health and audit papers: an
internal audit report's own indicators beside last year's outturn, under "<year> to date"; a
scrutiny committee's table of NHS standards headed "Standard | National standard"; a text
pack's spaced metrics table whose measure's name wraps onto an indented line, a budget table
under it headed in two-digit years; a public health report's comparisons with England rated
by a footnote's key. Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis.columns import role_of

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


