"""Regression tests for round 26's document misses left by the first pass (batches A-E): a
programme's "RAID Log" is its risk register. Each runs on small papers written here, not on
the held-out papers."""

from __future__ import annotations

from kcc_papers.classify import classify

RAID_LOG = """Item 4: Programme RAID Log (at 1 September 2028)

Risks
| ID | Description | Owner |
| R1 | Supplier capacity for the portal build | Digital Lead |
| R2 | Savings assumed in the budget slip to next year | Finance Lead |
Assumptions
| A1 | The new case management system goes live in January |
Issues
| I1 | Two vacant business analyst posts |
Dependencies
| D1 | The corporate network upgrade |
"""


def test_a_programmes_raid_log_is_its_risk_register() -> None:
    # a RAID log (risks, assumptions, issues, dependencies) is a risk log with three more
    # sections, as a "Risk and Issue Log" is with one; before, with no "risk register" or
    # "risk log" words in its title, it was read as a report
    assert classify(RAID_LOG, "report") == "risk_register"
