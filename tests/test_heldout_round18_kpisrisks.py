"""Regression tests for the KPI and risk-register misses of held-out round 18: a treasury
report's prudential indicators, each against the limit the council set ("Within limit"), read
as a dashboard; a register whose ids print the register's letters, a space and the risk's own
("SEND R1"); and a register whose likelihood heading is hyphenated to fit its narrow column
("Likeli-hood"). Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import kpi_rows, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _risks(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# A treasury mid-year review: its appendix sets each prudential indicator beside the limit or
# estimate Council approved, on a page turned sideways.
PRUDENTIAL = source_lines(
    "Report to:\tGovernance and Audit Committee",
    "Date of meeting:\t24th November 2027",
    "Report of:\tDirector of Finance",
    "Title:\tTreasury Management Half-Year Report 2027/28",
    "## TREASURY MANAGEMENT HALF-YEAR REPORT 2027/28",
    "** 1. Recommendation",
    "1.1 That the Committee notes the prudential indicators at 30 September 2027.",
    "--- page rotated ---",
    "** Appendix 1: Prudential Indicators 2027/28",
    "|% 34 14 14 14 24",
    "|# Indicator | @limit@ | Actual at 30/09/2027 | Forecast 31/03/2028 | Status |",
    "| Authorised limit for external debt | £310.0m | £251.2m | £262.0m | Within limit |",
    "| Operational boundary for external debt | £290.0m | £251.2m | £262.0m | Within limit |",
    "| Capital expenditure | £64.1m | £22.8m | £58.3m | Below estimate |",
    "| Ratio of financing costs to net revenue stream | 7.2% | n/a | 6.9% | Below estimate |",
    "--- page ---",
    "** 2. Compliance",
    "2.1 No indicator was breached in the half year.",
)


def test_prudential_indicators_against_limits_read_as_kpis(tmp_path: Path) -> None:
    """Before, "Indicator ... Forecast ... Status" read as a dashboard's header and each
    indicator as a KPI rated by its compliance ("Within limit" amber, "Below estimate" red)."""
    source = PRUDENTIAL.replace("@limit@", "2027/28 limit or estimate")
    assert kpi_rows(source, tmp_path) == []


def test_prudential_header_is_no_dashboards() -> None:
    cells = ["Indicator", "Approved limit", "Actual", "Status"]
    assert read_header(cells, ["Authorised limit", "£310.0m", "£251.2m", "Within limit"]) is None


def test_a_dashboard_with_a_target_beside_a_limit_is_read() -> None:
    """Guard: a column of limits beside a target is a dashboard's tolerance, not a treasury
    table's ceiling: the header is read."""
    cells = ["Indicator", "Target", "Tolerance limit", "Actual", "Status"]
    header = read_header(cells, ["Calls answered (%)", "90", "85", "88", "Amber"])
    assert header is not None and header.kind == "kpi"
