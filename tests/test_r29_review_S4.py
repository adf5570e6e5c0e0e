"""Review of round 29's documents, minutes and decisions fixes (S4): each test a paper another
council would publish that the fix misread, named after what it must read."""

from __future__ import annotations

from heldout_support import documents_of, rendered
from kcc_papers.classify import classify

# ------------ a report keying its measures' ratings to targets (classify/rating_keys)

KEYED_REPORT = """## Dunsford City Council
Report to: Cabinet, 7 November 2030
## {title}
Report of the Director of Finance and Corporate Services
** 1. Recommendations
1.1 That Cabinet notes the position set out in this report.
** 2. Summary
2.1 {key}
** 3. Detail
3.1 The detail is set out in the appendices to this report.
"""


def test_regression_savings_measures_keyed_to_targets_stay_a_budget_report():
    # a budget's savings are money, no service's measures (as RATED_MEASURES holds for
    # "savings targets"): the fix read this key as a performance report's
    text = KEYED_REPORT.format(
        title="Revenue Budget Monitoring 2030/31: Quarter 2",
        key="The forecast overspend is £2.1m. The savings measures are rated in Appendix 2: "
            "green, target met; amber, at risk; red, not deliverable.")
    assert classify(text, hint="report") == "report"


def test_regression_measures_keyed_green_on_target_make_a_performance_report():
    # "on target" is how most councils key green; the fix read only "target met"
    text = KEYED_REPORT.format(
        title="Council Plan 2028-2032: Annual Progress Report",
        key="The measures are rated as follows: Green = on target; Amber = within 5% of "
            "target; Red = more than 5% off target.")
    assert classify(text, hint="report") == "performance_report"


def test_regression_measures_keyed_green_at_or_above_target_make_a_performance_report(
        tmp_path):
    source = KEYED_REPORT.format(
        title="Council Plan 2028-2032: Annual Progress Report",
        key="The indicators are rated by colour in Appendix A (green: at or above target; "
            "amber: within 10%; red: below).")
    assert [kind for kind, _, _ in documents_of(rendered(source, tmp_path))] == [
        "performance_report"]


# ------------ a lettered paper whose title names its own kind (classify/clues)

LETTERED_DECISION = """Tarnside Metropolitan Borough Council
Paper C: Record of Decision
Decision taker: Cabinet Member for Education
Date of decision: 2 April 2031
Decision: To approve the high needs funding formula for 2031/32.
Reasons for the decision: The formula must be set before 31 March.
"""


def test_regression_paper_lettered_record_of_decision_stays_a_decision():
    # as a pack's segmenter hands it over, its heading read as a report's: "Paper C:" is
    # the letter the agenda lists it by, "Record of Decision" what it is
    assert classify(LETTERED_DECISION, hint="report") == "decision"


def test_regression_paper_lettered_agenda_is_no_report():
    text = """Tarnside Metropolitan Borough Council
Schools Forum
Paper 1: Agenda
Date: 4 March 2031 Time: 2.00 pm Venue: Town Hall
1. Apologies for absence
2. Paper 2: Minutes of the last meeting
3. Paper 3: High Needs Block Budget Monitoring
"""
    assert classify(text, hint="report") != "report"
