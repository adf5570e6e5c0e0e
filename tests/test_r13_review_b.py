"""Regression tests for the defects the review of round 13's decisions, contracts, loader and
KPI changes found: each rule tried on an ordinary council paper it was not written for."""

from __future__ import annotations

import pytest

from conftest import text_contexts
from heldout_support import contract_rows as _rows
from heldout_support import decisions_in
from kcc_papers.extract import decisions
from kcc_papers.extract.kpis.status import status_key, status_rag

# (the papers round 13's contract tests wrote, tried here on other values and reasons)
from test_heldout_round13_contracts import REASONS, _valued

# ------- a forward plan's entries, each with its "Decision maker:", read as a page of decisions

# A forward plan's cover report asks for the plan's approval; each entry of the plan names its
# decision maker under its title, as a meeting's page of decisions does, but decides nothing.
FORWARD_PLAN = """FORWARD PLAN OF KEY DECISIONS
1 April 2027 to 31 July 2027

Recommendation:
That the Cabinet approves the Forward Plan for publication.

Budget Monitoring Quarter 1
Decision maker: Cabinet
Decision due: July 2027
Lead officer: Head of Finance
Library Strategy 2027-2032
Decision maker: Cabinet Member for Communities
Decision due: June 2027
Lead officer: Head of Libraries
"""


def test_regression_forward_plan_entries_read_as_a_page_of_decisions():
    # the entries were taken for a page of decisions made: none was found, the cover
    # report's recommendation was lost and the plan said to hold no decision text
    (ctx,) = text_contexts(FORWARD_PLAN, "forward_plan")
    found = decisions_in(decisions.extract(ctx))
    assert [d.decision_text for d in found] == [
        "That the Cabinet approves the Forward Plan for publication."]
    assert not [f for f in ctx.findings if f.check == "decision_text_missing"]


# ------------------- a capital sum beside a small rate taken for the rate's whole term's value

@pytest.mark.parametrize("value", ["£12,000 per annum (£1,500,000 capital)",
                                   "£2,400 per month (£310,000 capital)"])
def test_regression_capital_sum_a_hundred_rates_over_read_as_the_whole_term(value, tmp_path):
    # past a hundred periods the tolerance let any sum pass as a whole number of the rate's
    # periods: a capital sum 125 years' rent over was read as the contract's whole value
    assert _rows(_valued(value), tmp_path) == [("Dulverton Sweeper Hire Ltd", None)]


def test_guard_a_long_term_rate_and_its_whole_term_sum_still_agree(tmp_path):
    value = "£1.2m per annum (£24m over 20 years)"
    assert _rows(_valued(value), tmp_path) == [("Dulverton Sweeper Hire Ltd", 24_000_000.0)]


# -------------- a contract's value dropped for a "could mean" in an earlier clause of its sentence

def test_regression_contract_value_dropped_for_a_conditional_in_another_clause(tmp_path):
    # "could mean" in the sentence's first clause was taken for the cost of an option
    reason = ("Although a delay could mean higher prices, the new contract for the cameras "
              "will be let at a cost of £280,000.")
    assert set(_rows(REASONS.format(reason=reason), tmp_path)) == {
        (None, 280_000.0), ("Securivue Systems Ltd", 146_250.0)}


# ------------------- a prose bullet ending in a colour taken for a status key's mark

def test_regression_prose_bullets_ending_in_a_colour_read_as_a_status_key():
    # "- ... (Green)" over "* ... (Red)" paired the bullets with colours: a status column's
    # dash (no rating) was then rated green
    key = status_key(["Highlights this quarter:",
                      "- Recycling rate remained on target (Green)",
                      "* Sickness absence is above target (Red)",
                      "Indicator Latest Target Status"])
    assert status_rag("-", key, None) is None


def test_guard_a_key_of_symbols_glossed_with_colours_still_rates():
    key = status_key(["Status: ✔ on target (Green); ▲ within tolerance (Amber); ✖ off target",
                      "(Red)"])
    assert [status_rag(mark, key, None) for mark in "✔▲✖"] == ["green", "amber", "red"]
