"""Review of held-out round 23's KPI fixes (batch f: BI-tool cards, symbol keys, exception
reports): the rules they added, tried on small papers of other councils where they must not
fire, or must fire otherwise."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from test_heldout_round23_kpif import _text_kpis

RULE = "-" * 70


def _directorate_summary_and_table() -> str:
    """A summary of each directorate as a borderless table of two columns, its second column
    speaking of targets; then a table of measures naming each one's directorate, unrated."""
    return source_lines(
        "## NORTHMOOR BOROUGH COUNCIL",
        "!! Quarter 2 Performance Report 2027/28",
        "** Cabinet - 14 November 2027",
        "1.1 The summary below gives each directorate's position at Quarter 2.",
        "|- Directorate | Summary |",
        "| Housing | Two of four measures are below target |",
        "| Environment | All measures are within target |",
        "| Resources | All measures met or better than target |",
        "1.2 The indicators are listed below.",
        "|% 8 40 16 10 10",
        "| Ref | Indicator | Directorate | Target | Q2 |",
        "| PI01 | Homes built | Housing | 120 | 98 |",
        "| PI02 | Waste recycled (%) | Environment | 45% | 47% |",
        "| PI03 | Invoices paid on time (%) | Resources | 95% | 96% |",
    )


def test_regression_two_column_summary_of_words_is_no_key(tmp_path: Path) -> None:
    """A borderless two-column summary ("Housing | Two of four measures are below target") is
    no key of marks: before, its first column's words were read as marks the target meanings
    rate, so the measures' Directorate column became their status column ("Housing": red)."""
    assert kpi_rows(_directorate_summary_and_table(), tmp_path) == [
        ("PI01", 98.0, None), ("PI02", 47.0, None), ("PI03", 96.0, None)]


def _card_grid(subtitle: str) -> str:
    """Two Power BI cards side by side, each card's period under its name, then its figure."""
    return source_lines(
        "## ASHCOMBE DISTRICT COUNCIL",
        "!! Quarter 3 Performance Dashboard 2026/27",
        "** Overview and Scrutiny Board - 3 March 2027",
        "1.1 The dashboard below is exported from the Council's Power BI performance app.",
        "** Appendix 1 - Performance Dashboard",
        "<> **Homes in temporary accommodation** || **Missed bins per 100,000 collections**",
        f"<> {subtitle} || {subtitle}",
        "<> 412 || 38",
        "<> Target: 350 || Target: 50",
        "<> Status: Red || Status: Green",
        "<> ______________________ || ______________________",
    )


def test_regression_tile_period_subtitle_is_no_figure(tmp_path: Path) -> None:
    """A card's period on its own line under its name ("Quarter 3", "December 2026") names
    when its figure is for: before, read as a label and its figure ("Quarter" a latest
    column's word), it became the card's latest (3, 2026) and the figure under it was lost."""
    for subtitle in ("Quarter 3", "Month 9", "December 2026"):
        folder = tmp_path / subtitle.replace(" ", "")
        folder.mkdir()
        assert kpi_rows(_card_grid(subtitle), folder) == [
            ("Homes in temporary accommodation", 412.0, "red"),
            ("Missed bins per 100,000 collections", 38.0, "green")], subtitle


def _ruled_block(code: str, name: str, *lines: str) -> str:
    return "\n".join([RULE, f"  {code}  {name}", RULE, *lines, ""])


def _text_report(*blocks: str) -> str:
    return "\n".join([
        "                   KINGSFORD BOROUGH COUNCIL",
        "",
        "  Report to:       Cabinet",
        "  Date:            9 November 2026",
        "",
        "           QUARTER 2 2026/27 PERFORMANCE AND FINANCE REPORT",
        "",
        "1.  PURPOSE",
        "",
        "1.1  This report sets out the indicators rated Red or Amber at the end of",
        "     Quarter 2, the budget position and the corporate risks.",
        "",
        *blocks,
        "6.  FINANCIAL IMPLICATIONS",
        "",
        "6.1  None.",
        "",
    ])


def test_regression_ruled_budget_and_risk_blocks_are_no_cards(tmp_path: Path) -> None:
    """A text pack prints its budget lines and its risks as it prints its exception cards, a
    code and name over a rule: a block whose fields name a budget ("Budget: £45.2m",
    "Forecast outturn: £47.1m") or a risk's score ("Current score: 16") is no measure's
    card. Before, each was a KPI (a forecast of spend, a risk's score as the latest)."""
    text = _text_report(
        "2.  EXCEPTIONS",
        "",
        _ruled_block("HR02", "Appraisals completed on time (%)",
                     "  Polarity: Higher is better      Target: 90.0%",
                     "  Q1 2026/27: 84.0% (Amber)       Q2 2026/27: 71.5%      Status: RED"),
        "3.  BUDGET MONITORING",
        "",
        _ruled_block("REV01", "Adult Social Care",
                     "  Budget: £45.2m      Forecast outturn: £47.1m      Variance: £1.9m",
                     "  Status: RED"),
        "4.  CORPORATE RISKS",
        "",
        _ruled_block("SR03", "Cyber attack disrupts council services",
                     "  Current score: 16      Target score: 8", "  Status: RED"),
        _ruled_block("SR04", "Failure to recruit social workers",
                     "  Current risk score: 12      Target risk score: 6      Rating: Amber"),
    )
    assert _text_kpis(text, tmp_path) == [("HR02", 71.5, "red")]


def test_regression_card_quarters_latest_first_keep_the_first(tmp_path: Path) -> None:
    """A card printing its quarters with no year, the latest first ("Q2: 31   Q1: 35"), has
    the first for its latest: before, the quarter printed after was taken as the later
    whatever it named. Quarters in turn ("Q1: 84.0%   Q2: 71.5%"), and the year's last
    quarter before the next year's first ("Q4: 3   Q1: 7"), still give the second."""
    text = _text_report(
        "2.  EXCEPTIONS",
        "",
        _ruled_block("HO05", "Average days to re-let council homes",
                     "  Polarity: Lower is better      Target: 25",
                     "  Q2: 31       Q1: 35      Status: RED"),
        _ruled_block("HO06", "Repairs completed on time (%)",
                     "  Polarity: Higher is better      Target: 90.0%",
                     "  Q1: 84.0%       Q2: 71.5%      Status: RED"),
        _ruled_block("HO07", "Households in bed and breakfast",
                     "  Polarity: Lower is better      Target: 0",
                     "  Q4: 3       Q1: 7      Status: RED"),
        _ruled_block("HO08", "Rent collected (%)",
                     "  Polarity: Higher is better      Target: 98.0%",
                     "  Sep: 96.1%       Aug: 97.0%      Status: AMBER"),
    )
    assert _text_kpis(text, tmp_path) == [
        ("HO05", 31.0, "red"), ("HO06", 71.5, "red"), ("HO07", 7.0, "red"),
        ("HO08", 96.1, "amber")]
