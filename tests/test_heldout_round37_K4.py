"""Regression tests for the KPI misses of held-out round 37 (family K4, KPIs printed as blocks,
not rows): a quarterly performance report printing each measure as a block of labelled lines
(its code and name, "Target 2027/28: ...", a borderless row of quarters over a row of their
figures, the latest quarter's not yet reported "TBC", a rating line naming its quarter,
last year's outturn and next year's target). Small papers in other councils' words, each with
a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines


def _report(*blocks: str) -> str:
    return source_lines(
        "%% header Ashcombe District Council",
        "%% footer Place Overview Panel - 14 June 2028 - {page}/{pages}",
        "## Place Services: Performance Report Quarter 4 2027/28",
        "Meeting:\tPlace Overview Panel",
        "Date:\t14 June 2028",
        "** Introduction",
        "This report sets out performance against the Place key performance indicators and",
        "their targets for 2027/28. Each measure is given with its figure for each quarter.",
        "--- page ---",
        *blocks,
        "** Background papers",
        "None.",
    )


def _block(ref: str, name: str, target: str, figures: list[str], rating: str,
           rating_label: str = "Current rating (Qtr 3)") -> list[str]:
    return [f"** {ref}  {name}",
            f"Target 2027/28:\t{target}",
            "|- Q1 | Q2 | Q3 | Q4 |",
            "| " + " | ".join(figures) + " |",
            f"{rating_label}:\t**{rating}**",
            "Outturn 2026/27:\t41",
            "Target 2028/29:\t44"]


def test_blocks_read_by_their_period_row_and_rating_line(tmp_path: Path) -> None:
    """Before, no reader knew a block whose figures are a row under a row of quarters: all its
    KPIs were missed. A block's latest figure is now the one under the quarter its rating line
    names (not a later "TBC", nor last year's outturn or next year's target); a quarter not
    available ("n/a") is a KPI with no value and no rating."""
    source = _report(
        *_block("PL1", "Fly-tipping incidents cleared within 2 working days", "90%",
                ["88.0%", "91.5%", "93.2%", "TBC"], "On track"),
        *_block("PL2", "Major planning applications decided in time", "60%",
                ["71%", "58%", "55%", "TBC"], "Amber"),
        *_block("PL3", "Streetlight repairs completed within 7 days", "95%",
                ["96%", "94%", "n/a", "TBC"], "n/a"),
    )
    assert kpi_rows(source, tmp_path) == [
        ("PL1", 93.2, "green"), ("PL2", 55.0, "amber"), ("PL3", None, None)]


def test_block_rating_naming_no_period_takes_last_figure(tmp_path: Path) -> None:
    """Where the rating line names no period, the block's latest is the last quarter printing
    a figure (a later quarter "TBC" is not yet reported)."""
    source = _report(
        *_block("PL4", "Missed bin collections per 100,000", "50",
                ["47", "52", "61", "TBC"], "Red", rating_label="RAG status"),
    )
    assert kpi_rows(source, tmp_path) == [("PL4", 61.0, "red")]


def test_blocks_of_risks_or_unrated_counts_are_no_kpis(tmp_path: Path) -> None:
    """Guard: a risk's block with a row of quarterly scores ("Target score") is a risk's, and
    a block of counts with no target and no rating measures against nothing: neither is a
    KPI; nor is a contract's block of labelled lines, which prints no row of periods."""
    source = _report(
        "** CR2  Failure of the waste collection contract",
        "Owner:\tHead of Environment",
        "|- Q1 | Q2 | Q3 | Q4 |",
        "| 12 | 12 | 9 | TBC |",
        "Target score:\t6",
        "Current rating (Q3):\t**Amber**",
        "** Contact centre calls received",
        "|- Q1 | Q2 | Q3 | Q4 |",
        "| 18,204 | 17,950 | 19,311 | TBC |",
        "Outturn 2026/27:\t72,880",
        "** Grounds maintenance contract",
        "Provider:\tGreenway Landscapes Ltd",
        "Target start:\t1 April 2028",
        "Value:\t£1,240,000",
        "Status:\tAwarded",
    )
    assert kpi_rows(source, tmp_path) == []


def test_block_with_ruled_period_table(tmp_path: Path) -> None:
    """The same block with its quarters ruled as a table of two rows is read by the table's
    rows."""
    block = [line.replace("|- Q1", "| Q1") for line in
             _block("PL5", "Household waste sent for reuse or recycling", "52%",
                    ["49.5%", "50.8%", "53.1%", "TBC"], "Green")]
    assert kpi_rows(_report(*block), tmp_path) == [("PL5", 53.1, "green")]
