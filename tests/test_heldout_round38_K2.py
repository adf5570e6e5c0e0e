"""Regression tests for the misses of held-out round 38 (family K2, KPIs in new forms): a
performance report telling each measure in a short paragraph under its heading ("Target 46%.
Actual 44.1% (Amber)."), read as no KPIs; a climate report's emissions rated against a carbon
budget, read as a budget monitor's table; a waste dashboard's figure printed with its weight
("118 kg"), read as no figure. Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.normalise.numbers import parse_value

# ------------------------------------------------ KPIs told in paragraphs under their headings

_TOLD_OPENING = (
    "## Westerholm Borough Council",
    "** Overview and Scrutiny Committee",
    "Meeting date:\t9 June 2027",
    "Title:\tQuarterly Performance Report - Quarter 4 2026/27",
    "** 1. Purpose",
    "1.1 This report sets out performance against the Council's key performance indicators"
    " for quarter 4. Each measure is told below under its code and name.",
    "** 2. Performance by measure",
)


def test_kpis_told_in_paragraphs_under_their_headings(tmp_path: Path) -> None:
    """Before, a measure told as a bold heading of its code and name over a paragraph opening
    "Target 92%. Actual 89.5% (Amber)." was read as no KPI: no table, card or tile held it.
    The paragraph's opening run of labelled figures tells the measure's target, its latest
    figure and the rating in brackets after it (or in a sentence of its own, "Status:
    Red"); the figures after the run (last year's, a regional average's) are context."""
    source = source_lines(
        *_TOLD_OPENING,
        "** HR02 Calls answered within two minutes",
        "Target 92%. Actual 89.5% (Amber). Last year: 93.1%. The regional average was 87%.",
        "** HR05 Average days to pay supplier invoices",
        "Target 10 days. Actual 7.2 days. Status: Green. A year ago the figure was 11 days.",
        "** HR09 Empty homes brought back into use",
        "Target 40. Actual 26 (Red). Two schemes slipped into the new year.",
    )
    assert kpi_rows(source, tmp_path) == [
        ("HR02", 89.5, "amber"), ("HR05", 7.2, "green"), ("HR09", 26.0, "red")]


def test_paragraphs_not_opening_with_labelled_figures_are_no_kpis(tmp_path: Path) -> None:
    """Guard: a heading over prose that speaks of a target and an actual figure in its own
    words, or over one labelled figure with no target nor rating, tells no KPI; nor does a
    labelled run that starts after the paragraph's first sentence, nor one after a sentence
    opening with words and a figure ("In 2026 the team ...") that names no column."""
    source = source_lines(
        *_TOLD_OPENING,
        "** HR02 Calls answered within two minutes",
        "In the quarter 89.5% of calls were answered in time against a target of 92%.",
        "** HR05 Average days to pay supplier invoices",
        "Actual 7.2 days. Invoices are now scanned on receipt.",
        "** HR09 Empty homes brought back into use",
        "Two schemes slipped into the new year. Target 40. Actual 26 (Red).",
        "** HR11 Food hygiene inspections completed",
        "In 2026 the team inspected 412 premises. Actual 96% (Green).",
    )
    assert kpi_rows(source, tmp_path) == []


# ------------------------------------------------ emissions rated against a carbon budget

def _emissions_report(budget_heading: str, unit_note: str) -> str:
    return source_lines(
        "## Fennick District Council",
        "** Environment Committee",
        "Date of meeting:\t3 May 2027",
        "Subject:\tNet Zero Programme - Annual Update 2026/27",
        "** 1. Recommendation",
        "1.1 That the Committee notes the update.",
        "** 2. The Council's own emissions",
        f"2.1 The table sets this year's emissions against the budget for the year. {unit_note}",
        "|% 36 16 16 16 12",
        f"| Source | Baseline 2020/21 | {budget_heading} | Actual 2026/27 | RAG |",
        "| Depots and offices | 3,120 | 2,400 | 2,515 | {#ffc000}Amber |",
        "| Refuse vehicles | 1,880 | 1,500 | 1,420 | {#00b050}Green |",
        "| Street lights | 900 | 600 | 580 | {#00b050}Green |",
        "| Leisure centres | 2,640 | 1,900 | 2,260 | {#ff0000}Red |",
        "Red: more than 10% over budget; Amber: up to 10% over; Green: within budget.",
    )


def test_emissions_rated_against_a_carbon_budget_are_kpis(tmp_path: Path) -> None:
    """Before, a rated table of emissions against a "Carbon budget 2026/27" column was read as
    a budget monitor's (a column named a budget) and gave no KPI. A budget of a quantity
    (carbon, emissions) is the target the figures are rated against; the baseline is a
    comparator, not the value."""
    source = _emissions_report("Carbon budget 2026/27", "Figures are tonnes of CO2e.")
    assert kpi_rows(source, tmp_path) == [
        ("Depots and offices", 2515.0, "amber"), ("Refuse vehicles", 1420.0, "green"),
        ("Street lights", 580.0, "green"), ("Leisure centres", 2260.0, "red")]


def test_money_budget_rated_table_stays_no_kpis(tmp_path: Path) -> None:
    """Guard: the same table under a budget of money ("Budget 2026/27 (£000)") is a budget
    monitor's, rated or not: no KPIs."""
    source = _emissions_report("Budget 2026/27 (£000)", "Figures are in £000.")
    assert kpi_rows(source, tmp_path) == []


# ------------------------------------------------ a figure printed with its weight

def test_figure_with_its_weight_is_the_value(tmp_path: Path) -> None:
    """Before, a dashboard's cell "231 kg" (residual waste per household) was read as no figure
    and its KPI had no value. A figure printed with a unit of weight is its figure; a bare
    letter after a figure ("12 t") is still not read as one."""
    source = source_lines(
        "## Orrin Vale Council",
        "** Neighbourhoods Committee",
        "Meeting date:\t14 October 2027",
        "Title:\tStreet Scene Performance - Quarter 2 2027/28",
        "** Summary",
        "This report sets out performance against the street scene key performance indicators.",
        "|% 10 42 14 14 12",
        "|# Ref | Indicator | Target | Q2 2027/28 | RAG |",
        "| SS1 | Residual waste per household (kg) | 220 kg | 231 kg | {#ffc000}A |",
        "| SS2 | Food waste collected (tonnes) | 1,150 tonnes | 1,214 tonnes | {#00b050}G |",
        "| SS3 | Bins repaired within 5 days | 95% | 97% | {#00b050}G |",
        "| SS4 | Graffiti removed within 48 hours | 90% | 78% | {#ff0000}R |",
    )
    assert kpi_rows(source, tmp_path) == [("SS1", 231.0, "amber"), ("SS2", 1214.0, "green"),
                                          ("SS3", 97.0, "green"), ("SS4", 78.0, "red")]
    assert parse_value("12 t").value is None
