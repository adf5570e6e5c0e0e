"""Regression tests for the review of round 29's L4 fixes (a report's ask in its "Purpose"
section, a firm continuing until the new contract starts): each a small paper another council
might publish that the fixes misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import contract_rows, source_decision_rows
from test_heldout_round29_L4 import BUDGET, CARE_AT_HOME, COASTAL_PACK

# ------------ the Purpose section's ask: only a decision maker's, and only last


@pytest.mark.parametrize("asked", [
    "Residents are invited to comment on the draft plan by 30 June.",
    "Officers are asked to bring a further report to the next meeting.",
])
def test_regression_purpose_asking_others_than_the_meeting_decides_nothing(
        asked: str, tmp_path: Path) -> None:
    # a consultation's public, or officers told what to bring back, are asked nothing the
    # meeting decides (as ``ask_patterns.ASK`` names only decision makers)
    purpose = f"To report progress on the action plan. {asked}"
    assert source_decision_rows(COASTAL_PACK.format(purpose=purpose), "report", tmp_path) == [
        BUDGET]


def test_regression_purpose_ask_yields_to_a_recommendation_after_a_sentence(
        tmp_path: Path) -> None:
    # the purpose's lead-in "asked to note the background" is not the report's ask where the
    # report recommends after a sentence further on
    purpose = ("To update the Group on the fees review. The Group is asked to note the "
               "background set out below.\n** Background\nThe fees were last set in 2027 and "
               "the review found them below cost. Recommendation: That the Group approves the "
               "fees in Appendix A.")
    assert source_decision_rows(COASTAL_PACK.format(purpose=purpose), "report", tmp_path) == [
        ("That the Group approves the fees in Appendix A.", "approved"), BUDGET]


def test_regression_purpose_ask_wrapped_onto_a_short_line_reads_on(tmp_path: Path) -> None:
    # a sentence wrapped onto a short line in small letters (a narrow column) goes on: it is
    # not the next section's heading
    purpose = ("To report progress on the action plan. The Group is asked to agree the revised\n"
               "timetable for the\nactions in policy unit 3a.")
    rows = source_decision_rows(COASTAL_PACK.format(purpose=purpose), "report", tmp_path)
    assert rows[0][0] == ("The Group is asked to agree the revised timetable for the actions in "
                          "policy unit 3a.")


# ------------ carrying on until a new agreement that buys nothing


@pytest.mark.parametrize("until", [
    "until the new grant agreement starts",
    "until the new funding agreement is in place",
    "until the new lease agreement begins",
])
def test_regression_firm_continuing_until_a_new_grant_or_lease_holds_no_contract(
        until: str, tmp_path: Path) -> None:
    # a grantee or a tenant carrying on holds a grant or a lease, no contract
    assert contract_rows(CARE_AT_HOME.format(until=until), tmp_path) == []


def test_firm_continuing_until_the_new_care_contract_holds_the_one_in_place(
        tmp_path: Path) -> None:
    # the guard: words between "new" and the contract that name what is bought still read
    text = CARE_AT_HOME.format(until="until the new care at home contract starts")
    assert contract_rows(text, tmp_path) == [("Corrie Homecare Ltd", None)]
