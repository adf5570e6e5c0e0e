"""Review of round 19's segmentation, classification and meeting fixes (part B):
counter-examples to the round's rules on small papers of other councils. Each test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# ------------------------------- a report's dated masthead repeated atop the next report

REPORTS_PACK = """** Report to Cabinet - 14 July 2027
** Library Opening Hours
Lead officer: Director of Communities
** 1. Recommendation
1.1 That Cabinet approves the revised opening hours set out in Appendix A.
** 2. Background
2.1 The consultation on library opening hours ran for twelve weeks.
--- page ---
** Report to Cabinet - 14 July 2027
** Highways Maintenance Contract
Lead officer: Director of Place
** 1. Recommendation
1.1 That Cabinet awards the highways maintenance contract to Roadcare Ltd.
** 2. Background
2.1 The current contract ends in March 2028.
"""


def test_regression_report_masthead_repeated_atop_the_next_report_starts_it(
        tmp_path: Path) -> None:
    # round 19 read a dated heading repeated word for word at a page's top as the running
    # head of the document it started: every report to one meeting prints the same dated
    # masthead, and the second report was read into the first
    assert pack_kinds(REPORTS_PACK, tmp_path) == [("report", 1, 1), ("report", 2, 2)]
    # the guard: one meeting's minutes repeat their dated heading as every page's running head
    minutes = """** Minutes of the Borough Council - 9th December 2027
Present: Councillors A Ash, B Birch and C Cedar.
** 1. Apologies
There were no apologies.
--- page ---
** Minutes of the Borough Council - 9th December 2027
** 2. Premises licence, The Anchor
RESOLVED that the licence be granted.
"""
    assert pack_kinds(minutes, tmp_path) == [("minutes", 1, 2)]


# ------------------ a decision record that prints the report's address and recommendation

MEMBER_DECISION = """## RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER
Report to:\tCabinet Member for Highways, 14 July 2027
Subject:\tWinter gritting routes 2027/28
Decision maker:\tCllr P Amberley, Cabinet Member for Highways
** Recommendation
That the revised gritting routes in Appendix A be approved.
** Decision
I approve the recommendation set out above.
Signed:\tCllr P Amberley
Date:\t14 July 2027
"""
DECISION_NOTICE = """## CABINET DECISION NOTICE
Report to:\tCabinet, 14 July 2027
Subject:\tWinter gritting routes 2027/28
** Recommendation
That the revised gritting routes in Appendix A be approved.
** Decision
RESOLVED that the revised gritting routes in Appendix A be approved.
** Reasons for the decision
The routes cover the new housing estates.
Call-in deadline:\t21 July 2027
"""
URGENT_DECISIONS_REPORT = """!! URGENT DECISIONS TAKEN BY THE MANAGING DIRECTOR
Report to:\tFull Council, 9 March 2028
Report by:\tManaging Director
** 1. Recommendation
1.1 That the urgent decisions set out in paragraph 2.1 be noted.
** 2. Decisions taken
2.1 On 2 February 2028 the Managing Director accepted a grant of £40,000 for flood defences.
"""


def test_regression_decision_record_under_a_report_address_stays_a_decision(
        tmp_path: Path) -> None:
    # round 19 read a paper headed as decisions but addressed to a dated meeting ("Report to:
    # Council, 14 July 2027") with a recommendation as a report: a cabinet member's signed
    # record and a decision notice print the report's address and recommendation above their
    # own decision, and were read as reports
    assert pack_kinds(MEMBER_DECISION, tmp_path) == [("decision", 1, 1)]
    assert pack_kinds(DECISION_NOTICE, tmp_path) == [("decision", 1, 1)]
    # the guard: a report of decisions taken elsewhere, recommending they be noted
    assert pack_kinds(URGENT_DECISIONS_REPORT, tmp_path) == [("report", 1, 1)]


# ---------------------- a report's 'Cabinet Forward Work Programme reference:' label

FLEET_REPORT = """## Report to Cabinet
** 12 November 2027
** Fleet Replacement Programme
Report of:\tDirector of Environment
** {label}
** 1. Recommendation
1.1 That Cabinet approves the fleet replacement programme in Appendix A.
** 2. Background
2.1 Twelve refuse vehicles reach the end of their life in 2028.
"""
WORK_PROGRAMME = """!! CABINET FORWARD WORK PROGRAMME / RHAGLEN WAITH Y CABINET
|# Meeting date | Item | Cabinet Member |
| 12 November 2027 | Fleet replacement programme | Environment |
| 10 December 2027 | Council tax base 2028/29 | Finance |
"""


def test_regression_forward_work_programme_reference_label_names_no_plan(
        tmp_path: Path) -> None:
    # round 19 read "Cabinet Forward Work Programme" as a forward plan's title without the
    # guard "Forward Plan" has: a report's bold reference label made the report a forward plan
    for label in ("Cabinet Forward Work Programme reference: CFWP 27/14",
                  "Forward Plan reference: FP 27/14"):
        assert pack_kinds(FLEET_REPORT.format(label=label), tmp_path) == [
            ("report", 1, 1)], label
    # the guard: the executive's work programme titled so is its forward plan
    assert pack_kinds(WORK_PROGRAMME, tmp_path) == [("forward_plan", 1, 1)]
