"""Review of held-out round 31's decisions fixes (batches D-F): each defect the review found,
on a small paper another council would publish, failing before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows
from kcc_papers.normalise.outcomes import classify_outcome

# A review panel's own report to Cabinet: its only recommendations the panel's table, under a
# section headed as the panel's, its lead-in paragraph between.
PANEL_REPORT = """## Hartleigh Borough Council
** Report to Cabinet
Date of meeting:	9 September 2031
Report of:	Chair of the Parks Review Panel
Title:	Parks Review Panel: Final Report
** 1. Purpose
1.1 To present the final report of the Parks Review Panel and the actions it asks Cabinet to agree.
** 2. Recommendations of the Parks Review Panel
2.1 The Panel's recommendations are set out below.
|% 8 62 30
| No. | Recommendation | Lead |
| R1 | That no park be sold during the life of the new parks strategy without a full public consultation of at least twelve weeks. | Cabinet Member for Leisure |
| R2 | That the bowling green at Abbey Park be offered for community management, with a grant and professional support. | Director of Communities |
** 3. Financial implications
3.1 Recommendation R2 would need a grant of up to £10,000 a year.
"""  # noqa: E501


def test_regression_a_panels_table_that_is_its_reports_only_ask_stays(tmp_path: Path) -> None:
    # (the heading naming the panel's is the report's first block, kept as its own: so is the
    # table under it, the ask Cabinet decides)
    rows = source_decision_rows(PANEL_REPORT, "report", tmp_path)
    assert any("That no park be sold" in text for text, _ in rows), rows


# A scrutiny committee's report: its own ask, then the review's section, whose lead-in runs to
# several paragraphs (more lines than the fixer's window of eight) before the review's table.
LONG_LEAD_IN = """## Hartleigh Borough Council
** Report to Communities Scrutiny Committee
Date of meeting:	9 September 2031
Report of:	Chair of the Parks Review
Title:	Parks Review: Final Report
** 1. Purpose
1.1 To present the final report of the Parks Review, set up by the Committee in February 2031.
** 2. Recommendation
2.1 That the Committee endorses the final report of the Parks Review and refers its recommendations to Cabinet for a response within two months.
** 4. Recommendations of the Review
4.1 The review heard evidence from park users, friends groups and ward members over six meetings in the spring and summer of 2031.
4.2 It visited every park in the borough, with the parks manager, and met the operators of the cafes at Abbey Park and Riverside.
4.3 It read the consultation on the draft parks strategy, which drew 1,240 responses, and the audit of play areas carried out in 2030.
4.4 Its findings are in section 3; its recommendations follow from them, each with the officer or member who would lead on it.
4.5 If the Committee endorses them, they will be referred to Cabinet, which is asked to respond within two months of the referral.
|% 8 62 30
| No. | Recommendation | Lead |
| R1 | That no park be sold during the life of the new parks strategy without a full public consultation of at least twelve weeks. | Cabinet Member for Leisure |
| R2 | That the bowling green at Abbey Park be offered for community management, with a grant and professional support. | Director of Communities |
** 5. Financial implications
5.1 Recommendation R2 would need a grant of up to £10,000 a year.
"""  # noqa: E501


def test_regression_a_reviews_table_under_a_long_lead_in_is_no_ask_of_the_report(
        tmp_path: Path) -> None:
    rows = source_decision_rows(LONG_LEAD_IN, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee endorses the final report of the Parks Review and refers its "
        "recommendations to Cabinet for a response within two months."]


def test_regression_a_resolution_citing_anothers_refusal_is_no_refusal() -> None:
    # (another body's "not agreed" inside what this meeting approves: only a recommendation put
    # to this meeting's vote and not agreed is refused)
    text = ("RESOLVED that the recommendation that the site be allocated, which was not agreed "
            "by the Scrutiny Committee in January, be approved.")
    assert classify_outcome(text) != "rejected"
    assert classify_outcome(
        "The recommendation that the preferred options be approved was put to the vote and was "
        "NOT AGREED.") == "rejected"


MINUTES = """Minutes of the meeting of the Planning Policy Committee held on 10 March 2032
Present: Councillors A Hext (Chair), B Moss, C Penrose
1. Apologies
There were no apologies.
2. Local Plan Review
The Planning Policy Manager presented the report.
{body}
3. Date of next meeting
The next meeting will be held on 12 May 2032.
"""


def test_regression_a_recommendation_refused_at_an_earlier_meeting_is_no_decision(
        tmp_path: Path) -> None:
    # (the pluperfect tells of a vote before this meeting's, as a report to it does)
    body = ("The Chair reminded members that the recommendation that the site be allocated had "
            "been put to the vote and was not agreed at the last meeting.\n"
            "The Manager reported that the recommendation that the depot be sold was put to "
            "the vote and was not agreed by the Scrutiny Committee.")
    assert decision_rows(MINUTES.format(body=body), tmp_path) == []


def test_regression_an_alternative_recommendation_moved_and_lost_is_rejected(
        tmp_path: Path) -> None:
    # (a member's alternative recommendation put to the vote is a motion of its own, as a
    # member's recommendation or proposal moved and lost is: r24b, r29g; not an amendment)
    body = ("Councillor Oyelaran moved an alternative recommendation that the Tidworth Lane "
            "centre remain open on Wednesdays. Put to the vote, the alternative recommendation "
            "was lost.\n"
            "RESOLVED - that the reduced winter opening hours be approved.")
    rows = decision_rows(MINUTES.format(body=body), tmp_path)
    assert ("Put to the vote, the alternative recommendation was lost.", "rejected") in rows
    assert ("RESOLVED - that the reduced winter opening hours be approved.", "approved") in rows
