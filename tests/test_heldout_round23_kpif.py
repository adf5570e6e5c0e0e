"""Regression tests for the KPI misses of held-out round 23's batch f (dashboards exported from
BI tools and spreadsheets): a Power BI page of cards two across, each card's figure alone on
its line ("412", a bare number once taken for a page number) over "Target 350 | RED | Trend:
Worse" (the rating a word alone between bars); a landscape Power BI page of cards three across
printed as a borderless table, each card's name, figure, "Target x" and rating word stacked;
a fire authority's quarterly table rated by marks a two-column key defines ("Tick", "●", "▲");
a text pack's exception report, a card per indicator under its code and name and a rule.
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi


def _card_pair(left: tuple[str, str, str, str], right: tuple[str, str, str, str]) -> list[str]:
    """Two cards side by side: name in bold, the figure alone, then target, rating and
    trend parted by bars."""
    (lname, lvalue, ltarget, lrag), (rname, rvalue, rtarget, rrag) = left, right
    return [f"<> **{lname}** || **{rname}**",
            f"<> {lvalue} || {rvalue}",
            f"<> Target {ltarget}   |   {lrag}   |   Trend: Worse || Target {rtarget}   |   "
            f"{rrag}   |   Trend: Better",
            "<> ______________________ || ______________________"]


def _card_grid(*cards: tuple[str, str, str, str]) -> str:
    pairs = [line for n in range(0, len(cards), 2) for line in _card_pair(cards[n], cards[n + 1])]
    return source_lines(
        "%% footer Overview and Scrutiny Board - 3 March 2027",
        "## ASHCOMBE DISTRICT COUNCIL",
        "!! Quarter 3 Performance Dashboard 2026/27",
        "** Overview and Scrutiny Board - 3 March 2027",
        "1.1 The dashboard below is exported from the Council's Power BI performance app. Each "
        "card shows the measure's latest figure, its target and its rating.",
        "** Appendix 1 - Performance Dashboard",
        *pairs,
    )


CARDS = (("HS-01 Average days to decide new homelessness applications", "19.4", "20.0",
          "GREEN"),
         ("HS-02 Homes in temporary accommodation", "412", "350", "RED"),
         ("WS-01 Missed bins per 100,000 collections", "38", "50", "GREEN"),
         ("WS-02 Fly-tips cleared within two working days of report (%)", "88.0%", "90.0%",
          "AMBER"))


def test_tile_figure_of_three_digits_unread_as_a_page_number(tmp_path: Path) -> None:
    """Before, a card's figure alone on its line ("412", "38") was taken for a printed page
    number (a bare number of one to three figures) and left out: its card had no latest
    figure and no KPI."""
    rows = kpi_rows(_card_grid(*CARDS), tmp_path)
    assert ("HS-02", 412.0, "red") in rows and ("WS-01", 38.0, "green") in rows


def test_rating_word_between_bars_read_as_the_rating(tmp_path: Path) -> None:
    """Before, "Target 57.5% | AMBER | Trend: Worse" gave the card its target only: a rating
    word alone between bars, no label before it, was no field."""
    assert sorted(kpi_rows(_card_grid(*CARDS), tmp_path)) == [
        ("HS-01", 19.4, "green"), ("HS-02", 412.0, "red"), ("WS-01", 38.0, "green"),
        ("WS-02", 88.0, "amber")]


def test_trend_word_alone_between_bars_rates_nothing(tmp_path: Path) -> None:
    """Guard: only a rating's own words rate a card ("Better", a trend, says nothing of the
    target): a card whose rating is left blank keeps none."""
    cards = [(name, value, target, "Better") for name, value, target, _ in CARDS]
    assert sorted(kpi_rows(_card_grid(*cards), tmp_path)) == [
        ("HS-01", 19.4, None), ("HS-02", 412.0, None), ("WS-01", 38.0, None),
        ("WS-02", 88.0, None)]


def _borderless_page(*, rated: bool = True) -> str:
    cards = [[("F1 Invoices paid within 30 days (%)", "96.1%", "95.0%", "GREEN"),
              ("E1 Household waste recycled (%)", "41.2%", "45.0%", "RED"),
              ("H1 Households prevented from homelessness", "212", "200", "GREEN")],
             [("F2 Council tax collected (%)", "96.8%", "97.0%", "AMBER"),
              ("E2 Streets at acceptable cleanliness (%)", "93.0%", "92.0%", "GREEN"),
              ("H2 Average days to re-let homes", "31", "25", "RED")]]
    rows = []
    for row in cards:
        rows += ["| " + " | ".join(f"**{name}**" for name, _, _, _ in row) + " |",
                 "| " + " | ".join(value for _, value, _, _ in row) + " |",
                 "| " + " | ".join(f"Target {target}" for _, _, target, _ in row) + " |"]
        if rated:
            rows.append("| " + " | ".join(rag for _, _, _, rag in row) + " |")
    return source_lines(
        "## BRAMLEIGH CITY COUNCIL",
        "!! Year End Performance Dashboard 2026/27",
        "** Audit and Performance Committee - 21 June 2027",
        "1.1 Appendix 1 is the corporate scorecard page of the Council's Power BI report.",
        "--- page landscape ---",
        "** Appendix 1 - Corporate Scorecard 2026/27",
        "|% 1 1 1",
        "|- Finance | Environment | Housing |",
        *rows,
        "Data refreshed 02/04/2027 | Source: Bramleigh Data Warehouse",
    )


def test_borderless_grid_of_tiles_three_across_read_by_columns(tmp_path: Path) -> None:
    """Before, a Power BI page of cards three across, set as a borderless table (each row of
    cards' lines drawn as one text object a line: "F1 ... E1 ... H1 ..."), was read as lines
    across the page: no card, no KPI. Its rows' cells are now the tile reader's columns, and a
    card's "Target 95.0%" and "GREEN" on lines of their own its fields."""
    assert sorted(kpi_rows(_borderless_page(), tmp_path)) == [
        ("E1", 41.2, "red"), ("E2", 93.0, "green"), ("F1", 96.1, "green"),
        ("F2", 96.8, "amber"), ("H1", 212.0, "green"), ("H2", 31.0, "red")]


def test_borderless_grid_of_tiles_with_no_rating_keeps_its_targets(tmp_path: Path) -> None:
    """Guard: cards printing a figure and a target but no rating are KPIs unrated."""
    assert sorted(kpi_rows(_borderless_page(rated=False), tmp_path)) == [
        ("E1", 41.2, None), ("E2", 93.0, None), ("F1", 96.1, None),
        ("F2", 96.8, None), ("H1", 212.0, None), ("H2", 31.0, None)]


def _symbol_table(key: list[str], *, ruled_key: bool = False) -> str:
    return source_lines(
        "%% ligatures",  # a Unicode font, to print the marks
        "## WEALDMOOR FIRE AND RESCUE AUTHORITY",
        "!! Performance Report - Quarter 2 2027/28",
        "** Service Delivery Committee - 9 November 2027",
        "1.1 Each indicator is shown for each quarter; the status is for Quarter 2, the latest.",
        "Key to status symbols:",
        ("| Symbol | Meaning |" if ruled_key else "|- Symbol | Meaning |"),
        *key,
        "|% 8 40 10 8 8 8 8 10",
        "|# PI | Indicator | Target 2027/28 | Q1 | Q2 | Q3 | Q4 | Status |",
        "| RS1 | Dwelling fires attended within 8 minutes (%) | 85% | 86.1% | 87.4% | | | Tick |",
        "| RS2 | False alarms from automatic systems | 300 | 88 | 79 | | | ▲ |",
        "| RS3 | On-call appliance availability (%) | 90% | 84.0% | 86.5% | | | ● |",
        "| RS4 | Deliberate fires | 0 | 61 | 58 | | | ◆ |",
        "** 2. Financial implications",
        "2.1 None.",
    )


SYMBOL_KEY = ["| Tick | On or better than target |",
              "| ● | Within 10% of target |",
              "| ▲ | More than 10% worse than target - exception |",
              "| ◆ | No target set (monitoring only) |"]


def test_symbol_key_as_borderless_two_columns_rates_the_status_column(tmp_path: Path) -> None:
    """Before, a key of marks printed as a borderless table of two columns ("Tick | On or
    better than target", "▲ | More than 10% worse than target - exception"), read as lines
    of two pieces, was no key: its marks in the status column rated nothing. A mark whose
    meaning names no rating ("◆ | No target set") rates nothing still."""
    assert kpi_rows(_symbol_table(SYMBOL_KEY), tmp_path) == [
        ("RS1", 87.4, "green"), ("RS2", 79.0, "red"), ("RS3", 86.5, "amber"),
        ("RS4", 58.0, None)]


def test_symbol_key_as_ruled_table_rates_the_status_column(tmp_path: Path) -> None:
    """Before, the same key as a ruled table read as the key line "● - Within 10% of target"
    (``key_tables``), whose marks the key line reader (a status's letters) could not read."""
    assert kpi_rows(_symbol_table(SYMBOL_KEY, ruled_key=True), tmp_path) == [
        ("RS1", 87.4, "green"), ("RS2", 79.0, "red"), ("RS3", 86.5, "amber"),
        ("RS4", 58.0, None)]


def test_direction_key_of_two_columns_rates_nothing(tmp_path: Path) -> None:
    """Guard: a key whose marks say nothing of the target ("▲ | Better than last quarter")
    is a direction's, no rating's."""
    key = ["| Tick | Data verified |", "| ● | Better than last quarter |",
           "| ▲ | Worse than last quarter |", "| ◆ | No change |"]
    assert kpi_rows(_symbol_table(key), tmp_path) == [
        ("RS1", 87.4, None), ("RS2", 79.0, None), ("RS3", 86.5, None), ("RS4", 58.0, None)]


def _text_kpis(text: str, tmp_path: Path) -> list[KpiRow]:
    """(ref, latest value, latest RAG) of the KPIs of a paper given as a text file."""
    path = tmp_path / "paper.txt"
    path.write_text(text)
    rows: list[KpiRow] = []
    for ctx in contexts(path):
        if ctx.document.kind in kpis.KINDS:
            rows += [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
                     if isinstance(k, Kpi)]
    return rows


def _exception_card(code: str, name: str, before: str, latest: str, status: str,
                    *, underlined: bool = True) -> str:
    rule = "-" * 70
    return "\n".join([
        rule,
        f"  {code}  {name}",
        *([rule] if underlined else [""]),
        "  Polarity: Higher is better      Target: 90.0%",
        f"  Q1 2026/27: {before}       Q2 2026/27: {latest}      Status: {status}",
        "",
        "  Commentary: Staff vacancies in the team were filled in September;",
        "  performance is expected to recover by the end of the year.",
        "  Responsible officer: Head of Service",
        "",
    ])


def _exception_report(*, underlined: bool = True) -> str:
    cards = [("HR02", "Appraisals completed on time (%)", "84.0% (Amber)", "71.5%", "RED"),
             ("EN05", "Food premises inspected on time (%)", "91.2% (Green)", "88.9%", "AMBER"),
             ("HO11", "Repairs completed right first time (%)", "79.0% (Red)", "80.3%", "RED")]
    return "\n".join([
        "                   WESTHAVEN BOROUGH COUNCIL",
        "",
        "  Report to:       Cabinet",
        "  Date:            9 November 2026",
        "",
        "           QUARTER 2 2026/27 PERFORMANCE REPORT - EXCEPTIONS",
        "",
        "1.  PURPOSE",
        "",
        "1.1  This report sets out the indicators rated Red or Amber at the end of",
        "     Quarter 2, with the commentary of the responsible officer.",
        "",
        "2.  EXCEPTIONS",
        "",
        *[_exception_card(*card, underlined=underlined) for card in cards],
        "3.  FINANCIAL IMPLICATIONS",
        "",
        "3.1  None.",
        "",
    ])


def test_text_card_under_a_ruled_code_heading_read_with_its_latest_period(
        tmp_path: Path) -> None:
    """Before, a text export's card (its code and name underlined by a rule, then fields set
    apart by wide gaps, "Q1 2026/27: 84.0% (Amber)   Q2 2026/27: 71.5%   Status: RED") was no
    card: the card reader knew a card only by "Measure X:" or "Indicator:". The later
    period's figure is the latest, the rating the card's status, not the earlier period's."""
    assert _text_kpis(_exception_report(), tmp_path) == [
        ("HR02", 71.5, "red"), ("EN05", 88.9, "amber"), ("HO11", 80.3, "red")]


def test_code_heading_with_no_rule_under_it_opens_no_card(tmp_path: Path) -> None:
    """Guard: a line opening with a code is a card's heading only where a rule underlines it
    (a sentence or a list may open with a code)."""
    assert _text_kpis(_exception_report(underlined=False), tmp_path) == []
