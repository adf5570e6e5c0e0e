"""Review of held-out round 24's KPIs-in-designed-reports fixes (big-figure tiles): small
papers another council would publish that the tile rule misread, each with a guard."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import html_page, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi
from test_heldout_round24_kpib import _state_of_the_district


def _milestones(first: str, second: str) -> str:
    return source_lines(
        "** Agenda Item 6",
        "!! Report to Cabinet",
        "Date of meeting:\t12 July 2028",
        "Report of:\tHead of Planning",
        "## Local Plan: timetable",
        "1.1 The Local Plan's milestones are shown below with progress against each.",
        "--- page ---",
        f"<> **{first}** || **{second}**",
        "<> Consultation on the draft plan || Plan submitted for examination",
        "<> Target 2026 - Complete || Target 2027 - On track",
    )


def test_regression_plan_milestone_years_are_no_tiles_figures(tmp_path: Path) -> None:
    """Before, a plan's timeline (each milestone's year in large type over its name and
    "Target 2027 - On track") read as a KPI of value 2027: a year alone is a figure to the
    tile rule. A year is a milestone's heading, not a measure's result."""
    assert kpi_rows(_milestones("2026", "2027"), tmp_path) == []


def test_regression_figure_in_thousands_is_still_a_tile(tmp_path: Path) -> None:
    """Guard: a count printed with its thousands' comma ("2,027") is a figure, whatever
    years it is close to."""
    assert kpi_rows(_milestones("1,950", "2,027"), tmp_path) == [
        ("Plan submitted for examination", 2027.0, "green")]


def _waste_update(first_line: str) -> str:
    return source_lines(
        "** Agenda Item 6",
        "!! Report to Cabinet",
        "Date of meeting:\t12 July 2028",
        "Report of:\tHead of Waste",
        "## Waste services update",
        "1.1 Performance on missed bins is shown below.",
        "--- page ---",
        first_line,
        "7",
        "Missed bins put right within two working days",
        "Target 98% - On track",
        "Of the 1,240 bins reported missed this year, 1,221 were put right within two days.",
    )


def test_regression_page_number_at_a_pages_head_is_no_tiles_figure(tmp_path: Path) -> None:
    """Before, a page whose printed number stands at its head, over a measure's name and its
    "Target 98% - On track" line, read as a KPI of value 7 (the page number). A bare number
    with none of the page's text above it is its page number."""
    assert kpi_rows(_waste_update("--- page ---"), tmp_path) == []


def test_regression_bare_figure_inside_a_page_is_still_a_tile(tmp_path: Path) -> None:
    """Guard: the same bare number with the page's text above and below it is a tile's
    figure."""
    assert kpi_rows(_waste_update("** Missed bins"), tmp_path) == [
        ("Missed bins put right within two working days", 7.0, "green")]


def _finance_at_a_glance(first: str, target: str) -> str:
    return source_lines(
        "** Agenda Item 8",
        "!! Report to Cabinet",
        "Date of meeting:\t12 November 2028",
        "Report of:\tChief Finance Officer",
        "## Revenue and Capital Monitoring - Quarter 2 2028/29",
        "1.1 This report sets out the forecast position for the year at the end of September.",
        "--- page ---",
        "## Finance at a glance",
        f"<> **{first}** || **£21.4m**",
        "<> Savings delivered to date || Capital programme spent to date",
        f"<> Target {target} - At risk || Target £30.0m - Off track",
        "2.1 The savings programme is behind plan for the reasons given in section 3.",
    )


def test_regression_budget_monitors_sums_in_tiles_are_no_kpis(tmp_path: Path) -> None:
    """Before, a budget monitor's "Finance at a glance" tiles (a sum saved or spent over its
    name and "Target £4.0m - At risk") read as KPIs of 3,200,000 and 21,400,000: sums spent
    against sums planned are a budget's lines, no KPIs, rated or not (as a budget table's
    rows are)."""
    assert kpi_rows(_finance_at_a_glance("£3.2m", "£4.0m"), tmp_path) == []


def test_regression_unit_cost_tile_is_still_a_measure(tmp_path: Path) -> None:
    """Guard: a unit cost in pounds ("£4.20", "Target £4.50") is a measure's figure."""
    assert kpi_rows(_finance_at_a_glance("£4.20", "£4.50"), tmp_path) == [
        ("Savings delivered to date", 4.2, "amber")]


def _card_refs(label: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    page = html_page(
        "<h1>Our performance: Council Plan 2028/29</h1>",
        "<p>The latest result for each measure, its target and a badge: On track, At risk or "
        "Off track.</p>",
        f'<div class="card"><p class="label">{label}</p><p class="value">87.0%</p>'
        "<h3>Residents satisfied with their local area</h3><p>Target: 85%</p>"
        "<span>On track</span></div>",
        "<p>More measures are in the full report.</p>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [(k.ref, k.latest_value) for ctx in contexts(path)
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_regression_quarter_over_a_tiles_figure_is_no_ref(tmp_path: Path) -> None:
    """Before, a stat card's period over its figure ("Q2") was read as the measure's code:
    a quarter is the period the figure is for."""
    assert _card_refs("Q2", tmp_path) == [(None, 87.0)]


def test_regression_code_over_a_tiles_figure_is_still_its_ref(tmp_path: Path) -> None:
    """Guard: a measure's code over its figure ("CS2") is its ref."""
    assert _card_refs("CS2", tmp_path) == [("CS2", 87.0)]


def test_regression_rating_words_in_brackets_need_no_capitals(tmp_path: Path) -> None:
    """Before, the key of words each with its meaning in brackets was read only where the
    words were printed in capitals ("GOOD (better than the comparison)"): another council's
    "Good (better than the comparison), Fair (within 2% of it) or Watch (worse)" made no key
    and its table no rated row. What makes the key is the list of words and meanings, not
    their type."""
    paper = _state_of_the_district("Good (better than the comparison), Fair (within 2% of "
                                   "it) or Watch (worse)")
    for word in ("GOOD", "FAIR", "WATCH"):
        paper = paper.replace(f"| {word} |", f"| {word.title()} |")
    assert sorted(rag or "" for _, _, rag in kpi_rows(paper, tmp_path)) == [
        "amber", "green", "green", "red", "red"]


def test_regression_word_in_a_sentence_with_brackets_is_no_key(tmp_path: Path) -> None:
    """Guard: words in a sentence each followed by brackets ("is rated Good (better than the
    comparison) by residents and Watch (worse) by businesses") are no list of a key."""
    paper = _state_of_the_district("as the survey has them, the district is rated Good (better "
                                   "than the comparison) by residents and Watch (worse) by "
                                   "businesses")
    for word in ("GOOD", "FAIR", "WATCH"):
        paper = paper.replace(f"| {word} |", f"| {word.title()} |")
    assert [rag for _, _, rag in kpi_rows(paper, tmp_path) if rag is not None] == []


def test_regression_overall_rating_column_rates_like_our_rating(tmp_path: Path) -> None:
    """Before, only a column headed "Our rating" marked a report's page as a rated
    dashboard's: the same table headed "Overall rating" (or "Performance rating") gave no
    rated row. A rating named by whose or of what it is rates its rows."""
    paper = _state_of_the_district("GOOD (better than the comparison), FAIR (within 2% of "
                                   "it) or WATCH (worse)").replace("Our rating", "Overall rating")
    assert sorted(rag or "" for _, _, rag in kpi_rows(paper, tmp_path)) == [
        "amber", "green", "green", "red", "red"]

