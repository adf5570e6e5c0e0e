"""Review of round 38's fix K2 (KPIs told in paragraphs under their headings, a carbon budget as
the target emissions are rated against, figures printed with their weight): the cases the review
found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines

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


def test_regression_told_paragraph_over_a_page_turn(tmp_path: Path) -> None:
    """A measure's heading printed last on its page, its paragraph at the top of the next, was
    read as no KPI: the paragraph was read on the heading's page only, and the running footer
    and header between them opened it with words. A paragraph runs on over the page, the
    paper's running headers and footers no part of it."""
    source = source_lines(
        "%% header Westerholm Borough Council",
        "%% footer Overview and Scrutiny Committee - 9 June 2027 - Page {page} of {pages}",
        *_TOLD_OPENING,
        "** HR01 Household waste recycled or composted",
        "Target 46%. Actual 44.1% (Amber). Last year: 45.2%.",
        "** HR02 Calls answered within two minutes",
        "--- page ---",
        "Target 92%. Actual 89.5% (Amber). Last year: 93.1%.",
        "** HR05 Average days to pay supplier invoices",
        "Target 10 days. Actual 7.2 days. Status: Green.",
    )
    assert kpi_rows(source, tmp_path) == [
        ("HR01", 44.1, "amber"), ("HR02", 89.5, "amber"), ("HR05", 7.2, "green")]


def test_regression_told_paragraph_under_its_number(tmp_path: Path) -> None:
    """A measure's paragraph numbered as a report numbers its paragraphs ("3.2 Target 92%.
    Actual 89.5% (Amber).") was read as no KPI: the number was read as the start of its
    first sentence, which then named no label."""
    source = source_lines(
        *_TOLD_OPENING,
        "** HR02 Calls answered within two minutes",
        "2.1 Target 92%. Actual 89.5% (Amber). Last year: 93.1%.",
        "** HR05 Average days to pay supplier invoices",
        "2.2 Target 10 days. Actual 7.2 days. Status: Green.",
    )
    assert kpi_rows(source, tmp_path) == [("HR02", 89.5, "amber"), ("HR05", 7.2, "green")]


def test_regression_told_label_naming_its_period(tmp_path: Path) -> None:
    """A label naming the period its figure is for ("Actual Q4: 89.5%", "Q4 actual 7.2 days",
    "Target 2026/27: 92%") was read as no label, or its period as the figure: the period is
    the label's. Guard: a paragraph telling the latest figure for two periods ("Actual
    2025/26: 89%. Actual 2026/27: 91%."), or a figure under a period alone ("2026/27: 4%"),
    does not say which is the latest, and is no KPI."""
    source = source_lines(
        *_TOLD_OPENING,
        "** HR02 Calls answered within two minutes",
        "Target 2026/27: 92%. Actual Q4: 89.5% (Amber). The regional average was 87%.",
        "** HR05 Average days to pay supplier invoices",
        "Target 10 days. Q4 actual 7.2 days (Green).",
        "** HR07 Complaints answered within ten working days",
        "Target 90%. Actual 2025/26: 89%. Actual 2026/27: 91% (Green).",
        "** HR08 Calls abandoned",
        "Target 5%. 2025/26: 6%. 2026/27: 4% (Green).",
    )
    assert kpi_rows(source, tmp_path) == [("HR02", 89.5, "amber"), ("HR05", 7.2, "green")]


def _carbon_programme(header: str, *rows: str) -> str:
    return source_lines(
        *_TOLD_OPENING[:4],
        "** 1. Climate Emergency Capital Programme",
        "1.1 The table sets each project's spend against its budget for 2026/27.",
        "|% 10 30 20 20 20",
        header,
        *rows,
    )


def test_regression_carbon_budget_of_money_is_a_budget(tmp_path: Path) -> None:
    """A climate programme's "Carbon budget (£000)" column, or a "Carbon budget" column of
    sums of money, was read as a target, its projects' spend rated against it as KPIs: a
    budget of a quantity is a target only where it is no sum of money, its heading naming
    none and its cells printing none."""
    assert kpi_rows(_carbon_programme(
        "|# Ref | Project | Carbon budget (£000) | Actual spend (£000) | RAG |",
        "| C1 | LED street lights | 1,200 | 950 | {#00b050}Green |",
        "| C2 | Solar panels on the depot | 400 | 420 | {#ffc000}Amber |"), tmp_path) == []
    assert kpi_rows(_carbon_programme(
        "|# Ref | Project | Carbon budget | Actual | RAG |",
        "| C1 | LED street lights | £1,200,000 | £950,000 | {#00b050}Green |",
        "| C2 | Solar panels on the depot | £400,000 | £420,000 | {#ffc000}Amber |"),
        tmp_path) == []


def test_regression_risks_told_in_paragraphs_are_no_kpis(tmp_path: Path) -> None:
    """A performance report's strategic risks, each told as its measures are (a heading of its
    code and name over "Current score 16 (Red). Target score 6."), were read as KPIs: a
    paragraph labelling a risk's score, or scoring its likelihood and impact ("Likelihood 3,
    impact 4"), is a risk's, as a card of such fields is (``cards.sum_or_risk``)."""
    source = source_lines(
        *_TOLD_OPENING,
        "** CP01 Household waste sent for reuse, recycling and composting",
        "Target 46%. Actual 44.1% (Amber). Last year: 45.2%.",
        "** 3. Strategic risks",
        "** SR1 Failure of the waste collection contract",
        "Current score 16 (Red). Target score 6. Mitigation is in hand.",
        "** SR3 Cyber attack on the Council's systems",
        "Target 6. Current 12 (Amber). Likelihood 3, impact 4.",
    )
    assert kpi_rows(source, tmp_path) == [("CP01", 44.1, "amber")]


def test_regression_told_label_parted_from_its_figure_by_a_dash(tmp_path: Path) -> None:
    """A label parted from its figure by a dash ("Target - 92%. Actual - 89.5% (Amber).") was
    read with the dash as a minus sign (-89.5 against -92), or, an en dash ("Actual – 7.2
    days"), as no label: the dash parts them as a colon does; a minus sign set against its
    digits is the figure's ("Actual -12")."""
    source = source_lines(
        *_TOLD_OPENING,
        "** HR02 Calls answered within two minutes",
        "Target - 92%. Actual - 89.5% (Amber).",
        "** HR05 Average days to pay supplier invoices",
        "Target – 10 days. Actual – 7.2 days (Green).",
        "** HR06 Net change in jobs in the borough",
        "Target 50. Actual -12 (Red).",
    )
    assert kpi_rows(source, tmp_path) == [
        ("HR02", 89.5, "amber"), ("HR05", 7.2, "green"), ("HR06", -12.0, "red")]
