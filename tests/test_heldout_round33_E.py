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


