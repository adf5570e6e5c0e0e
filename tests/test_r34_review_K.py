"""Review of round 34's fix K (KPI tables and performance reports): the cases the review
found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.extract.kpis.header import read_header


def _cabinet_report(purpose: str, *table: str) -> str:
    return source_lines(
        "## Fenmoor District Council",
        "## Cabinet",
        "Date of meeting:\t14 October 2026",
        "!! Transformation Programme Update",
        "Report of:\tDirector of Resources",
        "** 1. Purpose",
        f"1.1 {purpose}",
        "** 2. Recommendation",
        "2.1 That Cabinet notes the report.",
        "** 3. Progress",
        "|% 30 14 14 14 14",
        *table,
    )


PROGRAMME_PURPOSE = ("To update Cabinet on the transformation programme; its performance "
                     "overall is steady.")


def test_regression_delivery_tracker_rated_by_dates_is_no_performance_report(
        tmp_path: Path) -> None:
    """A programme's tracker rating projects by delivery confidence, its cells dates and words
    ("March 2027", "On track"), under a report saying "performance" once: no figure is measured
    (each row's rating was taken for one), so the report stays a report."""
    paper = _cabinet_report(
        PROGRAMME_PURPOSE,
        "| Priority | Sponsor | Target date | Q2 | RAG |",
        "| Digital front door | J Smith | March 2027 | On track | {#00b050}Green |",
        "| Office move | K Jones | June 2027 | Delayed | {#ff0000}Red |",
        "| Customer portal | L Patel | May 2027 | At risk | {#ffc000}Amber |")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("report", "2026-10-14", "Cabinet")]


def test_regression_projects_rated_by_progress_is_no_performance_report(
        tmp_path: Path) -> None:
    """A table naming its rows as projects ("Project | % complete | Target % | RAG") rates
    their delivery, no service's measure, though the report speaks of its performance."""
    paper = _cabinet_report(
        PROGRAMME_PURPOSE,
        "| Project | % complete | Target % | RAG |",
        "| Digital front door | 60 | 75 | {#ffc000}Amber |",
        "| Office move | 20 | 50 | {#ff0000}Red |")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("report", "2026-10-14", "Cabinet")]


def test_regression_money_rated_against_target_is_no_performance_report(
        tmp_path: Path) -> None:
    """A rated table of money ("Directorate | Savings target £000 | Achieved £000 | RAG") is
    a budget's, whatever the prose says of performance against targets."""
    paper = _cabinet_report(
        "To report performance against the savings targets set in the budget.",
        "| Directorate | Target £000 | Achieved £000 | Rating |",
        "| Adults | 1,200 | 950 | {#ffc000}Amber |",
        "| Children's | 800 | 300 | {#ff0000}Red |",
        "| Place | 400 | 410 | {#00b050}Green |")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("report", "2026-10-14", "Cabinet")]


def test_regression_a_registers_risk_area_owner_or_ref_column_stays_out() -> None:
    """A register's column naming its rows' area, owner or ref as risks ("Risk area", "Risk
    owner", "Risk ref") heads risks, as "Key risk" does: only a risk word classing the rows'
    subject ("Risk category", "Risk band") names a measure's rows."""
    below = ["Loss of the case system", "Head of IT", "12", "6", "Amber"]
    for column in ("Risk area", "Risk owner", "Risk theme", "Risk / issue"):
        assert read_header([column, "Owner", "Current", "Target", "Rating"], below) is None
    assert read_header(["Risk ref", "Area", "Current", "Target", "Rating"],
                       ["CR1", *below[1:]]) is None


def test_a_unit_cost_rated_against_its_target_is_performance_still(tmp_path: Path) -> None:
    """Guard of the money rule: a unit cost ("Cost per visit £") is a measure's figure."""
    paper = _cabinet_report(
        "To report performance against the service's cost targets.",
        "| Service | Cost per visit £ | Target £ | Rating |",
        "| Home care | 21.50 | 20.00 | {#ffc000}Amber |",
        "| Day care | 35.00 | 38.00 | {#00b050}Green |")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("performance_report", "2026-10-14", "Cabinet")]
