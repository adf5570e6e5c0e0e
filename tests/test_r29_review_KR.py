"""Review of held-out round 29's KPI and risk fixes (reviewer KR): regressions the review found,
each in a small paper another council would plausibly publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import scored_risks
from test_heldout_round29_KR import SAVINGS_TRACKER


@pytest.mark.parametrize("amber", [
    "some risk to delivery",           # the gloss most trackers print
    "risk of slippage into next year",
    "high risk, recovery plan agreed",
])
def test_regression_savings_key_glossing_amber_as_risk_is_no_register(
        amber: str, tmp_path: Path) -> None:
    # the fix read only "at risk" as a status: a key that glosses its colour with "risk" in
    # other words still made the rated savings a register
    assert scored_risks(SAVINGS_TRACKER.format(amber=amber), tmp_path) == []


def test_regression_register_keyed_by_risk_levels_is_still_read(tmp_path: Path) -> None:
    # the guard: a register whose key glosses its colours as risk levels still names its
    # column "Risk" and is read
    text = SAVINGS_TRACKER.format(amber="medium risk").replace("Saving  ", "Risk    ")
    assert [r[0] for r in scored_risks(text, tmp_path)] == ["S-01", "S-02", "S-03"]
