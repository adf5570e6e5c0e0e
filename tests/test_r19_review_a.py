"""Review of round 19's reader changes, part A (KPIs, contracts, numbers): counter-examples of
other councils to the round's new rules. A ratio of one to a figure ("1:8", a benchmarking
table's staff to children) was read wherever a cell printed "1:<figure>": a call centre's
average time to answer, "1:45" in minutes and seconds, became 45, its target "1:30" 30. Each
regression test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_kpis, source_lines
from kcc_papers.normalise.numbers import parse_value

# ------------------------------ minutes and seconds are no ratio of one to a figure

CALL_CENTRE = source_lines(
    "Report to:\tResources Scrutiny Panel",
    "Date of meeting:\t7th March 2028",
    "## CUSTOMER SERVICES PERFORMANCE: QUARTER 3 2027/28",
    "** 1. Recommendation",
    "1.1 That the Panel notes customer services performance at Quarter 3.",
    "|% 8 44 14 14 10",
    "|# Ref | Measure | Target | Actual | RAG |",
    "| CS01 | Average time to answer a call (mins:secs) | 1:30 | 1:45 | Red |",
    "| CS02 | Calls answered (%) | 90% | 93% | Green |",
    "| CS03 | Full-time nursery staff to child ratio | 1:13 | 1:12 | Green |",
)


def test_regression_time_to_answer_read_as_a_ratio(tmp_path: Path) -> None:
    # "1:45" minutes and seconds was a ratio of one to 45: latest 45, target 30
    found = pdf_kpis(CALL_CENTRE, tmp_path)
    assert [(k.ref, k.latest_value, k.target, k.unit, k.latest_rag, k.latest_text)
            for k in found] == [
        ("CS01", None, None, None, "red", "1:45"),
        ("CS02", 93.0, 90.0, "%", "green", "93%"),
        ("CS03", 12.0, 13.0, "ratio", "green", "1:12")]


def test_a_ratio_is_a_ratio_a_clock_time_elsewhere_no_figure() -> None:
    ratio = parse_value("1 : 19")
    assert (ratio.value, ratio.unit) == (19.0, "ratio")
    # guard: a time that cannot be one to a figure is no number, as before
    assert parse_value("0:45").value is None
    assert parse_value("2:10").value is None
