"""Review of held-out round 32's KPI and risk fixes: the plain-English report's latest
column read only under its bare words ("Where we are now"), not with the period it covers
in brackets ("Where we are now (June 2026)"), as a year's column prints its months; the
plain-English register's factors read only as the one paper put them ("How likely (1 to
5) | How bad"), not asked as a question ("How likely is it to happen?", its "likely is"
joined by the mend of a narrow column's broken word) nor "How serious"."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import html_kpi_rows, html_page, html_table
from kcc_papers.extract import risks
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.models import Risk
from test_heldout_round32_kpisrisks import PLAIN_KPIS, _plain_measures


def test_regression_where_we_are_now_with_its_period_is_the_latest(tmp_path: Path) -> None:
    """Before, "Where we are now (June 2026)" named no column: the table gave no KPI,
    though the same heading without its date gave all three."""
    assert html_kpi_rows(_plain_measures("Where we are now (June 2026)", "How are we doing?"),
                         tmp_path) == PLAIN_KPIS
    assert html_kpi_rows(_plain_measures("Where we are now (April to June 2026)",
                                         "How are we doing?"), tmp_path) == PLAIN_KPIS


def test_regression_where_we_are_now_with_its_unit_is_the_latest() -> None:
    """Before, a unit in brackets ("Where we are now (%)") left the heading unnamed; the bare
    heading is the latest as it was, and a heading of another plain-English column ("Where
    we want to be") is none of it."""
    assert role_of("Where we are now") == "latest"
    assert role_of("Where we are now (%)") == "latest"
    assert role_of("Where we want to be") is None


def _register_risks(likely: str, bad: str, tmp_path: Path) -> list[tuple[str, int | None,
                                                                     int | None, int | None]]:
    """(id; likelihood; impact; score) of each risk of a plain-English page's register."""
    path = tmp_path / "page.html"
    path.write_text(html_page(
        "<h1>Keeping older people warm: report to the Health and Wellbeing Board</h1>",
        "<h2>What could go wrong</h2>",
        "<p>We give each risk a number from 1 to 5 for how likely it is and for how serious it "
        "would be. The score is the two numbers multiplied together.</p>",
        html_table(["Risk number", "What could go wrong", likely, bad, "Score",
                    "What we are doing"], [
            ["WR-01", "Fewer people apply for the warm homes grant", "3", "4", "12",
             "Letters to every household on pension credit"],
            ["WR-02", "Heating engineers are not available in winter", "2", "5", "10",
             "Framework of local firms"]])), encoding="utf-8")
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(path) for r in risks.extract(ctx) if isinstance(r, Risk)]


REGISTER_RISKS = [("WR-01", 3, 4, 12), ("WR-02", 2, 5, 10)]


def test_regression_how_likely_asked_as_a_question(tmp_path: Path) -> None:
    """Before, "How likely is it to happen?" reached the headings as "How likelyis it to
    happen?" (a narrow column's broken word mended) and named no factor: each risk lost its
    likelihood, though the heading's own test said it named one."""
    assert _register_risks("How likely is it to happen?", "How bad would it be?",
                           tmp_path) == REGISTER_RISKS


def test_regression_how_serious_is_the_impact(tmp_path: Path) -> None:
    """Before, "How serious" (the plain-English word for severity, beside "How likely")
    named no factor: each risk lost its impact."""
    assert _register_risks("How likely (1 to 5)", "How serious (1 to 5)",
                           tmp_path) == REGISTER_RISKS
    assert _register_risks("How likely is it?", "How serious would it be?",
                           tmp_path) == REGISTER_RISKS
