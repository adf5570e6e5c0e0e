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


# A partnership board's register: each id the register's letters, a space, the risk's own.
SPACED_IDS = source_lines(
    "## Children's Partnership Board",
    "** Item 6: Early Help Risk Register - position at 31st January 2028",
    "Report to:\tChildren's Partnership Board",
    "Date of meeting:\t14th February 2028",
    "L = likelihood (1-5), I = impact (1-5). Score = L x I.",
    "--- page rotated ---",
    "|% 8 30 16 5 5 7 9 20",
    "|# Risk ID | Risk | Owner | L | I | Score | Direction | Key controls |",
    "| EH R1 | Waiting times for family support grow beyond eight weeks | Head of Early Help "
    "| 4 | 4 | 16 | Up | Duty triage |",
    "| EH R2 | Loss of the family hubs grant from April 2029 | Director of Children's Services "
    "| 3 | 5 | 15 | Same | Sustainability plan |",
    "| EH R3 | Partner referrals lack consent | Partnership Manager | 2 | 3 | 6 | Down "
    "| Referral form revised |",
)


def test_ids_of_register_letters_space_and_number_unread(tmp_path: Path) -> None:
    """Before, no row of the register was read: "EH R1" fitted none of the shapes of a new
    row's id, so the table held no risk."""
    assert _risks(SPACED_IDS, tmp_path) == [
        ("EH R1", 4, 4, 16), ("EH R2", 3, 5, 15), ("EH R3", 2, 3, 6)]


# A joint committee's register: the inherent score, then the current factors (the likelihood's
# heading hyphenated to fit its narrow column) and score; its RAG by colour alone.
HYPHENATED = source_lines(
    "## Joint Archives Committee",
    "** Archive Service Risk Register",
    "Report to:\tJoint Archives Committee",
    "Date of meeting:\t3rd February 2028",
    "--- page rotated ---",
    "|% 8 34 10 10 7 7 9 6 32",
    "|# Risk ID | Risk description | Owner | Inherent score | Likeli-hood | Impact "
    "| Current score | RAG | Key controls |",
    "| AR01 | Flood damage to the strongrooms | Archives Manager | 20 | 2 | 5 | 10 "
    "| {ding#ffc000} | Flood barriers; salvage plan |",
    "| AR02 | Search room income below budget | Archives Manager | 12 | 3 | 3 | 9 "
    "| {ding#ffc000} | Charging review |",
    "| AR03 | Loss of accredited status | Head of Service | 15 | 1 | 5 | 5 "
    "| {ding#00b050} | Annual policy review |",
)


def test_hyphenated_likelihood_heading_unread(tmp_path: Path) -> None:
    """Before, "Likeli-hood" (which the text layer broke again at the column's edge,
    "Likeli-h ood") named no column: each risk lost its likelihood."""
    assert _risks(HYPHENATED, tmp_path) == [
        ("AR01", 2, 5, 10), ("AR02", 3, 3, 9), ("AR03", 1, 5, 5)]
