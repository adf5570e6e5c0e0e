"""Review of held-out round 32's KPI and risk fixes: the plain-English report's latest
column read only under its bare words ("Where we are now"), not with the period it covers
in brackets ("Where we are now (June 2026)"), as a year's column prints its months."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_kpi_rows
from kcc_papers.extract.kpis.columns import role_of
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
