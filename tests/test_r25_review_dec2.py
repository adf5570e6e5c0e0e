"""Review of round 25's decisions second pass (rev25dec2): papers another council would
publish that the new rules misread. Each test fails on fix25dec2 and passes after its mend."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in
from kcc_papers.extract import decisions
from kcc_papers.normalise.outcomes import classify_outcome


def _report_rows(text: str, tmp_path: Path) -> list[str]:
    (ctx,) = text_contexts(text, None, tmp_path)
    ctx.document.kind = "report"
    return [d.decision_text for d in decisions_in(decisions.extract(ctx))]


def test_regression_not_agreed_until_is_no_refusal() -> None:
    # "was not agreed until March" says when a budget was settled, not that it was refused:
    # the resolution approves it
    assert classify_outcome(
        "RESOLVED that the budget, which was not agreed until March, be approved.") != "rejected"
    assert classify_outcome("The proposal to close the depot was not agreed.") == "rejected"


AUDIT_REPORT = """Internal Audit Progress Report

Report to: Audit and Governance Committee
Date: 4 March 2026

1. Recommendation

1.1 That the Committee notes the progress made against the audit plan.

2. Follow-up of actions

Recommended Action
Review the purchase card limits and remove dormant cards.
Owner: Head of Finance
Due: 31 March 2026

3. Background

3.1 The plan was approved in April 2025.
"""


def test_regression_recommended_action_column_is_no_ask(tmp_path: Path) -> None:
    # an audit report's action tracker labels each auditor's action "Recommended Action":
    # the auditee's task, not what the committee is asked to decide (a board letter heads
    # that section in capitals, "RECOMMENDED ACTION(S)", as it heads its others)
    assert _report_rows(AUDIT_REPORT, tmp_path) == [
        "That the Committee notes the progress made against the audit plan."]


PLANNING_SUMMARY = """PLANNING COMMITTEE 12 MARCH 2026

APPLICATION 25/01234/FUL | 14 HIGH STREET

PROPOSAL | ERECTION OF TWO DWELLINGS
RECOMMENDATION | MINDED TO GRANT
CASE OFFICER | J SMITH

1. Site description

1.1 The site lies within the settlement boundary.
"""


def test_regression_bar_verdict_outside_the_verdict_list(tmp_path: Path) -> None:
    # a planning summary's row "RECOMMENDATION | MINDED TO GRANT": a verdict in words the
    # verdict list does not hold was read as a bilingual heading, the next row its ask
    assert _report_rows(PLANNING_SUMMARY, tmp_path) == []


SUMMARY_AND_RECOMMENDATIONS = """Marsh Council

Housing Allocations Policy Review

Report to: Cabinet
Date: 11 April 2028

1. Summary and recommendations

1.1 This report sets out the findings of the review of the allocations policy, which received 412 responses.

1.2 Cabinet is asked to approve the revised allocations policy at Appendix A.

2. Background

2.1 The policy was last reviewed in 2021.
"""  # noqa: E501


def test_regression_summary_and_recommendations_reads_the_summary(tmp_path: Path) -> None:
    # a section that sums the report up before its ask: the summary's paragraph was read as
    # part of the recommendation (and "sets out ... received" made its outcome "noted")
    assert _report_rows(SUMMARY_AND_RECOMMENDATIONS, tmp_path) == [
        "Cabinet is asked to approve the revised allocations policy at Appendix A."]


def test_regression_not_agreed_in_a_clause_is_no_refusal() -> None:
    # "not agreed" of something other than a proposal or motion, in a clause of the sentence
    # that decides: the decision is the approval, not a refusal
    assert classify_outcome(
        "That the 2026/27 fees, which were not agreed at the previous meeting, be "
        "approved.") != "rejected"
    assert classify_outcome(
        "RESOLVED that, as terms were not agreed with the contractor, the contract be "
        "extended by six months.") != "rejected"
    assert classify_outcome(
        "A proposal that the Group invite the Alliance to join was not agreed.") == "rejected"
