"""Regression tests of the review of held-out round 27's KPI and risk fixes: papers another
council would plausibly publish that the fixes' new rules misread."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, scored_risks, source_lines


def _customer_report(*rows: str) -> str:
    """A report (not a performance report) to Cabinet with a rated table of measures."""
    return source_lines(
        "%% header Brackenmoor Borough Council | Cabinet",
        "## Report to Cabinet",
        "Date of meeting:\t9 July 2028",
        "Report of:\tDirector of Resources",
        "Title:\tCustomer Access Strategy 2028-2031",
        "** 1. Recommendation",
        "1.1 That Cabinet approves the Customer Access Strategy 2028-2031.",
        "** 2. Performance",
        "2.1 The strategy builds on the service's measures for 2027/28, shown below.",
        "| Ref | Measure | Target | Actual | RAG |",
        "| CS1 | Calls answered within 60 seconds (%) | 80 | 82.4 | Green |",
        "| CS2 | Complaints answered within 10 days (%) | 90 | 71.0 | Red |",
        *rows,
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


RATED = [("CS1", 82.4, "green"), ("CS2", 71.0, "red")]


def test_regression_uncoded_context_rows_of_a_rated_report_table_are_no_kpis(
        tmp_path: Path) -> None:
    """A report's rated table printing context figures under its coded measures ("Calls
    received | 184,220", no code, target nor rating) kept them as KPIs once a rated table's
    unrated rows were kept: only a row numbered among the measures is one of them."""
    paper = _customer_report("| | Calls received | | 184,220 | |",
                             "| | Visits to the customer service centre | | 21,305 | |")
    assert kpi_rows(paper, tmp_path) == RATED


def test_coded_unrated_measure_of_a_rated_report_table_is_kept(tmp_path: Path) -> None:
    """Guard: an unrated row printing its measure's code ("CS3 | ... | - | 18,220 |") is
    still one of the table's measures."""
    paper = _customer_report("| CS3 | Web forms submitted | - | 18,220 | |")
    assert kpi_rows(paper, tmp_path) == [*RATED, ("CS3", 18220.0, None)]


def _procurement_register(score_heading: str) -> str:
    return "\n".join((
        "Procurement Strategy 2028-2031: Supply Chain Risks",
        "Report to Cabinet, 14 March 2028",
        "4. Supply chain risks",
        "4.1 Each risk is scored for likelihood and impact, each from 1 to 5.",
        f"Ref\tRisk\t{score_heading}\tTarget score\tOwner",
        "SC1\tSole supplier of road salt fails during the winter\t16\t8\tHead of Highways",
        "SC2\tFood supplier to school kitchens withdraws from the county\t12\t6\tHead of Catering",
        "",
    ))


def test_regression_current_supply_risk_score_heads_a_register(tmp_path: Path) -> None:
    """A procurement register's "Current supply risk score" (the risk to supply as it stands)
    was taken for a quantity as it stands ("Current supply") and headed no score: its risks
    were lost. A heading saying it is a risk's score heads one."""
    register = _procurement_register("Current supply risk score")
    assert scored_risks(register, tmp_path) == [("SC1", None, None, 16),
                                                 ("SC2", None, None, 12)]
