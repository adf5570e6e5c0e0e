"""Regression tests for the KPI and risk misses of held-out round 29: a budget monitoring
report's savings tracker ("Ref | Saving | ... | Rating", rated Green / Amber / Red under a key
whose Amber is "at risk") read as a risk register. Small papers in other bodies' words, each
with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import scored_risks

SAVINGS_TRACKER = """BUDGET MONITORING: QUARTER 2

1.   PURPOSE

1.1  To report the forecast outturn and the delivery of agreed savings.

2.   SAVINGS DELIVERY

2.1  Each saving is rated: Green - on track; Amber - {amber}; Red - will not
     be delivered this year.

     Ref     Saving                                  Target £000  Forecast £000  Rating
     S-01    Waste round redesign                            500            480  Amber
     S-02    Leisure centre energy contract                  220            100  Red
     S-03    Digital customer contact                        300            300  Green
             Total                                           1,020          880
"""


def test_savings_rated_at_risk_are_no_risk_register(tmp_path: Path) -> None:
    text = SAVINGS_TRACKER.format(amber="at risk, mitigation in place")
    assert scored_risks(text, tmp_path) == []


def test_rated_table_of_a_paper_naming_its_risks_is_still_a_register(tmp_path: Path) -> None:
    # the guard: the same table in a paper that calls its rows risks is read as a register
    text = SAVINGS_TRACKER.format(amber="the risks are being managed").replace(
        "Saving  ", "Risk    ")
    assert [r[0] for r in scored_risks(text, tmp_path)] == ["S-01", "S-02", "S-03"]
